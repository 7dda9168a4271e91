"""P1: 60 calls to a 5 req/s, burst 5 operation (campaign lists) against the emulator enforcing
exactly that, unscaled. wbseller's limiter vs the bare generated client with a naive
retry-on-429 loop, side by side. Target: elapsed / ideal ((60 - 5) / 5 s) <= 1.05, zero 429s.

    python bench/p1_rate_limit.py [--calls 60]
"""

from __future__ import annotations

import argparse
import time

from _util import result

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator
from wbseller_raw.promotion.api.campaigns import campaigns_lists
from wbseller_raw.promotion.client import AuthenticatedClient

OP = "promotion.campaigns_lists"


def run_wbseller(emu: Emulator, token: str, calls: int) -> tuple[float, int]:
    emu.reset()
    with wbseller.Client(token, base_url=emu.base_url, limiter=InProcessLimiter()) as wb:
        started = time.monotonic()
        for _ in range(calls):
            r = campaigns_lists.sync_detailed(client=wb.promotion.raw)
            assert r.status_code == 200
        elapsed = time.monotonic() - started
    return elapsed, sum(1 for r in emu.requests if r.operation == OP and r.status == 429)


def run_naive(emu: Emulator, token: str, calls: int) -> tuple[float, int]:
    """What users write today: call, and on 429 sleep what X-Ratelimit-Retry says, then again."""
    emu.reset()
    raw = AuthenticatedClient(base_url=emu.base_url, token=token, prefix="")
    started = time.monotonic()
    for _ in range(calls):
        while True:
            r = campaigns_lists.sync_detailed(client=raw)
            if r.status_code != 429:
                break
            time.sleep(float(r.headers.get("X-Ratelimit-Retry", "1")))
    elapsed = time.monotonic() - started
    return elapsed, sum(1 for r in emu.requests if r.operation == OP and r.status == 429)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--calls", type=int, default=60)
    args = p.parse_args()
    ideal = (args.calls - 5) / 5
    with Emulator(time_scale=1.0, strict=False) as emu:
        token = emu.make_token(["promotion"])
        ours, ours_429 = run_wbseller(emu, token, args.calls)
        naive, naive_429 = run_naive(emu, token, args.calls)
    print(f"P1  {args.calls} calls, 5 req/s burst 5, ideal {ideal:.1f} s")
    print(f"    wbseller:          elapsed {ours:6.2f} s  ratio {ours / ideal:.3f}  429s {ours_429}")
    print(f"    naive retry loop:  elapsed {naive:6.2f} s  ratio {naive / ideal:.3f}  429s {naive_429}")
    result("p1 burst-5 elapsed / ideal", ours / ideal, "<= 1.05", "ratio")
    result("p1 burst-5 429s", ours_429, "0", "count")
    result("p1 naive retry loop 429s (peer-style baseline)", naive_429, "-", "count")


if __name__ == "__main__":
    main()
