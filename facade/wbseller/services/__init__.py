"""Per-category services. SERVICES maps each spec to its (sync, async) service classes: one
class of operations per category (its logic in plans), mixed into the sync or async base."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import AsyncService, Service
from .calendar import CalendarOps
from .content import ContentOps
from .marketplace import MarketplaceOps
from .media import MediaOps
from .prices import PricesOps
from .promotion import PromotionOps
from .wbd import WbdOps

if TYPE_CHECKING:  # `raw: X` below only tells mypy which generated client `.raw` is
    from wbseller_raw.calendar.client import AuthenticatedClient as CalendarRaw
    from wbseller_raw.content.client import AuthenticatedClient as ContentRaw
    from wbseller_raw.general.client import AuthenticatedClient as GeneralRaw
    from wbseller_raw.marketplace.client import AuthenticatedClient as MarketplaceRaw
    from wbseller_raw.media.client import AuthenticatedClient as MediaRaw
    from wbseller_raw.prices.client import AuthenticatedClient as PricesRaw
    from wbseller_raw.promotion.client import AuthenticatedClient as PromotionRaw
    from wbseller_raw.wbd.client import AuthenticatedClient as WbdRaw


class ContentService(ContentOps, Service):
    """client.content: the content API (cards, media, tags, categories)."""

    raw: ContentRaw


class AsyncContentService(ContentOps, AsyncService):
    """AsyncClient.content: the same operations, awaitable / async-iterable."""

    raw: ContentRaw


class PricesService(PricesOps, Service):
    """client.prices: prices and discounts (uploads you can wait on, goods, sizes, quarantine)."""

    raw: PricesRaw


class AsyncPricesService(PricesOps, AsyncService):
    """AsyncClient.prices: the same operations, awaitable / async-iterable."""

    raw: PricesRaw


class CalendarService(CalendarOps, Service):
    """client.calendar: the promotions calendar (promotions, their products, uploads into them)."""

    raw: CalendarRaw


class AsyncCalendarService(CalendarOps, AsyncService):
    """AsyncClient.calendar: the same operations, awaitable / async-iterable."""

    raw: CalendarRaw


class PromotionService(PromotionOps, Service):
    """client.promotion: campaigns, their status, bids, placements, phrases, cards and finances."""

    raw: PromotionRaw


class AsyncPromotionService(PromotionOps, AsyncService):
    """AsyncClient.promotion: the same operations, awaitable / async-iterable."""

    raw: PromotionRaw


class MediaService(MediaOps, Service):
    """client.media: media campaigns (count, list, details)."""

    raw: MediaRaw


class AsyncMediaService(MediaOps, AsyncService):
    """AsyncClient.media: the same operations, awaitable / async-iterable."""

    raw: MediaRaw


class MarketplaceService(MarketplaceOps, Service):
    """client.marketplace: WB offices, the seller's warehouses and their stocks."""

    raw: MarketplaceRaw


class AsyncMarketplaceService(MarketplaceOps, AsyncService):
    """AsyncClient.marketplace: the same operations, awaitable."""

    raw: MarketplaceRaw


class WbdService(WbdOps, Service):
    """client.wbd: Wildberries Digital (offers, activation keys, content uploads and downloads)."""

    raw: WbdRaw


class AsyncWbdService(WbdOps, AsyncService):
    """AsyncClient.wbd: the same operations, awaitable / async-iterable."""

    raw: WbdRaw


class GeneralService(Service):
    """client.general: the general API (connection checks, seller portal news); `.raw` only."""

    raw: GeneralRaw


class AsyncGeneralService(AsyncService):
    """AsyncClient.general: the same, for the generated `asyncio` functions."""

    raw: GeneralRaw


SERVICES: dict[str, tuple[type[Service], type[AsyncService]]] = {
    "content": (ContentService, AsyncContentService),
    "prices": (PricesService, AsyncPricesService),
    "calendar": (CalendarService, AsyncCalendarService),
    "promotion": (PromotionService, AsyncPromotionService),
    "media": (MediaService, AsyncMediaService),
    "marketplace": (MarketplaceService, AsyncMarketplaceService),
    "wbd": (WbdService, AsyncWbdService),
    "general": (GeneralService, AsyncGeneralService),
}

__all__ = ["SERVICES", "AsyncService", "Service"]
