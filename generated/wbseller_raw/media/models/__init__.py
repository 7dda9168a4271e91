"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .media_app_stats import MediaAppStats
    from .media_app_type_stats import MediaAppTypeStats
    from .media_banner_stats import MediaBannerStats
    from .media_campaign import MediaCampaign
    from .media_campaign_extended import MediaCampaignExtended
    from .media_campaign_info import MediaCampaignInfo
    from .media_campaign_item import MediaCampaignItem
    from .media_campaigns_count import MediaCampaignsCount
    from .media_campaigns_group import MediaCampaignsGroup
    from .media_daily_stats import MediaDailyStats
    from .media_show_hours import MediaShowHours
    from .media_stats_interval import MediaStatsInterval
    from .media_stats_item import MediaStatsItem
    from .media_stats_request_item import MediaStatsRequestItem
    from .problem_error import ProblemError
    from .promotion_error import PromotionError

_MODULES = {
    "MediaAppStats": "media_app_stats",
    "MediaAppTypeStats": "media_app_type_stats",
    "MediaBannerStats": "media_banner_stats",
    "MediaCampaign": "media_campaign",
    "MediaCampaignExtended": "media_campaign_extended",
    "MediaCampaignInfo": "media_campaign_info",
    "MediaCampaignItem": "media_campaign_item",
    "MediaCampaignsCount": "media_campaigns_count",
    "MediaCampaignsGroup": "media_campaigns_group",
    "MediaDailyStats": "media_daily_stats",
    "MediaShowHours": "media_show_hours",
    "MediaStatsInterval": "media_stats_interval",
    "MediaStatsItem": "media_stats_item",
    "MediaStatsRequestItem": "media_stats_request_item",
    "ProblemError": "problem_error",
    "PromotionError": "promotion_error",
}

__all__ = (
    "MediaAppStats",
    "MediaAppTypeStats",
    "MediaBannerStats",
    "MediaCampaign",
    "MediaCampaignExtended",
    "MediaCampaignInfo",
    "MediaCampaignItem",
    "MediaCampaignsCount",
    "MediaCampaignsGroup",
    "MediaDailyStats",
    "MediaShowHours",
    "MediaStatsInterval",
    "MediaStatsItem",
    "MediaStatsRequestItem",
    "ProblemError",
    "PromotionError",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
