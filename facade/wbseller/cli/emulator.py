"""`wbseller emulator`: the WB emulator in the foreground (the same entry as
`python -m wbseller_emulator`; the emulator is its own distribution, wbseller-emulator)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import click

from ._app import FAILED, USAGE, CliError


def _settings(value: str | None) -> dict[str, Any]:
    try:
        settings = json.loads(value) if value else {}
    except ValueError as e:
        raise CliError(f"--settings: not JSON: {e}", USAGE) from None
    if not isinstance(settings, dict):
        raise CliError("--settings: expected a JSON object", USAGE)
    return settings


@click.command(short_help="Run the WB emulator in the foreground.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option(
    "--time-scale",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    help="Real seconds one emulator second lasts: 0.01 makes WB's rate limits, processing delays and "
    "the data's clock (promotion dates) 100x faster.",
)
@click.option(
    "--limits-scale",
    type=click.FloatRange(min=0, min_open=True),
    help="The same for the rate limits alone [default: --time-scale]: --limits-scale 0.01 with "
    "--time-scale 1 keeps the data's clock real.",
)
@click.option("--no-rate-limits", is_flag=True, help="Enforce no rate limits.")
@click.option("--no-strict", is_flag=True, help="Do not check the answers against the specs.")
@click.option("--secret", help="HS256 secret of the tokens it mints [default: random].")
@click.option("--settings", metavar="JSON", help="Store knobs, e.g. '{\"content.card_delay\": 1}'.")
@click.option(
    "--json", "as_json", is_flag=True,
    help="Print the URL and tokens as one JSON object: base_url, seller_token, wbd_token, time_scale, "
    "limits_scale.",
)  # fmt: skip
def emulator(
    host: str,
    port: int,
    time_scale: float,
    limits_scale: float | None,
    no_rate_limits: bool,
    no_strict: bool,
    secret: str | None,
    settings: str | None,
    as_json: bool,
) -> None:
    """Run the WB emulator (a local server answering like WB's API) until Ctrl-C.

    Prints its base URL, a seller token and a WBD token: use them with --base-url and --token
    (and --emulator-limits to pace by its limits; from Python, Client(..., emulator=True)).
    Needs the emulator: pip install wbseller-emulator.
    """
    try:
        from wbseller_emulator.__main__ import serve
    except ModuleNotFoundError as e:
        if (e.name or "").partition(".")[0] != "wbseller_emulator":
            raise
        raise CliError(f"the emulator is its own package: pip install wbseller-emulator ({e})", FAILED) from e
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a foreground server ends
        serve(
            host=host,
            port=port,
            time_scale=time_scale,
            limits_scale=limits_scale,
            rate_limits=not no_rate_limits,
            strict=not no_strict,
            secret=secret,
            settings=_settings(settings),
            echo=lambda line: click.echo(line),
            as_json=as_json,
        )
