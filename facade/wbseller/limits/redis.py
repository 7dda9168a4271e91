"""Shared rate limits in Redis: every process on every host spends from one budget per (account,
bucket), decided by one atomic server-side script (gcra.py's formula, on Redis's clock).

    limiter = RedisLimiter("redis://redis.internal:6379/0")
    wb = wbseller.Client(limiter=limiter)            # or set WB_REDIS_URL for every Client
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import threading
import time
import uuid
import warnings
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import redis
import redis.retry
from redis.backoff import NoBackoff
from redis.commands.core import Script
from redis.exceptions import RedisError

from . import gcra
from .base import Bucket
from .redis_async import LoopScript, loop_script
from .redis_fallback import LocalShare, _Fallback
from .redis_lease import Leasing, _Lease
from .redis_state import _Seen

log = logging.getLogger("wbseller")

# KEYS: the bucket's TAT, the sorted set of the workers that used the bucket lately (by time)
# ARGV: interval, tau, cost, floor, worker id, seconds a worker stays counted, the TAT a lease
# ended at and how many of its slots go back (given back only while the TAT is still that one:
# nobody reserved after the lease)
SCRIPT = (
    gcra.STEP_LUA
    + """
if redis.replicate_commands then redis.replicate_commands() end  -- Redis < 5: TIME before writes
local clock = redis.call('TIME')  -- Redis's clock: the workers' clocks need not agree
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local stored = redis.call('GET', KEYS[1])
local tat = tonumber(stored) or now
local give = tonumber(ARGV[8])
if give > 0 and stored == ARGV[7] then tat = tat - give * tonumber(ARGV[1]) end
local wait
wait, tat = step(tat, now, tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]))
-- a TAT in the past is a full bucket, the same as no key: the key lives until the bucket is full
local ttl = math.ceil((tat - now) * 1000)
local kept = string.format('%.6f', tat)
if ttl > 0 then
  redis.call('SET', KEYS[1], kept, 'PX', ttl)
else
  kept = ''
  redis.call('DEL', KEYS[1])
end
local keep = tonumber(ARGV[6])
redis.call('ZADD', KEYS[2], now, ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - keep)
redis.call('PEXPIRE', KEYS[2], math.ceil(keep * 1000))
-- this worker's rank among them by id (stable while they stay): its slots if Redis goes away
local workers = redis.call('ZRANGE', KEYS[2], 0, -1)
local rank = 0
for _, id in ipairs(workers) do
  if id < ARGV[5] then rank = rank + 1 end
end
-- strings: Redis would truncate Lua numbers to integers
return {string.format('%.6f', wait), string.format('%.6f', tat - now), #workers, rank, kept}
"""
)
# Redis failures after which the limiter carries on locally (a refused or reset connection, a
# timeout, a server still loading its data or turned read-only by a failover, …)
UNAVAILABLE: tuple[type[Exception], ...] = (RedisError, OSError)
# Connections per event loop: a gather of hundreds of calls queues for a few connections instead
# of opening (and handshaking) one each, which a busy loop may not finish within the timeout
ASYNC_CONNECTIONS = 8


class RedisUnavailableWarning(RuntimeWarning):
    """Redis cannot be reached: the limiter carries on with a per-process fallback."""


class RedisLimiter(Leasing, LocalShare):
    """GCRA rate limits kept in Redis, shared by every process and host that uses the same Redis
    and prefix: the same buckets, `headroom` and feedback as InProcessLimiter (gcra.py).

    Keys, per (account, bucket): `<prefix>:{<account>:<bucket>}:tat` holds the bucket's TAT and
    expires when the bucket is full again; `…:workers` is a sorted set of the processes that used
    the bucket in the last `worker_ttl` seconds (expires with them). The braces keep both in one
    Redis Cluster slot. One Lua script reserves or applies feedback atomically, on Redis's clock
    (TIME), so the workers' clocks never matter. A 429's X-Ratelimit-Retry moves the shared TAT:
    every worker of the bucket pauses.

    Redis unreachable (refused, reset, timed out, loading after a restart): the call that notices
    it warns once (RedisUnavailableWarning, plus a log line), and requests go on through a local
    GCRA at this process's share: the n workers Redis counted last (at least `workers`) continue
    the shared schedule, without bursts, each taking every n-th slot by its rank (the script
    tells each worker its rank among them by id), from n - 1 slots after the next one it heard
    of (the others may each have reserved one since). While Redis is down a
    request probes it at most every `probe_interval` seconds (sooner for buckets whose burst lasts
    less); the first that gets through switches back and logs it. Back on Redis, the first
    reservation of each bucket starts with an empty burst (a restarted Redis is empty, and the
    workers spent it locally), and for two probe intervals its requests keep to this process's
    local share (their Redis slots are pushed to their local ones): other workers may still run
    on theirs until their next probe. So the switches cost throughput rather than 429s; the
    workers together stay within about one burst of the limit. A process that never reached
    Redis cannot know its share: it assumes `workers`.

    Leases (`lease`, 8 by default): a process that keeps a bucket busy reserves several slots in
    one script call (up to `lease`, at most `lease_window` seconds of the schedule) and hands them
    out itself: the schedule holds them as that many reservations made at once, so WB sees the
    same arrivals, and the round trip (most of a request's CPU through Redis) is paid once per
    lease. A lease grows only while the process keeps pace with the bucket (redis_lease.py);
    late or idle, it reserves one slot at a time, so processes slower than the bucket lose no
    slots to leases. Feedback that moves the schedule (a 429, WB's Remaining) drops the lease,
    giving back the slots still held when nobody reserved after them; so does `close()`.

    `timeout` bounds every Redis command (connect and reply), so an unreachable host costs at
    most that once per probe. `clock` (time.monotonic) times this process's side: probes, the
    grace after an outage, the local shares (tests run those on a clock of their own; Redis's
    decisions stay on Redis's). `close()` / `await aclose()` (in each event loop that used the
    limiter) release the connections.
    """

    shared = True  # a request that leaves late takes a new slot (transport.Call.missed_slot)

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "wbseller",
        headroom: int = 1,
        timeout: float = 0.5,
        workers: int = 1,
        worker_ttl: float = 60.0,
        probe_interval: float = 1.0,
        lease: int = 8,
        lease_window: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.headroom = headroom
        self.timeout = timeout
        self.workers = max(1, workers)
        self.worker_ttl = worker_ttl
        self.probe_interval = probe_interval
        self.lease = max(1, lease)
        self.lease_window = lease_window
        self._clock = clock
        self._leases: dict[str, _Lease] = {}
        self._gives = 0  # give-backs asked for so far (a TAT heard before one may be gone)
        self._id = uuid.uuid4().hex
        # no retries inside redis-py: a failure goes to the fallback at once, not after backoffs
        self._script: Script = redis.Redis.from_url(
            url, retry=redis.retry.Retry(NoBackoff(), 0), **self._options()
        ).register_script(SCRIPT)
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, LoopScript] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self._seen: dict[str, _Seen] = {}
        self._down_at: float | None = None  # when the current outage was noticed
        self._last_probe = 0.0
        self._epoch = 0
        self._back_at = -math.inf  # when Redis last answered again after an outage
        self._fallback = _Fallback(headroom, clock)

    def _options(self) -> dict[str, Any]:
        return {"socket_timeout": self.timeout, "socket_connect_timeout": self.timeout}

    def __repr__(self) -> str:  # never the password of the URL
        u = urlsplit(self.url)
        where = u.path if u.scheme == "unix" else f"{u.hostname}:{u.port or 6379}{u.path}"
        return f"RedisLimiter({u.scheme}://{where}, prefix={self.prefix!r})"

    def keys(self, bucket: Bucket) -> list[str]:
        base = f"{self.prefix}:{{{bucket.key}}}"
        return [f"{base}:tat", f"{base}:workers"]

    # --- the Limiter interface ---------------------------------------------------------------
    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        wait = self._leased(bucket, cost)
        if wait is not None:
            return wait
        grace = self._grace(bucket, cost)
        size = self._lease_size(bucket, cost, grace)
        try:
            wait = self._call(bucket, cost, grace, size)
        finally:
            self._reserved(bucket, size)
        return wait if wait is not None else self._local_acquire(bucket, cost)

    def feedback(self, bucket: Bucket, status: int, headers: Mapping[str, str], age: float = 0.0) -> None:
        floor = gcra.feedback_floor(bucket.rate, self.tau(bucket), status, headers, age)
        if floor is None or self._settled(bucket, status, floor):
            return
        if self._call(bucket, 0, floor, give=self._drop_lease(bucket)) is None:
            self._local_feedback(bucket, status, headers, age)

    async def aacquire(self, bucket: Bucket, cost: int = 1) -> float:
        wait = self._leased(bucket, cost)
        if wait is not None:
            return wait
        grace = self._grace(bucket, cost)
        size = self._lease_size(bucket, cost, grace)
        try:
            wait = await self._acall(bucket, cost, grace, size)
        finally:
            self._reserved(bucket, size)
        return wait if wait is not None else self._local_acquire(bucket, cost)

    async def afeedback(
        self, bucket: Bucket, status: int, headers: Mapping[str, str], age: float = 0.0
    ) -> None:
        floor = gcra.feedback_floor(bucket.rate, self.tau(bucket), status, headers, age)
        if floor is None or self._settled(bucket, status, floor):
            return
        if await self._acall(bucket, 0, floor, give=self._drop_lease(bucket)) is None:
            self._local_feedback(bucket, status, headers, age)

    def close(self) -> None:
        """Give back the leased slots still ahead, and close the connections."""
        with self._lock:
            buckets = [lease.bucket for lease in self._leases.values() if lease.slots]
        for bucket in buckets:
            self._call(bucket, 0, 0.0, give=self._drop_lease(bucket))
        self._script.registered_client.close()

    async def aclose(self) -> None:
        """Close the connections of the running event loop (each loop gets its own)."""
        conn = self._async.pop(asyncio.get_running_loop(), None)
        if conn is not None:
            await conn.aclose()

    # --- Redis -------------------------------------------------------------------------------
    def _call(
        self, bucket: Bucket, cost: int, floor: float, lease: int = 1, give: tuple[str, int] = ("", 0)
    ) -> float | None:
        """One GCRA step in Redis (reserving `lease` slots when it is more than one, for
        requests of cost 1); the wait, or None when Redis is unavailable (go local)."""
        args = self._args(bucket, lease if cost == 1 and lease > 1 else cost, floor, give)
        if args is None:
            return None
        try:
            sent = (self._clock(), self._gives)
            return self._heard(bucket, self._script(self.keys(bucket), args), lease if cost == 1 else 0, sent)
        except UNAVAILABLE as exc:
            self._lost(exc)
            return None

    async def _acall(
        self, bucket: Bucket, cost: int, floor: float, lease: int = 1, give: tuple[str, int] = ("", 0)
    ) -> float | None:
        conn = self._aredis()
        # queue here, not in the connection pool: a task that waited sees an outage noticed
        # meanwhile and goes local at once, and the wait never counts against the timeout
        async with conn.slots:
            args = self._args(bucket, lease if cost == 1 and lease > 1 else cost, floor, give)
            if args is None:
                return None
            try:
                sent = (self._clock(), self._gives)
                reply = await conn.script(self.keys(bucket), args)
                return self._heard(bucket, reply, lease if cost == 1 else 0, sent)
            except UNAVAILABLE as exc:
                self._lost(exc)
                return None

    def _aredis(self) -> LoopScript:
        with self._lock:
            return loop_script(self._async, self.url, SCRIPT, ASYNC_CONNECTIONS, self.timeout)

    def _args(self, bucket: Bucket, cost: int, floor: float, give: tuple[str, int]) -> list[str] | None:
        """The script's ARGV, or None to stay local (Redis is down and no probe is due)."""
        now = self._clock()
        tau = self.tau(bucket)
        with self._lock:
            probing = self._down_at is not None
            if probing:
                if now - self._last_probe < self._probe_every(bucket):
                    return None
                self._last_probe = now
            seen = self._seen.get(bucket.key)
            if probing or (seen.epoch if seen else 0) < self._epoch:
                # first word with Redis after an outage: it may have restarted empty, and must not
                # hand out a fresh burst on top of what the workers spent locally
                floor = max(floor, tau)
        worker = f"{self._id}:{os.getpid()}"  # a forked child is another worker
        spacing = gcra.spacing(bucket.rate, self.headroom)
        args = [repr(spacing), repr(tau), str(cost), repr(floor), worker, repr(self.worker_ttl)]
        return [*args, give[0], str(give[1])]

    def _heard(
        self, bucket: Bucket, reply: Sequence[Any], lease: int = 0, sent: tuple[float, int] = (-math.inf, -1)
    ) -> float:
        """Record Redis's answer [wait, ahead, workers, rank, TAT]; return the wait. `lease`:
        the reservation was that many slots for requests of cost 1 (0: not a lease); `sent`:
        when the call was sent, and how many give-backs this process had asked for by then."""
        wait, ahead, workers, rank = float(reply[0]), float(reply[1]), int(reply[2]), int(reply[3])
        with self._lock:
            if lease and self.lease > 1:
                self._lease(bucket, lease, ahead, reply[4])
            if self._down_at is not None:
                self._down_at = None
                self._back_at = self._clock()
                self._epoch += 1
                log.warning("rate limits: %r is back; limits are shared again", self)
            # Redis ran the script after it was sent: its TAT is at least sent + ahead (local
            # clock), unless a give-back of this process's, asked for meanwhile, went first
            tat = sent[0] + ahead if sent[1] == self._gives else -math.inf
            self._seen[bucket.key] = _Seen(ahead, self._clock(), workers, rank, self._epoch, tat)
        return wait

    def _lost(self, exc: Exception) -> None:
        now = self._clock()
        with self._lock:
            if self._down_at is not None:
                return  # a failed probe, or another thread noticed first: said already
            self._leases.clear()  # the local share decides now
            self._down_at = self._last_probe = now
            self._fallback = _Fallback(self.headroom, self._clock)
        message = (
            f"rate limits: {self!r} is unreachable ({type(exc).__name__}: {exc}); each process keeps "
            "its share of the limits locally until it is back"
        )
        log.warning("%s", message)
        warnings.warn(message, RedisUnavailableWarning, stacklevel=3)


_shared: dict[str, RedisLimiter] = {}
_shared_lock = threading.Lock()


def shared_redis_limiter(url: str) -> RedisLimiter:
    """One RedisLimiter per URL for the whole process (what WB_REDIS_URL gives every Client)."""
    with _shared_lock:
        limiter = _shared.get(url)
        if limiter is None:
            limiter = _shared[url] = RedisLimiter(url)
        return limiter
