"""Promotion bids: the forms set_bids takes and their checks (kopecks, placements, unique bids),
WB's minimums, the requests of `PATCH /api/advert/v1/bids` cut to WB's batches, and what WB's
answers confirmed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wbseller_raw.promotion import ops

from ...errors import InvalidRequestError, UploadError
from ...pagination import batches
from ...plans import Plan, call
from ...validation import check_value
from .._common import as_int, attr, request_id
from ._rules import MIN_BID_PLACEMENT, PLACEMENTS, _choice, _list, _per_campaign, _unique
from .campaigns import Campaign, _campaigns_plan


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
    request_id: str | None = None  # WB's ID of the last bids request (X-Request-Id)


class BidsError(UploadError):
    """Some bids WB's answers did not confirm (`failed`: (advert_id, nm_id, placement) -> why);
    `result` holds those it did confirm. An UploadError: `except UploadError` catches it."""

    def __init__(self, message: str, *, failed: dict[Any, Any], result: BidsResult) -> None:
        super().__init__(message, failed=failed)
        self.result = result


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
    op = ops.MINIMUM_BIDS_FOR_PRODUCT_CARDS
    back = {v: k for k, v in MIN_BID_PLACEMENT.items()}
    out: dict[int, dict[str, int]] = {}
    for part in batches(nm_ids, op.max_items("nm_ids")):
        body = {
            "advert_id": advert_id,
            "nm_ids": part,
            "payment_type": payment_type,
            "placement_types": [MIN_BID_PLACEMENT[p] for p in placements],
        }
        r = yield from call(op, body=body)
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
    op = ops.CHANGING_CAMPAIGNS_BIDS
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
        for part in batches(nm_bids, op.max_items("bids.[].nm_bids"))
    ]
    requests: list[list[dict[str, Any]]] = []
    for chunk in chunks:
        target = next(
            (
                r
                for r in requests
                if len(r) < op.max_items("bids") and all(x["advert_id"] != chunk["advert_id"] for x in r)
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
    op = ops.CHANGING_CAMPAIGNS_BIDS
    requests = yield from _bid_requests_plan(bids, check_minimum)
    wanted = sum(len(chunk["nm_bids"]) for part in requests for chunk in part)
    applied: list[AppliedBid] = []
    missing: dict[Any, str] = {}
    currency = None
    rid: str | None = None
    for part in requests:
        r = yield from call(op, body={"bids": part})
        confirmed: dict[Any, Any] = {
            (as_int(attr(a, "advert_id")), as_int(attr(n, "nm_id")), attr(n, "placement")): as_int(
                attr(n, "bid_kopecks")
            )
            for a in _list(getattr(r.parsed, "bids", None))
            for n in _list(attr(a, "nm_bids"))
        }
        currency = attr(r.parsed, "currency") or currency
        rid = request_id(r) or rid
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
            result=BidsResult(tuple(applied), currency, rid),
        )
    return BidsResult(tuple(applied), currency, rid)
