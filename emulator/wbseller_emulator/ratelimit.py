"""Server-side token buckets, per (account, token type, bucket), as the specs' x-wb-ratelimit say.

A bucket holds at most `burst` tokens and refills at limit/period tokens per second (WB's
"interval"). Headers follow WB: X-Ratelimit-Remaining/-Limit/-Reset on every answer,
X-Ratelimit-Retry/-Reset on a 429. Each token type has its own numbers (by-token-type), and its
own budget: the account is the seller's, or the service's for a Service token (WB gives all
tokens of one service one budget). A bucket WB states as "at most N per period" (/ping: 3 per
30 s) is a sliding window instead (`window`). Times are virtual (see clock.py) and reported in
real seconds, so a time-scaled emulator tells clients how long to really wait.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field

from .clock import Clock

ANY = "*"  # a BucketSpec for every token type


@dataclass
class BucketSpec:
    limit: int
    period: float
    burst: int
    window: bool = False  # at most `limit` requests in any `period` (no burst, no refill steps)

    @property
    def rate(self) -> float:
        return self.limit / self.period


@dataclass
class _Bucket:
    spec: BucketSpec
    tokens: float
    updated: float
    foreign_rate: float = 0.0  # tokens/s drained by "another process" of the same seller
    times: deque[float] = field(default_factory=deque)  # a window's requests


@dataclass
class Verdict:
    allowed: bool
    headers: dict[str, str] = field(default_factory=dict)


Specs = Mapping[str, BucketSpec | Mapping[str, BucketSpec]]


class RateLimits:
    """specs: {bucket: BucketSpec} (every token type) or {bucket: {token_type: BucketSpec}}."""

    def __init__(self, specs: Specs, clock: Clock, enabled: bool = True) -> None:
        self.specs: dict[str, dict[str, BucketSpec]] = {
            name: dict(s) if isinstance(s, Mapping) else {ANY: s} for name, s in specs.items()
        }
        self.clock = clock
        self.enabled = enabled
        self._buckets: dict[tuple[str, str, str], _Bucket] = {}
        self._lock = threading.Lock()
        self._foreign: dict[tuple[str | None, str], float] = {}

    def spec(self, name: str, token_type: str) -> BucketSpec | None:
        per_type = self.specs.get(name)
        if per_type is None:
            return None
        return per_type.get(token_type) or per_type.get(ANY) or per_type.get("personal")

    def _bucket(self, seller: str, name: str, token_type: str, now: float) -> _Bucket | None:
        spec = self.spec(name, token_type)
        if spec is None:
            return None
        key = (seller, name, token_type)
        b = self._buckets.get(key)
        if b is None:
            b = self._buckets[key] = _Bucket(spec, float(spec.burst), now)
            b.foreign_rate = self._foreign.get((seller, name), self._foreign.get((None, name), 0.0))
        elif spec.window:
            while b.times and b.times[0] <= now - spec.period:
                b.times.popleft()
        else:
            elapsed = max(0.0, now - b.updated)
            net = b.spec.rate - b.foreign_rate
            b.tokens = min(float(b.spec.burst), b.tokens + elapsed * net)
            b.updated = now
        return b

    def _headers(self, b: _Bucket) -> dict[str, str]:
        if b.spec.window:
            # no refill to announce: what is left of the window, and its size
            return {
                "X-Ratelimit-Remaining": str(max(0, b.spec.limit - len(b.times))),
                "X-Ratelimit-Limit": str(b.spec.limit),
            }
        net = b.spec.rate - b.foreign_rate
        to_full = (b.spec.burst - b.tokens) / net if net > 0 else b.spec.period
        return {
            "X-Ratelimit-Remaining": str(max(0, math.floor(b.tokens))),
            "X-Ratelimit-Limit": str(b.spec.burst),
            "X-Ratelimit-Reset": _secs(self.clock.to_real(max(0.0, to_full))),
        }

    def take(
        self,
        seller: str,
        name: str,
        cost: int = 1,
        *,
        token_type: str = "personal",
        arrived: float | None = None,
    ) -> Verdict:
        """Spend `cost` tokens, or refuse with the headers of a 429. arrived: when the request
        arrived (time.monotonic()), as WB counts it; default now."""
        if not self.enabled:
            return Verdict(True)
        with self._lock:
            now = self.clock.now() if arrived is None else min(self.clock.now(), self.clock.at(arrived))
            b = self._bucket(seller, name, token_type, now)
            if b is None:
                return Verdict(True)
            if b.spec.window:
                if len(b.times) < b.spec.limit:
                    b.times.extend([now] * cost)
                    return Verdict(True, self._headers(b))
                headers = self._headers(b)
                headers["X-Ratelimit-Retry"] = _secs(self.clock.to_real(b.times[0] + b.spec.period - now))
                headers["X-Ratelimit-Reset"] = _secs(self.clock.to_real(b.times[-1] + b.spec.period - now))
                return Verdict(False, headers)
            if b.tokens >= 1.0:
                b.tokens -= cost  # may go negative: a 4xx costing 10 pushes the next requests back
                return Verdict(True, self._headers(b))
            net = b.spec.rate - b.foreign_rate
            wait = (1.0 - b.tokens) / net if net > 0 else b.spec.period
            headers = self._headers(b)
            headers["X-Ratelimit-Retry"] = _secs(self.clock.to_real(wait))
            return Verdict(False, headers)

    def charge(self, seller: str, name: str, cost: int, *, token_type: str = "personal") -> None:
        """Charge extra tokens after the fact (a 4xx counts as 10 requests on Marketplace)."""
        if not self.enabled:
            return
        with self._lock:
            now = self.clock.now()
            b = self._bucket(seller, name, token_type, now)
            if b is None:
                return
            if b.spec.window:
                b.times.extend([now] * cost)
            else:
                b.tokens -= cost

    def room(self, seller: str, name: str, *, token_type: str = "personal") -> float:
        """How many requests the bucket would take now (inf when it is not limited)."""
        if not self.enabled:
            return math.inf
        with self._lock:
            b = self._bucket(seller, name, token_type, self.clock.now())
            if b is None:
                return math.inf
            return float(b.spec.limit - len(b.times)) if b.spec.window else b.tokens

    def headers(self, seller: str, name: str, *, token_type: str = "personal") -> dict[str, str]:
        if not self.enabled:
            return {}
        with self._lock:
            b = self._bucket(seller, name, token_type, self.clock.now())
            return self._headers(b) if b is not None else {}

    def add_foreign_load(self, bucket: str, rate: float, seller: str | None = None) -> None:
        """Emulate another process of the same seller spending `rate` tokens/s of this bucket
        (virtual seconds). The remaining allowance this client sees drops accordingly."""
        with self._lock:
            self._foreign[(seller, bucket)] = rate
            for (s, name, token_type), b in self._buckets.items():
                if name == bucket and (seller is None or s == seller):
                    self._bucket(s, name, token_type, self.clock.now())
                    b.foreign_rate = rate

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()
            self._foreign.clear()


def _secs(value: float) -> str:
    """Seconds as WB prints them (integers) unless time scaling makes them fractional."""
    if value >= 10 or abs(value - round(value)) < 1e-9:
        return str(math.ceil(value - 1e-9))
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"
