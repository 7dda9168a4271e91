"""RedisLimiter without Redis: this process's share of each bucket while Redis is unreachable,
and the grace after it is back (see RedisLimiter's docstring)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from . import gcra
from .base import Bucket, Rate
from .local import InProcessLimiter
from .redis_state import RedisState, _Seen


class _Fallback:
    """This process's share of each bucket while Redis is unreachable. The n workers Redis counted
    last go on with the shared schedule without bursts, the worker of rank k taking slots k,
    k + n, k + 2n, … of it: together, the bucket's rate and no more, however many they are."""

    def __init__(self, headroom: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.local = InProcessLimiter(clock, headroom=headroom)
        self._shares: dict[str, Bucket] = {}

    def share(self, bucket: Bucket, workers: int, first: float) -> Bucket:
        """The share (1/n of the rate, burst 1) whose first slot is `first` seconds from now."""
        s = self._shares.get(bucket.key)
        if s is None:
            rate = Rate(bucket.rate.limit, bucket.rate.period * workers, 1)
            s = self._shares[bucket.key] = Bucket(bucket.account, bucket.name, rate)
            self.local.update(s, 0, first)
        return s


class LocalShare(RedisState):
    """The local fallback of RedisLimiter (its state: `_seen`, `_fallback`, under `_lock`)."""

    workers: int
    probe_interval: float
    _fallback: _Fallback
    _back_at: float

    def _probe_every(self, bucket: Bucket) -> float:
        """How often to probe a lost Redis: often enough that the other workers, back on Redis
        sooner, run beside this one's local share for less than one burst's time."""
        return min(self.probe_interval, bucket.rate.burst * bucket.rate.interval)

    def _share(self, bucket: Bucket) -> Bucket:
        seen = self._seen.get(bucket.key) or _Seen(at=self._clock())
        workers = max(self.workers, seen.workers)
        # the shared schedule's next slot as last heard (TAT - tau); each other worker may have
        # reserved one more since (it waits for it): then this worker's turn
        next_slot = max(0.0, seen.ahead - (self._clock() - seen.at) - self.tau(bucket))
        turn = workers - 1 + seen.rank % workers
        return self._fallback.share(bucket, workers, next_slot + turn * bucket.rate.interval)

    def _local_acquire(self, bucket: Bucket, cost: int) -> float:
        with self._lock:
            return self._fallback.local.acquire(self._share(bucket), cost)

    def _grace(self, bucket: Bucket, cost: int) -> float:
        """The floor of a reservation (0, or its slot in this process's local share). Just back
        on Redis, the other workers may run on their shares until their next probe (within two
        probe intervals), so this one keeps to its share meanwhile: its Redis slot is its local
        one, not an earlier slot it would leave unused while others send into it."""
        with self._lock:
            if self._down_at is not None or self._clock() - self._back_at >= 2 * self._probe_every(bucket):
                return 0.0
            return self._fallback.local.acquire(self._share(bucket), cost) + self.tau(bucket)

    def _local_feedback(
        self, bucket: Bucket, status: int, headers: Mapping[str, str], age: float = 0.0
    ) -> None:
        with self._lock:
            share = self._share(bucket)
            # WB's answer is about the whole bucket; the pause it asks for applies to the share
            floor = gcra.feedback_floor(bucket.rate, self._fallback.local.tau(share), status, headers, age)
            if floor is not None:
                self._fallback.local.update(share, 0, floor)
