"""Promotion campaigns: their lists and counts, their description (Campaign, from WB's v2
adverts), the account's promotion settings, creating a campaign and the cards it may take."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wbseller_raw.promotion import ops

from ...drift import RawItem
from ...pagination import Pages, PageState, batches
from ...plans import Emit, Plan, Request, call
from ...validation import check_body, check_value
from .._common import answer, as_int, attr, csv_max
from .._common import present as _present
from ._rules import (
    PAYMENT_TYPES,
    STATUSES,
    PromotionBase,
    _call,
    _choice,
    _ints,
    _joined,
    _list,
    _models,
    _unique,
)

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import (
        AdvertConfigV1,
        AdvertV2,
        CampaignsListsResponse,
        SupplierNm,
        SupplierSubject,
    )


@dataclass(frozen=True)
class CampaignNm:
    """A product card of a campaign with its bids in kopecks (0 where WB shows none)."""

    nm_id: int
    search_kopecks: int | None
    recommendations_kopecks: int | None
    subject_id: int | None
    subject_name: str | None


@dataclass(frozen=True)
class Campaign:
    """A campaign as `GET /api/advert/v2/adverts` describes it. `advert_id` is WB's `id` (the name
    every other promotion result uses); `model` is WB's answer as parsed (an AdvertV2, or a
    RawItem when it deviated from the spec)."""

    advert_id: int
    name: str | None
    status: int | None
    bid_type: str | None  # "unified" (one bid for every placement) or "manual"
    payment_type: str | None  # "cpm" or "cpc"
    placements: dict[str, bool]
    nms: list[CampaignNm]
    currency: str | None
    can_change_nms: bool | None
    created: str | None
    updated: str | None
    started: str | None
    model: AdvertV2 | RawItem

    @classmethod
    def from_model(cls, m: AdvertV2 | RawItem) -> Campaign:
        settings, stamps = attr(m, "settings"), attr(m, "timestamps")
        placements = attr(settings, "placements")
        nms = [
            CampaignNm(
                as_int(attr(n, "nm_id")) or 0,
                as_int(attr(attr(n, "bids_kopecks"), "search")),
                as_int(attr(attr(n, "bids_kopecks"), "recommendations")),
                as_int(attr(attr(n, "subject"), "id")),
                attr(attr(n, "subject"), "name"),
            )
            for n in attr(m, "nm_settings") or []
        ]
        return cls(
            advert_id=as_int(attr(m, "id")) or 0,
            name=attr(settings, "name"),
            status=as_int(attr(m, "status")),
            bid_type=attr(m, "bid_type"),
            payment_type=attr(settings, "payment_type"),
            placements={
                k: bool(attr(placements, k))
                for k in ("search", "recommendations")
                if attr(placements, k) is not None
            },
            nms=nms,
            currency=attr(m, "currency"),
            can_change_nms=attr(attr(m, "restrictions"), "can_change_nms"),
            created=attr(stamps, "created"),
            updated=attr(stamps, "updated"),
            started=attr(stamps, "started"),
            model=m,
        )


def _campaigns_plan(ids: list[int] | None, params: dict[str, Any]) -> Plan[list[Campaign]]:
    """GET /api/advert/v2/adverts: all campaigns (ids None) or these, 50 per request (x-wb-csv)."""
    op = ops.CAMPAIGNS_INFORMATION_V2
    calls = (
        [call(op, **params)]
        if ids is None
        else [call(op, **params, ids=_joined(part)) for part in batches(ids, csv_max(op, "ids"))]
    )
    out: list[Campaign] = []
    for effect in calls:
        r = yield from effect
        out.extend(Campaign.from_model(m) for m in _list(getattr(r.parsed, "adverts", None)))
    return out


class CampaignsOps(PromotionBase):
    """Campaigns: listing, describing, creating."""

    def campaign_counts(self) -> CampaignsListsResponse:
        """The campaign lists grouped by type and status (`adverts[]`: type, status, count,
        advert_list of {advertId, changeTime}) and the total (`all`). WB operation: `GET
        /adv/v1/promotion/count` (campaigns_lists)."""
        return self._runner.run(answer(call(ops.CAMPAIGNS_LISTS)))

    def iter_campaign_ids(self, status: int | None = None, type: int | None = None) -> Pages[int]:
        """The advertId of every campaign, optionally only those in one status and/or of one type
        (8 the legacy standard bid, 9 unified or manual bid), from the campaign lists (one
        request). WB operation: `GET /adv/v1/promotion/count` (campaigns_lists)."""
        if type is not None:
            check_value({"type": "integer"}, type, "type")
        if status is not None:
            _choice(status, STATUSES, "status")

        def plan(state: PageState) -> Plan[None]:
            r = yield from call(ops.CAMPAIGNS_LISTS)
            state.pages += 1
            for group in _list(getattr(r.parsed, "adverts", None)):
                if (status is None or _present(group.status) == status) and (
                    type is None or _present(group.type_) == type
                ):
                    for item in _list(group.advert_list):
                        state.items += 1
                        yield Emit(int(item.advert_id))

        return Pages(self._runner, plan)

    def campaigns(
        self,
        ids: Iterable[int] | None = None,
        *,
        statuses: Iterable[int] | None = None,
        payment_type: str | None = None,
    ) -> list[Campaign]:
        """Campaigns (Campaign: advert_id, name, status, bid_type, payment_type, placements, nms
        with their bids in kopecks, timestamps), all of them or those in `ids` (any number: WB
        takes 50 per request), optionally only in `statuses` and of `payment_type` ("cpm",
        "cpc"). WB operation: `GET /api/advert/v2/adverts` (campaigns_information_v2), the
        successor of `POST /adv/v1/promotion/adverts` and `GET /adv/v0/auction/adverts`, which WB
        removed on 2026-02-11."""
        id_list = None if ids is None else _ints(ids, "ids")
        params: dict[str, Any] = {}
        if statuses is not None:
            status_list = _unique(statuses)
            for i, s in enumerate(status_list):
                _choice(s, STATUSES, f"statuses[{i}]")
            if status_list:
                params["statuses"] = _joined(status_list)
        if payment_type is not None:
            _choice(payment_type, PAYMENT_TYPES, "payment_type")
            params["payment_type"] = payment_type
        if id_list == []:
            return []
        return self._runner.run(_campaigns_plan(id_list, params))

    def custom_bid_campaigns(
        self,
        ids: Iterable[int] | None = None,
        statuses: Iterable[int] | None = None,
        payment_type: str | None = None,
    ) -> list[Campaign]:
        """The same as campaigns(): every current campaign has unified or manual ("custom") bid.
        WB operation: `GET /api/advert/v2/adverts`, the successor of `GET /adv/v0/auction/adverts`
        (removed by WB on 2026-02-11)."""
        return self.campaigns(ids, statuses=statuses, payment_type=payment_type)

    def config(self) -> AdvertConfigV1:
        """The promotion account's currency (`currency`, `currency_code`), the allowed steps of
        search-cluster bids (`cpm_step`, `cpc_step`) and the minimum top-up (`min_top_up`).
        Personal and Service tokens only. WB operation: `GET /api/advert/v1/config`
        (promotional_configuration_values_v1), the successor of `GET /adv/v0/config`."""
        return self._runner.run(answer(call(ops.PROMOTIONAL_CONFIGURATION_VALUES_V1)))

    # --- campaign creation ------------------------------------------------------------------------
    def create_campaign(
        self,
        name: str,
        nms: Sequence[int],
        *,
        bid_type: str | None = None,
        payment_type: str | None = None,
        placement_types: Sequence[str] | None = None,
    ) -> int | None:
        """Create a campaign from product cards (at most 50; see `campaign_nms`): `name`,
        `bid_type` "manual" (WB's default) or "unified", `payment_type` "cpm" (default) or "cpc",
        `placement_types` of "search" (default), "recommendations". Returns the new campaign's ID.
        Not repeated on a failure that may have reached WB (a second campaign would appear).
        WB operation: `POST /adv/v2/seacat/save-ad` (create_campaign_with_custom_bid)."""
        op = ops.CREATE_CAMPAIGN_WITH_CUSTOM_BID
        body: dict[str, Any] = {"name": name, "nms": list(nms)}
        for key, value in (
            ("bid_type", bid_type),
            ("payment_type", payment_type),
            ("placement_types", None if placement_types is None else list(placement_types)),
        ):
            if value is not None:
                body[key] = value
        check_body(op, body)
        return self._runner.run(_call(call(op, body=body), lambda r: as_int(r.parsed)))

    def campaign_subjects(self, payment_type: str | None = None) -> list[SupplierSubject]:
        """The subjects whose product cards campaigns may take (SupplierSubject: id, name, count),
        for campaigns paid per `payment_type` ("cpm", WB's default, or "cpc"); an empty list when
        WB answers null. WB operation: `GET /adv/v1/supplier/subjects` (subjects_for_campaigns)."""
        params: dict[str, Any] = {}
        if payment_type is not None:
            _choice(payment_type, PAYMENT_TYPES, "payment_type")
            params["params"] = {"payment_type": payment_type}
        op = ops.SUBJECTS_FOR_CAMPAIGNS
        request = Request(op.spec, "GET", op.path, params)
        return self._runner.run(_call(request, lambda r: _models(r, "SupplierSubject")))

    def campaign_nms(self, subject_ids: Sequence[int]) -> list[SupplierNm]:
        """The product cards campaigns may take, of the given subjects (SupplierNm: nm, title,
        subjectId); an empty list when WB answers null. WB operation: `POST /adv/v2/supplier/nms`
        (product_cards_for_campaigns)."""
        body = _ints(subject_ids, "subject_ids")
        op = ops.PRODUCT_CARDS_FOR_CAMPAIGNS
        request = Request(op.spec, "POST", op.path, {"json": body})
        return self._runner.run(_call(request, lambda r: _models(r, "SupplierNm")))
