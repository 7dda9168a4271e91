"""The in-process limiter (GCRA) on a fake clock: the bucket refills at the rate; reservations
are thread-safe. The cases every backend shares (burst then interval, headroom, cost, feedback,
429, per account) run against the in-process and the Redis limiter in tests/limits/test_backends.py."""

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


def test_refills_at_the_rate(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket()
    for _ in range(5):
        lim.acquire(b)
    clock.t += 0.4  # two tokens back
    assert [lim.acquire(b) for _ in range(3)] == pytest.approx([0, 0, 0.2])


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


@pytest.mark.parametrize(
    ("rate", "headroom", "allowed"),
    [
        (Rate(5, 1.0, 5), 1, 0.2),  # one request in hand absorbs one interval of delay
        (Rate(5, 1.0, 5), 2, 0.4),
        (Rate(5, 1.0, 2), 3, 0.2),  # no more than the burst keeps in hand
        (Rate(1, 1.0, 1), 1, 0.04),  # no spare request: only the time margin
        (Rate(5, 1.0, 5), 0, 0.008),
    ],
)
def test_lateness_allowed(rate: Rate, headroom: int, allowed: float) -> None:
    from wbseller.limits import gcra

    assert gcra.lateness_allowed(rate, headroom) == pytest.approx(allowed)


def test_try_acquire_books_only_a_request_that_goes_now(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket(burst=1)
    assert lim.try_acquire(b) == 0  # booked
    assert lim.try_acquire(b) == pytest.approx(0.2)  # not booked: the same answer again
    assert lim.try_acquire(b) == pytest.approx(0.2)
    clock.t += 0.5  # the caller came back late: the schedule follows it, not the other way
    assert lim.try_acquire(b) == 0
    clock.t += 0.1
    assert lim.try_acquire(b) == pytest.approx(0.1)
