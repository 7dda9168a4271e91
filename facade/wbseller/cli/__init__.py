"""`wbseller`: the command line, a thin layer over the facade (every command calls a service).

One module per command group; `_app` holds what they share (global options, errors, exit codes).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from .._version import __version__
from ..token import TOKEN_TYPES
from . import (
    account,
    calendar,
    campaigns,
    card_writes,
    cards,
    doctor,
    emulator,
    feedbacks,
    orders,
    prices,
    reports,
    stocks,
    wbd,
)
from ._app import SECONDS, App, ClientOptions, run_safely, setup_logging, warnings_as_lines

HELP = """Work with a Wildberries seller account from scripts and the shell.

Tokens come from --token / --wbd-token or $WB_API_TOKEN / $WBD_API_TOKEN; they are never
printed. Errors go to stderr as one line "wbseller: <message>".

For scripts: every command takes --json (one JSON document, or JSON lines for lists and
exports: each command's help says which); commands that write take --dry-run (every item
checked, the requests printed, nothing sent) and --failed FILE (what failed, in the form the
same command reads back); none asks anything. `wbseller doctor` checks the token, the
environment and WB's hosts.

\b
Exit codes:
  0    done
  1    the operation failed: WB answered with an error, items failed (--failed FILE
       and --json name them), a wait timed out, a file could not be written, a
       `doctor` check failed
  2    usage or validation error (bad option, bad CSV row, a documented limit
       exceeded): nothing was sent; for `token`, a missing or non-JWT token
  130  interrupted (Ctrl-C); `cards export --resume` and `prices set --resume` can go
       on from where they stopped
"""


class WbsellerGroup(click.Group):
    """The root group: runs the command line with every error reported as one line."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        with warnings_as_lines():
            code = run_safely(
                lambda: super(WbsellerGroup, self).main(
                    args, prog_name or "wbseller", complete_var, standalone_mode=False, **extra
                )
            )
        if standalone_mode:
            sys.exit(code)
        return code


@click.group("wbseller", cls=WbsellerGroup, help=HELP, context_settings={"max_content_width": 100})
@click.option("--token", metavar="TOKEN", help="Seller API token [default: $WB_API_TOKEN].")
@click.option("--wbd-token", metavar="TOKEN", help="Wildberries Digital token [default: $WBD_API_TOKEN].")
@click.option("--base-url", metavar="URL", help="Send every request there (e.g. the emulator).")
@click.option(
    "--sandbox/--no-sandbox", default=None, help="Use WB's sandbox hosts [default: as the token says]."
)
@click.option(
    "--timeout", type=SECONDS, default=30.0, show_default=True,
    help="Seconds to connect, and to wait for the next bytes of an answer.",
)  # fmt: skip
@click.option(
    "--deadline", type=SECONDS, default=None,
    help="Seconds one request may take in all, however slowly the answer comes [default: 2 x --timeout].",
)  # fmt: skip
@click.option(
    "--proxy", metavar="URL",
    help="Send every request through this proxy [default: $HTTPS_PROXY / $HTTP_PROXY / $ALL_PROXY, "
    "except $NO_PROXY].",
)  # fmt: skip
@click.option(
    "--max-retries", type=click.IntRange(min=0), default=3, show_default=True,
    help="Retries of what is safe to repeat (429, 5xx, broken connections).",
)  # fmt: skip
@click.option(
    "--emulator-limits", is_flag=True,
    help="Pace by the rate limits of the emulator at --base-url (scaled by its --time-scale or "
    "--limits-scale), not WB's: Client(..., emulator=True).",
)  # fmt: skip
@click.option(
    "--token-type", type=click.Choice(TOKEN_TYPES),
    help="The token's type, whose limits WB applies [default: its acc claim; personal if it has none]; "
    "base_with_secret: a Base token sent with a service's secret.",
)  # fmt: skip
@click.option("-v", "--verbose", count=True, help="Log to stderr: -v retries and waits, -vv every request.")
@click.version_option(__version__, prog_name="wbseller")
@click.pass_context
def cli(
    ctx: click.Context,
    token: str | None,
    wbd_token: str | None,
    base_url: str | None,
    sandbox: bool | None,
    timeout: float,
    deadline: float | None,
    proxy: str | None,
    max_retries: int,
    emulator_limits: bool,
    token_type: str | None,
    verbose: int,
) -> None:
    setup_logging(verbose)
    extra = ctx.obj.extra if isinstance(ctx.obj, ClientOptions) else {}
    extra = {**extra, **({"deadline": deadline} if deadline is not None else {})}
    extra = {**extra, **({"proxy": proxy} if proxy is not None else {})}
    app = App(
        token, wbd_token, base_url, sandbox, timeout, max_retries, dict(extra), emulator_limits, token_type
    )
    ctx.obj = app
    ctx.call_on_close(app.close)


cards.group.add_command(card_writes.create)
cards.group.add_command(card_writes.update)
for command in (
    account.token,
    account.ping,
    doctor.doctor,
    cards.group,
    campaigns.group,
    calendar.group,
    prices.group,
    reports.group,
    stocks.group,
    orders.group,
    wbd.group,
    feedbacks.group,
    emulator.emulator,
):
    cli.add_command(command)


def main() -> None:
    """The `wbseller` console script."""
    cli.main(prog_name="wbseller")


__all__ = ["ClientOptions", "cli", "main"]
