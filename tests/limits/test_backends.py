"""The GCRA cases every limiter backend must pass, run against the in-process limiter (on a frozen
clock: exact) and RedisLimiter (on Redis's clock, which runs between the calls: each wait lies
between the frozen clock's and that minus the time the case took, see conftest.conform); and
gcra.step (Python) against gcra.STEP_LUA (Redis), on a grid.

Cases that move a fake clock stay in tests/unit/test_limiter.py (Redis's clock cannot be moved).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pytest

from wbseller.limits import Bucket, InProcessLimiter, Limiter, Rate, RedisLimiter, gcra

from .conftest import RedisServer, Stopwatch, conform


@dataclass
class Backend:
    make_limiter: Callable[..., Limiter]  # make_limiter(headroom=1) -> a fresh limiter (fresh buckets)
    clock_runs: bool  # Redis's clock runs during a case; the in-process one here stands still
    stopwatch: Stopwatch = field(default_factory=Stopwatch)

    def make(self, headroom: int = 1) -> Limiter:
        limiter = self.make_limiter(headroom)
        self.stopwatch.restart()  # the case begins: its calls come after this
        return limiter

    def check(self, waits: Sequence[float], expected: Sequence[float]) -> None:
        conform(waits, expected, self.stopwatch.elapsed if self.clock_runs else 0.0)


@pytest.fixture(params=["in-process", "redis"])
def backend(request: pytest.FixtureRequest) -> Backend:
    if request.param == "in-process":
        now = 1000.0
        return Backend(lambda headroom=1: InProcessLimiter(lambda: now, headroom=headroom), False)
    server: RedisServer = request.getfixturevalue("redis_server")
    made: list[RedisLimiter] = []

    def make(headroom: int = 1) -> Limiter:
        made.append(RedisLimiter(server.url, prefix=uuid.uuid4().hex, headroom=headroom))
        made[-1].acquire(Bucket("warm-up", "w", Rate(1000, 1.0, 1000)))  # connected before the case
        return made[-1]

    request.addfinalizer(lambda: [m.close() for m in made])
    return Backend(make, True)


def bucket(limit: int = 5, period: float = 1.0, burst: int = 5) -> Bucket:
    return Bucket("seller", "b", Rate(limit, period, burst))


def test_burst_then_interval(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    waits = [lim.acquire(bucket()) for _ in range(8)]
    backend.check(waits, [0, 0, 0, 0, 0, 0.2, 0.4, 0.6])


def test_cost_counts_several(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket(limit=300, period=60, burst=20)
    lim.acquire(b, cost=20)
    backend.check([lim.acquire(b)], [0.2])


def test_remaining_header_lowers_the_allowance(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.acquire(b)
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "1"})  # someone else spent 3
    backend.check([lim.acquire(b), lim.acquire(b)], [0, 0.2])


def test_empty_server_bucket_uses_the_servers_refill(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.acquire(b)
    # the server refills its 5 tokens in 2.5 s: it refills at 2/s, not 5/s
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "2.5"})
    backend.check([lim.acquire(b)], [0.5])


def test_remaining_never_raises_the_allowance(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    for _ in range(5):
        lim.acquire(b)
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "5"})
    backend.check([lim.acquire(b)], [0.2])


def test_an_answer_without_limit_headers_changes_nothing(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.acquire(b)
    lim.feedback(b, 200, {})
    backend.check([lim.acquire(b) for _ in range(5)], [0, 0, 0, 0, 0.2])


def test_429_pauses_everyone(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    b = bucket()
    lim.feedback(b, 429, {"X-Ratelimit-Retry": "3"})
    backend.check([lim.acquire(b), lim.acquire(b)], [3.0, 3.2])


def test_buckets_are_per_account_and_name(backend: Backend) -> None:
    lim = backend.make(headroom=0)
    a = bucket(burst=1)
    other_account, other_name = Bucket("other", "b", a.rate), Bucket("seller", "c", a.rate)
    waits = [lim.acquire(a), lim.acquire(other_account), lim.acquire(other_name), lim.acquire(a)]
    backend.check(waits, [0, 0, 0, 0.2])


def test_default_headroom_keeps_one_request_in_hand(backend: Backend) -> None:
    lim = backend.make()
    backend.check([lim.acquire(bucket()) for _ in range(6)], [0, 0, 0, 0, 0.2, 0.4])
    # a burst of 1 has no request to keep in hand: its margin is in time (gcra.time_margin), less
    # in the process's own limiter (its wire pacing restamps each write) than in a shared one
    single = Bucket("seller", "one", Rate(1, 1.0, 1))
    margin = gcra.SHARED_MAX_MARGIN if backend.clock_runs else gcra.LOCAL_MAX_MARGIN
    backend.check([lim.acquire(single) for _ in range(2)], [0, 1.0 + margin])


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
