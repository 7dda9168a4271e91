"""The GCRA cases every limiter backend must pass, run against the in-process limiter (on a frozen
clock) and RedisLimiter (on Redis's clock: a few ms pass between calls, hence the tolerance); and
gcra.step (Python) against gcra.STEP_LUA (Redis), on a grid.

Cases that move a fake clock stay in tests/unit/test_limiter.py (Redis's clock cannot be moved).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from wbseller.limits import Bucket, InProcessLimiter, Limiter, Rate, RedisLimiter, gcra

from .conftest import RedisServer


@dataclass
class Backend:
    make: Callable[..., Limiter]  # make(headroom=1) -> a fresh limiter (fresh buckets)
    tolerance: float

    def approx(self, waits: Sequence[float]) -> Any:
        return pytest.approx(list(waits), abs=self.tolerance or None)


@pytest.fixture(params=["in-process", "redis"])
def backend(request: pytest.FixtureRequest) -> Backend:
    if request.param == "in-process":
        now = 1000.0
        return Backend(lambda headroom=1: InProcessLimiter(lambda: now, headroom=headroom), 0.0)
    server: RedisServer = request.getfixturevalue("redis_server")
    made: list[RedisLimiter] = []

    def make(headroom: int = 1) -> Limiter:
        made.append(RedisLimiter(server.url, prefix=uuid.uuid4().hex, headroom=headroom))
        made[-1].acquire(Bucket("warm-up", "w", Rate(1000, 1.0, 1000)))  # connected before the case
        return made[-1]

    request.addfinalizer(lambda: [m.close() for m in made])
    return Backend(make, 0.02)


def bucket(limit: int = 5, period: float = 1.0, burst: int = 5) -> Bucket:
    return Bucket("seller", "b", Rate(limit, period, burst))


def test_burst_then_interval(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    waits = [lim.acquire(bucket()) for _ in range(8)]
    assert waits == backend.approx([0, 0, 0, 0, 0, 0.2, 0.4, 0.6])


def test_cost_counts_several(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket(limit=300, period=60, burst=20)
    lim.acquire(b, cost=20)
    assert [lim.acquire(b)] == backend.approx([0.2])


def test_remaining_header_lowers_the_allowance(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.acquire(b)
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "1"})  # someone else spent 3
    assert [lim.acquire(b), lim.acquire(b)] == backend.approx([0, 0.2])


def test_empty_server_bucket_uses_the_servers_refill(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.acquire(b)
    # the server refills its 5 tokens in 2.5 s: it refills at 2/s, not 5/s
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "2.5"})
    assert [lim.acquire(b)] == backend.approx([0.5])


def test_remaining_never_raises_the_allowance(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    for _ in range(5):
        lim.acquire(b)
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "5"})
    assert [lim.acquire(b)] == backend.approx([0.2])


def test_an_answer_without_limit_headers_changes_nothing(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.acquire(b)
    lim.feedback(b, 200, {})
    assert [lim.acquire(b) for _ in range(5)] == backend.approx([0, 0, 0, 0, 0.2])


def test_429_pauses_everyone(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.feedback(b, 429, {"X-Ratelimit-Retry": "3"})
    assert [lim.acquire(b), lim.acquire(b)] == backend.approx([3.0, 3.2])


def test_buckets_are_per_account_and_name(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    a = bucket(burst=1)
    other_account, other_name = Bucket("other", "b", a.rate), Bucket("seller", "c", a.rate)
    waits = [lim.acquire(a), lim.acquire(other_account), lim.acquire(other_name), lim.acquire(a)]
    assert waits == backend.approx([0, 0, 0, 0.2])


def test_default_headroom_keeps_one_request_in_hand(backend: Backend) -> None:
    lim = backend.make()
    assert [lim.acquire(bucket()) for _ in range(6)] == backend.approx([0, 0, 0, 0, 0.2, 0.4])
    # a burst of 1 has no request to keep in hand: its margin is in time (gcra.TIME_MARGIN)
    single = Bucket("seller", "one", Rate(1, 1.0, 1))
    assert [lim.acquire(single) for _ in range(2)] == backend.approx([0, 1.0 + gcra.TIME_MARGIN])


# --- one formula, two languages -------------------------------------------------------------------
GRID = list(
    itertools.product(
        [900.0, 1000.0, 1000.5, 1003.25],  # tat: long past, now, ahead, far ahead
        [0.2, 12.0],  # interval
        [0.0, 0.6],  # tau
        [0, 1, 5],  # cost
        [0.0, 0.3, 3.5],  # floor
    )
)


def test_the_lua_step_is_the_python_step(redis_server: RedisServer) -> None:
    client = redis_server.client()
    script = client.register_script(
        gcra.STEP_LUA
        + "local w, t = step(tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]),"
        + " tonumber(ARGV[5]), tonumber(ARGV[6]))\n"
        + "return {string.format('%.9f', w), string.format('%.9f', t)}"
    )
    now = 1000.0
    try:
        for tat, interval, tau, cost, floor in GRID:
            lua = script(args=[repr(tat), repr(now), repr(interval), repr(tau), str(cost), repr(floor)])
            python = gcra.step(tat, now, interval, tau, cost, floor)
            assert [float(x) for x in lua] == pytest.approx(list(python), abs=1e-9), (tat, tau, cost, floor)
    finally:
        client.close()
