"""RedisLimiter's event-loop path (redis_async.LoopScript: EVALSHA written straight to its own
connections): a Redis that forgot the script gets it again, a call cancelled mid-exchange leaves
no reply behind for the next call to read, a restarted Redis is rejoined."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import uuid
import warnings

import pytest

from wbseller.limits import Bucket, Rate, RedisLimiter, RedisUnavailableWarning

from .conftest import RedisServer, Stopwatch, conform

B = Bucket("seller", "b", Rate(5, 1.0, 1))  # 200 ms slots
T = 0.2


def test_a_flushed_script_is_loaded_again(redis_server: RedisServer) -> None:
    lim = RedisLimiter(redis_server.url, prefix=uuid.uuid4().hex, headroom=0, lease=1)

    async def main() -> list[float]:
        first = await lim.aacquire(B)
        redis_server.client().script_flush()  # as after a restart or a SCRIPT FLUSH
        waits = [first, await lim.aacquire(B), await lim.aacquire(B)]
        await lim.aclose()
        return waits

    watch = Stopwatch()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RedisUnavailableWarning)  # it never went local
        waits = asyncio.run(main())
    conform(waits, [0.0, T, 2 * T], watch.elapsed)


def test_a_cancelled_call_leaves_no_reply_behind(redis_server: RedisServer) -> None:
    lim = RedisLimiter(redis_server.url, prefix=uuid.uuid4().hex, headroom=0, lease=1)
    assert redis_server.proc is not None
    pid = redis_server.proc.pid

    async def main() -> list[float]:
        await lim.aacquire(B)  # connected: slot 0
        os.kill(pid, signal.SIGSTOP)  # the next command waits for its reply
        try:
            task = asyncio.create_task(lim.aacquire(B))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        finally:
            os.kill(pid, signal.SIGCONT)  # Redis reserves slot 1 and answers a closed connection
        waits = [await lim.aacquire(B) for _ in range(2)]
        await lim.aclose()
        return waits

    watch = Stopwatch()
    waits = asyncio.run(main())
    # each call reads its own answer, not the cancelled call's
    conform(waits, [2 * T, 3 * T], watch.elapsed)


def test_a_restarted_redis_is_rejoined(redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    prefix = uuid.uuid4().hex
    lim = RedisLimiter(redis_server.url, prefix=prefix, headroom=0, probe_interval=0.05, lease=1)

    async def main() -> None:
        await lim.aacquire(B)
        redis_server.kill()
        redis_server.start()  # empty: no keys, no script; the old connection is dead
        await lim.aacquire(B)  # notices, goes local
        await asyncio.sleep(0.1)  # a probe is due
        await lim.aacquire(B)
        await lim.aclose()

    with caplog.at_level(logging.WARNING, "wbseller"), warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        asyncio.run(main())
    assert any("is back" in r.getMessage() for r in caplog.records)
    assert redis_server.client().keys(f"{prefix}:*")  # the script ran on the new server
