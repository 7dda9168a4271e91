"""Every type a user of wbseller meets, from one module: the services of a Client and of an
AsyncClient, the lists (Pages, AsyncPages), the upload handles and their AsyncClient twins, and
what they give back. Each is the class the runtime uses, so `isinstance` works:

    from wbseller.types import AsyncPriceUpload, Pages, PriceResult

    upload = await aclient.prices.set_prices(rows)
    assert isinstance(upload, AsyncPriceUpload)

Importing this module imports every service (a client imports a category's on its first use).
"""

from __future__ import annotations

from .pagination import AsyncPages, Cursor, Pages
from .services._gen.analytics import AnalyticsService, AsyncAnalyticsService, AsyncCsvReport, AsyncReportTask
from .services._gen.calendar import AsyncCalendarService, AsyncPromotionUpload, CalendarService
from .services._gen.chat import AsyncChatService, ChatService
from .services._gen.content import AsyncCardsUpload, AsyncContentService, ContentService
from .services._gen.documents import AsyncDocumentsService, DocumentsService
from .services._gen.feedbacks import AsyncFeedbacksService, FeedbacksService
from .services._gen.finance import AsyncFinanceService, FinanceService
from .services._gen.general import AsyncGeneralService, GeneralService
from .services._gen.marketplace import AsyncMarketplaceService, MarketplaceService
from .services._gen.media import AsyncMediaService, MediaService
from .services._gen.prices import AsyncPricesService, AsyncPriceUpload, PricesService
from .services._gen.promotion import AsyncPromotionService, PromotionService
from .services._gen.returns import AsyncReturnsService, ReturnsService
from .services._gen.statistics import AsyncStatisticsService, StatisticsService
from .services._gen.supplies import AsyncSuppliesService, SuppliesService
from .services._gen.wbd import AsyncContentUpload, AsyncWbdService, WbdService
from .services._orders_common import BatchResult, OrderError, Sticker
from .services.analytics import OrderFeed, OrderFeedState
from .services.base import AsyncService, Service
from .services.calendar import PromotionUpload, PromotionUploadResult
from .services.chat import ChatAttachment, ChatEvents, EventState
from .services.content import CardOutcome, CardsResult, CardsUpload
from .services.content_brands import RecommendationsResult
from .services.fbs_supplies import SupplyAdd, SupplyBatch
from .services.feedbacks import FeedbackCounts
from .services.feedbacks_pins import PinResult
from .services.finance import RrdPages, RrdState
from .services.prices import OnUpload, PriceItem, PriceResult, PriceUpload, SentUpload, UploadTask
from .services.promotion import AppliedBid, BidsError, BidsResult, Campaign, CampaignNm, DateLike, Pairs
from .services.report_tasks import CsvReport, ReportTask
from .services.statistics import Feed, FeedPosition, FeedState
from .services.wbd import Blob, ContentUpload, KeysDeletion, Source
from .waiting import Handle

__all__ = [
    "AnalyticsService",
    "AppliedBid",
    "AsyncAnalyticsService",
    "AsyncCalendarService",
    "AsyncCardsUpload",
    "AsyncChatService",
    "AsyncContentService",
    "AsyncContentUpload",
    "AsyncCsvReport",
    "AsyncDocumentsService",
    "AsyncFeedbacksService",
    "AsyncFinanceService",
    "AsyncGeneralService",
    "AsyncMarketplaceService",
    "AsyncMediaService",
    "AsyncPages",
    "AsyncPriceUpload",
    "AsyncPricesService",
    "AsyncPromotionService",
    "AsyncPromotionUpload",
    "AsyncReportTask",
    "AsyncReturnsService",
    "AsyncService",
    "AsyncStatisticsService",
    "AsyncSuppliesService",
    "AsyncWbdService",
    "BatchResult",
    "BidsError",
    "BidsResult",
    "Blob",
    "CalendarService",
    "Campaign",
    "CampaignNm",
    "CardOutcome",
    "CardsResult",
    "CardsUpload",
    "ChatAttachment",
    "ChatEvents",
    "ChatService",
    "ContentService",
    "ContentUpload",
    "CsvReport",
    "Cursor",
    "DateLike",
    "DocumentsService",
    "EventState",
    "Feed",
    "FeedPosition",
    "FeedState",
    "FeedbackCounts",
    "FeedbacksService",
    "FinanceService",
    "GeneralService",
    "Handle",
    "KeysDeletion",
    "MarketplaceService",
    "MediaService",
    "OnUpload",
    "OrderError",
    "OrderFeed",
    "OrderFeedState",
    "Pages",
    "Pairs",
    "PinResult",
    "PriceItem",
    "PriceResult",
    "PriceUpload",
    "PricesService",
    "PromotionService",
    "PromotionUpload",
    "PromotionUploadResult",
    "RecommendationsResult",
    "ReportTask",
    "ReturnsService",
    "RrdPages",
    "RrdState",
    "SentUpload",
    "Service",
    "Source",
    "StatisticsService",
    "Sticker",
    "SuppliesService",
    "SupplyAdd",
    "SupplyBatch",
    "UploadTask",
    "WbdService",
]
