"""The limiter interface: two calls, so other backends (Redis, …) stay small.

    acquire(bucket, cost) -> seconds to wait before sending (the slot is reserved)
    feedback(bucket, status, headers) -> what WB's answer says about the allowance left

A `Bucket` names one WB rate-limit bucket of one seller account, with its numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from .._frozen import Frozen


class Rate(Frozen):
    """`limit` requests per `period` seconds, at most `burst` at once (WB's x-wb-ratelimit)."""

    __slots__ = ("burst", "interval", "limit", "period")
    _fields = ("limit", "period", "burst", "interval")
    limit: int
    period: float
    burst: int
    interval: float  # period / limit: made once, the limiters read it on every call

    def __init__(self, limit: int, period: float, burst: int) -> None:
        # a zero limit or period would surface much later, as a ZeroDivisionError in the pacing
        if not (limit >= 1 and period > 0 and burst >= 1):
            raise ValueError(
                f"Rate(limit={limit!r}, period={period!r}, burst={burst!r}): "
                "limit and burst must be >= 1 and period > 0"
            )
        self._set("limit", limit)
        self._set("period", period)
        self._set("burst", burst)
        self._set("interval", period / limit)

    def _values(self) -> tuple[Any, ...]:
        return self.limit, self.period, self.burst

    def __repr__(self) -> str:
        return f"Rate(limit={self.limit!r}, period={self.period!r}, burst={self.burst!r})"


class Bucket(Frozen):
    __slots__ = ("account", "key", "name", "rate")
    _fields = ("account", "name", "rate", "key")
    account: str  # seller id, or "token:<hash>" when the token has none
    name: str  # the spec's bucket name, e.g. "content" or "promotion.campaigns_lists"
    rate: Rate
    key: str  # "<account>:<name>": made once, the limiters look buckets up by it on every call

    def __init__(self, account: str, name: str, rate: Rate) -> None:
        self._set("account", account)
        self._set("name", name)
        self._set("rate", rate)
        self._set("key", f"{account}:{name}")

    def _values(self) -> tuple[Any, ...]:
        return self.account, self.name, self.rate

    def __repr__(self) -> str:
        return f"Bucket(account={self.account!r}, name={self.name!r}, rate={self.rate!r})"


@runtime_checkable
class Limiter(Protocol):
    """A backend may add `async def aacquire(bucket, cost)` and `async def afeedback(bucket,
    status, headers)`: the async client awaits those instead (a network backend need not block
    the event loop). `shared = False` says that only this process spends from it: the transport's
    local pacing at the wire then suffices. Otherwise (the default, and RedisLimiter) a request
    that leaves later than its slot allows reserves a new one, as other processes may send in
    the slots after it."""

    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        """Reserve `cost` requests; return how long to wait (s) before sending."""

    def feedback(self, bucket: Bucket, status: int, headers: Mapping[str, str], age: float = 0.0) -> None:
        """Learn from an answer: X-Ratelimit-Remaining/-Reset, a 429's X-Ratelimit-Retry.
        `age`: how many seconds back those headers date (the transport dates them to the
        request's send, so a bucket run empty is not paced a round trip slower)."""


def header_float(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        f = float(value)
    except ValueError:
        return None
    return f if f >= 0 else None
