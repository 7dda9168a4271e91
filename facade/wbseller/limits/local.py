"""The default limiter: in-process GCRA (see gcra.py), one TAT per (account, bucket), shared by
every thread, task and client of the process. It never sleeps: it reserves a send time and
returns the wait, so the sync and async drivers share it unchanged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

from . import gcra
from .base import Bucket

# The table of TATs is swept when it grows past this, or past twice what the last sweep kept:
# a bucket whose TAT has passed is full again, the same as no entry, so the sweep forgets it.
# Amortised O(1) per step; a process serving accounts that come and go stays bounded.
SWEEP_MIN = 1024


class InProcessLimiter:
    """headroom: requests of each burst kept in reserve (while the burst allows it). Arrivals at WB
    jitter: a request may overtake its predecessor on the wire. With one request in hand, that
    never meets an empty bucket; it costs one interval once, at the start of a burst."""

    shared = False  # the process's own: the transport's wire pacing sees all its requests
    margin_cap = gcra.LOCAL_MAX_MARGIN  # a burst-1 bucket's margin in time (see gcra.py)

    def __init__(self, clock: Callable[[], float] = time.monotonic, headroom: int = 1) -> None:
        self._clock = clock
        self.headroom = headroom
        self._tats: dict[str, float] = {}  # bucket key -> TAT; a missing one is a full bucket
        self._sweep_at = SWEEP_MIN
        self._lock = threading.Lock()

    def tau(self, bucket: Bucket) -> float:
        return gcra.tau(bucket.rate, self.headroom)

    def update(
        self, bucket: Bucket, cost: int = 0, floor: float = 0.0, *, only_now: bool = False
    ) -> gcra.Decision:
        """One GCRA step (gcra.py): TAT raised to at least now + `floor`, then `cost` requests
        reserved. With the defaults it reserves nothing and tells how long the next would wait.
        only_now: keep the step only if it needs no wait (see try_acquire)."""
        with self._lock:
            now = self._clock()
            tat = self._tats.get(bucket.key, now)
            spacing = gcra.spacing(bucket.rate, self.headroom, self.margin_cap)
            wait, new = gcra.step(tat, now, spacing, self.tau(bucket), cost, floor)
            if not (only_now and wait > 0):
                self._tats[bucket.key] = tat = new
                if len(self._tats) > self._sweep_at:
                    self._sweep(now)
            return gcra.Decision(wait, tat - now, tat)

    def _sweep(self, now: float) -> None:
        self._tats = {key: tat for key, tat in self._tats.items() if tat > now}
        self._sweep_at = max(SWEEP_MIN, 2 * len(self._tats))

    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        return self.update(bucket, cost).wait

    def try_acquire(self, bucket: Bucket, cost: int = 1) -> float:
        """Reserve only if the request may go now: 0 (reserved), or how long until it may
        (nothing reserved: ask again then). The caller's own timing never enters the schedule."""
        return self.update(bucket, cost, only_now=True).wait

    def restamp(self, bucket: Bucket, booked: float) -> float:
        """The request whose reservation left the schedule at `booked` has just gone out: for a
        bucket with its margin in time, the next keeps a full spacing from now (when nobody
        reserved since). Returns the schedule as it now stands for `settle`."""
        if bucket.rate.burst > self.headroom:
            return booked
        with self._lock:
            # a missing entry was swept (its TAT passed, nobody reserved since): restamp it too
            if self._tats.get(bucket.key, booked) != booked:
                return booked
            later = self._clock() + gcra.spacing(bucket.rate, self.headroom, self.margin_cap)
            if later > booked:
                self._tats[bucket.key] = booked = later
            return booked

    def feedback(self, bucket: Bucket, status: int, headers: Mapping[str, str], age: float = 0.0) -> None:
        floor = gcra.feedback_floor(bucket.rate, self.tau(bucket), status, headers, age)
        if floor is not None:
            self.update(bucket, 0, floor)

    def reset(self) -> None:
        with self._lock:
            self._tats.clear()


_default: InProcessLimiter | None = None
_default_lock = threading.Lock()


def default_limiter() -> InProcessLimiter:
    """The process-wide limiter every client uses unless given another."""
    global _default
    with _default_lock:
        if _default is None:
            _default = InProcessLimiter()
        return _default
