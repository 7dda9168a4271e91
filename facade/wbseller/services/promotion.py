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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from wbseller_raw.promotion import models as promotion_models

from ..drift import RawItem
from ..errors import InvalidRequestError, UploadError
from ..operations import operation, removed_error
from ..pagination import Pages, PageState, batches
from ..plans import Call, Emit, Plan, Request
from ..validation import (
    check_body,
    check_params,
    check_value,
    max_items,
    schema_at,
)
from ._common import as_int, attr
from ._common import present as _present

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import (
        AdvertConfigV1,
        AdvertV2,
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

    from ..plans import SyncRunner

SPEC = "promotion"
T = TypeVar("T")
# /adv/v1/upd and /adv/v3/fullstats: at most 31 days per request (WB's reference: "minimum 1 day,
# maximum 31"; fullstats: "Максимальный период в запросе — 31 день").
COSTS_MAX_DAYS = 31
STATS_MAX_DAYS = 31
# Our bound, not WB's: a period asked for history (costs, statistics) spans at most this many days
# (3 years: 36 requests of 31 days). A typo such as year 1 or 9999 is refused with a clear error
# instead of becoming a hundred thousand requests.
MAX_HISTORY_DAYS = 3 * 366
# The minimum campaign budget: `budget_min` = 1000 in the docs' sample of the promotional
# configuration values, and WB's own text for a smaller top-up ("minimum deposit amount is 1000").
BUDGET_MIN = 1000
# Our sanity bound for a bid, not WB's: 10,000 roubles per thousand views (or per click) in
# kopecks. WB's highest recommended bids are a few hundred roubles; a bid above this is a unit
# mistake (roubles multiplied twice), refused before it can spend a budget.
MAX_BID_KOPECKS = 1_000_000
# Campaign statuses (AdvertV2.status x-wb-enum): -1 being deleted, 4 ready, 7 finished,
# 8 declined, 9 active, 11 paused.
STATUSES = (-1, 4, 7, 8, 9, 11)
PAYMENT_TYPES = ("cpm", "cpc")
# a bid's placement in PATCH /api/advert/v1/bids -> how POST /api/advert/v1/bids/min names it
MIN_BID_PLACEMENT = {"combined": "combined", "search": "search", "recommendations": "recommendation"}
PLACEMENTS = tuple(MIN_BID_PLACEMENT)

DateLike = date | datetime | str
Pairs = Mapping[int, Iterable[int]] | Iterable[tuple[int, int]]


# --- what the facade returns --------------------------------------------------------------------
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


@dataclass(frozen=True)
class AppliedBid:
    """A bid WB confirmed (it is in WB's answer), in kopecks."""

    advert_id: int
    nm_id: int
    placement: str
    bid_kopecks: int


@dataclass(frozen=True)
class BidsResult:
    """The bids WB's answers confirmed, every one sent (set_bids raises otherwise)."""

    applied: tuple[AppliedBid, ...]
    currency: str | None


class BidsError(UploadError):
    """Some bids WB's answers did not confirm (`failed`: (advert_id, nm_id, placement) -> why);
    `result` holds those it did confirm. An UploadError: `except UploadError` catches it."""

    def __init__(self, message: str, *, failed: dict[Any, Any], result: BidsResult) -> None:
        super().__init__(message, failed=failed)
        self.result = result


# --- small helpers ------------------------------------------------------------------------------
def _list(value: Any) -> list[Any]:
    """A parsed list answer; [] for 204 (no body), null or an absent field."""
    value = _present(value)
    return list(value) if isinstance(value, list) else []


def _unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


def _joined(values: Sequence[int]) -> str:
    return ",".join(str(v) for v in values)


def _ints(values: Iterable[Any], field: str) -> list[int]:
    """Unique IDs, each an int (a bool or a string is refused: it would go out as something else)."""
    out = _unique(values)
    for i, v in enumerate(out):
        check_value({"type": "integer"}, v, f"{field}[{i}]")
    return out


def _pairs(pairs: Pairs, field: str = "pairs") -> list[tuple[int, int]]:
    """(advert_id, nm_id) pairs from {advert_id: [nm_id, ...]} or [(advert_id, nm_id), ...]."""
    if isinstance(pairs, Mapping):
        flat = [(a, n) for a, nms in pairs.items() for n in nms]
    else:
        flat = [tuple(p) for p in pairs]  # type: ignore[misc]
    out = _unique(flat)
    for i, pair in enumerate(out):
        if len(pair) != 2:
            raise InvalidRequestError(
                f"{field}[{i}]: {pair!r} is not an (advert_id, nm_id) pair", field=f"{field}[{i}]", value=pair
            )
        check_value({"type": "integer"}, pair[0], f"{field}[{i}].advert_id")
        check_value({"type": "integer"}, pair[1], f"{field}[{i}].nm_id")
    return cast("list[tuple[int, int]]", out)


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
    if start is not None and end is not None:
        if start > end:
            raise InvalidRequestError(
                f"from: {start} is after to: {end}", field="from", value=start, limit=end
            )
        span = (end - start).days + 1
        if span > MAX_HISTORY_DAYS:
            raise InvalidRequestError(
                f"from..to: {start}..{end} spans {span:,} days; at most {MAX_HISTORY_DAYS:,} per call "
                "(ask for a longer history in parts; WB answers 31 days per request)",
                field="to",
                value=end,
                limit=MAX_HISTORY_DAYS,
            )
    return start, end


def _period(from_: DateLike, to: DateLike) -> tuple[date, date]:
    start, end = _interval(from_, to)
    assert start is not None and end is not None  # both given
    return start, end


def windows(start: date, end: date, days: int = COSTS_MAX_DAYS) -> list[tuple[date, date]]:
    """[start, end] (both included) cut into consecutive intervals of at most `days` days."""
    out = []
    while start <= end:
        last = min(end, start + timedelta(days=days - 1))
        out.append((start, last))
        start = last + timedelta(days=1)
    return out


def _choice(value: Any, allowed: Sequence[Any], field: str) -> None:
    if value not in allowed:
        raise InvalidRequestError(
            f"{field}: {value!r} is not one of {list(allowed)}", field=field, value=value, limit=list(allowed)
        )


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


def _campaigns_plan(ids: list[int] | None, params: dict[str, Any]) -> Plan[list[Campaign]]:
    """GET /api/advert/v2/adverts: all campaigns (ids None) or these, 50 per request (x-wb-csv)."""
    op = "campaigns_information_v2"
    calls = (
        [Call(SPEC, op, params)]
        if ids is None
        else [Call(SPEC, op, {**params, "ids": _joined(part)}) for part in batches(ids, _csv_max(op, "ids"))]
    )
    out: list[Campaign] = []
    for call in calls:
        r = yield call
        out.extend(Campaign.from_model(m) for m in _list(getattr(r.parsed, "adverts", None)))
    return out


def _csv_max(operation_id: str, name: str) -> int:
    """maxItems of a comma-joined query parameter (its x-wb-csv)."""
    from ..validation import _op, _resolve

    spec, op = _op(SPEC, operation_id)
    for p in op.get("parameters", []):
        p = _resolve(spec, p)
        if p["name"] == name:
            return int((p.get("x-wb-csv") or {})["maxItems"])
    raise LookupError(f"{SPEC}.{operation_id} has no parameter {name}")


# --- bids ---------------------------------------------------------------------------------------
@dataclass
class _Bid:
    advert_id: int
    nm_id: int
    placement: str | None  # None: every placement the campaign's bid type has
    kopecks: int
    field: str


def _bid_items(
    bids: Mapping[int, Mapping[int, int]]
    | Mapping[int, Sequence[Mapping[str, Any]]]
    | Sequence[Mapping[str, Any]],
    placement: str | None,
    max_kopecks: int,
) -> list[_Bid]:
    """Bids from {advert_id: {nm_id: kopecks}}, {advert_id: [{"nm_id", "bid_kopecks", "placement"}]}
    or WB's [{"advert_id", "nm_bids": [...]}], checked: integers, positive, at most `max_kopecks`,
    every campaign with at least one bid, and no bid in roubles (`bid`: WB takes kopecks now)."""
    if placement is not None:
        _choice(placement, PLACEMENTS, "placement")
    items = _per_campaign(
        bids,
        "nm_bids",
        lambda v: [{"nm_id": n, "bid_kopecks": b} for n, b in v.items()] if isinstance(v, Mapping) else v,
    )
    out: list[_Bid] = []
    seen: set[tuple[int, int, str | None]] = set()
    for i, item in enumerate(items):
        advert_id: Any = item.get("advert_id")
        check_value({"type": "integer"}, advert_id, f"bids[{i}].advert_id")
        nm_bids = item.get("nm_bids")
        if not isinstance(nm_bids, Sequence) or isinstance(nm_bids, str) or not nm_bids:
            raise InvalidRequestError(
                f"bids[{i}].nm_bids: campaign {advert_id} has no bids (at least one card's bid is needed)",
                field=f"bids[{i}].nm_bids",
                value=nm_bids,
                limit="at least 1",
            )
        for j, nb in enumerate(nm_bids):
            field = f"bids[{i}].nm_bids[{j}]"
            if not isinstance(nb, Mapping):
                raise InvalidRequestError(f"{field}: {nb!r} is not a bid", field=field, value=nb)
            if "bid" in nb and "bid_kopecks" not in nb:
                raise InvalidRequestError(
                    f"{field}.bid: WB takes bids in kopecks since 2026-02-11: give bid_kopecks "
                    f"(= roubles x 100), not bid ({nb['bid']!r})",
                    field=f"{field}.bid",
                    value=nb["bid"],
                    limit="bid_kopecks",
                )
            nm_id: Any = nb.get("nm_id", nb.get("nm"))
            kopecks: Any = nb.get("bid_kopecks")
            where: Any = nb.get("placement", placement)
            check_value({"type": "integer"}, nm_id, f"{field}.nm_id")
            check_value(
                {"type": "integer", "minimum": 1, "maximum": max_kopecks}, kopecks, f"{field}.bid_kopecks"
            )
            if where is not None:
                _choice(where, PLACEMENTS, f"{field}.placement")
            key = (int(advert_id), int(nm_id), where)
            if key in seen:
                raise InvalidRequestError(
                    f"{field}: a second bid for card {nm_id} of campaign {advert_id} "
                    f"({where or 'every placement'})",
                    field=field,
                    value=nm_id,
                    limit="unique",
                )
            seen.add(key)
            out.append(_Bid(int(advert_id), int(nm_id), where, int(kopecks), field))
    return out


def _placements_of(c: Campaign | None, bid: _Bid) -> list[str]:
    """The placements a bid goes to: unified campaigns take `combined`, manual ones `search` and
    `recommendations` (WB refuses the other kind)."""
    unified = c is not None and c.bid_type == "unified"
    if bid.placement is None:
        return ["combined"] if unified else ["search", "recommendations"]
    if c is not None and (bid.placement == "combined") != unified:
        wanted = "combined" if unified else "search or recommendations"
        raise InvalidRequestError(
            f"{bid.field}.placement: campaign {bid.advert_id} has {c.bid_type} bid: WB takes {wanted}, "
            f"not {bid.placement!r}",
            field=f"{bid.field}.placement",
            value=bid.placement,
            limit=wanted,
        )
    return [bid.placement]


def _min_bids_plan(
    advert_id: int, nm_ids: list[int], payment_type: str, placements: Sequence[str]
) -> Plan[dict[int, dict[str, int]]]:
    """POST /api/advert/v1/bids/min, 100 cards per request: nm_id -> placement -> kopecks (the
    placements named as the bids name them: `recommendations`)."""
    op = "minimum_bids_for_product_cards"
    back = {v: k for k, v in MIN_BID_PLACEMENT.items()}
    out: dict[int, dict[str, int]] = {}
    for part in batches(nm_ids, max_items(SPEC, op, "nm_ids")):
        body = {
            "advert_id": advert_id,
            "nm_ids": part,
            "payment_type": payment_type,
            "placement_types": [MIN_BID_PLACEMENT[p] for p in placements],
        }
        r = yield Call(SPEC, op, body=body)
        for nm in _list(getattr(r.parsed, "bids", None)):
            nm_id = as_int(attr(nm, "nm_id"))
            for b in _list(attr(nm, "bids")):
                kind, value = attr(b, "type_"), as_int(attr(b, "value"))
                if nm_id is not None and value is not None and kind in back:
                    out.setdefault(nm_id, {})[back[kind]] = value
    return out


def _bid_requests_plan(bids: list[_Bid], check_minimum: bool) -> Plan[list[list[dict[str, Any]]]]:
    """Learn each campaign's bid and payment types (v2 adverts) where needed, refuse a bid below
    WB's minimum (bids/min), and cut the bids into the bodies' `bids` lists of PATCH
    /api/advert/v1/bids: 50 campaigns per request, 50 cards per campaign, a campaign once per
    request. Reads only."""
    op = "changing_campaigns_bids"
    ids = _unique(b.advert_id for b in bids)
    known: dict[int, Campaign] = {}
    if check_minimum or any(b.placement is None for b in bids):
        campaigns = yield from _campaigns_plan(ids, {})
        known = {c.advert_id: c for c in campaigns}
        for b in bids:
            if b.advert_id not in known:
                raise InvalidRequestError(
                    f"{b.field}: campaign {b.advert_id} is not among the seller's campaigns "
                    "(GET /api/advert/v2/adverts does not list it)",
                    field=b.field,
                    value=b.advert_id,
                    limit="a campaign of the seller",
                )
    # (advert_id, nm_id, placement) -> kopecks, in the caller's order
    wanted: dict[tuple[int, int, str], tuple[int, str]] = {}
    for b in bids:
        for where in _placements_of(known.get(b.advert_id), b):
            wanted[(b.advert_id, b.nm_id, where)] = (b.kopecks, b.field)
    if check_minimum:
        for advert_id in ids:
            c = known[advert_id]
            mine = [(k, v) for k, v in wanted.items() if k[0] == advert_id]
            places = _unique(k[2] for k, _ in mine)
            minimums = yield from _min_bids_plan(
                advert_id, _unique(k[1] for k, _ in mine), c.payment_type or "cpm", places
            )
            for (_, nm_id, where), (kopecks, field) in mine:
                low = minimums.get(nm_id, {}).get(where)
                if low is not None and kopecks < low:
                    raise InvalidRequestError(
                        f"{field}.bid_kopecks: {kopecks} kopecks is below WB's minimum {low} for card "
                        f"{nm_id} of campaign {advert_id} ({where}; POST /api/advert/v1/bids/min)",
                        field=f"{field}.bid_kopecks",
                        value=kopecks,
                        limit=low,
                    )
    per_campaign: dict[int, list[dict[str, Any]]] = {}
    for (advert_id, nm_id, where), (kopecks, _) in wanted.items():
        per_campaign.setdefault(advert_id, []).append(
            {"nm_id": nm_id, "bid_kopecks": kopecks, "placement": where}
        )
    # campaign chunks of at most 50 cards; a request takes each campaign once, 50 campaigns at most
    chunks: list[dict[str, Any]] = [
        {"advert_id": a, "nm_bids": part}
        for a, nm_bids in per_campaign.items()
        for part in batches(nm_bids, max_items(SPEC, op, "bids.[].nm_bids"))
    ]
    requests: list[list[dict[str, Any]]] = []
    for chunk in chunks:
        target = next(
            (
                r
                for r in requests
                if len(r) < max_items(SPEC, op, "bids")
                and all(x["advert_id"] != chunk["advert_id"] for x in r)
            ),
            None,
        )
        if target is None:
            requests.append(target := [])
        target.append(chunk)
    return requests


def _bids_plan(bids: list[_Bid], check_minimum: bool) -> Plan[BidsResult]:
    """The requests of _bid_requests_plan, sent. A bid counts as applied only when WB's answer
    lists it; the rest raise UploadError (after every request is sent: none is sent twice)."""
    op = "changing_campaigns_bids"
    requests = yield from _bid_requests_plan(bids, check_minimum)
    wanted = sum(len(chunk["nm_bids"]) for part in requests for chunk in part)
    applied: list[AppliedBid] = []
    missing: dict[Any, str] = {}
    currency = None
    for part in requests:
        r = yield Call(SPEC, op, body={"bids": part})
        confirmed: dict[Any, Any] = {
            (as_int(attr(a, "advert_id")), as_int(attr(n, "nm_id")), attr(n, "placement")): as_int(
                attr(n, "bid_kopecks")
            )
            for a in _list(getattr(r.parsed, "bids", None))
            for n in _list(attr(a, "nm_bids"))
        }
        currency = attr(r.parsed, "currency") or currency
        for chunk in part:
            for nb in chunk["nm_bids"]:
                key = (int(chunk["advert_id"]), int(nb["nm_id"]), str(nb["placement"]))
                if confirmed.get(key) == nb["bid_kopecks"]:
                    applied.append(AppliedBid(*key, int(nb["bid_kopecks"])))
                else:
                    missing[key] = f"{nb['bid_kopecks']} kopecks: not in WB's answer (HTTP {r.status_code})"
    if missing:
        raise BidsError(
            f"{len(missing)} of {wanted} bids are not confirmed by WB's answer (they may or may not "
            f"be set; check with campaigns()): {', '.join(map(str, list(missing)[:10]))}",
            failed=missing,
            result=BidsResult(tuple(applied), currency),
        )
    return BidsResult(tuple(applied), currency)


# --- search clusters ----------------------------------------------------------------------------
def _pairs_plan(op: str, pairs: list[tuple[int, int]], keys: tuple[str, str], answer: str) -> Plan[list[Any]]:
    """POST `op` with {items: [{keys[0]: advert_id, keys[1]: nm_id}]}, 100 per request; the
    `answer` list of every answer."""
    items = [{keys[0]: a, keys[1]: n} for a, n in pairs]
    parts = list(batches(items, max_items(SPEC, op, "items")))
    out: list[Any] = []
    for part in parts:
        r = yield Call(SPEC, op, body={"items": part})
        out.extend(_list(getattr(r.parsed, answer, None)))
    return out


def _stats_plan(
    op: str, pairs: list[tuple[int, int]], keys: tuple[str, str], start: date, end: date, answer: str
) -> Plan[list[Any]]:
    items = [{keys[0]: a, keys[1]: n} for a, n in pairs]
    out: list[Any] = []
    for part in batches(items, max_items(SPEC, op, "items")):
        body = {"from": start.isoformat(), "to": end.isoformat(), "items": part}
        r = yield Call(SPEC, op, body=body)
        out.extend(_list(getattr(r.parsed, answer, None)))
    return out


class PromotionOps:
    """Promotion operations shared by the sync and async promotion services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    # --- campaigns ------------------------------------------------------------------------------
    def campaign_counts(self) -> CampaignsListsResponse:
        """The campaign lists grouped by type and status (`adverts[]`: type, status, count,
        advert_list of {advertId, changeTime}) and the total (`all`). WB operation: `GET
        /adv/v1/promotion/count` (campaigns_lists)."""
        return cast(
            "CampaignsListsResponse",
            self._runner.run(_call(Call(SPEC, "campaigns_lists"), lambda r: r.parsed)),
        )

    def iter_campaign_ids(self, status: int | None = None, type: int | None = None) -> Pages[int]:
        """The advertId of every campaign, optionally only those in one status and/or of one type
        (8 the legacy standard bid, 9 unified or manual bid), from the campaign lists (one
        request). WB operation: `GET /adv/v1/promotion/count` (campaigns_lists)."""
        if type is not None:
            check_value({"type": "integer"}, type, "type")
        if status is not None:
            _choice(status, STATUSES, "status")

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
        return cast(
            "AdvertConfigV1",
            self._runner.run(_call(Call(SPEC, "promotional_configuration_values_v1"), lambda r: r.parsed)),
        )

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
        return self._runner.run(_call(Call(SPEC, op, body=body), lambda r: as_int(r.parsed)))

    def campaign_subjects(self, payment_type: str | None = None) -> list[SupplierSubject]:
        """The subjects whose product cards campaigns may take (SupplierSubject: id, name, count),
        for campaigns paid per `payment_type` ("cpm", WB's default, or "cpc"); an empty list when
        WB answers null. WB operation: `GET /adv/v1/supplier/subjects` (subjects_for_campaigns)."""
        params: dict[str, Any] = {}
        if payment_type is not None:
            _choice(payment_type, PAYMENT_TYPES, "payment_type")
            params["params"] = {"payment_type": payment_type}
        request = Request(SPEC, "GET", operation(SPEC, "subjects_for_campaigns").path, params)
        return self._runner.run(_call(request, lambda r: _models(r, "SupplierSubject")))

    def campaign_nms(self, subject_ids: Sequence[int]) -> list[SupplierNm]:
        """The product cards campaigns may take, of the given subjects (SupplierNm: nm, title,
        subjectId); an empty list when WB answers null. WB operation: `POST /adv/v2/supplier/nms`
        (product_cards_for_campaigns)."""
        body = _ints(subject_ids, "subject_ids")
        request = Request(SPEC, "POST", operation(SPEC, "product_cards_for_campaigns").path, {"json": body})
        return self._runner.run(_call(request, lambda r: _models(r, "SupplierNm")))

    # --- campaign management (WB's GETs that act: never repeated, refused for read-only tokens) ----
    def start(self, advert_id: int) -> None:
        """Launch a campaign in status 4 (ready to launch) or 11 (paused): it goes to 9 (active).
        It needs product cards and a budget. WB applies status changes within a minute. WB
        operation: `GET /adv/v0/start` (launch_campaign)."""
        return self._act("launch_campaign", advert_id)

    def pause(self, advert_id: int) -> None:
        """Pause a campaign in status 9 (active): it goes to 11 (paused). WB operation: `GET
        /adv/v0/pause` (pause_campaign)."""
        return self._act("pause_campaign", advert_id)

    def stop(self, advert_id: int) -> None:
        """Finish a campaign in status 4, 9 or 11: it goes to 7 (finished), for good. WB
        operation: `GET /adv/v0/stop` (stop_campaign)."""
        return self._act("stop_campaign", advert_id)

    def delete(self, advert_id: int) -> None:
        """Delete a campaign in status 4 (ready to launch): status -1 for 3 to 10 minutes, then
        gone. WB operation: `GET /adv/v0/delete` (delete_campaign)."""
        return self._act("delete_campaign", advert_id)

    def rename(self, advert_id: int, name: str) -> None:
        """Rename a campaign (the new name at most 100 characters, as WB's description says). WB
        operation: `POST /adv/v0/rename` (rename_campaign)."""
        body = {"advertId": advert_id, "name": name}
        check_body(SPEC, "rename_campaign", body)
        if isinstance(name, str) and not name.strip():  # the spec gives a maximum only
            raise InvalidRequestError("body.name: must not be empty", field="body.name", value=name, limit=1)
        return self._runner.run(_call(Call(SPEC, "rename_campaign", body=body)))

    def _act(self, operation_id: str, advert_id: int) -> None:
        check_params(SPEC, operation_id, {"id": advert_id})
        return self._runner.run(_call(Call(SPEC, operation_id, {"id": advert_id})))

    # --- bids and placements ----------------------------------------------------------------------
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
        op = "recommended_bids_for_items_and_search_clusters"
        check_params(SPEC, op, {"nmId": nm_id, "advertId": advert_id})
        call = Call(SPEC, op, {"nm_id": nm_id, "advert_id": advert_id})
        return cast("RecommendedBidsResponse", self._runner.run(_call(call, lambda r: r.parsed)))

    def set_placements(
        self, placements: Mapping[int, Mapping[str, bool]] | Sequence[Mapping[str, Any]]
    ) -> None:
        """Turn the placements of campaigns with manual bid on or off: `{advert_id: {"search":
        True, "recommendations": False}}` (both required) or WB's `[{"advert_id", "placements":
        {...}}]`. Any number of campaigns, 50 per request. WB operation: `PUT
        /adv/v0/auction/placements` (changing_placements_in_campaigns_with_custom_bid)."""
        op = "changing_placements_in_campaigns_with_custom_bid"
        items = _per_campaign(placements, "placements", dict)
        self._check_items(op, "placements", items)
        parts = list(batches(items, max_items(SPEC, op, "placements")))
        return self._runner.run(_each_batch(op, "placements", parts, None))

    def _check_items(self, op: str, key: str, items: list[dict[str, Any]]) -> None:
        for i, item in enumerate(items):
            check_value(schema_at(SPEC, op, f"{key}.[]"), item, f"{key}[{i}]", SPEC)
        _no_repeats(items, key)

    # --- search clusters ----------------------------------------------------------------------------
    def clusters(self, pairs: Pairs) -> list[ClusterListItem | RawItem]:
        """The search clusters of cards in campaigns (ClusterListItem: advert_id, nm_id,
        norm_queries with `active`, `excluded` (the minus phrases) and `archived`), for
        `{advert_id: [nm_id, ...]}` or `[(advert_id, nm_id), ...]`; any number, 100 per request.
        WB operation: `POST /adv/v0/normquery/list` (active_and_inactive_search_cluster_lists)."""
        op = "active_and_inactive_search_cluster_lists"
        return self._runner.run(_pairs_plan(op, _pairs(pairs), ("advertId", "nmId"), "items"))

    def cluster_bids(self, pairs: Pairs) -> list[ClusterBid | RawItem]:
        """The search clusters that have a bid (ClusterBid: advert_id, nm_id, norm_query,
        bid_kopecks, bid in roubles, currency) of cards in campaigns; 100 pairs per request. WB
        operation: `POST /adv/v0/normquery/get-bids` (list_of_search_clusters_bids)."""
        op = "list_of_search_clusters_bids"
        return self._runner.run(_pairs_plan(op, _pairs(pairs), ("advert_id", "nm_id"), "bids"))

    def set_cluster_bids(
        self,
        bids_kopecks: Mapping[tuple[int, int], Mapping[str, int]] | Sequence[Mapping[str, Any]],
        *,
        max_bid_kopecks: int = MAX_BID_KOPECKS,
    ) -> list[ClusterBidV1Success | RawItem]:
        """Set search-cluster bids in kopecks (cpm campaigns with manual bid): `{(advert_id,
        nm_id): {norm_query: kopecks}}` or WB's `[{"advertId", "nmId", "normQuery",
        "bidMinorUnits"}]`; 100 per request. WB answers which it set and which it refused (with a
        reason): a refused or unconfirmed bid raises UploadError (`.failed`, keyed (advert_id,
        nm_id, norm_query)) after every request went out once. Returns WB's `success` items.
        Personal and Service tokens only. WB operation: `POST /api/advert/v1/normquery/bids`
        (set_bids_for_search_clusters_in_account_currency)."""
        op = "set_bids_for_search_clusters_in_account_currency"
        items: list[dict[str, Any]]
        if isinstance(bids_kopecks, Mapping):
            items = [
                {"advertId": a, "nmId": n, "normQuery": q, "bidMinorUnits": b}
                for (a, n), queries in bids_kopecks.items()
                for q, b in queries.items()
            ]
        else:
            items = [dict(b) for b in bids_kopecks]
        for i, item in enumerate(items):
            check_value(schema_at(SPEC, op, "bids.[]"), item, f"bids[{i}]", SPEC)
            check_value(
                {"type": "integer", "minimum": 1, "maximum": max_bid_kopecks},
                item["bidMinorUnits"],
                f"bids[{i}].bidMinorUnits",
            )
        parts = list(batches(items, max_items(SPEC, op, "bids")))

        def plan() -> Plan[list[Any]]:
            ok: list[Any] = []
            failed: dict[Any, str] = {}
            for part in parts:
                r = yield Call(SPEC, op, body={"bids": part})
                done: dict[Any, Any] = {
                    (as_int(attr(s, "advert_id")), as_int(attr(s, "nm_id")), attr(s, "norm_query")): s
                    for s in _list(getattr(r.parsed, "success", None))
                }
                why: dict[Any, Any] = {
                    (as_int(attr(f, "advert_id")), as_int(attr(f, "nm_id")), attr(f, "norm_query")): attr(
                        f, "reason"
                    )
                    for f in _list(getattr(r.parsed, "failed", None))
                }
                for item in part:
                    key = (item["advertId"], item["nmId"], item["normQuery"])
                    if key in done:
                        ok.append(done[key])
                    else:
                        failed[key] = why.get(key) or f"not in WB's answer (HTTP {r.status_code})"
            if failed:
                raise UploadError(
                    f"{len(failed)} of {len(items)} search-cluster bids not set: "
                    + "; ".join(f"{k}: {v}" for k, v in list(failed.items())[:10]),
                    failed=failed,
                )
            return ok

        return self._runner.run(plan())

    def delete_cluster_bids(
        self, targets: Mapping[tuple[int, int], Iterable[str]] | Sequence[Mapping[str, Any]]
    ) -> None:
        """Remove search-cluster bids: `{(advert_id, nm_id): [norm_query, ...]}` or WB's
        `[{"advert_id", "nm_id", "norm_query"}]`; 100 per request. WB operation: `DELETE
        /adv/v0/normquery/bids` (delete_bids_from_search_clusters)."""
        op = "delete_bids_from_search_clusters"
        if isinstance(targets, Mapping):
            items = [
                {"advert_id": a, "nm_id": n, "norm_query": q} for (a, n), qs in targets.items() for q in qs
            ]
        else:
            items = [dict(t) for t in targets]
        for i, item in enumerate(items):
            check_value(schema_at(SPEC, op, "bids.[]"), item, f"bids[{i}]", SPEC)
        parts = list(batches(items, max_items(SPEC, op, "bids")))
        return self._runner.run(_each_batch(op, "bids", parts, None))

    def minus_phrases(self, pairs: Pairs) -> dict[tuple[int, int], list[str]]:
        """The minus phrases of cards in campaigns: {(advert_id, nm_id): [phrase, ...]}; 100 pairs
        per request. WB operation: `POST /adv/v0/normquery/get-minus` (list_of_campaign_minus_phrases)."""
        op = "list_of_campaign_minus_phrases"

        def plan() -> Plan[dict[tuple[int, int], list[str]]]:
            items = yield from _pairs_plan(op, _pairs(pairs), ("advert_id", "nm_id"), "items")
            return {
                (as_int(attr(i, "advert_id")) or 0, as_int(attr(i, "nm_id")) or 0): [
                    str(q) for q in _list(attr(i, "norm_queries"))
                ]
                for i in items
            }

        return self._runner.run(plan())

    def set_minus_phrases(self, advert_id: int, nm_id: Any, phrases: Sequence[str] | None = None) -> None:
        """Replace the minus phrases of a card in a campaign (at most 1000; an empty list removes
        them all). The list replaces the previous one, so a longer list is refused rather than
        split. WB operation: `POST /adv/v0/normquery/set-minus` (setting_and_deleting_minus_phrases),
        the successor of the four minus-phrase methods WB removed (`/adv/v1/search/set-phrase`,
        `set-strong`, `set-excluded`, `/adv/v1/auto/set-excluded`): minus phrases belong to a card
        of a campaign now, hence `nm_id`."""
        op = "setting_and_deleting_minus_phrases"
        if phrases is None or not isinstance(nm_id, int) or isinstance(nm_id, bool):
            raise InvalidRequestError(
                "set_minus_phrases(advert_id, nm_id, phrases): WB's minus phrases are per campaign and "
                "card since 2026-02-11 (POST /adv/v0/normquery/set-minus); give the card's nm_id",
                field="nm_id",
                value=nm_id,
                limit="an nmID",
            )
        queries = list(phrases)
        body = {"advert_id": advert_id, "nm_id": nm_id, "norm_queries": queries}
        limit = max_items(SPEC, op, "norm_queries")
        if len(queries) > limit:
            raise InvalidRequestError(
                f"norm_queries: {len(queries)} phrases; at most {limit} per card (the list "
                "replaces the previous one, so it cannot be sent in parts)",
                field="norm_queries",
                value=len(queries),
                limit=limit,
            )
        check_body(SPEC, op, body)
        return self._runner.run(_call(Call(SPEC, op, body=body)))

    # --- fixed phrases and standard-bid cards: removed by WB, nothing replaces them ------------------
    def set_fixed_phrases(self, advert_id: int, phrases: Sequence[str]) -> list[str]:
        """Removed: WB removed `POST /adv/v1/search/set-plus` on 2026-02-11 with no successor.
        Raises OperationRemovedError (nothing is sent)."""
        raise removed_error(SPEC, "setting_deleting_fixed_phrases", _NO_FIXED_PHRASES)

    def set_fixed_phrases_active(self, advert_id: int, active: bool) -> None:
        """Removed: WB removed `GET /adv/v1/search/set-plus` on 2026-02-11 with no successor.
        Raises OperationRemovedError (nothing is sent)."""
        raise removed_error(SPEC, "managing_the_activity_of_fixed_phrases", _NO_FIXED_PHRASES)

    # --- product cards ----------------------------------------------------------------------------
    def addable_nms(self, advert_id: int) -> list[int]:
        """Removed: WB removed `GET /adv/v1/auto/getnmtoadd` (cards for a campaign with standard
        bid, a type WB retired) on 2026-02-11. Raises OperationRemovedError (nothing is sent)."""
        raise removed_error(
            SPEC,
            "list_of_product_cards_for_campaign_with_standard_bid",
            "Campaigns with standard bid are gone: campaign_subjects() and campaign_nms(subject_ids) "
            "list the cards any campaign may take (POST /adv/v2/supplier/nms), change_auction_nms() "
            "adds them.",
        )

    def change_nms(self, advert_id: int, *, add: Sequence[int] = (), delete: Sequence[int] = ()) -> None:
        """Add and remove product cards of a campaign. WB operation: `PATCH /adv/v0/auction/nms`
        (see change_auction_nms), the successor of `POST /adv/v1/auto/updatenm`, which WB removed
        on 2026-02-11."""
        check_value({"type": "integer"}, advert_id, "advert_id")
        op = "changing_the_list_of_product_cards_in_campaigns_with_custom_bid"
        items = [
            {"advert_id": advert_id, "nms": {"add": _ints(add, "add"), "delete": _ints(delete, "delete")}}
        ]
        self._check_items(op, "nms", items)
        return self._runner.run(_call(Call(SPEC, op, body={"nms": items})))

    def change_auction_nms(
        self, changes: Mapping[int, Mapping[str, Sequence[int]]] | Sequence[Mapping[str, Any]]
    ) -> list[AuctionAdvertNmsResult | RawItem]:
        """Add and remove product cards of campaigns (statuses 4, 9, 11): `{advert_id: {"add":
        [nm, ...], "delete": [nm, ...]}}` or WB's `[{"advert_id", "nms": {...}}]`. Any number of
        campaigns, 20 per request; added cards get the current minimum bid. Returns what changed
        (AuctionAdvertNmsResult per campaign: added, deleted). WB operation: `PATCH
        /adv/v0/auction/nms` (changing_the_list_of_product_cards_in_campaigns_with_custom_bid)."""
        op = "changing_the_list_of_product_cards_in_campaigns_with_custom_bid"
        items = _per_campaign(changes, "nms", lambda v: {k: list(nms) for k, nms in v.items()})
        self._check_items(op, "nms", items)
        parts = list(batches(items, max_items(SPEC, op, "nms")))
        return self._runner.run(_each_batch(op, "nms", parts, "nms"))

    # --- statistics -------------------------------------------------------------------------------
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
        parts = list(batches(ids, _csv_max("campaigns_statistics", "ids")))

        def plan(state: PageState) -> Plan[None]:
            for part in parts:
                for first, last in spans:
                    call = Call(
                        SPEC,
                        "campaigns_statistics",
                        {"ids": _joined(part), "begin_date": first, "end_date": last},
                    )
                    r = yield call
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
        op = "search_clusters_statistics"
        return self._runner.run(_stats_plan(op, _pairs(pairs), ("advert_id", "nm_id"), start, end, "stats"))

    def cluster_daily_stats(
        self, pairs: Pairs, from_: DateLike, to: DateLike
    ) -> list[ClusterDailyStatsItem | RawItem]:
        """Statistics per search cluster and day (ClusterDailyStatsItem: advert_id, nm_id,
        daily_stats[] of {date, stat}) over a period; 100 pairs per request. WB operation: `POST
        /adv/v1/normquery/stats` (daily_search_clusters_statistics)."""
        start, end = _period(from_, to)
        op = "daily_search_clusters_statistics"
        return self._runner.run(_stats_plan(op, _pairs(pairs), ("advertId", "nmId"), start, end, "items"))

    # --- finances -------------------------------------------------------------------------------
    def balance(self) -> BalanceResponse:
        """The promotion account: `net` (account), `balance` (netting), `bonus`, `currency` and the
        promo bonuses (`cashbacks`: sum, percent, expiration_date). WB operation: `GET
        /adv/v1/balance` (balance)."""
        return cast("BalanceResponse", self._runner.run(_call(Call(SPEC, "balance"), lambda r: r.parsed)))

    def budget(self, advert_id: int) -> BudgetResponse:
        """A campaign's budget (`total`, `currency`). WB operation: `GET /adv/v1/budget`
        (campaign_budget)."""
        check_params(SPEC, "campaign_budget", {"id": advert_id})
        call = Call(SPEC, "campaign_budget", {"id": advert_id})
        return cast("BudgetResponse", self._runner.run(_call(call, lambda r: r.parsed)))

    def deposit(
        self,
        advert_id: int,
        amount: int,
        *,
        source: int = 1,
        cashback_sum: int | None = None,
        cashback_percent: int | None = None,
    ) -> int | None:
        """Top up a campaign's budget by `amount` roubles (at least BUDGET_MIN) from a `source`
        (0 account, 1 balance, 3 bonuses). `cashback_sum` of it may come from the promo bonuses
        (sources 0 and 1 only), with `cashback_percent` the balance's cashback percent (see
        balance().cashbacks), at most that percent of `amount`. Returns the campaign's new
        budget total. WB operation: `POST /adv/v1/budget/deposit` (top_up_of_the_campaign_budget)."""
        op = "top_up_of_the_campaign_budget"
        body = self.check_deposit(
            advert_id, amount, source=source, cashback_sum=cashback_sum, cashback_percent=cashback_percent
        )
        call = Call(SPEC, op, {"id": advert_id}, body=body)
        return cast(
            "int | None", self._runner.run(_call(call, lambda r: _present(getattr(r.parsed, "total", None))))
        )

    def check_deposit(
        self,
        advert_id: int,
        amount: int,
        *,
        source: int = 1,
        cashback_sum: int | None = None,
        cashback_percent: int | None = None,
    ) -> dict[str, Any]:
        """The body deposit() would send (`POST /adv/v1/budget/deposit?id=advert_id`), after the
        same checks. Nothing is sent: a dry run (`wbseller campaigns budget deposit --dry-run`)."""
        op = "top_up_of_the_campaign_budget"
        check_params(SPEC, op, {"id": advert_id})
        body: dict[str, Any] = {"sum": amount, "type": source, "return": True}
        if cashback_sum is not None:
            body["cashback_sum"] = cashback_sum
        if cashback_percent is not None:
            body["cashback_percent"] = cashback_percent
        check_body(SPEC, op, body)
        if amount < BUDGET_MIN:
            raise InvalidRequestError(
                f"sum: {amount} is below the minimum budget {BUDGET_MIN}",
                field="sum",
                value=amount,
                limit=BUDGET_MIN,
            )
        if cashback_sum is not None:
            if cashback_percent is None:  # WB: with cashback_sum, cashback_percent is required
                raise InvalidRequestError(
                    "cashback_percent: required with cashback_sum (the balance's cashback percent)",
                    field="cashback_percent",
                    value=None,
                    limit="required",
                )
            _choice(source, (0, 1), "source")  # promo bonuses pay only these sources
            check_value(
                {"type": "integer", "minimum": 1, "maximum": 100}, cashback_percent, "cashback_percent"
            )
            top = amount * cashback_percent // 100
            check_value({"type": "integer", "minimum": 1, "maximum": top}, cashback_sum, "cashback_sum")
        return body

    def iter_costs(self, from_: DateLike, to: DateLike) -> Pages[CostsHistoryItem | RawItem]:
        """The costs history (CostsHistoryItem: write-offs into campaign budgets) from `from_` to
        `to`, both included (dates, datetimes or "YYYY-MM-DD"; at most MAX_HISTORY_DAYS apart).
        WB answers at most 31 days per request, so a longer range is asked window by window,
        oldest first. WB operation: `GET /adv/v1/upd` (receiving_costs_history)."""
        start, end = _period(from_, to)
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
        (both included); [] when there are none. WB operation: `GET /adv/v1/payments`
        (receiving_the_history_of_account_top_ups)."""
        start, end = _interval(from_, to)
        params = {k: v for k, v in (("from_", start), ("to", end)) if v is not None}
        call = Call(SPEC, "receiving_the_history_of_account_top_ups", params)
        return self._runner.run(_call(call, lambda r: _list(r.parsed)))


_NO_FIXED_PHRASES = (
    "Fixed phrases are gone; search clusters replace phrase targeting: clusters(), "
    "set_cluster_bids() and set_minus_phrases(advert_id, nm_id, phrases)."
)
