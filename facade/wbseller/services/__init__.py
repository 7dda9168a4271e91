"""Per-category services. A spec's operations are one class in services/<spec>.py (`ContentOps`:
its logic in plans); `make generate` (scripts/async_types.py) declares its services from it in
services/_gen/<spec>.py: `ContentService(ContentOps, Service)` and `AsyncContentService(ContentOps,
AsyncService)`, the async one typed awaitable, plus each upload handle's AsyncClient twin. A
spec without an operations class gets services with `.raw` only. See facade/CONVENTIONS.md.

A category's module is imported when a client first uses that category: the first call of one
category does not pay for importing all of them. `wbseller.types` imports them all, for users.
"""

from __future__ import annotations

from typing import Any

from ._gen import NAMES, service_classes
from .base import AsyncService, Service


def __getattr__(name: str) -> Any:
    # wbseller.services.ContentService, AsyncContentService, …: imported on first use
    for spec, names in NAMES.items():
        if name in names:
            return service_classes(spec)[names.index(name)]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["NAMES", "AsyncService", "Service", "service_classes"]
