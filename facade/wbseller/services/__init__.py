"""Per-category services. SERVICES maps each spec to its (sync, async) service classes."""

from __future__ import annotations

from .base import AsyncService, Service

SERVICES: dict[str, tuple[type[Service], type[AsyncService]]] = {}

__all__ = ["SERVICES", "AsyncService", "Service"]
