"""Promotion (advert-api): campaigns, their status actions, bids in kopecks and placements, search
clusters (their bids and minus phrases), product cards, statistics and finances.

for campaign in wb.promotion.campaigns(statuses=[9, 11]):        # GET /api/advert/v2/adverts
    print(campaign.advert_id, campaign.bid_type, campaign.nms)
wb.promotion.pause(advert_id)
wb.promotion.set_bids({advert_id: {nm_id: 25_000}})             # kopecks: 250 roubles
for row in wb.promotion.iter_full_stats(ids, date(2026, 1, 1), date(2026, 3, 31)):   # 31-day windows
    ...

WB removed 15 operations of this API (2026-02-11 and earlier; specs/changes/
2026-12-06-promotion-current.yaml). The methods that called them call their successors; those
whose operation has none (`set_fixed_phrases`, `set_fixed_phrases_active`, `addable_nms`) raise
`wbseller.OperationRemovedError` without sending anything.

One module per topic (campaigns, management, bids and bidding, clusters, statistics, finances),
their shared rules in _rules; PromotionOps is the topics together.
"""

from __future__ import annotations

from ._rules import (
    BUDGET_MIN,
    COSTS_MAX_DAYS,
    MAX_BID_KOPECKS,
    MAX_HISTORY_DAYS,
    MIN_BID_PLACEMENT,
    PAYMENT_TYPES,
    PLACEMENTS,
    STATS_MAX_DAYS,
    STATUSES,
    DateLike,
    Pairs,
    windows,
)
from .bidding import BiddingOps
from .bids import AppliedBid, BidsError, BidsResult
from .campaigns import Campaign, CampaignNm, CampaignsOps
from .clusters import ClustersOps
from .finances import FinancesOps
from .management import ManagementOps
from .statistics import StatisticsOps

SPEC = "promotion"

__all__ = [
    "BUDGET_MIN",
    "COSTS_MAX_DAYS",
    "MAX_BID_KOPECKS",
    "MAX_HISTORY_DAYS",
    "MIN_BID_PLACEMENT",
    "PAYMENT_TYPES",
    "PLACEMENTS",
    "SPEC",
    "STATS_MAX_DAYS",
    "STATUSES",
    "AppliedBid",
    "BidsError",
    "BidsResult",
    "Campaign",
    "CampaignNm",
    "DateLike",
    "Pairs",
    "PromotionOps",
    "windows",
]


class PromotionOps(CampaignsOps, ManagementOps, BiddingOps, ClustersOps, StatisticsOps, FinancesOps):
    """Promotion operations shared by the sync and async promotion services."""
