"""Server-side token buckets, per (seller, bucket), as the specs' x-wb-ratelimit say.

A bucket holds at most `burst` tokens and refills at limit/period tokens per second (WB's
"interval"). Headers follow WB: X-Ratelimit-Remaining/-Limit/-Reset on every answer,
X-Ratelimit-Retry/-Reset on a 429. Times are virtual (see clock.py) and reported in real
seconds, so a time-scaled emulator tells clients how long to really wait.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

from .clock import Clock


@dataclass
class BucketSpec:
    limit: int
    period: float
    burst: int

    @property
    def rate(self) -> float:
        return self.limit / self.period


@dataclass
class _Bucket:
    spec: BucketSpec
    tokens: float
    updated: float
    foreign_rate: float = 0.0  # tokens/s drained by "another process" of the same seller


@dataclass
class Verdict:
    allowed: bool
    headers: dict[str, str] = field(default_factory=dict)


class RateLimits:
    def __init__(self, specs: dict[str, BucketSpec], clock: Clock, enabled: bool = True) -> None:
        self.specs = specs
        self.clock = clock
        self.enabled = enabled
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._lock = threading.Lock()
        self._foreign: dict[tuple[str | None, str], float] = {}

    def _bucket(self, seller: str, name: str, now: float) -> _Bucket:
        b = self._buckets.get((seller, name))
        if b is None:
            spec = self.specs[name]
            b = self._buckets[(seller, name)] = _Bucket(spec, float(spec.burst), now)
            b.foreign_rate = self._foreign.get((seller, name), self._foreign.get((None, name), 0.0))
        else:
            elapsed = max(0.0, now - b.updated)
            net = b.spec.rate - b.foreign_rate
            b.tokens = min(float(b.spec.burst), b.tokens + elapsed * net)
            b.updated = now
        return b

    def _headers(self, b: _Bucket) -> dict[str, str]:
        net = b.spec.rate - b.foreign_rate
        to_full = (b.spec.burst - b.tokens) / net if net > 0 else b.spec.period
        return {
            "X-Ratelimit-Remaining": str(max(0, math.floor(b.tokens))),
            "X-Ratelimit-Limit": str(b.spec.burst),
            "X-Ratelimit-Reset": _secs(self.clock.to_real(max(0.0, to_full))),
        }

    def take(self, seller: str, name: str, cost: int = 1) -> Verdict:
        """Spend `cost` tokens, or refuse with the headers of a 429."""
        if not self.enabled or name not in self.specs:
            return Verdict(True)
        with self._lock:
            now = self.clock.now()
            b = self._bucket(seller, name, now)
            if b.tokens >= 1.0:
                b.tokens -= cost  # may go negative: a 409 costing 5 pushes the next requests back
                return Verdict(True, self._headers(b))
            net = b.spec.rate - b.foreign_rate
            wait = (1.0 - b.tokens) / net if net > 0 else b.spec.period
            headers = self._headers(b)
            headers["X-Ratelimit-Retry"] = _secs(self.clock.to_real(wait))
            return Verdict(False, headers)

    def charge(self, seller: str, name: str, cost: int) -> None:
        """Charge extra tokens after the fact (Marketplace: a 409 counts as 5 requests)."""
        if not self.enabled or name not in self.specs:
            return
        with self._lock:
            b = self._bucket(seller, name, self.clock.now())
            b.tokens -= cost

    def headers(self, seller: str, name: str) -> dict[str, str]:
        if not self.enabled or name not in self.specs:
            return {}
        with self._lock:
            return self._headers(self._bucket(seller, name, self.clock.now()))

    def add_foreign_load(self, bucket: str, rate: float, seller: str | None = None) -> None:
        """Emulate another process of the same seller spending `rate` tokens/s of this bucket
        (virtual seconds). The remaining allowance this client sees drops accordingly."""
        with self._lock:
            self._foreign[(seller, bucket)] = rate
            for (s, name), b in self._buckets.items():
                if name == bucket and (seller is None or s == seller):
                    self._bucket(s, name, self.clock.now())
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
