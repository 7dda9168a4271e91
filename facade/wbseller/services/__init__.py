"""Per-category services. `service_classes(spec)` gives each spec its (sync, async) service
classes: one class of operations per category (its logic in plans), mixed into the sync or async
base. A category's module is imported when a client first uses that category: the first call of
one category does not pay for importing all of them."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import Any

from .base import AsyncService, Service

# spec -> (module, its operations class, what the sync service is)
_OPS: dict[str, tuple[str, str, str]] = {
    "content": ("content", "ContentOps", "the content API (cards, media, tags, categories)"),
    "prices": (
        "prices",
        "PricesOps",
        "prices and discounts (uploads you can wait on, goods, sizes, quarantine)",
    ),
    "calendar": (
        "calendar",
        "CalendarOps",
        "the promotions calendar (promotions, their products, uploads into them)",
    ),
    "promotion": (
        "promotion",
        "PromotionOps",
        "campaigns, their status, bids, placements, phrases, cards and finances",
    ),
    "media": ("media", "MediaOps", "media campaigns (count, list, details)"),
    "marketplace": ("marketplace", "MarketplaceOps", "WB offices, the seller's warehouses and their stocks"),
    "wbd": ("wbd", "WbdOps", "Wildberries Digital (offers, activation keys, content uploads and downloads)"),
}


@cache
def service_classes(spec: str) -> tuple[type[Service], type[AsyncService]]:
    """(sync, async) service classes of a spec; the plain bases for a spec without operations."""
    if spec not in _OPS:
        return Service, AsyncService
    module, ops_name, what = _OPS[spec]
    ops = getattr(import_module(f".{module}", __name__), ops_name)
    name = ops_name.removesuffix("Ops")
    sync_cls = type(
        f"{name}Service", (ops, Service), {"__doc__": f"client.{spec}: {what}.", "__module__": __name__}
    )
    async_cls = type(
        f"Async{name}Service",
        (ops, AsyncService),
        {"__doc__": f"AsyncClient.{spec}: the same operations, awaitable.", "__module__": __name__},
    )
    return sync_cls, async_cls


def __getattr__(name: str) -> Any:
    # ContentService, AsyncContentService, …: built on first use like the rest
    for spec, (_, ops_name, _) in _OPS.items():
        base = ops_name.removesuffix("Ops") + "Service"
        if name in (base, "Async" + base):
            sync_cls, async_cls = service_classes(spec)
            return async_cls if name.startswith("Async") else sync_cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["AsyncService", "Service", "service_classes"]
