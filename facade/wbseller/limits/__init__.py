"""Rate limiting: the limiter interface and its backends (in-process by default)."""

from __future__ import annotations

from .base import Bucket, Limiter, Rate
from .local import InProcessLimiter, default_limiter

__all__ = ["Bucket", "InProcessLimiter", "Limiter", "Rate", "default_limiter"]
