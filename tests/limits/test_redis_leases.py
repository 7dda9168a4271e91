"""RedisLimiter's leases: a process that keeps a bucket busy reserves several slots per script call
and hands them out itself. The waits stay those of one reservation per request (conform: Redis's
clock runs between the calls), the round trips drop to about one per lease, two processes never
get the same slot, and slots a process did not use go back when nobody reserved after them.

Slots are 200 ms (the leased ones lie seconds ahead: acquire never sleeps), far beyond the jitter
of a loaded machine, which decides only when each process reads its clock."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from wbseller.limits import Bucket, Rate, RedisLimiter

from .conftest import RedisServer, Stopwatch, conform

T = 0.2
SLOW = Bucket("seller", "leased", Rate(5, 1.0, 1))  # burst 1: the waits are the slots themselves
QUICK_T = 0.1
QUICK = Bucket("seller", "quick", Rate(10, 1.0, 1))  # for the cases that sleep
BURST = Bucket("seller", "burst", Rate(5, 1.0, 5))
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


def test_a_lease_grows_while_the_process_waits_on_its_slots(make: Any) -> None:
    lim = make()
    counted = lim._script = Counted(lim._script)
    for _ in range(15):
        time.sleep(lim.acquire(QUICK))  # sends at its slot, asks for the next one at once
    assert counted.calls == 4  # leases of 1, 2, 4 and 8


def test_a_process_slower_than_the_bucket_reserves_one_slot_at_a_time(make: Any) -> None:
    # several workers that each send slower than the bucket allows: a slot leased ahead of such
    # a worker would pass before it comes back for it, lost to every worker
    a, b = make(), make()
    counted = a._script = Counted(a._script)
    for _ in range(5):
        time.sleep(a.acquire(QUICK) + 2 * QUICK_T)  # back two intervals after its slot
    watch = Stopwatch()
    waits = [a.acquire(QUICK), b.acquire(QUICK)]
    conform(waits, [0.0, QUICK_T], watch.elapsed)  # a holds no slot ahead: the next one is b's
    assert counted.calls == 6


def test_a_process_late_for_its_lease_goes_back_to_one_slot(make: Any) -> None:
    lim = make()
    counted = lim._script = Counted(lim._script)
    for _ in range(8):
        lim.acquire(QUICK)  # leases of 1, 2, 4 and 8: it holds 7 slots
    assert counted.calls == 4
    time.sleep(16 * QUICK_T)  # stalls: its slots (up to 1.4 s ahead) pass unused
    lim.acquire(QUICK)
    lim.acquire(QUICK)
    assert counted.calls == 6  # one slot, then two: the lease grows again from one


def test_feedback_that_changes_nothing_keeps_the_lease(make: Any) -> None:
    lim = make()
    counted = lim._script = Counted(lim._script)
    for _ in range(4):
        lim.acquire(BURST)  # leases of 1, 2 and 4: the schedule runs 1.4 s ahead, 3 slots held
    # WB says 3 requests of the burst are spent: the schedule already holds more, nothing to ask
    lim.feedback(BURST, 200, {"X-Ratelimit-Remaining": "2", "X-Ratelimit-Limit": "5"})
    lim.acquire(BURST)
    assert counted.calls == 3
    # WB says the bucket is empty for 20 s (someone else spends from it): that goes to Redis
    watch = Stopwatch()  # the floor counts from the feedback: time from then on brings the slot closer
    lim.feedback(BURST, 200, {"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "20"})
    assert counted.calls == 4
    conform([lim.acquire(BURST)], [19 / 5], watch.elapsed)
