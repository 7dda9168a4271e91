"""client.promotion and AsyncClient.promotion: PromotionService and AsyncPromotionService. Written
by scripts/async_types.py from services/promotion.py: do not edit (`make generate` rewrites it,
`make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.promotion import PromotionOps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable, Mapping, Sequence
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller.services.promotion._rules import MAX_BID_KOPECKS, PLACEMENTS, DateLike, Pairs
    from wbseller.services.promotion.bids import BidsResult
    from wbseller.services.promotion.campaigns import Campaign
    from wbseller_raw.promotion.client import AuthenticatedClient as PromotionRaw
    from wbseller_raw.promotion.models import (
        AdvertConfigV1,
        AuctionAdvertNmsResult,
        BalanceResponse,
        BudgetResponse,
        CampaignsListsResponse,
        ClusterBid,
        ClusterBidV1Success,
        ClusterDailyStatsItem,
        ClusterListItem,
        ClusterStatsItem,
        CostsHistoryItem,
        FullStatsCampaign,
        PaymentItem,
        RecommendedBidsResponse,
        SupplierNm,
        SupplierSubject,
    )


class PromotionService(PromotionOps, Service):
    """client.promotion: Promotion (advert-api): campaigns, their status actions, bids in kopecks
    and placements, search clusters (their bids and minus phrases), product cards, statistics and
    finances."""

    raw: PromotionRaw


class AsyncPromotionService(PromotionOps, AsyncService):
    """AsyncClient.promotion: the operations of PromotionService, awaitable / async-iterable."""

    raw: PromotionRaw

    if TYPE_CHECKING:

        def campaign_counts(  # type: ignore[override]
            self,
        ) -> Awaitable[CampaignsListsResponse]:
            """The campaign lists grouped by type and status (`adverts[]`: type, status, count,
            advert_list of {advertId, changeTime}) and the total (`all`). WB operation: `GET
            /adv/v1/promotion/count` (campaigns_lists).
            """

        def iter_campaign_ids(self, status: int | None = None, type: int | None = None) -> AsyncPages[int]:
            """The advertId of every campaign, optionally only those in one status and/or of one type
            (8 the legacy standard bid, 9 unified or manual bid), from the campaign lists (one
            request). WB operation: `GET /adv/v1/promotion/count` (campaigns_lists).
            """

        def campaigns(  # type: ignore[override]
            self,
            ids: Iterable[int] | None = None,
            *,
            statuses: Iterable[int] | None = None,
            payment_type: str | None = None,
        ) -> Awaitable[list[Campaign]]:
            """Campaigns (Campaign: advert_id, name, status, bid_type, payment_type, placements, nms
            with their bids in kopecks, timestamps), all of them or those in `ids` (any number: WB
            takes 50 per request), optionally only in `statuses` and of `payment_type` ("cpm",
            "cpc"). WB operation: `GET /api/advert/v2/adverts` (campaigns_information_v2), the
            successor of `POST /adv/v1/promotion/adverts` and `GET /adv/v0/auction/adverts`, which WB
            removed on 2026-02-11.
            """

        def custom_bid_campaigns(  # type: ignore[override]
            self,
            ids: Iterable[int] | None = None,
            statuses: Iterable[int] | None = None,
            payment_type: str | None = None,
        ) -> Awaitable[list[Campaign]]:
            """The same as campaigns(): every current campaign has unified or manual ("custom") bid.
            WB operation: `GET /api/advert/v2/adverts`, the successor of `GET /adv/v0/auction/adverts`
            (removed by WB on 2026-02-11).
            """

        def config(  # type: ignore[override]
            self,
        ) -> Awaitable[AdvertConfigV1]:
            """The promotion account's currency (`currency`, `currency_code`), the allowed steps of
            search-cluster bids (`cpm_step`, `cpc_step`) and the minimum top-up (`min_top_up`).
            Personal and Service tokens only. WB operation: `GET /api/advert/v1/config`
            (promotional_configuration_values_v1), the successor of `GET /adv/v0/config`.
            """

        def create_campaign(  # type: ignore[override]
            self,
            name: str,
            nms: Sequence[int],
            *,
            bid_type: str | None = None,
            payment_type: str | None = None,
            placement_types: Sequence[str] | None = None,
        ) -> Awaitable[int | None]:
            """Create a campaign from product cards (at most 50; see `campaign_nms`): `name`,
            `bid_type` "manual" (WB's default) or "unified", `payment_type` "cpm" (default) or "cpc",
            `placement_types` of "search" (default), "recommendations". Returns the new campaign's ID.
            Not repeated on a failure that may have reached WB (a second campaign would appear).
            WB operation: `POST /adv/v2/seacat/save-ad` (create_campaign_with_custom_bid).
            """

        def campaign_subjects(  # type: ignore[override]
            self, payment_type: str | None = None
        ) -> Awaitable[list[SupplierSubject]]:
            """The subjects whose product cards campaigns may take (SupplierSubject: id, name, count),
            for campaigns paid per `payment_type` ("cpm", WB's default, or "cpc"); an empty list when
            WB answers null. WB operation: `GET /adv/v1/supplier/subjects` (subjects_for_campaigns).
            """

        def campaign_nms(  # type: ignore[override]
            self, subject_ids: Sequence[int]
        ) -> Awaitable[list[SupplierNm]]:
            """The product cards campaigns may take, of the given subjects (SupplierNm: nm, title,
            subjectId); an empty list when WB answers null. WB operation: `POST /adv/v2/supplier/nms`
            (product_cards_for_campaigns).
            """

        def start(  # type: ignore[override]
            self, advert_id: int
        ) -> Awaitable[None]:
            """Launch a campaign in status 4 (ready to launch) or 11 (paused): it goes to 9 (active).
            It needs product cards and a budget. WB applies status changes within a minute. WB
            operation: `GET /adv/v0/start` (launch_campaign).
            """

        def pause(  # type: ignore[override]
            self, advert_id: int
        ) -> Awaitable[None]:
            """Pause a campaign in status 9 (active): it goes to 11 (paused). WB operation: `GET
            /adv/v0/pause` (pause_campaign).
            """

        def stop(  # type: ignore[override]
            self, advert_id: int
        ) -> Awaitable[None]:
            """Finish a campaign in status 4, 9 or 11: it goes to 7 (finished), for good. WB
            operation: `GET /adv/v0/stop` (stop_campaign).
            """

        def delete(  # type: ignore[override]
            self, advert_id: int
        ) -> Awaitable[None]:
            """Delete a campaign in status 4 (ready to launch): status -1 for 3 to 10 minutes, then
            gone. WB operation: `GET /adv/v0/delete` (delete_campaign).
            """

        def rename(  # type: ignore[override]
            self, advert_id: int, name: str
        ) -> Awaitable[None]:
            """Rename a campaign (the new name at most 100 characters, as WB's description says). WB
            operation: `POST /adv/v0/rename` (rename_campaign).
            """

        def change_nms(  # type: ignore[override]
            self, advert_id: int, *, add: Sequence[int] = (), delete: Sequence[int] = ()
        ) -> Awaitable[None]:
            """Add and remove product cards of a campaign. WB operation: `PATCH /adv/v0/auction/nms`
            (see change_auction_nms), the successor of `POST /adv/v1/auto/updatenm`, which WB removed
            on 2026-02-11.
            """

        def change_auction_nms(  # type: ignore[override]
            self, changes: Mapping[int, Mapping[str, Sequence[int]]] | Sequence[Mapping[str, Any]]
        ) -> Awaitable[list[AuctionAdvertNmsResult | RawItem]]:
            """Add and remove product cards of campaigns (statuses 4, 9, 11): `{advert_id: {"add":
            [nm, ...], "delete": [nm, ...]}}` or WB's `[{"advert_id", "nms": {...}}]`. Any number of
            campaigns, 20 per request; added cards get the current minimum bid. Returns what changed
            (AuctionAdvertNmsResult per campaign: added, deleted). WB operation: `PATCH
            /adv/v0/auction/nms` (changing_the_list_of_product_cards_in_campaigns_with_custom_bid).
            """

        def set_bids(  # type: ignore[override]
            self,
            bids_kopecks: Mapping[int, Mapping[int, int]] | Sequence[Mapping[str, Any]],
            *,
            placement: str | None = None,
            check_minimum: bool = True,
            max_bid_kopecks: int = MAX_BID_KOPECKS,
        ) -> Awaitable[BidsResult]:
            """Set card bids in kopecks (0.01 rouble): `{advert_id: {nm_id: kopecks}}`, or WB's
            `[{"advert_id", "nm_bids": [{"nm_id", "bid_kopecks", "placement"}]}]`. `placement`
            None: every placement the campaign has (`combined` for a campaign with unified bid,
            `search` and `recommendations` for one with manual bid); or one of them. Campaigns in
            statuses 4, 9 and 11; any number, 50 per request, 50 cards per campaign.

            Refused before any bid is sent: a campaign without bids, a bid that is not a positive
            integer or above `max_bid_kopecks` (our bound: a unit mistake), a bid in roubles (`bid`),
            a placement the campaign's bid type does not take, and (`check_minimum`, the default) a
            bid below the card's minimum WB publishes. A bid counts as applied only when WB's answer
            lists it: any other raises BidsError, an UploadError (`.failed`; `.result`: the bids WB
            did confirm), after every request went out once. Returns the bids WB confirmed.

            WB operations: `PATCH /api/advert/v1/bids` (changing_campaigns_bids), after `GET
            /api/advert/v2/adverts` (bid and payment types) and `POST /api/advert/v1/bids/min` (the
            minimums; skipped with check_minimum=False and an explicit placement). It replaces `PATCH
            /adv/v0/auction/bids` and `/adv/v0/bids`, which WB removed on 2026-02-11.
            """

        def set_custom_bids(  # type: ignore[override]
            self,
            bids: Mapping[int, Sequence[Mapping[str, Any]]] | Sequence[Mapping[str, Any]],
            *,
            check_minimum: bool = True,
        ) -> Awaitable[BidsResult]:
            """Set bids per placement: `{advert_id: [{"nm_id", "bid_kopecks", "placement"}]}` (or WB's
            `[{"advert_id", "nm_bids": [...]}]`), placement "search" / "recommendations" (manual bid)
            or "combined" (unified bid); otherwise as set_bids. WB operation: `PATCH
            /api/advert/v1/bids` (changing_campaigns_bids), the successor of `PATCH
            /adv/v0/auction/bids` (removed by WB on 2026-02-11).
            """

        def check_bids(  # type: ignore[override]
            self,
            bids_kopecks: Mapping[int, Mapping[int, int]]
            | Mapping[int, Sequence[Mapping[str, Any]]]
            | Sequence[Mapping[str, Any]],
            *,
            placement: str | None = None,
            check_minimum: bool = True,
            max_bid_kopecks: int = MAX_BID_KOPECKS,
        ) -> Awaitable[list[dict[str, Any]]]:
            """The requests set_bids / set_custom_bids would send (each the body of a `PATCH
            /api/advert/v1/bids`: {"bids": [{"advert_id", "nm_bids": [{"nm_id", "bid_kopecks",
            "placement"}]}]}), after the same checks, the reads they need included (`GET
            /api/advert/v2/adverts` for the bid types, `POST /api/advert/v1/bids/min` for the
            minimums). No bid is sent: a dry run (`wbseller campaigns bids set --dry-run`). Takes
            set_bids' `{advert_id: {nm_id: kopecks}}` and set_custom_bids' forms alike.
            """

        def min_bids(  # type: ignore[override]
            self,
            advert_id: int,
            nm_ids: Iterable[int],
            *,
            payment_type: str | None = None,
            placements: Sequence[str] = PLACEMENTS,
        ) -> Awaitable[dict[int, dict[str, int]]]:
            """The minimum bids of cards of a campaign in kopecks: {nm_id: {placement: kopecks}}, the
            placements named as set_bids names them ("combined", "search", "recommendations").
            `payment_type` ("cpm", "cpc"): the campaign's (one more request to learn it) when None.
            Any number of cards, 100 per request. WB operation: `POST /api/advert/v1/bids/min`
            (minimum_bids_for_product_cards), after `GET /api/advert/v2/adverts` without
            payment_type; it replaces the categories' minimums of `GET /adv/v0/config`.
            """

        def recommended_bids(  # type: ignore[override]
            self, advert_id: int, nm_id: int
        ) -> Awaitable[RecommendedBidsResponse]:
            """Recommended bids in kopecks for a card of a cpm campaign (`base`: competitive_bid,
            leaders_bid, top_2) and for its search clusters (`norm_queries`: reach_max, reach_medium,
            reach_min, each bid_kopecks and bid_kopecks_min). WB operation: `GET
            /api/advert/v0/bids/recommendations` (recommended_bids_for_items_and_search_clusters).
            """

        def set_placements(  # type: ignore[override]
            self, placements: Mapping[int, Mapping[str, bool]] | Sequence[Mapping[str, Any]]
        ) -> Awaitable[None]:
            """Turn the placements of campaigns with manual bid on or off: `{advert_id: {"search":
            True, "recommendations": False}}` (both required) or WB's `[{"advert_id", "placements":
            {...}}]`. Any number of campaigns, 50 per request. WB operation: `PUT
            /adv/v0/auction/placements` (changing_placements_in_campaigns_with_custom_bid).
            """

        def clusters(  # type: ignore[override]
            self, pairs: Pairs
        ) -> Awaitable[list[ClusterListItem | RawItem]]:
            """The search clusters of cards in campaigns (ClusterListItem: advert_id, nm_id,
            norm_queries with `active`, `excluded` (the minus phrases) and `archived`), for
            `{advert_id: [nm_id, ...]}` or `[(advert_id, nm_id), ...]`; any number, 100 per request.
            WB operation: `POST /adv/v0/normquery/list` (active_and_inactive_search_cluster_lists).
            """

        def cluster_bids(  # type: ignore[override]
            self, pairs: Pairs
        ) -> Awaitable[list[ClusterBid | RawItem]]:
            """The search clusters that have a bid (ClusterBid: advert_id, nm_id, norm_query,
            bid_kopecks, bid in roubles, currency) of cards in campaigns; 100 pairs per request. WB
            operation: `POST /adv/v0/normquery/get-bids` (list_of_search_clusters_bids).
            """

        def set_cluster_bids(  # type: ignore[override]
            self,
            bids_kopecks: Mapping[tuple[int, int], Mapping[str, int]] | Sequence[Mapping[str, Any]],
            *,
            max_bid_kopecks: int = MAX_BID_KOPECKS,
        ) -> Awaitable[list[ClusterBidV1Success | RawItem]]:
            """Set search-cluster bids in kopecks (cpm campaigns with manual bid): `{(advert_id,
            nm_id): {norm_query: kopecks}}` or WB's `[{"advertId", "nmId", "normQuery",
            "bidMinorUnits"}]`; 100 per request. WB answers which it set and which it refused (with a
            reason): a refused or unconfirmed bid raises UploadError (`.failed`, keyed (advert_id,
            nm_id, norm_query)) after every request went out once. Returns WB's `success` items.
            Personal and Service tokens only. WB operation: `POST /api/advert/v1/normquery/bids`
            (set_bids_for_search_clusters_in_account_currency).
            """

        def delete_cluster_bids(  # type: ignore[override]
            self, targets: Mapping[tuple[int, int], Iterable[str]] | Sequence[Mapping[str, Any]]
        ) -> Awaitable[None]:
            """Remove search-cluster bids: `{(advert_id, nm_id): [norm_query, ...]}` or WB's
            `[{"advert_id", "nm_id", "norm_query"}]`; 100 per request. WB operation: `DELETE
            /adv/v0/normquery/bids` (delete_bids_from_search_clusters).
            """

        def minus_phrases(  # type: ignore[override]
            self, pairs: Pairs
        ) -> Awaitable[dict[tuple[int, int], list[str]]]:
            """The minus phrases of cards in campaigns: {(advert_id, nm_id): [phrase, ...]}; 100 pairs
            per request. WB operation: `POST /adv/v0/normquery/get-minus` (list_of_campaign_minus_phrases).
            """

        def set_minus_phrases(  # type: ignore[override]
            self, advert_id: int, nm_id: Any, phrases: Sequence[str] | None = None
        ) -> Awaitable[None]:
            """Replace the minus phrases of a card in a campaign (at most 1000; an empty list removes
            them all). The list replaces the previous one, so a longer list is refused rather than
            split. WB operation: `POST /adv/v0/normquery/set-minus` (setting_and_deleting_minus_phrases),
            the successor of the four minus-phrase methods WB removed (`/adv/v1/search/set-phrase`,
            `set-strong`, `set-excluded`, `/adv/v1/auto/set-excluded`): minus phrases belong to a card
            of a campaign now, hence `nm_id`.
            """

        def iter_full_stats(
            self, advert_ids: Iterable[int], from_: DateLike, to: DateLike
        ) -> AsyncPages[FullStatsCampaign | RawItem]:
            """Full statistics (FullStatsCampaign: totals, `days` with `apps` (platforms) and their
            `nms`, in roubles) of campaigns in statuses 7, 9 and 11 from `from_` to `to`, both
            included. WB answers at most 50 campaigns and 31 days per request: they are asked 50 by
            50, window by window (oldest first), and handed out one campaign-window at a time. WB
            allows 3 requests a minute (burst 1): the client paces them, so a long range takes a
            while. WB operation: `GET /adv/v3/fullstats` (campaigns_statistics).
            """

        def cluster_stats(  # type: ignore[override]
            self, pairs: Pairs, from_: DateLike, to: DateLike
        ) -> Awaitable[list[ClusterStatsItem | RawItem]]:
            """Statistics per search cluster (ClusterStatsItem: advert_id, nm_id, stats[] with
            norm_query, views, clicks, ctr, cpc, cpm, avg_pos, spend...) of cards in campaigns over a
            period; 100 pairs per request. WB operation: `POST /adv/v0/normquery/stats`
            (search_clusters_statistics).
            """

        def cluster_daily_stats(  # type: ignore[override]
            self, pairs: Pairs, from_: DateLike, to: DateLike
        ) -> Awaitable[list[ClusterDailyStatsItem | RawItem]]:
            """Statistics per search cluster and day (ClusterDailyStatsItem: advert_id, nm_id,
            daily_stats[] of {date, stat}) over a period; 100 pairs per request. WB operation: `POST
            /adv/v1/normquery/stats` (daily_search_clusters_statistics).
            """

        def balance(  # type: ignore[override]
            self,
        ) -> Awaitable[BalanceResponse]:
            """The promotion account: `net` (account), `balance` (netting), `bonus`, `currency` and the
            promo bonuses (`cashbacks`: sum, percent, expiration_date). WB operation: `GET
            /adv/v1/balance` (balance).
            """

        def budget(  # type: ignore[override]
            self, advert_id: int
        ) -> Awaitable[BudgetResponse]:
            """A campaign's budget (`total`, `currency`). WB operation: `GET /adv/v1/budget`
            (campaign_budget).
            """

        def deposit(  # type: ignore[override]
            self,
            advert_id: int,
            amount: int,
            *,
            source: int = 1,
            cashback_sum: int | None = None,
            cashback_percent: int | None = None,
        ) -> Awaitable[int | None]:
            """Top up a campaign's budget by `amount` roubles (at least BUDGET_MIN) from a `source`
            (0 account, 1 balance, 3 bonuses). `cashback_sum` of it may come from the promo bonuses
            (sources 0 and 1 only), with `cashback_percent` the balance's cashback percent (see
            balance().cashbacks), at most that percent of `amount`. Returns the campaign's new
            budget total. WB operation: `POST /adv/v1/budget/deposit` (top_up_of_the_campaign_budget).
            """

        def iter_costs(self, from_: DateLike, to: DateLike) -> AsyncPages[CostsHistoryItem | RawItem]:
            """The costs history (CostsHistoryItem: write-offs into campaign budgets) from `from_` to
            `to`, both included (dates, datetimes or "YYYY-MM-DD"; at most MAX_HISTORY_DAYS apart).
            WB answers at most 31 days per request, so a longer range is asked window by window,
            oldest first. WB operation: `GET /adv/v1/upd` (receiving_costs_history).
            """

        def payments(  # type: ignore[override]
            self, from_: DateLike | None = None, to: DateLike | None = None
        ) -> Awaitable[list[PaymentItem | RawItem]]:
            """The top-ups of the promotion account (PaymentItem), optionally from/to a date
            (both included); [] when there are none. WB operation: `GET /adv/v1/payments`
            (receiving_the_history_of_account_top_ups).
            """
