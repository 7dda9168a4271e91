"""Each spec's service classes (sync, async), a spec's module imported on first use. Written
by scripts/async_types.py from facade/wbseller/services/: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..base import AsyncService, Service

# spec -> the names of its sync and async service classes
NAMES: dict[str, tuple[str, str]] = {
    "analytics": ("AnalyticsService", "AsyncAnalyticsService"),
    "calendar": ("CalendarService", "AsyncCalendarService"),
    "chat": ("ChatService", "AsyncChatService"),
    "content": ("ContentService", "AsyncContentService"),
    "documents": ("DocumentsService", "AsyncDocumentsService"),
    "feedbacks": ("FeedbacksService", "AsyncFeedbacksService"),
    "finance": ("FinanceService", "AsyncFinanceService"),
    "general": ("GeneralService", "AsyncGeneralService"),
    "marketplace": ("MarketplaceService", "AsyncMarketplaceService"),
    "media": ("MediaService", "AsyncMediaService"),
    "prices": ("PricesService", "AsyncPricesService"),
    "promotion": ("PromotionService", "AsyncPromotionService"),
    "returns": ("ReturnsService", "AsyncReturnsService"),
    "statistics": ("StatisticsService", "AsyncStatisticsService"),
    "supplies": ("SuppliesService", "AsyncSuppliesService"),
    "wbd": ("WbdService", "AsyncWbdService"),
}


def service_classes(spec: str) -> tuple[type[Service], type[AsyncService]]:
    """The (sync, async) service classes of a spec."""
    if spec == "analytics":
        from .analytics import AnalyticsService, AsyncAnalyticsService

        return AnalyticsService, AsyncAnalyticsService
    if spec == "calendar":
        from .calendar import AsyncCalendarService, CalendarService

        return CalendarService, AsyncCalendarService
    if spec == "chat":
        from .chat import AsyncChatService, ChatService

        return ChatService, AsyncChatService
    if spec == "content":
        from .content import AsyncContentService, ContentService

        return ContentService, AsyncContentService
    if spec == "documents":
        from .documents import AsyncDocumentsService, DocumentsService

        return DocumentsService, AsyncDocumentsService
    if spec == "feedbacks":
        from .feedbacks import AsyncFeedbacksService, FeedbacksService

        return FeedbacksService, AsyncFeedbacksService
    if spec == "finance":
        from .finance import AsyncFinanceService, FinanceService

        return FinanceService, AsyncFinanceService
    if spec == "general":
        from .general import AsyncGeneralService, GeneralService

        return GeneralService, AsyncGeneralService
    if spec == "marketplace":
        from .marketplace import AsyncMarketplaceService, MarketplaceService

        return MarketplaceService, AsyncMarketplaceService
    if spec == "media":
        from .media import AsyncMediaService, MediaService

        return MediaService, AsyncMediaService
    if spec == "prices":
        from .prices import AsyncPricesService, PricesService

        return PricesService, AsyncPricesService
    if spec == "promotion":
        from .promotion import AsyncPromotionService, PromotionService

        return PromotionService, AsyncPromotionService
    if spec == "returns":
        from .returns import AsyncReturnsService, ReturnsService

        return ReturnsService, AsyncReturnsService
    if spec == "statistics":
        from .statistics import AsyncStatisticsService, StatisticsService

        return StatisticsService, AsyncStatisticsService
    if spec == "supplies":
        from .supplies import AsyncSuppliesService, SuppliesService

        return SuppliesService, AsyncSuppliesService
    if spec == "wbd":
        from .wbd import AsyncWbdService, WbdService

        return WbdService, AsyncWbdService
    raise KeyError(f"no service for the spec {spec!r}")
