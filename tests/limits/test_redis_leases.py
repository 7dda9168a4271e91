"""RedisLimiter's leases: a process that keeps a bucket busy reserves several slots per script call
and hands them out itself. The waits stay those of one reservation per request (conform: Redis's
clock runs between the calls), the round trips drop to about one per lease, two processes never
get the same slot, and slots a process did not use go back when nobody reserved after them.

Slots are 200 ms (the leased ones lie seconds ahead: acquire never sleeps), far beyond the jitter
of a loaded machine, which decides only when each process reads its clock."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from wbseller.limits import Bucket, Rate, RedisLimiter

from .conftest import RedisServer, Stopwatch, conform

T = 0.2
SLOW = Bucket("seller", "leased", Rate(5, 1.0, 1))  # burst 1: the waits are the slots themselves
WARM_UP = Bucket("warm-up", "w", Rate(1000, 1.0, 1000))


class Counted:
    """The limiter's script, counting the round trips to Redis."""

    def __init__(self, script: Any) -> None:
        self.script, self.calls = script, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.script(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.script, name)


@pytest.fixture
def make(redis_server: RedisServer) -> Iterator[Any]:
    prefix = uuid.uuid4().hex
    made: list[RedisLimiter] = []

    def new(**kw: Any) -> RedisLimiter:
        kw = {"prefix": prefix, "headroom": 0, "lease": 8, "lease_window": 2.0, **kw}
        limiter = RedisLimiter(redis_server.url, **kw)
        limiter.acquire(WARM_UP)  # connected: the round trips counted next are the bucket's
        made.append(limiter)
        return limiter

    yield new
    for m in made:
        m.close()


def test_a_busy_bucket_is_leased_with_the_same_waits(make: Any) -> None:
    lim = make()
    counted = lim._script = Counted(lim._script)
    watch = Stopwatch()
    waits = [lim.acquire(SLOW) for _ in range(40)]
    conform(waits, [i * T for i in range(40)], watch.elapsed)
    # leases of 1, 2, 4, then 8 slots: 40 requests in 8 round trips instead of 40
    assert counted.calls == 8


def test_lease_one_asks_redis_each_time(make: Any) -> None:
    lim = make(lease=1)
    counted = lim._script = Counted(lim._script)
    for _ in range(10):
        lim.acquire(SLOW)
    assert counted.calls == 10


def test_a_lease_never_covers_more_than_its_window(make: Any) -> None:
    lim = make(lease_window=0.5)  # 2.5 slots: leases of at most 2
    counted = lim._script = Counted(lim._script)
    for _ in range(11):
        lim.acquire(SLOW)
    assert counted.calls == 6  # 1, 2, 2, 2, 2, 2


def test_two_processes_never_get_the_same_slot(make: Any) -> None:
    a, b = make(), make()
    watch = Stopwatch()
    sends: list[float] = []
    for _ in range(20):
        for lim in (a, b):
            sends.append(watch.elapsed + lim.acquire(SLOW))
    slots = [round(t / T) for t in sends]
    assert max(abs(t / T - k) for t, k in zip(sends, slots, strict=True)) < 0.25, sends
    # each slot once (a lease's slots that go unused leave gaps, never doubles)
    assert len(set(slots)) == 40, sorted(slots)


def test_unused_slots_go_back(make: Any) -> None:
    a, b = make(), make()
    watch = Stopwatch()
    for _ in range(8):
        a.acquire(SLOW)  # leases of 1, 2, 4 and 8: the last holds 7 slots it has not used
    a.close()
    conform([b.acquire(SLOW)], [8 * T], watch.elapsed)


def test_a_429_drops_the_lease(make: Any) -> None:
    a, b = make(), make()
    watch = Stopwatch()
    for _ in range(8):
        a.acquire(SLOW)
    a.feedback(SLOW, 429, {"X-Ratelimit-Retry": "3"})
    # the 7 leased slots go back; WB's pause holds every worker, the one that leased included
    conform([b.acquire(SLOW), a.acquire(SLOW)], [3.0, 3.0 + T], watch.elapsed)


def test_async_leases_too(make: Any) -> None:
    lim = make()
    calls: list[Counted] = []

    async def run() -> list[float]:
        conn = lim._aredis()
        conn.script = Counted(conn.script)
        calls.append(conn.script)
        waits = [await lim.aacquire(SLOW) for _ in range(15)]
        await lim.aclose()
        return waits

    watch = Stopwatch()
    waits = asyncio.run(run())
    conform(waits, [i * T for i in range(15)], watch.elapsed)
    assert calls[0].calls == 4  # leases of 1, 2, 4 and 8
