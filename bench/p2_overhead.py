"""P2: per-call cost of `client.content.raw` through wbseller's transport (operation lookup,
token checks, limiter, error mapping, the content envelope check, generated model parsing) vs a
bare httpx call + json.loads, to the same local endpoint (GET /content/v2/cards/limits on the
emulator in another process, limits off). Sync (Client vs httpx.Client) and async (AsyncClient
vs httpx.AsyncClient), each in interleaved rounds; the ratio of the median per-call times.
Targets: sync <= 1.1, async <= 1.2.

    python bench/p2_overhead.py [--calls 2000] [--mode sync|async|both]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable

import httpx
from _util import emulator_process, median

import wbseller
from wbseller_raw.content.api.cards import limits_for_the_product_cards as limits

UNLIMITED = (10**9, 1.0, 10**9)
PATH = "/content/v2/cards/limits"
WARM_UP = 20


class Rounds:
    """Per-call wall and CPU time of each round, per side; the ratios of their medians. The CPU
    figure is this process's own work (the client's cost); wall time also holds the emulator's."""

    def __init__(self) -> None:
        self.t: dict[str, list[tuple[float, float]]] = {"ours": [], "bare": []}
        self._t0 = (0.0, 0.0)

    def start(self) -> None:
        self._t0 = (time.perf_counter(), time.process_time())

    def stop(self, side: str, n: int) -> None:
        w0, c0 = self._t0
        self.t[side].append(((time.perf_counter() - w0) / n, (time.process_time() - c0) / n))

    def report(self) -> float:
        (ow, oc), (bw, bc) = (
            (median([x[0] for x in self.t[s]]), median([x[1] for x in self.t[s]])) for s in ("ours", "bare")
        )
        print(
            f"    wall: bare {bw * 1e6:6.0f} us/call  wbseller {ow * 1e6:6.0f} us/call  ratio {ow / bw:.3f}"
        )
        print(
            f"    cpu:  bare {bc * 1e6:6.0f} us/call  wbseller {oc * 1e6:6.0f} us/call  ratio {oc / bc:.3f}"
        )
        return ow / bw


def interleaved(ours: Callable[[], object], bare: Callable[[], object], calls: int, rnd: int) -> float:
    """Alternating rounds of `rnd` calls, after a warm-up of both paths."""
    rounds = Rounds()
    for _ in range(WARM_UP):
        ours()
        bare()
    for _ in range(calls // rnd):
        for side, f in (("ours", ours), ("bare", bare)):
            rounds.start()
            for _ in range(rnd):
                f()
            rounds.stop(side, rnd)
    return rounds.report()


async def ainterleaved(
    ours: Callable[[], Awaitable[object]], bare: Callable[[], Awaitable[object]], calls: int, rnd: int
) -> float:
    """interleaved() on an event loop."""
    rounds = Rounds()
    for _ in range(WARM_UP):
        await ours()
        await bare()
    for _ in range(calls // rnd):
        for side, f in (("ours", ours), ("bare", bare)):
            rounds.start()
            for _ in range(rnd):
                await f()
            rounds.stop(side, rnd)
    return rounds.report()


def run_sync(base: str, token: str, calls: int, rnd: int) -> float:
    with (
        wbseller.Client(token, base_url=base, rate_limits={"content-limits-and-errors": UNLIMITED}) as wb,
        httpx.Client(base_url=base, headers={"Authorization": token}) as bare,
    ):
        raw = wb.content.raw

        def ours() -> object:
            r = limits.sync_detailed(client=raw)
            assert r.status_code == 200 and r.parsed is not None
            return r

        def plain() -> object:
            return json.loads(bare.get(PATH).content)

        print(f"P2 sync   {calls} calls each, GET {PATH}")
        return interleaved(ours, plain, calls, rnd)


async def run_async(base: str, token: str, calls: int, rnd: int) -> float:
    async with (
        wbseller.AsyncClient(
            token, base_url=base, rate_limits={"content-limits-and-errors": UNLIMITED}
        ) as wb,
        httpx.AsyncClient(base_url=base, headers={"Authorization": token}) as bare,
    ):
        raw = wb.content.raw

        async def ours() -> object:
            r = await limits.asyncio_detailed(client=raw)
            assert r.status_code == 200 and r.parsed is not None
            return r

        async def plain() -> object:
            return json.loads((await bare.get(PATH)).content)

        print(f"P2 async  {calls} calls each, GET {PATH}")
        return await ainterleaved(ours, plain, calls, rnd)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--calls", type=int, default=2000)
    p.add_argument("--round", type=int, default=50)
    p.add_argument("--mode", choices=("sync", "async", "both"), default="both")
    args = p.parse_args()
    with emulator_process("--no-rate-limits", "--no-strict") as (base, token):
        if args.mode in ("sync", "both"):
            run_sync(base, token, args.calls, args.round)
        if args.mode in ("async", "both"):
            asyncio.run(run_async(base, token, args.calls, args.round))


if __name__ == "__main__":
    main()
