"""The handle of an upload into a promotion of the calendar (PromotionUpload) and what waiting on it
gives: WB documents no method to read an upload's state, so waiting follows what is observable,
the products showing up among the promotion's participants (inAction=true)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from wbseller_raw._runtime.operation import Operation
from wbseller_raw.calendar import ops

from .. import timestamps
from ..pagination import PageState, batches
from ..plans import Plan, call, each
from ..waiting import Handle, poll
from ._common import attr as _get
from ._common import offset_list
from ._common import page_size as page_size_for


def _details_plan(ids: list[int]) -> Plan[list[Any]]:
    out: list[Any] = []
    for batch in batches(ids, _param_max_items(ops.PROMOTIONS_DETAILS, "promotionIDs")):
        r = yield from call(ops.PROMOTIONS_DETAILS, promotion_i_ds=batch)
        out.extend(_get(_get(r.parsed, "data"), "promotions") or [])
    return out


def _param_max_items(op: Operation[Any, Any], name: str) -> int:
    """The most values an array parameter takes in one request (its maxItems in the spec)."""
    return int(op.param(name)["maxItems"])


def _nomenclatures_plan(state: PageState, promotion_id: int, in_action: bool, limit: int) -> Plan[None]:
    return offset_list(
        state,
        ops.LIST_OF_PRODUCTS_FOR_PARTICIPATING_IN_THE_PROMOTION,
        "nomenclatures",
        limit,
        promotion_id=promotion_id,
        in_action=in_action,
    )


def _joined_plan(promotion_id: int, wanted: set[int]) -> Plan[set[int]]:
    """Which of `wanted` WB lists among the promotion's participants (inAction=true)."""
    joined: set[int] = set()

    def seen(item: Any) -> bool:
        if _get(item, "id") in wanted:
            joined.add(_get(item, "id"))
        return joined >= wanted  # all in: no need to read further pages

    limit = page_size_for(ops.LIST_OF_PRODUCTS_FOR_PARTICIPATING_IN_THE_PROMOTION, None)
    yield from each(_nomenclatures_plan(PageState(), promotion_id, True, limit), seen)
    return joined


# --- the handle ------------------------------------------------------------------------------
@dataclass
class PromotionUploadResult:
    """Where the uploaded nmIDs stand: `joined` (listed with inAction=true) and `scheduled`
    (uploadNow=false and the promotion starts after the wait's timeout: they join at
    `starts_at`; wait() again then to see them in)."""

    promotion_id: int
    upload_ids: list[int]
    joined: list[int]
    scheduled: list[int] = field(default_factory=list)
    starts_at: datetime | None = None
    request_id: str | None = None  # WB's ID of the (last) upload request (X-Request-Id)

    @property
    def done(self) -> bool:
        """True when every nmID is in the promotion (none only scheduled)."""
        return not self.scheduled

    # The vocabulary of the other upload results. WB lists no per-nmID failure for a promotion
    # upload: an nmID that does not join in time ends the wait with WaitTimeoutError instead, so a
    # result is never a failure (a scheduled nmID is what upload_now=False asked for).
    @property
    def ok(self) -> bool:
        """True when no nmID failed: every one joined or is scheduled (`failed` is empty)."""
        return not self.failed

    @property
    def failed(self) -> dict[int, str]:
        """nmID -> reason, for every nmID that failed: always empty (see above)."""
        return {}

    def raise_for_errors(self) -> PromotionUploadResult:
        """The result itself (an nmID that does not join raises in wait() already)."""
        return self


class PromotionUpload(Handle[PromotionUploadResult]):
    """Products sent into a calendar promotion. wait() polls the promotion's participants until
    every nmID is among them. With upload_now=False, WB adds them when the promotion starts: if
    that is later than the wait's timeout allows, wait() does not block but reports them as
    scheduled. Rebuild it with `client.calendar.promotion_upload(promotion_id, nm_ids, ...)`."""

    default_poll = 3.0

    def __init__(
        self,
        runner: Any,
        promotion_id: int,
        nm_ids: Sequence[int],
        upload_ids: Sequence[int] = (),
        *,
        upload_now: bool = True,
        already_existing: Iterable[int] = (),
    ) -> None:
        super().__init__(runner)
        self.promotion_id = promotion_id
        self.nm_ids = list(dict.fromkeys(nm_ids))
        self.upload_ids = list(dict.fromkeys(upload_ids))
        self.upload_now = upload_now
        self.already_existing = set(already_existing)  # alreadyExists: an identical upload existed

    def __repr__(self) -> str:
        return (
            f"PromotionUpload(promotion {self.promotion_id}, {len(self.nm_ids)} nmIDs, "
            f"upload_ids={self.upload_ids}, upload_now={self.upload_now})"
        )

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[PromotionUploadResult]:
        joined: set[int] = set()
        wanted = set(self.nm_ids)

        def round_() -> Plan[PromotionUploadResult | None]:
            def seen(item: Any) -> bool:
                nm = _get(item, "id")
                if nm in wanted:
                    joined.add(nm)
                return joined >= wanted  # all in: no need to read further pages

            limit = page_size_for(ops.LIST_OF_PRODUCTS_FOR_PARTICIPATING_IN_THE_PROMOTION, None)
            yield from each(_nomenclatures_plan(PageState(), self.promotion_id, True, limit), seen)
            return self._result(joined) if joined >= wanted else None

        starts_at = None if self.upload_now else (yield from self._start())
        if _after_timeout(starts_at, timeout):
            # they cannot join within the timeout: report what is in and what waits for the start
            yield from round_()
            return self._result(joined, starts_at)
        result = yield from poll(
            round_,
            timeout=timeout,
            interval=poll_interval,
            what=f"{len(self.nm_ids)} nmID(s) into promotion {self.promotion_id}",
        )
        return result

    def _start(self) -> Plan[datetime | None]:
        details = yield from _details_plan([self.promotion_id])
        for promo in details:
            if _get(promo, "id") == self.promotion_id:
                return timestamps.parse(_get(promo, "start_date_time"))
        return None

    def _result(self, joined: set[int], starts_at: datetime | None = None) -> PromotionUploadResult:
        return PromotionUploadResult(
            self.promotion_id,
            list(self.upload_ids),
            [nm for nm in self.nm_ids if nm in joined],
            [nm for nm in self.nm_ids if nm not in joined],
            starts_at,
            self.request_id,
        )


def _after_timeout(starts_at: datetime | None, timeout: float | None) -> bool:
    """The promotion starts later than a wait of `timeout` seconds could last."""
    if starts_at is None or timeout is None:
        return False
    return starts_at > timestamps.utcnow() + timedelta(seconds=timeout)
