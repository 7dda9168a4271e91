"""Promotion's shared rules: WB's limits and our bounds, the forms the methods take (campaign IDs,
(advert_id, nm_id) pairs, dates and periods cut into WB's windows) and their checks, and the
plans every topic uses (one request per batch)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from wbseller_raw.promotion import models as promotion_models

from ...errors import InvalidRequestError
from ...operations import Operation
from ...plans import Call, Plan, Request, call
from ...validation import check_value
from .._common import present as _present

if TYPE_CHECKING:
    from ...plans import SyncRunner

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
def _call(effect: Call | Request) -> Plan[None]: ...
@overload
def _call(effect: Call | Request, result: Callable[[Any], T]) -> Plan[T]: ...
def _call(effect: Call | Request, result: Callable[[Any], Any] = lambda r: None) -> Plan[Any]:
    """One call (or plain request); `result` made of its answer."""
    response = yield effect
    return result(response)


Op = Operation[Any, Any]


@overload
def _each_batch(op: Op, key: str, parts: list[list[Any]], answer: None) -> Plan[None]: ...
@overload
def _each_batch(op: Op, key: str, parts: list[list[Any]], answer: str) -> Plan[list[Any]]: ...
def _each_batch(op: Op, key: str, parts: list[list[Any]], answer: str | None) -> Plan[Any]:
    """Send one request per batch; with `answer`, gather that list field of every answer."""
    out: list[Any] = []
    for part in parts:
        r = yield from call(op, body={key: part})
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


class PromotionBase:
    """What the topics' operations share: the runner (one-call plans: _common.answer, sent), the
    checks of WB's per-campaign lists."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def _check_items(self, op: Op, key: str, items: list[dict[str, Any]]) -> None:
        for i, item in enumerate(items):
            check_value(op.schema(f"{key}.[]"), item, f"{key}[{i}]", op)
        _no_repeats(items, key)
