"""Per-category services. SERVICES maps each spec to its (sync, async) service classes: one
class of operations per category (its logic in plans), mixed into the sync or async base."""

from __future__ import annotations

from .base import AsyncService, Service
from .calendar import CalendarOps
from .content import ContentOps
from .marketplace import MarketplaceOps
from .media import MediaOps
from .prices import PricesOps
from .promotion import PromotionOps
from .wbd import WbdOps


class ContentService(ContentOps, Service):
    """client.content: the content API (cards, media, tags, categories)."""


class AsyncContentService(ContentOps, AsyncService):
    """AsyncClient.content: the same operations, awaitable / async-iterable."""


class PricesService(PricesOps, Service):
    """client.prices: prices and discounts (uploads you can wait on, goods, sizes, quarantine)."""


class AsyncPricesService(PricesOps, AsyncService):
    """AsyncClient.prices: the same operations, awaitable / async-iterable."""


class CalendarService(CalendarOps, Service):
    """client.calendar: the promotions calendar (promotions, their products, uploads into them)."""


class AsyncCalendarService(CalendarOps, AsyncService):
    """AsyncClient.calendar: the same operations, awaitable / async-iterable."""


class PromotionService(PromotionOps, Service):
    """client.promotion: campaigns, their status, bids, placements, phrases, cards and finances."""


class AsyncPromotionService(PromotionOps, AsyncService):
    """AsyncClient.promotion: the same operations, awaitable / async-iterable."""


class MediaService(MediaOps, Service):
    """client.media: media campaigns (count, list, details)."""


class AsyncMediaService(MediaOps, AsyncService):
    """AsyncClient.media: the same operations, awaitable / async-iterable."""


class MarketplaceService(MarketplaceOps, Service):
    """client.marketplace: WB offices, the seller's warehouses and their stocks."""


class AsyncMarketplaceService(MarketplaceOps, AsyncService):
    """AsyncClient.marketplace: the same operations, awaitable."""


class WbdService(WbdOps, Service):
    """client.wbd: Wildberries Digital (offers, activation keys, content uploads and downloads)."""


class AsyncWbdService(WbdOps, AsyncService):
    """AsyncClient.wbd: the same operations, awaitable / async-iterable."""


SERVICES: dict[str, tuple[type[Service], type[AsyncService]]] = {
    "content": (ContentService, AsyncContentService),
    "prices": (PricesService, AsyncPricesService),
    "calendar": (CalendarService, AsyncCalendarService),
    "promotion": (PromotionService, AsyncPromotionService),
    "media": (MediaService, AsyncMediaService),
    "marketplace": (MarketplaceService, AsyncMarketplaceService),
    "wbd": (WbdService, AsyncWbdService),
}

__all__ = ["SERVICES", "AsyncService", "Service"]
