"""The in-process limiter (GCRA): burst, then the documented interval; feedback lowers the
allowance; a 429 pauses every caller; reservations are thread-safe."""

from __future__ import annotations

import threading

import pytest
from wbseller.limits import Bucket, InProcessLimiter, Rate


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def bucket(limit: int = 5, period: float = 1.0, burst: int = 5) -> Bucket:
    return Bucket("seller", "b", Rate(limit, period, burst))


def test_burst_then_interval(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    waits = [lim.acquire(b) for _ in range(8)]
    assert waits[:5] == [0, 0, 0, 0, 0]
    assert waits[5:] == pytest.approx([0.2, 0.4, 0.6])


def test_refills_at_the_rate(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    for _ in range(5):
        lim.acquire(b)
    clock.t += 0.4  # two tokens back
    assert [lim.acquire(b) for _ in range(3)] == pytest.approx([0, 0, 0.2])


def test_cost_counts_several(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket(limit=300, period=60, burst=20)
    lim.acquire(b, cost=20)
    assert lim.acquire(b) == pytest.approx(0.2)


def test_remaining_header_lowers_the_allowance(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    lim.acquire(b)
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "1"})  # someone else spent 3
    assert lim.acquire(b) == 0
    assert lim.acquire(b) == pytest.approx(0.2)


def test_empty_server_bucket_uses_the_servers_refill(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    lim.acquire(b)
    # the server refills its 5 tokens in 2.5 s: it refills at 2/s, not 5/s
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "2.5"})
    assert lim.acquire(b) == pytest.approx(0.5)


def test_remaining_never_raises_the_allowance(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    for _ in range(5):
        lim.acquire(b)
    lim.feedback(b, 200, {"X-Ratelimit-Remaining": "5"})
    assert lim.acquire(b) == pytest.approx(0.2)


def test_429_pauses_everyone(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    lim.feedback(b, 429, {"X-Ratelimit-Retry": "3"})
    assert lim.acquire(b) == pytest.approx(3.0)
    assert lim.acquire(b) == pytest.approx(3.2)


def test_buckets_are_per_account(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    a, other = bucket(burst=1), Bucket("other", "b", Rate(5, 1.0, 1))
    assert lim.acquire(a) == 0 and lim.acquire(other) == 0
    assert lim.acquire(a) == pytest.approx(0.2)


def test_threads_never_share_a_slot() -> None:
    clock = FakeClock()
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket(limit=10, period=1.0, burst=1)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(50):
            w = lim.acquire(b)
            with lock:
                waits.append(w)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(round(w, 6) for w in waits) == [round(i * 0.1, 6) for i in range(400)]


def test_default_headroom_keeps_one_request_in_hand(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock)
    b = bucket()
    waits = [lim.acquire(b) for _ in range(6)]
    assert waits == pytest.approx([0, 0, 0, 0, 0.2, 0.4])
    single = Bucket("seller", "one", Rate(1, 1.0, 1))
    assert [lim.acquire(single) for _ in range(2)] == pytest.approx([0, 1.0])
