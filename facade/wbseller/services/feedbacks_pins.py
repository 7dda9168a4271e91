"""Pinned feedbacks (feedbacks-api): pin a feedback to its product (nm) or to the product's group
of cards (imt), by the seller's plan (tariff or subscription); list, count and unpin pins.

result = wb.feedbacks.pin(["DibuRAImknLyiqgzvGcU"], on="nm", method="subscription")
result.pinned       # {feedbackId: pinId}
result.errors       # {feedbackId: ["unitLimitReached: ..."]}: WB answers per item, never all or nothing
for pin in wb.feedbacks.iter_pins(state="pinned"):
    ...
wb.feedbacks.unpin([pin_id])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.feedbacks import ops

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import Pages, PageState, batches
from ..plans import EmitAll, Plan, SyncRunner, call
from ..timestamps import MSK
from ..validation import check_value
from ._common import as_int, request_id
from ._comms import listed, one, path

if TYPE_CHECKING:
    from wbseller_raw.feedbacks.models import (
        PinnedFeedbacksLimitsResponseData,
        PinnedFeedbacksListResponseDataItem,
    )

PIN_ON = ("nm", "imt")
PIN_METHODS = ("tariff", "subscription")
PIN_STATES = ("pinned", "unpinned")


@dataclass
class PinResult:
    """What WB did with each feedback asked to be pinned: `pinned` {feedbackId: pinId}, `errors`
    {feedbackId: ["status: detail", ...]} (feedbackNotFound, alreadyPinned, unitLimitReached…)."""

    pinned: dict[str, int] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    request_id: str | None = None  # WB's ID of the last request answered (X-Request-Id)

    @property
    def ok(self) -> bool:
        return not self.errors


def _choice(value: Any, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise InvalidRequestError(
            f"{field}: {value!r} is not one of {allowed}", field=field, value=value, limit=allowed
        )
    return str(value)


def _moment(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=MSK)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=MSK)
    raise InvalidRequestError(f"date: {value!r} is not a date or datetime", field="dateFrom", value=value)


def _pin_filters(
    state: str | None,
    on: str | None,
    nm_id: int | None,
    imt_id: int | None,
    date_from: date | datetime | None,
    date_to: date | datetime | None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "state": None if state is None else _choice(state, PIN_STATES, "state"),
        "pin_on": None if on is None else _choice(on, PIN_ON, "pinOn"),
        "nm_id": nm_id,
        "imt_id": imt_id,
        "date_from": _moment(date_from),
        "date_to": _moment(date_to),
    }
    for name, value in (("nmId", nm_id), ("imtId", imt_id)):
        if value is not None:
            check_value({"type": "integer", "minimum": 1}, value, name)
    return {k: v for k, v in out.items() if v is not None}


def _errors(item: Any) -> list[str]:
    texts = []
    for e in listed(path(item, "errors")):
        status, detail = path(e, "status"), path(e, "detail")
        texts.append(
            ": ".join(str(x) for x in (status, detail) if x and x != status) or str(status or detail)
        )
    return texts or ["not pinned (WB gave no reason)"]


class FeedbackPinsOps:
    """Pinned feedbacks (a mixin of FeedbacksOps)."""

    _runner: SyncRunner

    def pin(self, feedback_ids: Iterable[str], *, on: str = "nm", method: str = "subscription") -> PinResult:
        """Pin feedbacks to their product (`on="nm"`) or its group of cards (`"imt"`), by the
        seller's `method` ("tariff" or "subscription"); 500 per request, split here. WB answers
        per item: the ones it refused are in `.errors` with its status (no exception). WB
        operation: `POST /api/feedbacks/v1/pins` (pin_feedbacks)."""
        if isinstance(feedback_ids, str):
            feedback_ids = [feedback_ids]
        on, method = _choice(on, PIN_ON, "pinOn"), _choice(method, PIN_METHODS, "pinMethod")
        ids = list(dict.fromkeys(feedback_ids))
        item_schema = ops.PIN_FEEDBACKS.schema("[]")
        rows = [{"feedbackId": fid, "pinOn": on, "pinMethod": method} for fid in ids]
        for i, row in enumerate(rows):
            if not isinstance(row["feedbackId"], str) or not row["feedbackId"]:
                raise InvalidRequestError(
                    f"feedback_ids[{i}]: {row['feedbackId']!r} is not a feedback ID",
                    field=f"feedback_ids[{i}]",
                )
            check_value(item_schema, row, f"feedback_ids[{i}]", ops.PIN_FEEDBACKS)
        parts = list(batches(rows, ops.PIN_FEEDBACKS.max_items()))

        def plan() -> Plan[PinResult]:
            result = PinResult()
            for part in parts:
                r = yield from call(ops.PIN_FEEDBACKS, body=part)
                result.request_id = request_id(r) or result.request_id
                answered = set()
                for item in listed(path(r.parsed, "data")):
                    fid = str(path(item, "feedback_id"))
                    answered.add(fid)
                    pin_id = as_int(path(item, "pin_id"))
                    if path(item, "is_errors") or pin_id is None:
                        result.errors[fid] = _errors(item)
                    else:
                        result.pinned[fid] = pin_id
                for row in part:  # an item WB did not mention is not known to be pinned
                    if row["feedbackId"] not in answered:
                        result.errors[row["feedbackId"]] = ["not in WB's answer"]
            return result

        return self._runner.run(plan())

    def unpin(self, pin_ids: Iterable[int]) -> list[int]:
        """Unpin by pinId (500 per request, split here); returns the pinIds WB unpinned. WB
        operation: `DELETE /api/feedbacks/v1/pins` (unpin_feedbacks)."""
        ids = list(dict.fromkeys(pin_ids))
        for i, pin_id in enumerate(ids):
            check_value({"type": "integer", "minimum": 1}, pin_id, f"pin_ids[{i}]")
        parts = list(batches(ids, ops.UNPIN_FEEDBACKS.max_items()))

        def plan() -> Plan[list[int]]:
            done: list[int] = []
            for part in parts:
                r = yield from call(ops.UNPIN_FEEDBACKS, body=part)
                done += [v for v in (as_int(x) for x in listed(path(r.parsed, "data"))) if v is not None]
            return done

        return self._runner.run(plan())

    def iter_pins(
        self,
        *,
        state: str | None = None,
        on: str | None = None,
        nm_id: int | None = None,
        imt_id: int | None = None,
        date_from: date | datetime | None = None,
        date_to: date | datetime | None = None,
        page_size: int | None = None,
    ) -> Pages[PinnedFeedbacksListResponseDataItem | RawItem]:
        """Pins ("pinned" or "unpinned" ones, on nm or imt, of a product or a group of cards,
        changed within date_from..date_to), paged by WB's `next` (the last pinId). WB operation:
        `GET /api/feedbacks/v1/pins` (pinned_feedbacks_list)."""
        filters = _pin_filters(state, on, nm_id, imt_id, date_from, date_to)
        largest = 500
        limit = largest if page_size is None else page_size
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= largest:
            raise InvalidRequestError(
                f"page_size: {limit!r} is outside 1..{largest}", field="page_size", limit=largest
            )

        def plan(st: PageState) -> Plan[None]:
            after: int | None = None
            while True:
                kwargs = {**filters, "limit": limit, **({"next_": after} if after is not None else {})}
                r = yield from call(ops.PINNED_FEEDBACKS_LIST, **kwargs)
                page = listed(path(r.parsed, "data"))
                st.pages += 1
                yield EmitAll(page, st)
                following = as_int(path(r.parsed, "next_"))
                if len(page) < limit or following is None or following == after:
                    return
                after = following

        return Pages(self._runner, plan)

    def count_pins(
        self,
        *,
        state: str | None = None,
        on: str | None = None,
        nm_id: int | None = None,
        imt_id: int | None = None,
        date_from: date | datetime | None = None,
        date_to: date | datetime | None = None,
    ) -> int | None:
        """How many pins match. WB operation: `GET /api/feedbacks/v1/pins/count`."""
        filters = _pin_filters(state, on, nm_id, imt_id, date_from, date_to)
        plan = one(call(ops.PINNED_FEEDBACKS_COUNT, **filters), lambda r: as_int(path(r.parsed, "data")))
        return self._runner.run(plan)

    def pin_limits(self) -> PinnedFeedbacksLimitsResponseData | None:
        """The plans' pin limits (`tariff`, `subscription`: total, per product, used, remaining).
        WB operation: `GET /api/feedbacks/v1/pins/limits` (pinned_feedbacks_limits)."""
        plan = one(call(ops.PINNED_FEEDBACKS_LIMITS), lambda r: path(r.parsed, "data"))
        return cast("PinnedFeedbacksLimitsResponseData | None", self._runner.run(plan))
