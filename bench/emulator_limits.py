"""Issue 24, item 6: exporting 5,000 product cards from a standalone, time-scaled emulator
(`python -m wbseller_emulator --time-scale 0.01`, its own process) with `Client(..., emulator=True)`
(paced by the emulator's scaled limits, asked once from GET /__emulator__/limits) and without it
(paced by WB's real 100 requests a minute, burst 5). Prints the requests sent, the limiter's
summed waits and the wall time of each; the first should take about 1/100 of the second's waits.

    python bench/emulator_limits.py [--cards 5000] [--scale 0.01]
"""

from __future__ import annotations

import argparse
import json
import time
import urllib.request

from _util import emulator_process

import wbseller
from wbseller.limits import Bucket, InProcessLimiter


class CountingLimiter(InProcessLimiter):
    def __init__(self) -> None:
        super().__init__()
        self.requests = 0
        self.waited = 0.0

    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        wait = super().acquire(bucket, cost)
        self.requests += 1
        self.waited += wait
        return wait


def run(base: str, token: str, emulator: bool) -> tuple[int, int, float, float]:
    limiter = CountingLimiter()
    t0 = time.perf_counter()
    with wbseller.Client(token, base_url=base, emulator=emulator, limiter=limiter) as wb:
        cards = sum(1 for _ in wb.content.iter_cards())
    return cards, limiter.requests, limiter.waited, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--scale", type=float, default=0.01)
    args = parser.parse_args()
    with emulator_process("--time-scale", str(args.scale)) as (base, token):
        seed = {"category": "content", "method": "seed_cards", "kwargs": {"n": args.cards}}
        body = json.dumps(seed).encode()
        seeding = urllib.request.Request(base + "/__emulator__/seed", body, method="POST")
        urllib.request.urlopen(seeding).read()
        for emulator in (True, False):
            cards, requests, waited, wall = run(base, token, emulator)
            print(
                f"emulator={emulator!s:<5}  {cards} cards  {requests} requests  "
                f"limiter waits {waited:6.2f} s  wall {wall:6.2f} s"
            )


if __name__ == "__main__":
    main()
