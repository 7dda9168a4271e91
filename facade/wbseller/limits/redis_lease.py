"""RedisLimiter's leases: slots of a bucket one script call reserved, handed out without asking
Redis again (see RedisLimiter's docstring).

A lease only grows for a process that keeps pace with the bucket: it asked for each slot of its
last lease no later than the slot's pace (the slot's send time, or one interval after the one
before it while the burst lasts), and for the next reservation before a slot after the lease
would have fallen due. Such a process waits on its slots (or drains the burst): the bucket's
rate, not its own, bounds it, and slots reserved ahead are used. A process slower than the
bucket (several workers that together keep it busy, each sending slower than it allows) would
arrive late for slots reserved ahead and lose them: it reserves one slot at a time."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from . import gcra
from .base import Bucket
from .redis_state import RedisState


@dataclass
class _Lease:
    """Slots of one bucket this process reserved (the newest lease, and slots still held of
    leases taken concurrently), to hand out without asking Redis again. The shared schedule holds
    them exactly as it would hold that many reservations made at once, so leasing changes who
    sends when, never how many: WB's bucket sees the same arrivals."""

    bucket: Bucket
    # (send time, pace, latest) on the limiter's clock: the slot goes at `send`; asked for after
    # `pace`, the process is slower than the bucket; after `latest` (its pace: the transport
    # lets the request be late from when it got the slot) the slot is lost
    slots: deque[tuple[float, float, float]] = field(default_factory=deque)
    tat: str = ""  # the shared TAT right after the newest reservation ("" when none was kept)
    tail: float = math.inf  # `latest` of the newest lease's first held slot: from it on, slots end at `tat`
    size: int = 1  # slots the newest reservation took
    next_pace: float = -math.inf  # a slot after the newest reservation: asking by then keeps pace
    late: bool = False  # a slot of it was asked for after its pace, or lost
    pending: int = 0  # slots being reserved right now (script calls in flight)


class Leasing(RedisState):
    """The lease bookkeeping of RedisLimiter (its state: `_leases`, under `_lock`)."""

    lease: int
    lease_window: float
    _leases: dict[str, _Lease]
    _gives: int
    _epoch: int

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
            slots = lease.slots
            while slots and slots[0][2] < now:
                slots.popleft()  # passed unused: lost, as a late request's slot is
                lease.late = True
            if not slots:
                return None
            send, pace, _ = slots.popleft()
            if now > pace:
                lease.late = True  # used, but this process falls behind the bucket
            return send - now if send > now else 0.0

    def _lease_size(self, bucket: Bucket, cost: int, grace: float) -> int:
        """How many slots the next reservation of the bucket takes (1: no lease); counted as
        pending until `_reserved`."""
        if cost != 1 or grace > 0 or self.lease <= 1:
            return 1
        with self._lock:
            last = self._leases.get(bucket.key)
            if last is None:
                self._leases[bucket.key] = _Lease(bucket)
                return 1
            if last.late or self._clock() > last.next_pace:
                size = 1  # late for its slots, or idle since: one slot at a time
            else:
                # it kept pace: the bucket, not this process, sets the pace; double (what is
                # being reserved concurrently counts)
                spacing = gcra.spacing(bucket.rate, self.headroom)
                cap = max(1, min(self.lease, int(self.lease_window / spacing)))
                size = max(1, min(cap, last.size * 2) - last.pending)
            if size > 1:
                last.pending += size
            return size

    def _reserved(self, bucket: Bucket, size: int) -> None:
        """The script call reserving `size` slots is over (answered or failed)."""
        if size > 1:
            with self._lock:
                lease = self._leases.get(bucket.key)
                if lease is not None:
                    lease.pending = max(0, lease.pending - size)

    def _drop_lease(self, bucket: Bucket) -> tuple[str, int]:
        """Forget this process's leased slots of the bucket; (the TAT the newest lease ended at,
        how many of its slots are still held): Redis takes those back if nobody reserved after."""
        with self._lock:
            lease = self._leases.get(bucket.key)
            if lease is None:
                return "", 0
            held = sum(1 for *_, latest in lease.slots if latest >= lease.tail)
            lease.slots.clear()
            lease.size, lease.late, lease.next_pace, lease.tail = 1, False, -math.inf, math.inf
            if not held:
                return "", 0
            self._gives += 1
            return lease.tat, held

    def _lease(self, bucket: Bucket, size: int, ahead: float, tat: Any) -> None:
        """Record a reservation of `size` slots for requests of cost 1 (the first is the
        caller's) and keep slots 2..size: slot i goes when i + 1 reservations made at once would
        (`ahead` = the TAT after them - now). Its pace is that send time, or, while the burst
        lasts, i intervals after the caller's: a process that keeps pace with the bucket is there
        by then. It is handed out no later than its pace (then the transport lets the request
        be late by as much as a slot reserved alone): later, it is lost."""
        now = self._clock()
        spacing, tau = gcra.spacing(bucket.rate, self.headroom), self.tau(bucket)
        lease = self._leases.get(bucket.key)
        if lease is None:
            lease = self._leases[bucket.key] = _Lease(bucket)
        fresh = []
        for i in range(1, size):
            due = ahead - (size - i) * spacing  # the slot's place in the schedule, from now
            send = now + max(0.0, due - tau)
            pace = max(send, now + i * spacing)
            fresh.append((send, pace, pace))
        if lease.slots and fresh:
            lease.slots = deque(sorted([*lease.slots, *fresh], key=lambda s: s[2]))
        elif fresh:
            lease.slots = deque(fresh)
        lease.tat = tat.decode() if isinstance(tat, bytes) else str(tat)
        lease.tail = fresh[0][2] if fresh else math.inf
        lease.size, lease.late = size, False
        lease.next_pace = now + max(ahead - tau, size * spacing)

    def _settled(self, bucket: Bucket, status: int, floor: float) -> bool:
        """Whether the shared schedule already runs at least `floor` ahead, as this process last
        heard, give or take what a request kept in hand absorbs (so WB's answer, its Remaining
        on every answer, costs no round trip). The shared TAT only moves on: others'
        give-backs only take back slots reserved after this process's. The tolerance: WB counts
        a request when it arrives, the schedule when it was reserved; between the two the
        request is late by up to what the transport lets a request be late (a slot's lateness
        allowed), which is what an answer about a bucket far from empty mostly says: only there
        (the floor leaves more than that in hand), never near empty. A 429 always goes to Redis."""
        if status == 429:
            return False
        late = gcra.lateness_allowed(bucket.rate, self.headroom)
        if floor + late > self.tau(bucket):
            late = 0.0
        with self._lock:
            seen = self._seen.get(bucket.key)
            return (
                self._down_at is None
                and seen is not None
                and seen.epoch == self._epoch
                and seen.tat + late >= self._clock() + floor
            )
