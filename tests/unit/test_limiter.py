"""The in-process limiter (GCRA) on a fake clock: the bucket refills at the rate; reservations
are thread-safe. The cases every backend shares (burst then interval, headroom, cost, feedback,
429, per account) run against the in-process and the Redis limiter in tests/limits/test_backends.py."""

from __future__ import annotations

import threading

import pytest

from wbseller.limits import Bucket, InProcessLimiter, Rate, local


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
        (Rate(1, 1.0, 1), 1, 0.02),  # no spare request: only the (shared) time margin, capped
        (Rate(10, 1.0, 1), 1, 0.004),  # 4 % of the interval
        (Rate(3, 30.0, 1), 1, 0.02),
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


@pytest.mark.parametrize(
    ("rate", "interval"),
    [
        (Rate(3, 30.0, 1), 10.001),  # /ping: 3 per 30 s; 4 % would give away 400 ms a ping
        (Rate(10, 1.0, 1), 0.101),  # WBD's chunks: 0.99 of the allowed rate at most
        (Rate(100, 1.0, 1), 0.1 * 1.04 / 10),  # short intervals keep 4 %
    ],
)
def test_a_burst_of_one_keeps_a_margin_in_time_of_at_most_1_ms_in_process(
    clock: FakeClock, rate: Rate, interval: float
) -> None:
    lim = InProcessLimiter(clock)
    b = Bucket("seller", "one", rate)
    assert [lim.acquire(b) for _ in range(3)] == pytest.approx([0, interval, 2 * interval])


def test_a_request_written_late_keeps_the_next_a_full_spacing_away(clock: FakeClock) -> None:
    """A thread held up between its wire slot and writing the request arrives that much later:
    the next request keeps its interval from the write (when nobody reserved since)."""
    lim = InProcessLimiter(clock)
    b = Bucket("seller", "wbd", Rate(10, 1.0, 1))
    booked = lim.update(b, 1, only_now=True).tat
    assert booked == pytest.approx(1000.101)
    clock.t += 0.004  # written 4 ms after its slot
    assert lim.restamp(b, booked) == pytest.approx(1000.105)
    assert lim.try_acquire(b) == pytest.approx(0.101)
    clock.t += 0.101
    booked = lim.update(b, 1, only_now=True).tat
    assert lim.restamp(b, booked) == booked  # written at once: nothing moves
    other = lim.update(b, 1).tat  # another caller reserved after it: its schedule stands
    clock.t += 0.002
    assert lim.restamp(b, booked) == booked
    assert lim.update(b, 0).tat == other
    # a bucket with a spare request absorbs the delay with it: no restamp
    five = Bucket("seller", "five", Rate(5, 1.0, 5))
    booked = lim.update(five, 1).tat
    clock.t += 0.5
    assert lim.restamp(five, booked) == booked


def test_accounts_that_come_and_go_leave_no_trace(clock: FakeClock) -> None:
    # a long-running process serving accounts that come and go: a bucket whose TAT has passed is
    # full again and is forgotten; the table holds only buckets still refilling
    lim = InProcessLimiter(clock)
    for n in range(100_000):
        lim.acquire(Bucket(f"seller-{n}", "b", Rate(1, 1.0, 1)))
        clock.t += 0.01  # each bucket refills within a second: ~100 of them are refilling at once
    assert len(lim._tats) <= 2 * local.SWEEP_MIN


def test_a_sweep_keeps_every_bucket_still_refilling(clock: FakeClock) -> None:
    lim = InProcessLimiter(clock, headroom=0)
    b = bucket(limit=1, period=60.0, burst=1)
    assert lim.acquire(b) == 0
    for n in range(3 * local.SWEEP_MIN):  # sweeps run; `b` refills for a minute: kept
        lim.acquire(Bucket(f"other-{n}", "b", Rate(1, 1.0, 1)))
    clock.t += 30
    assert lim.acquire(b) == pytest.approx(30)


def test_a_swept_burst1_bucket_is_still_restamped(clock: FakeClock) -> None:
    # the request of a burst-1 bucket left late, after its TAT passed and a sweep forgot the
    # bucket: the next still keeps a full spacing from that send
    lim = InProcessLimiter(clock)
    b = bucket(limit=1, period=10.0, burst=1)
    lim.acquire(b)
    booked = lim._tats[b.key]
    clock.t = booked + 5
    for n in range(2 * local.SWEEP_MIN):
        lim.acquire(Bucket(f"other-{n}", "b", Rate(1, 0.001, 1)))
    assert b.key not in lim._tats
    lim.restamp(b, booked)
    assert lim.acquire(b) >= 10
