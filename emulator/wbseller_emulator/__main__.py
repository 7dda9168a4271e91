"""python -m wbseller_emulator --port 8080: run the WB emulator in the foreground."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from .server import Emulator


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    time_scale: float = 1.0,
    limits_scale: float | None = None,
    rate_limits: bool = True,
    strict: bool = True,
    secret: str | None = None,
    settings: dict[str, Any] | None = None,
    echo: Callable[[str], None] = print,
    as_json: bool = False,
) -> None:
    """Run the emulator in the foreground until interrupted, after telling (through `echo`) its
    base URL, a seller token and a WBD token (as_json: one JSON object with them, for scripts).
    `python -m wbseller_emulator` and `wbseller emulator` both run this."""
    emu = Emulator(
        host=host,
        port=port,
        time_scale=time_scale,
        limits_scale=limits_scale,
        rate_limits=rate_limits,
        strict=strict,
        secret=secret.encode() if secret else None,
        settings=settings or {},
    )
    token = emu.make_token(["content", "prices", "marketplace", "promotion"])
    wbd_token = emu.make_token(["wbd"])
    scale = emu.limits_clock.time_scale
    if as_json:
        echo(
            json.dumps(
                {
                    "base_url": emu.base_url,
                    "seller_token": token,
                    "wbd_token": wbd_token,
                    "time_scale": time_scale,
                    "limits_scale": scale,
                }
            )
        )
    else:
        echo(f"WB emulator on {emu.base_url}  (POST {emu.base_url}/__emulator__/token for more tokens)")
        echo(f"seller token: {token}")
        echo(f"WBD token:    {wbd_token}")
        if rate_limits and scale != 1.0:
            # a client pacing at WB's real rate would not see the speed-up
            echo(f"pace clients by its limits: Client(token, base_url={emu.base_url!r}, emulator=True)")
            echo(f"                        or wbseller --base-url {emu.base_url} --emulator-limits ...")
    emu.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m wbseller_emulator", description="Run the WB emulator.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="real seconds one emulator second lasts: 0.01 = its limits, delays and data clock 100x faster",
    )
    parser.add_argument(
        "--limits-scale",
        type=float,
        default=None,
        help="the same for the rate limits alone (default: --time-scale); the data clock keeps --time-scale",
    )
    parser.add_argument("--json", action="store_true", help="print the URL and tokens as one JSON object")
    parser.add_argument("--no-rate-limits", action="store_true")
    parser.add_argument("--no-strict", action="store_true", help="do not validate answers against the specs")
    parser.add_argument("--secret", help="HS256 secret for tokens (default: random)")
    parser.add_argument(
        "--settings", type=json.loads, default={}, help='JSON, e.g. {"content.card_delay": 1}'
    )
    args = parser.parse_args(argv)
    serve(
        host=args.host,
        port=args.port,
        time_scale=args.time_scale,
        limits_scale=args.limits_scale,
        rate_limits=not args.no_rate_limits,
        strict=not args.no_strict,
        secret=args.secret,
        settings=args.settings,
        echo=lambda line: print(line, flush=True),
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
