"""The state RedisLimiter's parts share (redis.py, redis_fallback.py, redis_lease.py): declared
once here, set by RedisLimiter.__init__."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from . import gcra
from .base import Bucket


@dataclass
class _Seen:
    """What this process last heard from Redis about one bucket."""

    ahead: float = 0.0  # how far the shared schedule ran ahead of Redis's clock
    at: float = 0.0  # when it was heard (the limiter's clock)
    workers: int = 1  # processes that used the bucket lately
    rank: int = 0  # this one's place among them
    epoch: int = 0  # the limiter's reconnections so far, when it was heard
    tat: float = -math.inf  # the shared TAT was at least this then (the limiter's clock)


class RedisState:
    """What the fallback and the leases both read: what was heard per bucket (`_seen`), the
    outage (`_down_at`), the clock, the lock that guards them all, and the bucket's tolerance."""

    headroom: int
    _seen: dict[str, _Seen]
    _lock: threading.Lock
    _clock: Callable[[], float]
    _down_at: float | None

    def tau(self, bucket: Bucket) -> float:
        return gcra.tau(bucket.rate, self.headroom)
