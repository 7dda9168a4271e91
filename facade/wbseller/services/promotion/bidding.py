"""Promotion bidding: setting card bids (checked against WB's minimums and confirmed by WB's
answers), their dry run, minimum and recommended bids, and the placements of campaigns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wbseller_raw.promotion import ops

from ...errors import InvalidRequestError
from ...pagination import batches
from ...plans import Plan, call
from ...validation import check_params, check_value
from .._common import answer
from ._rules import (
    MAX_BID_KOPECKS,
    PAYMENT_TYPES,
    PLACEMENTS,
    PromotionBase,
    _choice,
    _each_batch,
    _ints,
    _per_campaign,
    _unique,
)
from .bids import BidsResult, _bid_items, _bid_requests_plan, _bids_plan, _min_bids_plan
from .campaigns import _campaigns_plan

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import RecommendedBidsResponse


class BiddingOps(PromotionBase):
    """Card bids and campaign placements."""

    def set_bids(
        self,
        bids_kopecks: Mapping[int, Mapping[int, int]] | Sequence[Mapping[str, Any]],
        *,
        placement: str | None = None,
        check_minimum: bool = True,
        max_bid_kopecks: int = MAX_BID_KOPECKS,
    ) -> BidsResult:
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
        /adv/v0/auction/bids` and `/adv/v0/bids`, which WB removed on 2026-02-11."""
        check_value({"type": "integer", "minimum": 1}, max_bid_kopecks, "max_bid_kopecks")
        items = _bid_items(bids_kopecks, placement, max_bid_kopecks)
        if not items:
            return BidsResult((), None)
        return self._runner.run(_bids_plan(items, check_minimum))

    def set_custom_bids(
        self,
        bids: Mapping[int, Sequence[Mapping[str, Any]]] | Sequence[Mapping[str, Any]],
        *,
        check_minimum: bool = True,
    ) -> BidsResult:
        """Set bids per placement: `{advert_id: [{"nm_id", "bid_kopecks", "placement"}]}` (or WB's
        `[{"advert_id", "nm_bids": [...]}]`), placement "search" / "recommendations" (manual bid)
        or "combined" (unified bid); otherwise as set_bids. WB operation: `PATCH
        /api/advert/v1/bids` (changing_campaigns_bids), the successor of `PATCH
        /adv/v0/auction/bids` (removed by WB on 2026-02-11)."""
        items = _bid_items(bids, None, MAX_BID_KOPECKS)
        return self._runner.run(_bids_plan(items, check_minimum)) if items else BidsResult((), None)

    def check_bids(
        self,
        bids_kopecks: Mapping[int, Mapping[int, int]]
        | Mapping[int, Sequence[Mapping[str, Any]]]
        | Sequence[Mapping[str, Any]],
        *,
        placement: str | None = None,
        check_minimum: bool = True,
        max_bid_kopecks: int = MAX_BID_KOPECKS,
    ) -> list[dict[str, Any]]:
        """The requests set_bids / set_custom_bids would send (each the body of a `PATCH
        /api/advert/v1/bids`: {"bids": [{"advert_id", "nm_bids": [{"nm_id", "bid_kopecks",
        "placement"}]}]}), after the same checks, the reads they need included (`GET
        /api/advert/v2/adverts` for the bid types, `POST /api/advert/v1/bids/min` for the
        minimums). No bid is sent: a dry run (`wbseller campaigns bids set --dry-run`). Takes
        set_bids' `{advert_id: {nm_id: kopecks}}` and set_custom_bids' forms alike."""
        check_value({"type": "integer", "minimum": 1}, max_bid_kopecks, "max_bid_kopecks")
        items = _bid_items(bids_kopecks, placement, max_bid_kopecks)
        if not items:
            return []

        def plan() -> Plan[list[dict[str, Any]]]:
            requests = yield from _bid_requests_plan(items, check_minimum)
            return [{"bids": part} for part in requests]

        return self._runner.run(plan())

    def min_bids(
        self,
        advert_id: int,
        nm_ids: Iterable[int],
        *,
        payment_type: str | None = None,
        placements: Sequence[str] = PLACEMENTS,
    ) -> dict[int, dict[str, int]]:
        """The minimum bids of cards of a campaign in kopecks: {nm_id: {placement: kopecks}}, the
        placements named as set_bids names them ("combined", "search", "recommendations").
        `payment_type` ("cpm", "cpc"): the campaign's (one more request to learn it) when None.
        Any number of cards, 100 per request. WB operation: `POST /api/advert/v1/bids/min`
        (minimum_bids_for_product_cards), after `GET /api/advert/v2/adverts` without
        payment_type; it replaces the categories' minimums of `GET /adv/v0/config`."""
        check_value({"type": "integer"}, advert_id, "advert_id")
        nms = _ints(nm_ids, "nm_ids")
        for i, p in enumerate(placements):
            _choice(p, PLACEMENTS, f"placements[{i}]")
        if payment_type is not None:
            _choice(payment_type, PAYMENT_TYPES, "payment_type")
        if not nms:
            return {}

        def plan() -> Plan[dict[int, dict[str, int]]]:
            kind = payment_type
            if kind is None:
                found = yield from _campaigns_plan([advert_id], {})
                if not found:
                    raise InvalidRequestError(
                        f"advert_id: campaign {advert_id} is not among the seller's campaigns",
                        field="advert_id",
                        value=advert_id,
                    )
                kind = found[0].payment_type or "cpm"
            return (yield from _min_bids_plan(advert_id, nms, kind, _unique(placements)))

        return self._runner.run(plan())

    def recommended_bids(self, advert_id: int, nm_id: int) -> RecommendedBidsResponse:
        """Recommended bids in kopecks for a card of a cpm campaign (`base`: competitive_bid,
        leaders_bid, top_2) and for its search clusters (`norm_queries`: reach_max, reach_medium,
        reach_min, each bid_kopecks and bid_kopecks_min). WB operation: `GET
        /api/advert/v0/bids/recommendations` (recommended_bids_for_items_and_search_clusters)."""
        op = ops.RECOMMENDED_BIDS_FOR_ITEMS_AND_SEARCH_CLUSTERS
        check_params(op, {"nmId": nm_id, "advertId": advert_id})
        return self._runner.run(answer(call(op, nm_id=nm_id, advert_id=advert_id)))

    def set_placements(
        self, placements: Mapping[int, Mapping[str, bool]] | Sequence[Mapping[str, Any]]
    ) -> None:
        """Turn the placements of campaigns with manual bid on or off: `{advert_id: {"search":
        True, "recommendations": False}}` (both required) or WB's `[{"advert_id", "placements":
        {...}}]`. Any number of campaigns, 50 per request. WB operation: `PUT
        /adv/v0/auction/placements` (changing_placements_in_campaigns_with_custom_bid)."""
        op = ops.CHANGING_PLACEMENTS_IN_CAMPAIGNS_WITH_CUSTOM_BID
        items = _per_campaign(placements, "placements", dict)
        self._check_items(op, "placements", items)
        parts = list(batches(items, op.max_items("placements")))
        return self._runner.run(_each_batch(op, "placements", parts, None))
