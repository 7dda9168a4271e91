"""Contains all the data models used in inputs/outputs"""

from .media_campaign import MediaCampaign
from .media_campaign_extended import MediaCampaignExtended
from .media_campaign_info import MediaCampaignInfo
from .media_campaign_item import MediaCampaignItem
from .media_campaigns_count import MediaCampaignsCount
from .media_campaigns_group import MediaCampaignsGroup
from .media_show_hours import MediaShowHours
from .problem_error import ProblemError

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
