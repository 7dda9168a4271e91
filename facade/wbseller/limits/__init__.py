"""Rate limiting: the limiter interface and its backends (in-process by default, Redis to share
the limits between processes and hosts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Bucket, Limiter, Rate
from .local import InProcessLimiter, default_limiter

if TYPE_CHECKING:
    from .redis import RedisLimiter, RedisUnavailableWarning

__all__ = [
    "Bucket",
    "InProcessLimiter",
    "Limiter",
    "Rate",
    "RedisLimiter",
    "RedisUnavailableWarning",
    "default_limiter",
]
_LAZY = {"RedisLimiter", "RedisUnavailableWarning"}


def __getattr__(name: str) -> Any:
    # only users of the Redis backend import the `redis` package (the `redis` extra)
    if name in _LAZY:
        from . import redis

        return getattr(redis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
