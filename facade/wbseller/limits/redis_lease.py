"""RedisLimiter's leases: slots of a bucket one script call reserved, handed out without asking
Redis again (see RedisLimiter's docstring)."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import gcra
from .base import Bucket


@dataclass
class _Lease:
    """Slots of one bucket this process reserved in one script call (a lease), to hand out
    without asking Redis again. The shared schedule holds them exactly as it would hold that many
    reservations made at once, so leasing changes who sends when, never how many: WB's bucket
    sees the same arrivals."""

    bucket: Bucket
    # (send time, the latest it may still go), on the limiter's clock
    slots: deque[tuple[float, float]] = field(default_factory=deque)
    tat: str = ""  # the shared TAT right after the lease ("" when none was kept)
    at: float = -math.inf  # when it was taken (the limiter's clock)
    size: int = 1  # slots the last lease took
    expired: int = 0  # slots of the current lease that passed unused


class Leasing:
    """The lease bookkeeping of RedisLimiter (its state: `_leases`, under `_lock`)."""

    lease: int
    lease_window: float
    headroom: int
    _leases: dict[str, _Lease]
    _lock: threading.Lock
    _clock: Callable[[], float]
    _down_at: float | None

    def tau(self, bucket: Bucket) -> float:
        return gcra.tau(bucket.rate, self.headroom)

    # --- leases ------------------------------------------------------------------------------
    def _leased(self, bucket: Bucket, cost: int) -> float | None:
        """The wait for this process's next leased slot of the bucket, or None (ask Redis)."""
        if cost != 1:
            return None
        with self._lock:
            lease = self._leases.get(bucket.key)
            if lease is None or not lease.slots or self._down_at is not None:
                return None
            now = self._clock()
            while lease.slots and lease.slots[0][1] < now:
                lease.slots.popleft()  # passed unused: lost, as a late request's slot is
                lease.expired += 1
            if not lease.slots:
                return None
            return max(0.0, lease.slots.popleft()[0] - now)

    def _lease_size(self, bucket: Bucket, cost: int, grace: float) -> int:
        """How many slots the next reservation of the bucket takes (1: no lease)."""
        if cost != 1 or grace > 0 or self.lease <= 1:
            return 1
        spacing = gcra.spacing(bucket.rate, self.headroom)
        cap = max(1, min(self.lease, int(self.lease_window / spacing)))
        with self._lock:
            last = self._leases.get(bucket.key)
            if last is None:
                return 1
            if last.expired:
                return max(1, last.size // 2)
            # every slot of the last lease was used, and soon: the demand keeps up with the bucket
            return min(cap, last.size * 2) if self._clock() - last.at <= self.lease_window else 1

    def _drop_lease(self, bucket: Bucket) -> tuple[str, int]:
        """Forget this process's leased slots of the bucket; (the TAT they end at, how many are
        still ahead): Redis takes those back if nobody reserved after them."""
        with self._lock:
            lease = self._leases.get(bucket.key)
            if lease is None or not lease.slots:
                return "", 0
            now = self._clock()
            ahead = sum(1 for send, _ in lease.slots if send > now)
            lease.slots.clear()
            lease.size, lease.expired = 1, 0
            return lease.tat, ahead

    def _lease(self, bucket: Bucket, size: int, ahead: float, tat: Any) -> None:
        """Keep slots 2..size of a reservation of `size` (the first is the caller's): slot i
        goes when i + 1 reservations made at once would (`ahead` = the TAT after them - now).
        It may go as late as its place in the steady schedule (where the shared TAT counts it:
        WB's bucket sees no more than the schedule holds), plus what the headroom absorbs; a
        slot of a burst may wait that long."""
        now = self._clock()
        spacing, tau = gcra.spacing(bucket.rate, self.headroom), self.tau(bucket)
        late = gcra.lateness_allowed(bucket.rate, self.headroom)
        slots = deque(
            (now + max(0.0, due - tau), now + due + late)
            for due in (ahead - (size - i) * spacing for i in range(1, size))
        )
        kept = tat.decode() if isinstance(tat, bytes) else str(tat)
        self._leases[bucket.key] = _Lease(bucket, slots, kept, now, size)
