"""Promotion (advert-api): campaigns, their status actions, bids and placements, search phrases,
product cards and finances.

for advert_id in wb.promotion.iter_campaign_ids(status=9):
    ...
campaigns = wb.promotion.campaigns(ids)             # any number of IDs, 50 per request
wb.promotion.pause(advert_id)
wb.promotion.set_bids({advert_id: {nm_id: 250}})    # 50 campaigns per request
for cost in wb.promotion.iter_costs(date(2024, 1, 1), date(2024, 6, 30)):   # 31-day windows
    ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from wbseller_raw.promotion import models as promotion_models

from .. import timestamps
from ..drift import RawItem
from ..errors import InvalidRequestError
from ..operations import operation
from ..pagination import Pages, PageState, batches
from ..plans import Call, Emit, Plan, Request, SyncRunner
from ..validation import (
    _op,
    _resolve,
    check_body,
    check_params,
    check_value,
    max_items,
    param_schema,
    schema_at,
)
from ._common import present as _present

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import (
        AuctionAdvert,
        AuctionAdvertBids,
        AuctionAdvertNmsResult,
        BalanceResponse,
        BudgetResponse,
        Campaign,
        CampaignsListsResponse,
        CostsHistoryItem,
        PaymentItem,
        SupplierNm,
        SupplierSubject,
    )

SPEC = "promotion"
T = TypeVar("T")
# /adv/v1/upd: WB's reference bounds the interval of one request ("minimum 1 day, maximum 31");
# the sentence is lost in promotion.txt's dump and the spec has no keyword for it.
COSTS_MAX_DAYS = 31
# The minimum campaign budget: `budget_min` = 1000 in the docs' sample of the promotional
# configuration values (promotion.txt: "Минимальный бюджет кампании"); a smaller top-up is refused.
BUDGET_MIN = 1000
# kind -> (operation, body key) of the minus-phrase lists
MINUS_PHRASES: dict[str, tuple[str, str]] = {
    "phrase": ("setting_removing_minus_phrases_of_phrase_matching", "phrase"),
    "exact": ("setting_removing_minus_of_exact_match_phrases", "strong"),
    "search": ("setting_removing_minus_phrases_from_search", "excluded"),
    "auto": ("setting_removing_minus_phrases_for_campaigns_with_standard_bid", "excluded"),
}
_ORDER_FIELDS = {"create": "create_time", "change": "change_time"}

DateLike = date | datetime | str


# --- small helpers ------------------------------------------------------------------------------


def _list(value: Any) -> list[Any]:
    """A parsed list answer; [] for 204 (no body) or an absent field."""
    value = _present(value)
    return list(value) if isinstance(value, list) else []


def _unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


def _csv(operation_id: str, name: str) -> dict[str, Any]:
    """The x-wb-csv bounds (item type, minItems, maxItems) of a comma-joined query parameter."""
    spec, op = _op(SPEC, operation_id)
    for p in op.get("parameters", []):
        p = _resolve(spec, p)
        if p["name"] == name:
            return dict(p.get("x-wb-csv") or {})
    raise LookupError(f"{SPEC}.{operation_id} has no parameter {name}")


def _joined(values: Sequence[int]) -> str:
    return ",".join(str(v) for v in values)


def _check_each(schema: dict[str, Any], values: Sequence[Any], field: str) -> None:
    for i, value in enumerate(values):
        check_value(schema, value, f"{field}[{i}]", SPEC)


def _no_repeats(items: Sequence[Mapping[str, Any]], field: str) -> None:
    """WB refuses a campaign ID repeated in one request; across split requests a repeat would
    be applied twice, in an order the caller does not control: refuse it here."""
    seen: set[Any] = set()
    for i, item in enumerate(items):
        advert_id = item.get("advert_id")
        if advert_id in seen:
            raise InvalidRequestError(
                f"{field}[{i}].advert_id: {advert_id} appears twice (a campaign may appear once)",
                field=f"{field}[{i}].advert_id",
                value=advert_id,
                limit="unique",
            )
        seen.add(advert_id)


def _per_campaign(
    value: Mapping[int, Any] | Sequence[Mapping[str, Any]],
    key: str,
    inner: Callable[[Any], Any] = lambda v: v,
) -> list[dict[str, Any]]:
    """{advert_id: x} -> [{"advert_id": advert_id, key: inner(x)}]; WB-shaped lists pass as they are."""
    if isinstance(value, Mapping):
        return [{"advert_id": advert_id, key: inner(v)} for advert_id, v in value.items()]
    return [dict(item) for item in value]


def _day(value: DateLike, field: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidRequestError(
            f"{field}: {value!r} is not a date (YYYY-MM-DD)", field=field, value=value, limit="date"
        ) from None


def _interval(from_: DateLike | None, to: DateLike | None) -> tuple[date | None, date | None]:
    start = None if from_ is None else _day(from_, "from")
    end = None if to is None else _day(to, "to")
    if start is not None and end is not None and start > end:
        raise InvalidRequestError(f"from: {start} is after to: {end}", field="from", value=start, limit=end)
    return start, end


def windows(start: date, end: date, days: int = COSTS_MAX_DAYS) -> list[tuple[date, date]]:
    """[start, end] (both included) cut into consecutive intervals of at most `days` days."""
    out = []
    while start <= end:
        last = min(end, start + timedelta(days=days - 1))
        out.append((start, last))
        start = last + timedelta(days=1)
    return out


@overload
def _call(call: Call | Request) -> Plan[None]: ...
@overload
def _call(call: Call | Request, result: Callable[[Any], T]) -> Plan[T]: ...
def _call(call: Call | Request, result: Callable[[Any], Any] = lambda r: None) -> Plan[Any]:
    response = yield call
    return result(response)


@overload
def _each_batch(operation_id: str, key: str, parts: list[list[Any]], answer: None) -> Plan[None]: ...
@overload
def _each_batch(operation_id: str, key: str, parts: list[list[Any]], answer: str) -> Plan[list[Any]]: ...
def _each_batch(operation_id: str, key: str, parts: list[list[Any]], answer: str | None) -> Plan[Any]:
    """Send one request per batch; with `answer`, gather that list field of every answer."""
    out: list[Any] = []
    for part in parts:
        r = yield Call(SPEC, operation_id, body={key: part})
        if answer is not None:
            out.extend(_list(getattr(r.parsed, answer, None)))
    return out if answer is not None else None


def _models(response: Any, model: str) -> list[Any]:
    """A top-level JSON list as generated models; WB's `null` for none as []. Read here, not by
    the generated parser: its None for a null answer would count as a malformed answer."""
    cls = getattr(promotion_models, model)  # each model's module is loaded on first use
    return [cls.from_dict(item) for item in response.json() or []]


def _combined(nm_bid: Mapping[str, Any]) -> dict[str, Any]:
    """An /adv/v0/bids card bid ({nm, bid}) as its successor takes it ({nm_id, bid, placement}):
    one bid for every placement is placement "combined"."""
    out = dict(nm_bid)
    if "nm" in out and "nm_id" not in out:
        out["nm_id"] = out.pop("nm")
    out.setdefault("placement", "combined")
    return out


def _advert_id(text: Any) -> int | None:
    """The new campaign's ID from save-ad's text answer (None when WB sends none)."""
    value = str(_present(text) or "").strip()
    return int(value) if value.isdigit() else None


def _sorted(campaigns: list[Any], order: str, direction: str) -> list[Any]:
    """Campaigns from several requests sorted as WB sorts one answer (those without the sort
    field last)."""
    field = _ORDER_FIELDS.get(order)

    def value(c: Any) -> Any:
        return _present(c.advert_id) if field is None else timestamps.parse(_present(getattr(c, field)))

    keyed = [(value(c), c) for c in campaigns]
    known = sorted(
        (kc for kc in keyed if kc[0] is not None), key=lambda kc: kc[0], reverse=direction == "desc"
    )
    return [c for _, c in known] + [c for v, c in keyed if v is None]


class PromotionOps:
    """Promotion operations shared by the sync and async promotion services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    # --- campaigns ------------------------------------------------------------------------------
    def campaign_counts(self) -> CampaignsListsResponse:
        """The campaign lists grouped by type and status (`adverts[]`: type, status, count,
        advert_list of {advertId, changeTime}) and the total (`all`)."""
        return cast(
            "CampaignsListsResponse",
            self._runner.run(_call(Call(SPEC, "campaigns_lists"), lambda r: r.parsed)),
        )

    def iter_campaign_ids(self, status: int | None = None, type: int | None = None) -> Pages[int]:
        """The advertId of every campaign (of any type, custom bid included), optionally only those
        in one status and/or of one type, from the campaign lists (one request)."""
        if type is not None:
            check_value({"type": "integer"}, type, "type")
        if status is not None:
            check_value(param_schema(SPEC, "campaigns_information", "status"), status, "status", SPEC)

        def plan(state: PageState) -> Plan[None]:
            r = yield Call(SPEC, "campaigns_lists")
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
        ids: Sequence[int],
        *,
        status: int | None = None,
        type: int | None = None,
        order: str = "change",
        direction: str | None = None,
    ) -> list[Campaign | RawItem]:
        """Information about the campaigns `ids` (any number: WB takes 50 per request), as one list
        of Campaign. `status`/`type` narrow the result further. WB sorts by `order` within each
        request; with `direction` ("asc"/"desc") the whole list is sorted that way. Campaigns with
        custom bid are not here: see custom_bid_campaigns.

        WB deprecated `POST /adv/v1/promotion/adverts` on 2026-01-29 (promotion-deprecated-2026-01-29;
        a DeprecationWarning once per process); no replacement is in the specs yet."""
        op = "campaigns_information"
        check_params(SPEC, op, {"status": status, "type": type, "order": order, "direction": direction})
        ids = _unique(ids)
        _check_each(schema_at(SPEC, op)["items"], ids, "ids")
        params: dict[str, Any] = {"order": order}
        for name, value in (("status", status), ("type_", type), ("direction", direction)):
            if value is not None:
                params[name] = value
        parts = list(batches(ids, max_items(SPEC, op)))

        def plan() -> Plan[list[Any]]:
            out: list[Any] = []
            for part in parts:
                r = yield Call(SPEC, op, params, body=part)
                out.extend(_list(r.parsed))  # 204: none of these matched
            if direction is not None and len(parts) > 1:
                out = _sorted(out, order, direction)
            return out

        return self._runner.run(plan())

    def custom_bid_campaigns(
        self,
        ids: Sequence[int] | None = None,
        statuses: Sequence[int] | None = None,
        payment_type: str | None = None,
    ) -> list[AuctionAdvert | RawItem]:
        """Information about campaigns with custom bid (AuctionAdvert), as one list: those in `ids`
        (any number: WB takes 50 per request), or all when `ids` is None; optionally only in
        `statuses` and of `payment_type` ("cpm"/"cpc"). IDs and statuses go comma-joined
        (`statuses=9,11`), as WB's schema serializes them (auction-adverts-csv).

        WB deprecated `GET /adv/v0/auction/adverts` on 2026-01-29 (promotion-deprecated-2026-01-29;
        a DeprecationWarning once per process); no replacement is in the specs yet."""
        op = "custom_bid_campaigns_information"
        status_list = None if statuses is None else _unique(statuses)
        check_params(SPEC, op, {"payment_type": payment_type, "statuses": status_list})
        if status_list is not None:  # the documented statuses (the csv declares only integers)
            _check_each(param_schema(SPEC, "campaigns_information", "status"), status_list, "statuses")
        bounds = _csv(op, "ids")
        id_list = None if ids is None else _unique(ids)
        if id_list is not None:
            _check_each({"type": bounds.get("type", "integer")}, id_list, "ids")
        params: dict[str, Any] = {} if payment_type is None else {"payment_type": payment_type}
        if status_list is not None:
            params["statuses"] = _joined(status_list)
        if id_list is None:
            calls = [Call(SPEC, op, params)]
        else:  # the ids go comma-joined in the query, at most the csv's maxItems per request
            calls = [
                Call(SPEC, op, {**params, "ids": _joined(part)})
                for part in batches(id_list, int(bounds["maxItems"]))
            ]

        def plan() -> Plan[list[Any]]:
            out: list[Any] = []
            for call in calls:
                r = yield call
                out.extend(_list(getattr(r.parsed, "adverts", None)))  # {"adverts": [...]} now
            return out

        return self._runner.run(plan())

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
        """Create a campaign with custom bid from product cards (at most 50; see `campaign_nms`);
        `name` is required, `bid_type` "manual" or "unified", `payment_type` "cpm" or "cpc",
        `placement_types` of "search", "recommendations". Returns the new campaign's ID. Not
        repeated on a failure that may have reached WB (a second campaign would appear)."""
        op = "create_campaign_with_custom_bid"
        body: dict[str, Any] = {"name": name, "nms": list(nms)}
        for key, value in (
            ("bid_type", bid_type),
            ("payment_type", payment_type),
            ("placement_types", None if placement_types is None else list(placement_types)),
        ):
            if value is not None:
                body[key] = value
        check_body(SPEC, op, body)
        return self._runner.run(_call(Call(SPEC, op, body=body), lambda r: _advert_id(r.parsed)))

    def campaign_subjects(self) -> list[SupplierSubject]:
        """The subjects whose product cards campaigns may take (SupplierSubject: id, name, count);
        an empty list when WB answers null (it does, for none)."""
        request = Request(SPEC, "GET", operation(SPEC, "subjects_for_campaigns").path)
        return self._runner.run(_call(request, lambda r: _models(r, "SupplierSubject")))

    def campaign_nms(self, subject_ids: Sequence[int]) -> list[SupplierNm]:
        """The product cards campaigns may take, of the given subjects (SupplierNm: nm, title,
        subjectId); an empty list when WB answers null."""
        body = _unique(subject_ids)
        _check_each({"type": "integer"}, body, "subject_ids")
        request = Request(SPEC, "POST", operation(SPEC, "product_cards_for_campaigns").path, {"json": body})
        return self._runner.run(_call(request, lambda r: _models(r, "SupplierNm")))

    # --- campaign management (WB's GETs that act: never repeated, refused for read-only tokens) ----
    def start(self, advert_id: int) -> None:
        """Launch a campaign in status 4 (ready to launch) or 11 (paused): it goes to 9 (active).
        It needs product cards and a budget. WB applies status changes within a minute."""
        return self._act("launch_campaign", advert_id)

    def pause(self, advert_id: int) -> None:
        """Pause a campaign in status 9 (active): it goes to 11 (paused)."""
        return self._act("pause_campaign", advert_id)

    def stop(self, advert_id: int) -> None:
        """Finish a campaign in status 4, 9 or 11: it goes to 7 (finished), for good."""
        return self._act("stop_campaign", advert_id)

    def delete(self, advert_id: int) -> None:
        """Delete a campaign in status 4 (ready to launch): status -1 for 3 to 10 minutes, then gone."""
        return self._act("delete_campaign", advert_id)

    def rename(self, advert_id: int, name: str) -> None:
        """Rename a campaign (the new name at most 100 characters, as the spec says)."""
        body = {"advertId": advert_id, "name": name}
        check_body(SPEC, "rename_campaign", body)
        if isinstance(name, str) and not name.strip():  # the spec gives a maximum only
            raise InvalidRequestError("body.name: must not be empty", field="body.name", value=name, limit=1)
        return self._runner.run(_call(Call(SPEC, "rename_campaign", body=body)))

    def _act(self, operation_id: str, advert_id: int) -> None:
        check_params(SPEC, operation_id, {"id": advert_id})
        return self._runner.run(_call(Call(SPEC, operation_id, {"id": advert_id})))

    # --- bids and placements ----------------------------------------------------------------------
    def set_bids(self, bids: Mapping[int, Mapping[int, int]] | Sequence[Mapping[str, Any]]) -> None:
        """Set one bid per product card, for every placement, in campaigns with custom bid
        (statuses 4, 9, 11): `{advert_id: {nm_id: bid}}`, or `[{"advert_id", "nm_bids": [{"nm",
        "bid"}]}]` as /adv/v0/bids took it. Any number of campaigns, 50 per request; each campaign
        once. The minimum bids are in the promotional configuration values. A refused request
        raises; the requests before it stay applied.

        Replaced call: WB deprecated `PATCH /adv/v0/bids` on 2026-01-29 (promotion-deprecated-
        2026-01-29); this sends its successor `PATCH /adv/v0/auction/bids` (see set_custom_bids),
        each card with placement "combined". Campaigns with standard bid are not served by it
        (WB retired them); the old call stays in `promotion.raw` (`changing_bids`)."""
        op = "changing_bids_in_campaigns_with_custom_bid"
        items = _per_campaign(bids, "nm_bids", lambda v: [{"nm": nm, "bid": b} for nm, b in v.items()])
        for item in items:
            if isinstance(item.get("nm_bids"), list):
                item["nm_bids"] = [_combined(nb) for nb in item["nm_bids"]]
        self._check_items(op, "bids", items)
        _positive_bids(items)
        parts = list(batches(items, max_items(SPEC, op, "bids")))
        return self._runner.run(_each_batch(op, "bids", parts, None))

    def set_custom_bids(
        self, bids: Mapping[int, Sequence[Mapping[str, Any]]] | Sequence[Mapping[str, Any]]
    ) -> list[AuctionAdvertBids | RawItem]:
        """Change the bids per placement in campaigns with custom bid (statuses 4, 9, 11):
        `{advert_id: [{"nm_id", "bid", "placement"}]}` or WB's `[{"advert_id", "nm_bids": [...]}]`;
        placement is "search", "recommendations" or "combined" (the spec's enum, checked with
        the required fields before sending). Any number of campaigns, 50 per request.
        Returns the bids set (AuctionAdvertBids per campaign)."""
        op = "changing_bids_in_campaigns_with_custom_bid"
        items = _per_campaign(bids, "nm_bids", list)
        self._check_items(op, "bids", items)
        parts = list(batches(items, max_items(SPEC, op, "bids")))
        return self._runner.run(_each_batch(op, "bids", parts, "bids"))

    def set_placements(
        self, placements: Mapping[int, Mapping[str, bool]] | Sequence[Mapping[str, Any]]
    ) -> None:
        """Turn the placements of campaigns with custom bid on or off: `{advert_id: {"search": True,
        "recommendations": False}}` or WB's `[{"advert_id", "placements": {...}}]`. Any number of
        campaigns, 50 per request."""
        op = "changing_placements_in_campaigns_with_custom_bid"
        items = _per_campaign(placements, "placements", dict)
        self._check_items(op, "placements", items)
        parts = list(batches(items, max_items(SPEC, op, "placements")))
        return self._runner.run(_each_batch(op, "placements", parts, None))

    def _check_items(self, op: str, key: str, items: list[dict[str, Any]]) -> None:
        _check_each(schema_at(SPEC, op, f"{key}.[]"), items, key)
        _no_repeats(items, key)

    # --- search phrases -------------------------------------------------------------------------
    def set_fixed_phrases(self, advert_id: int, phrases: Sequence[str]) -> list[str]:
        """Replace the fixed phrases of a campaign with custom bid (at most 100); an empty list
        removes them all and turns them off. Returns the phrases set.

        WB deprecated `POST /adv/v1/search/set-plus` on 2026-01-29 (promotion-deprecated-2026-01-29;
        a DeprecationWarning once per process); nothing replaces it: fixed phrases are gone."""
        op = "setting_deleting_fixed_phrases"
        body = {"pluse": list(phrases)}
        _check_phrases(op, "pluse", body["pluse"], advert_id)
        return self._runner.run(
            _call(Call(SPEC, op, {"id": advert_id}, body=body), lambda r: _list(r.parsed))
        )

    def set_fixed_phrases_active(self, advert_id: int, active: bool) -> None:
        """Turn the fixed phrases of a campaign with custom bid on or off.

        WB deprecated `GET /adv/v1/search/set-plus` on 2026-01-29 (promotion-deprecated-2026-01-29;
        a DeprecationWarning once per process); nothing replaces it: fixed phrases are gone."""
        op = "managing_the_activity_of_fixed_phrases"
        check_params(SPEC, op, {"id": advert_id, "fixed": active})
        return self._runner.run(_call(Call(SPEC, op, {"id": advert_id, "fixed": active})))

    def set_minus_phrases(self, advert_id: int, phrases: Sequence[str], *, kind: str = "phrase") -> None:
        """Replace a campaign's minus-phrases of one kind (at most 1000 per campaign; an empty list
        removes them all): "phrase" (phrase match), "exact" (exact match), "search" (from search) —
        campaigns with custom bid — or "auto" (campaigns with standard bid). The list replaces the
        previous one, so a longer list is refused rather than split.

        Every kind calls an operation WB retired (a DeprecationWarning once per process), none with
        a replacement in the specs: "phrase" and "exact" (`/adv/v1/search/set-phrase`, `set-strong`)
        are absent since mid-2025 (promotion-absent-mid-2025); "search" and "auto"
        (`/adv/v1/search/set-excluded`, `/adv/v1/auto/set-excluded`) are taken as deprecated since
        2026-01-29 by inference (promotion-retired-inferred)."""
        if kind not in MINUS_PHRASES:
            raise InvalidRequestError(
                f"kind: {kind!r} is not one of {sorted(MINUS_PHRASES)}",
                field="kind",
                value=kind,
                limit=sorted(MINUS_PHRASES),
            )
        op, key = MINUS_PHRASES[kind]
        body = {key: list(phrases)}
        _check_phrases(op, key, body[key], advert_id)
        return self._runner.run(_call(Call(SPEC, op, {"id": advert_id}, body=body)))

    # --- product cards ----------------------------------------------------------------------------
    def addable_nms(self, advert_id: int) -> list[int]:
        """The product cards (nmIDs) that can be added to a campaign with standard bid.

        `GET /adv/v1/auto/getnmtoadd` is taken as deprecated since 2026-01-29 by inference
        (promotion-retired-inferred; a DeprecationWarning once per process): campaigns with
        standard bid are retired. campaign_nms lists the cards campaigns may take."""
        op = "list_of_product_cards_for_campaign_with_standard_bid"
        check_params(SPEC, op, {"id": advert_id})
        return self._runner.run(_call(Call(SPEC, op, {"id": advert_id}), lambda r: _list(r.parsed)))

    def change_nms(self, advert_id: int, *, add: Sequence[int] = (), delete: Sequence[int] = ()) -> None:
        """Add and remove product cards of a campaign with standard bid (WB's updatenm). WB keeps
        at least one card, and answers 200 even when nothing changed (e.g. a card that cannot be
        added): check with campaigns() if it matters.

        WB deprecated `POST /adv/v1/auto/updatenm` on 2026-01-29 (promotion-deprecated-2026-01-29;
        a DeprecationWarning once per process); for campaigns with custom bid the current call is
        change_auction_nms (`PATCH /adv/v0/auction/nms`)."""
        op = "changing_the_list_of_product_cards_in_an_campaign_with_standard_bid"
        check_params(SPEC, op, {"id": advert_id})
        body = {"add": _unique(add), "delete": _unique(delete)}
        check_body(SPEC, op, body)
        return self._runner.run(_call(Call(SPEC, op, {"id": advert_id}, body=body)))

    def change_auction_nms(
        self, changes: Mapping[int, Mapping[str, Sequence[int]]] | Sequence[Mapping[str, Any]]
    ) -> list[AuctionAdvertNmsResult | RawItem]:
        """Add and remove product cards of campaigns with custom bid (statuses 4, 9, 11):
        `{advert_id: {"add": [nm, ...], "delete": [nm, ...]}}` or WB's `[{"advert_id", "nms": {...}}]`.
        Any number of campaigns, 20 per request; added cards get the current minimum bid.
        Returns what changed (AuctionAdvertNmsResult per campaign: added, deleted)."""
        op = "changing_the_list_of_product_cards_in_campaigns_with_custom_bid"
        items = _per_campaign(changes, "nms", lambda v: {k: list(nms) for k, nms in v.items()})
        self._check_items(op, "nms", items)
        parts = list(batches(items, max_items(SPEC, op, "nms")))
        return self._runner.run(_each_batch(op, "nms", parts, "nms"))

    # --- finances -------------------------------------------------------------------------------
    def balance(self) -> BalanceResponse:
        """The promotion account: `net` (account), `balance` (netting) and `bonus`."""
        return cast("BalanceResponse", self._runner.run(_call(Call(SPEC, "balance"), lambda r: r.parsed)))

    def budget(self, advert_id: int) -> BudgetResponse:
        """A campaign's budget (cash, netting, total)."""
        check_params(SPEC, "campaign_budget", {"id": advert_id})
        call = Call(SPEC, "campaign_budget", {"id": advert_id})
        return cast("BudgetResponse", self._runner.run(_call(call, lambda r: r.parsed)))

    def deposit(self, advert_id: int, amount: int, *, source: int = 1) -> int | None:
        """Top up a campaign's budget by `amount` (at least BUDGET_MIN, the docs' minimum budget)
        from a source `type` (the docs' sample: 1; the emulator knows 0 account, 1 balance,
        3 bonuses). Returns the campaign's new budget total."""
        op = "top_up_of_the_campaign_budget"
        check_params(SPEC, op, {"id": advert_id})
        body = {"sum": amount, "type": source, "return": True}
        check_body(SPEC, op, body)
        if amount < BUDGET_MIN:
            raise InvalidRequestError(
                f"sum: {amount} is below the minimum budget {BUDGET_MIN}",
                field="sum",
                value=amount,
                limit=BUDGET_MIN,
            )
        return cast(
            "int | None",
            self._runner.run(
                _call(
                    Call(SPEC, op, {"id": advert_id}, body=body),
                    lambda r: _present(getattr(r.parsed, "total", None)),
                )
            ),
        )

    def iter_costs(self, from_: DateLike, to: DateLike) -> Pages[CostsHistoryItem | RawItem]:
        """The costs history (CostsHistoryItem: write-offs into campaign budgets) from `from_` to
        `to`, both included (dates, datetimes or "YYYY-MM-DD"). WB answers at most 31 days per
        request, so a longer range is asked window by window, oldest first."""
        start, end = _interval(from_, to)
        assert start is not None and end is not None  # both are required
        parts = windows(start, end)

        def plan(state: PageState) -> Plan[None]:
            for first, last in parts:
                r = yield Call(SPEC, "receiving_costs_history", {"from_": first, "to": last})
                state.pages += 1
                for item in _list(r.parsed):
                    state.items += 1
                    yield Emit(item)

        return Pages(self._runner, plan)

    def payments(
        self, from_: DateLike | None = None, to: DateLike | None = None
    ) -> list[PaymentItem | RawItem]:
        """The top-ups of the promotion account (PaymentItem), optionally from/to a date
        (both included); [] when there are none."""
        start, end = _interval(from_, to)
        params = {k: v for k, v in (("from_", start), ("to", end)) if v is not None}
        call = Call(SPEC, "receiving_the_history_of_account_top_ups", params)
        return self._runner.run(_call(call, lambda r: _list(r.parsed)))


def _check_phrases(op: str, key: str, phrases: list[str], advert_id: int) -> None:
    """A phrase list replaces the campaign's previous one: more than WB's maximum cannot be sent
    in parts (each part would replace the one before), so it is refused."""
    check_params(SPEC, op, {"id": advert_id})
    limit = max_items(SPEC, op, key)
    if len(phrases) > limit:
        raise InvalidRequestError(
            f"{key}: {len(phrases)} phrases; at most {limit} per campaign (the list replaces the "
            "previous one, so it cannot be sent in parts)",
            field=key,
            value=len(phrases),
            limit=limit,
        )
    check_body(SPEC, op, {key: phrases})


def _positive_bids(items: list[dict[str, Any]]) -> None:
    """The spec gives bids no minimum (WB's minimums are in the configuration values); a bid below
    1 cannot be a real one."""
    for i, item in enumerate(items):
        for j, nm_bid in enumerate(item.get("nm_bids") or []):
            bid = nm_bid.get("bid") if isinstance(nm_bid, dict) else None
            if isinstance(bid, int) and bid < 1:
                field = f"bids[{i}].nm_bids[{j}].bid"
                raise InvalidRequestError(
                    f"{field}: {bid} is below the minimum 1", field=field, value=bid, limit=1
                )
