"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .media_campaign import MediaCampaign
    from .media_campaign_extended import MediaCampaignExtended
    from .media_campaign_info import MediaCampaignInfo
    from .media_campaign_item import MediaCampaignItem
    from .media_campaigns_count import MediaCampaignsCount
    from .media_campaigns_group import MediaCampaignsGroup
    from .media_show_hours import MediaShowHours
    from .problem_error import ProblemError

_MODULES = {
    "MediaCampaign": "media_campaign",
    "MediaCampaignExtended": "media_campaign_extended",
    "MediaCampaignInfo": "media_campaign_info",
    "MediaCampaignItem": "media_campaign_item",
    "MediaCampaignsCount": "media_campaigns_count",
    "MediaCampaignsGroup": "media_campaigns_group",
    "MediaShowHours": "media_show_hours",
    "ProblemError": "problem_error",
}

__all__ = (
    "MediaCampaign",
    "MediaCampaignExtended",
    "MediaCampaignInfo",
    "MediaCampaignItem",
    "MediaCampaignsCount",
    "MediaCampaignsGroup",
    "MediaShowHours",
    "ProblemError",
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
