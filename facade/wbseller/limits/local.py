"""The default limiter: in-process GCRA (virtual scheduling), one state per (account, bucket),
shared by every thread, task and client of the process. It never sleeps: it reserves a send
time and returns the wait, so the sync and async drivers share it unchanged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

from .base import Bucket, header_float


class _State:
    __slots__ = ("tat",)

    def __init__(self, now: float) -> None:
        self.tat = now  # theoretical arrival time: when the bucket is full again


class InProcessLimiter:
    """headroom: requests of each burst kept in reserve (while the burst allows it). Arrivals at WB
    jitter: a request may overtake its predecessor on the wire. With one request in hand, that
    never meets an empty bucket; it costs one interval once, at the start of a burst."""

    def __init__(self, clock: object = time.monotonic, headroom: int = 1) -> None:
        self._clock = clock
        self.headroom = headroom
        self._states: dict[str, _State] = {}
        self._lock = threading.Lock()

    def _now(self) -> float:
        return self._clock()  # type: ignore[operator, no-any-return]

    def _state(self, bucket: Bucket, now: float) -> _State:
        st = self._states.get(bucket.key)
        if st is None:
            st = self._states[bucket.key] = _State(now)
        return st

    def _tau(self, bucket: Bucket) -> float:
        """How far ahead of the steady pace a burst may run."""
        usable = max(1, bucket.rate.burst - self.headroom)
        return (usable - 1) * bucket.rate.interval

    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        t = bucket.rate.interval
        tau = self._tau(bucket)
        with self._lock:
            now = self._now()
            st = self._state(bucket, now)
            tat = max(st.tat, now)
            send_at = max(now, tat - tau)
            st.tat = tat + cost * t
            wait = send_at - now
            return wait if wait > 1e-9 else 0.0  # float dust is no reason to sleep

    def feedback(self, bucket: Bucket, status: int, headers: Mapping[str, str]) -> None:
        t = bucket.rate.interval
        tau = self._tau(bucket)
        remaining = header_float(headers, "X-Ratelimit-Remaining")
        reset = header_float(headers, "X-Ratelimit-Reset")
        retry = header_float(headers, "X-Ratelimit-Retry")
        with self._lock:
            now = self._now()
            st = self._state(bucket, now)
            if status == 429:
                # nothing may go before WB's retry time: all callers of this bucket pause
                wait = retry if retry is not None else reset if reset is not None else t
                st.tat = max(st.tat, now + wait + tau)
            elif remaining is not None:
                burst = bucket.rate.burst
                if remaining < 1 and reset is not None and burst > remaining:
                    # the server's bucket is empty: its own refill interval (slower when another
                    # process spends from it too) decides when the next request fits
                    server_interval = reset / (burst - remaining)
                    st.tat = max(st.tat, now + max(server_interval, t) + tau)
                else:
                    # another client of the account spent some: never assume more than WB says
                    st.tat = max(st.tat, now + (burst - remaining) * t)

    def reset(self) -> None:
        with self._lock:
            self._states.clear()


_default: InProcessLimiter | None = None
_default_lock = threading.Lock()


def default_limiter() -> InProcessLimiter:
    """The process-wide limiter every client uses unless given another."""
    global _default
    with _default_lock:
        if _default is None:
            _default = InProcessLimiter()
        return _default
