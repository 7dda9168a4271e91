"""Promotion statistics: full statistics of campaigns (asked 50 campaigns by 31 days at a time)
and statistics per search cluster, in total and per day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from wbseller_raw.promotion import ops

from ...drift import RawItem
from ...pagination import Pages, PageState, batches
from ...plans import Emit, Plan, call
from .._common import csv_max
from ._rules import (
    STATS_MAX_DAYS,
    DateLike,
    Op,
    Pairs,
    PromotionBase,
    _ints,
    _joined,
    _list,
    _pairs,
    _period,
    windows,
)

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import ClusterDailyStatsItem, ClusterStatsItem, FullStatsCampaign


def _stats_plan(
    op: Op, pairs: list[tuple[int, int]], keys: tuple[str, str], start: date, end: date, answer: str
) -> Plan[list[Any]]:
    items = [{keys[0]: a, keys[1]: n} for a, n in pairs]
    out: list[Any] = []
    for part in batches(items, op.max_items("items")):
        body = {"from": start.isoformat(), "to": end.isoformat(), "items": part}
        r = yield from call(op, body=body)
        out.extend(_list(getattr(r.parsed, answer, None)))
    return out


class StatisticsOps(PromotionBase):
    """Campaign and search-cluster statistics."""

    def iter_full_stats(
        self, advert_ids: Iterable[int], from_: DateLike, to: DateLike
    ) -> Pages[FullStatsCampaign | RawItem]:
        """Full statistics (FullStatsCampaign: totals, `days` with `apps` (platforms) and their
        `nms`, in roubles) of campaigns in statuses 7, 9 and 11 from `from_` to `to`, both
        included. WB answers at most 50 campaigns and 31 days per request: they are asked 50 by
        50, window by window (oldest first), and handed out one campaign-window at a time. WB
        allows 3 requests a minute (burst 1): the client paces them, so a long range takes a
        while. WB operation: `GET /adv/v3/fullstats` (campaigns_statistics)."""
        ids = _ints(advert_ids, "advert_ids")
        start, end = _period(from_, to)
        spans = windows(start, end, STATS_MAX_DAYS)
        op = ops.CAMPAIGNS_STATISTICS
        parts = list(batches(ids, csv_max(op, "ids")))

        def plan(state: PageState) -> Plan[None]:
            for part in parts:
                for first, last in spans:
                    r = yield from call(op, ids=_joined(part), begin_date=first, end_date=last)
                    state.pages += 1
                    for item in _list(r.parsed):
                        state.items += 1
                        yield Emit(item)

        return Pages(self._runner, plan)

    def cluster_stats(self, pairs: Pairs, from_: DateLike, to: DateLike) -> list[ClusterStatsItem | RawItem]:
        """Statistics per search cluster (ClusterStatsItem: advert_id, nm_id, stats[] with
        norm_query, views, clicks, ctr, cpc, cpm, avg_pos, spend...) of cards in campaigns over a
        period; 100 pairs per request. WB operation: `POST /adv/v0/normquery/stats`
        (search_clusters_statistics)."""
        start, end = _period(from_, to)
        op = ops.SEARCH_CLUSTERS_STATISTICS
        return self._runner.run(_stats_plan(op, _pairs(pairs), ("advert_id", "nm_id"), start, end, "stats"))

    def cluster_daily_stats(
        self, pairs: Pairs, from_: DateLike, to: DateLike
    ) -> list[ClusterDailyStatsItem | RawItem]:
        """Statistics per search cluster and day (ClusterDailyStatsItem: advert_id, nm_id,
        daily_stats[] of {date, stat}) over a period; 100 pairs per request. WB operation: `POST
        /adv/v1/normquery/stats` (daily_search_clusters_statistics)."""
        start, end = _period(from_, to)
        op = ops.DAILY_SEARCH_CLUSTERS_STATISTICS
        return self._runner.run(_stats_plan(op, _pairs(pairs), ("advertId", "nmId"), start, end, "items"))
