"""P2 (CPU): what wbseller adds per call, without a server: the same GET /content/v2/cards/limits
answered in-process by httpx.MockTransport, through `client.content.raw` (wbseller's transport
and the generated parser) vs a bare httpx client + json.loads, sync and async. This process's
CPU time per call, best of several alternating rounds: the client's own cost, which the
emulator's time (and a loaded machine) blurs in p2_overhead.py. The send-time pacing hook is
not exercised (httpcore calls it; MockTransport does not).

`--instructions` also counts the instructions per call of both sync sides under valgrind
(callgrind; it must be installed): a ratio the machine's load does not move. Each side runs in
its own interpreter, N calls minus 0 calls. OpenTelemetry's provider check is turned off in
that mode on the wbseller side: it runs once a second of wall time, and valgrind runs ~50 times
slower (a normal run pays it once per thousands of calls).

    python bench/p2_cpu.py [--calls 5000] [--rounds 5] [--instructions]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
from _util import result

import wbseller
from wbseller_emulator.auth import mint
from wbseller_raw.content.api.cards import limits_for_the_product_cards as limits

PATH = "/content/v2/cards/limits"
BODY = json.dumps(
    {"data": {"freeLimits": 100, "paidLimits": 5}, "error": False, "errorText": "", "additionalErrors": None}
).encode()
BASE = "http://wb.invalid"
RATES = {"content-limits-and-errors": (10**9, 1.0, 10**9)}  # limits on, never binding
GOAL = "<= 1.1"
VALGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def best_of(rounds: int, calls: int, sides: dict[str, Callable[[], None]]) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(rounds):
        for side, run in sides.items():
            t0 = time.process_time()
            run()
            us = (time.process_time() - t0) / calls * 1e6
            best[side] = min(best.get(side, us), us)
    return best


def sync_sides(token: str, calls: int) -> tuple[Callable[[], None], Callable[[], None], Callable[[], None]]:
    wb = wbseller.Client(token, base_url=BASE, rate_limits=RATES)
    bare = httpx.Client(
        base_url=BASE, headers={"Authorization": token}, transport=httpx.MockTransport(answer)
    )
    raw = wb.content.raw
    raw.get_httpx_client()._transport.inner = httpx.MockTransport(answer)  # the wire, in-process

    def ours() -> None:
        for _ in range(calls):
            limits.sync_detailed(client=raw)

    def plain() -> None:
        for _ in range(calls):
            json.loads(bare.get(PATH).content)

    def close() -> None:
        wb.close()
        bare.close()

    return ours, plain, close


def run_async(token: str, calls: int, rounds: int) -> dict[str, float]:
    async def main() -> dict[str, float]:
        async with (
            wbseller.AsyncClient(token, base_url=BASE, rate_limits=RATES) as wb,
            httpx.AsyncClient(
                base_url=BASE, headers={"Authorization": token}, transport=httpx.MockTransport(answer)
            ) as bare,
        ):
            raw = wb.content.raw
            raw.get_async_httpx_client()._transport.inner = httpx.MockTransport(answer)
            best: dict[str, float] = {}
            for _ in range(rounds):
                t0 = time.process_time()
                for _ in range(calls):
                    await limits.asyncio_detailed(client=raw)
                us = (time.process_time() - t0) / calls * 1e6
                best["wbseller"] = min(best.get("wbseller", us), us)
                t0 = time.process_time()
                for _ in range(calls):
                    json.loads((await bare.get(PATH)).content)
                us = (time.process_time() - t0) / calls * 1e6
                best["bare"] = min(best.get("bare", us), us)
            return best

    return asyncio.run(main())


def side_main(side: str, calls: int) -> None:
    """One side's calls and nothing else measured (run under valgrind by --instructions)."""
    from wbseller import telemetry

    token = mint(None, categories=["content"], seller_id="bench")
    if side == "wbseller":
        telemetry.disable()
    ours, plain, _ = sync_sides(token, 1)
    run = ours if side == "wbseller" else plain
    for _ in range(20):  # the first calls' work (imports, routes, checks) in both counts
        run()
    for _ in range(calls):
        run()


def instructions(calls: int) -> dict[str, float]:
    """Instructions per call of each sync side: (N calls - 0 calls) / N, under callgrind."""

    def count(side: str, n: int) -> int:
        err = subprocess.run(
            [*VALGRIND, sys.executable, __file__, "--side", side, "--calls", str(n)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        ).stderr
        found = re.search(r"Collected : (\d+)", err)
        if found is None:
            raise RuntimeError(f"no callgrind total in: {err[-500:]}")
        return int(found.group(1))

    return {side: (count(side, calls) - count(side, 0)) / calls for side in ("wbseller", "bare")}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--calls", type=int, default=5000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--instructions", action="store_true", help="also count instructions (valgrind)")
    p.add_argument("--side", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.side:
        return side_main(args.side, args.calls)
    token = mint(None, categories=["content"], seller_id="bench")
    ours, plain, close = sync_sides(token, args.calls)
    s = best_of(args.rounds, args.calls, {"wbseller": ours, "bare": plain})
    close()
    a = run_async(token, args.calls, args.rounds)
    print(f"P2 cpu  {args.calls} calls per round, GET {PATH} answered in-process (best of {args.rounds})")
    for mode, best in (("sync", s), ("async", a)):
        o, b = best["wbseller"], best["bare"]
        print(
            f"  {mode:5s} bare {b:6.1f} us/call  wbseller {o:6.1f} us/call  "
            f"added {o - b:5.1f} us  ratio {o / b:.3f}"
        )
        result(f"p2_cpu_{mode}_ratio", o / b, GOAL, "ratio")
        result(f"p2_cpu_{mode}_added_us", o - b, "", "us")
    if args.instructions:
        n = instructions(min(args.calls, 600))
        o, b = n["wbseller"], n["bare"]
        print(f"  sync instructions per call: bare {b:,.0f}  wbseller {o:,.0f}  ratio {o / b:.3f}")
        result("p2_cpu_sync_instructions_ratio", o / b, GOAL, "ratio")


if __name__ == "__main__":
    main()
