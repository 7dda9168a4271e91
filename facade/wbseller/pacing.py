"""Pacing one call by WB's rate limits: a slot in the operation's bucket before each attempt, the
answer's headers (X-Ratelimit-*, a 429) fed back to the limiter, the extra cost WB counts for some
answers, and a second, local pacing of the moment a request really goes on the wire.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx

from .limits import Bucket, InProcessLimiter, Limiter, gcra
from .operations import Operation

log = logging.getLogger("wbseller")
# Paces the moment requests really go on the wire (see Pacer.wire_wait); local to the process.
_WIRE = InProcessLimiter()
# The buckets WB counts per host, whatever the token (/ping: 3 per 30 s): one per process, shared
# by every client, whatever limiter each was given (a shared one, as Redis, is used instead).
_HOSTS = InProcessLimiter()
# A bucket faster than this no process can run empty (one httpx request alone costs more CPU):
# the send-time hooks, which httpcore calls a dozen times per request, have nothing to pace there
# (limits turned off with a huge rate).
UNBINDING_INTERVAL = 1e-6


def host_limiter(limiter: Limiter, op: Operation[Any, Any]) -> Limiter:
    """A bucket WB counts per host is the process's (or the shared limiter's), not the client's."""
    if op.scope == "host" and not getattr(limiter, "shared", True):
        return _HOSTS
    return limiter


class Pacer:
    """The rate limiting of one call, all its attempts (no bucket: nothing to pace)."""

    def __init__(self, bucket: Bucket | None, limiter: Limiter, op: Operation[Any, Any] | None, name: str):
        self.bucket, self.limiter, self.op, self.name = bucket, limiter, op, name
        self.waited = 0.0  # seconds waited for slots, all attempts
        self.last_wait = 0.0  # the current attempt's
        self.slot = 0.0  # when the current attempt's reservation falls due (time.monotonic)
        self.sent_at = 0.0
        self.traced = bucket is not None and bucket.rate.interval >= UNBINDING_INTERVAL
        self.wire_booked: float | None = None  # the wire schedule this attempt's send left

    def reserve(self) -> float:
        """A slot in the bucket: how long to wait for it."""
        if self.bucket is None:
            return 0.0
        return self._waited(self.limiter.acquire(self.bucket, 1))

    async def areserve(self) -> float:
        """reserve() for the async driver: a limiter with `aacquire` (a network backend) is awaited."""
        aacquire = getattr(self.limiter, "aacquire", None)
        if self.bucket is None or aacquire is None:
            return self.reserve()
        return self._waited(await aacquire(self.bucket, 1))

    def _waited(self, wait: float) -> float:
        self.waited += wait
        self.last_wait = wait
        self.slot = time.monotonic() + wait
        if wait > 0 and self.bucket is not None:
            log.debug("%s: waiting %.3f s for bucket %s", self.name, wait, self.bucket.name)
        return wait

    def _extra_cost(self, status: int) -> int:
        """Requests WB counts beyond the request itself: a 4xx costs x-wb-4xx-cost (Marketplace
        warehouses and stocks: 10), else a 409 x-wb-ratelimit-409-cost (5). Spent from the bucket,
        so the next calls wait for those slots."""
        return self.op.cost(status) - 1 if self.op is not None else 0

    def _age(self) -> float:
        """How far back to date the answer's headers: to the middle of the round trip (WB
        computed them somewhere in it; the middle keeps half of it as a margin)."""
        return max(0.0, (time.monotonic() - self.sent_at) / 2) if self.sent_at else 0.0

    def feedback(self, response: httpx.Response) -> None:
        if self.bucket is None:
            return
        self.limiter.feedback(self.bucket, response.status_code, response.headers, self._age())
        if extra := self._extra_cost(response.status_code):
            self.limiter.acquire(self.bucket, extra)

    async def afeedback(self, response: httpx.Response) -> None:
        limiter = self.limiter
        if self.bucket is None or not hasattr(limiter, "afeedback"):
            return self.feedback(response)
        await limiter.afeedback(self.bucket, response.status_code, response.headers, self._age())
        if extra := self._extra_cost(response.status_code):
            aacquire = getattr(limiter, "aacquire", None)
            if aacquire is not None:
                await aacquire(self.bucket, extra)
            else:
                limiter.acquire(self.bucket, extra)

    def sent(self) -> None:
        """The headers are about to be written: the moment the round trip starts."""
        self.sent_at = time.monotonic()

    def wire_wait(self) -> float:
        """How long to hold a request that is about to be written to the socket (0: it goes now).

        `reserve` schedules requests; but a request can leave later than scheduled (a new
        connection, a busy event loop) while the next leaves on time, or many together after
        a stall, and WB counts what arrives, not what was scheduled. So the moment the headers
        are written passes a second, local pacing too, which books a slot only for a request
        that goes at once: it schedules what really happens. It rarely waits."""
        if self.bucket is None:
            return 0.0
        decision = _WIRE.update(self.bucket, 1, only_now=True)
        if decision.wait <= 0:
            self.wire_booked = decision.tat
        return decision.wait

    def written(self) -> None:
        """The headers are written: a request held up between its wire slot and the write (its
        thread not scheduled) arrives that much later, and the next keeps its interval from then."""
        if self.wire_booked is not None and self.bucket is not None:
            self.wire_booked = _WIRE.restamp(self.bucket, self.wire_booked)

    def missed_slot(self) -> bool:
        """Whether this request leaves too late for the slot it reserved in a shared limiter.

        The local pacing cannot see other processes: a request held up past what the requests
        kept in hand absorb lands in slots another process reserved, and WB sees two in one.
        Such a request gives its slot up and takes a new one (the drivers `reserve` again): a
        slot lost, never a 429."""
        limiter = self.limiter
        if self.bucket is None or not getattr(limiter, "shared", True):
            return False
        late = time.monotonic() - self.slot
        if late <= gcra.lateness_allowed(self.bucket.rate, getattr(limiter, "headroom", 1)):
            return False
        log.debug(
            "%s: %.3f s past its slot in bucket %s, taking a new one", self.name, late, self.bucket.name
        )
        return True
