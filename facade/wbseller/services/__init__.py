"""Per-category services. `service_classes(spec)` gives each spec its (sync, async) service
classes: one class of operations per category (its logic in plans), mixed into the sync or async
base. A category's module is imported when a client first uses that category: the first call of
one category does not pay for importing all of them."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .base import AsyncService, Service

if TYPE_CHECKING:  # what service_classes() builds, as mypy and the async stub see it (scripts/async_types.py)
    from wbseller_raw.analytics.client import AuthenticatedClient as AnalyticsRaw
    from wbseller_raw.calendar.client import AuthenticatedClient as CalendarRaw
    from wbseller_raw.chat.client import AuthenticatedClient as ChatRaw
    from wbseller_raw.content.client import AuthenticatedClient as ContentRaw
    from wbseller_raw.documents.client import AuthenticatedClient as DocumentsRaw
    from wbseller_raw.feedbacks.client import AuthenticatedClient as FeedbacksRaw
    from wbseller_raw.finance.client import AuthenticatedClient as FinanceRaw
    from wbseller_raw.general.client import AuthenticatedClient as GeneralRaw
    from wbseller_raw.marketplace.client import AuthenticatedClient as MarketplaceRaw
    from wbseller_raw.media.client import AuthenticatedClient as MediaRaw
    from wbseller_raw.prices.client import AuthenticatedClient as PricesRaw
    from wbseller_raw.promotion.client import AuthenticatedClient as PromotionRaw
    from wbseller_raw.returns.client import AuthenticatedClient as ReturnsRaw
    from wbseller_raw.statistics.client import AuthenticatedClient as StatisticsRaw
    from wbseller_raw.supplies.client import AuthenticatedClient as SuppliesRaw
    from wbseller_raw.wbd.client import AuthenticatedClient as WbdRaw

    from .analytics import AnalyticsOps
    from .calendar import CalendarOps
    from .content import ContentOps
    from .documents import DocumentsOps
    from .finance import FinanceOps
    from .marketplace import MarketplaceOps
    from .media import MediaOps
    from .prices import PricesOps
    from .promotion import PromotionOps
    from .statistics import StatisticsOps
    from .wbd import WbdOps

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

    class SuppliesService(Service):
        """client.supplies: FBW supplies and supply planning; `.raw` only."""

        raw: SuppliesRaw

    class AsyncSuppliesService(AsyncService):
        """AsyncClient.supplies: the same, for the generated `asyncio` functions."""

        raw: SuppliesRaw

    class StatisticsService(StatisticsOps, Service):
        """client.statistics: the orders and sales feeds (lastChangeDate, resumable)."""

        raw: StatisticsRaw

    class AsyncStatisticsService(StatisticsOps, AsyncService):
        """AsyncClient.statistics: the same, for the generated `asyncio` functions."""

        raw: StatisticsRaw

    class AnalyticsService(AnalyticsOps, Service):
        """client.analytics: report tasks, CSV reports, sales funnel, search queries, the order feed."""

        raw: AnalyticsRaw

    class AsyncAnalyticsService(AnalyticsOps, AsyncService):
        """AsyncClient.analytics: the same, for the generated `asyncio` functions."""

        raw: AnalyticsRaw

    class FinanceService(FinanceOps, Service):
        """client.finance: the balance, realization and acquiring reports (paged by rrdId)."""

        raw: FinanceRaw

    class AsyncFinanceService(FinanceOps, AsyncService):
        """AsyncClient.finance: the same, for the generated `asyncio` functions."""

        raw: FinanceRaw

    class DocumentsService(DocumentsOps, Service):
        """client.documents: the seller's documents (list, download one or many)."""

        raw: DocumentsRaw

    class AsyncDocumentsService(DocumentsOps, AsyncService):
        """AsyncClient.documents: the same, for the generated `asyncio` functions."""

        raw: DocumentsRaw

    class FeedbacksService(Service):
        """client.feedbacks: feedbacks and questions, pinned feedbacks; `.raw` only."""

        raw: FeedbacksRaw

    class AsyncFeedbacksService(AsyncService):
        """AsyncClient.feedbacks: the same, for the generated `asyncio` functions."""

        raw: FeedbacksRaw

    class ChatService(Service):
        """client.chat: chats with buyers; `.raw` only."""

        raw: ChatRaw

    class AsyncChatService(AsyncService):
        """AsyncClient.chat: the same, for the generated `asyncio` functions."""

        raw: ChatRaw

    class ReturnsService(Service):
        """client.returns: buyers' return claims; `.raw` only."""

        raw: ReturnsRaw

    class AsyncReturnsService(AsyncService):
        """AsyncClient.returns: the same, for the generated `asyncio` functions."""

        raw: ReturnsRaw


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
    "statistics": ("statistics", "StatisticsOps", "the orders and sales feeds (lastChangeDate, resumable)"),
    "analytics": (
        "analytics",
        "AnalyticsOps",
        "report tasks, CSV reports, sales funnel, search queries, the order feed",
    ),
    "finance": ("finance", "FinanceOps", "the balance, realization and acquiring reports (paged by rrdId)"),
    "documents": ("documents", "DocumentsOps", "the seller's documents (list, download one or many)"),
}


def _ops_class(spec: str) -> type:
    """A category's operations class, its module imported here (on the category's first use)."""
    if spec == "content":
        from .content import ContentOps

        return ContentOps
    if spec == "prices":
        from .prices import PricesOps

        return PricesOps
    if spec == "calendar":
        from .calendar import CalendarOps

        return CalendarOps
    if spec == "promotion":
        from .promotion import PromotionOps

        return PromotionOps
    if spec == "media":
        from .media import MediaOps

        return MediaOps
    if spec == "marketplace":
        from .marketplace import MarketplaceOps

        return MarketplaceOps
    if spec == "wbd":
        from .wbd import WbdOps

        return WbdOps
    if spec == "statistics":
        from .statistics import StatisticsOps

        return StatisticsOps
    if spec == "analytics":
        from .analytics import AnalyticsOps

        return AnalyticsOps
    if spec == "finance":
        from .finance import FinanceOps

        return FinanceOps
    if spec == "documents":
        from .documents import DocumentsOps

        return DocumentsOps
    raise KeyError(spec)


@cache
def service_classes(spec: str) -> tuple[type[Service], type[AsyncService]]:
    """(sync, async) service classes of a spec; the plain bases for a spec without operations."""
    if spec not in _OPS:
        return Service, AsyncService
    _, ops_name, what = _OPS[spec]
    ops = _ops_class(spec)
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


# specs without operations of ours: their service is the plain one, `.raw` only
RAW_ONLY = (
    "general",
    "supplies",
    "feedbacks",
    "chat",
    "returns",
)


def __getattr__(name: str) -> Any:
    # ContentService, AsyncContentService, …: built on first use like the rest
    if name.removeprefix("Async").removesuffix("Service").lower() in RAW_ONLY and name.endswith("Service"):
        return AsyncService if name.startswith("Async") else Service
    for spec, (_, ops_name, _) in _OPS.items():
        base = ops_name.removesuffix("Ops") + "Service"
        if name in (base, "Async" + base):
            sync_cls, async_cls = service_classes(spec)
            return async_cls if name.startswith("Async") else sync_cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["AsyncService", "Service", "service_classes"]
