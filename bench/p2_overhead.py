"""P2: per-call cost of `client.<category>.raw` through wbseller's transport (operation lookup,
token checks, limiter, retries bookkeeping, error mapping, generated model parsing) vs a bare
httpx call + json parse, to the same local endpoint (the emulator in another process, limits
off). Interleaved rounds; the median per-call times' ratio. Target <= 1.3.

    python bench/p2_overhead.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import time

import httpx
from _util import emulator_process, median

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller_raw.promotion.api.finances import balance

UNLIMITED = (10**9, 1.0, 10**9)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--calls", type=int, default=2000)
    p.add_argument("--round", type=int, default=100)
    args = p.parse_args()
    with emulator_process("--no-rate-limits", "--no-strict") as (base, token):
        wb = wbseller.Client(
            token, base_url=base, limiter=InProcessLimiter(), rate_limits={"promotion.balance": UNLIMITED}
        )
        raw = wb.promotion.raw
        bare = httpx.Client(base_url=base, headers={"Authorization": token})
        ours_t: list[float] = []
        bare_t: list[float] = []
        for _ in range(5):  # warm up both paths
            balance.sync_detailed(client=raw)
            bare.get("/adv/v1/balance").json()
        for _ in range(args.calls // args.round):
            t0 = time.perf_counter()
            for _ in range(args.round):
                r = balance.sync_detailed(client=raw)
            ours_t.append((time.perf_counter() - t0) / args.round)
            assert r.parsed is not None
            t0 = time.perf_counter()
            for _ in range(args.round):
                bare.get("/adv/v1/balance").json()
            bare_t.append((time.perf_counter() - t0) / args.round)
        wb.close()
        bare.close()
    o, b = median(ours_t) * 1e6, median(bare_t) * 1e6
    print(f"P2  {args.calls} calls each, GET /adv/v1/balance on the emulator (separate process)")
    print(f"    bare httpx + json: {b:7.0f} us/call   wbseller .raw: {o:7.0f} us/call   ratio {o / b:.3f}")


if __name__ == "__main__":
    main()
