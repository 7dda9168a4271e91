"""The promotions calendar: promotions of a period, their details, the products that can take part,
and adding products to a promotion — an upload you can wait on.

for promo in wb.calendar.iter_promotions(start, end):
    ...
upload = wb.calendar.add_to_promotion(promo_id, [nm1, nm2])
result = upload.wait(timeout=120)    # the nmIDs now in the promotion (or scheduled for its start)

WB documents no method to read the state of a promotion upload (only that one exists), so waiting
follows what is observable: the products showing up among the promotion's participants
(List of products with inAction=true).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wbseller_raw.calendar import ops

from .. import timestamps
from ..drift import RawItem
from ..errors import (
    InvalidRequestError,
    MalformedResponseError,
    RetryUnsafeError,
    UnknownOutcomeError,
    WBError,
    WriteOutcome,
)
from ..pagination import Pages, batches
from ..plans import Plan, SyncRunner, call
from ..validation import check_body, check_params, check_value
from ._common import attr as _get
from ._common import offset_list, request_id
from ._common import page_size as page_size_for
from .calendar_upload import (
    PromotionUpload,
    PromotionUploadResult,
    _details_plan,
    _joined_plan,
    _nomenclatures_plan,
    _param_max_items,
)

if TYPE_CHECKING:
    from wbseller_raw.calendar.models import PromotionDetails, PromotionListItem, PromotionNomenclature


def _when(value: datetime | str, name: str) -> datetime:
    """A period bound as an aware UTC datetime. WB's calendar times are UTC ("...T21:00:00Z" in
    promotion.txt, i.e. midnight in Moscow), so a naive datetime is refused: read as the machine's
    local time it would shift the period by the machine's offset, in silence. A string without
    an offset is Moscow time (WB's rule for its own naive strings, see timestamps.parse)."""
    if isinstance(value, datetime) and value.tzinfo is None:
        raise InvalidRequestError(
            f"{name}: {value!r} has no timezone; WB's calendar times are UTC: pass tzinfo=datetime.UTC "
            "(or an aware datetime in any zone)",
            field=name,
            value=value,
            limit="timezone-aware",
        )
    parsed = timestamps.parse(value) if isinstance(value, str) else value
    if not isinstance(parsed, datetime):
        raise InvalidRequestError(
            f"{name}: {value!r} is not a date and time", field=name, value=value, limit="RFC 3339"
        )
    return parsed.astimezone(UTC).replace(microsecond=0)


def _upload_batch_size() -> int | None:
    """WB's bound on the nmIDs of one promotion upload, if the spec has one."""
    try:
        return ops.ADD_PRODUCT_TO_THE_PROMOTION.max_items("data.nomenclatures")
    except LookupError:
        return None


class CalendarOps:
    """Calendar promotion operations shared by the sync and async calendar services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

    def iter_promotions(
        self,
        start: datetime | str,
        end: datetime | str,
        all_promo: bool = False,
        *,
        page_size: int | None = None,
    ) -> Pages[PromotionListItem | RawItem]:
        """The promotions occurring in [start, end] (aware datetimes -- WB's calendar times are UTC,
        a naive one is refused -- or RFC 3339 strings), by limit/offset until an empty page.
        all_promo=False: those available for participation."""
        start_at, end_at = _when(start, "startDateTime"), _when(end, "endDateTime")
        if start_at > end_at:
            raise InvalidRequestError(
                f"startDateTime: {start_at.isoformat()} is after endDateTime {end_at.isoformat()}",
                field="startDateTime",
                value=start,
                limit=end,
            )
        limit = page_size_for(ops.PROMOTIONS_LIST, page_size)
        check_params(
            ops.PROMOTIONS_LIST,
            {"startDateTime": start_at.isoformat(), "endDateTime": end_at.isoformat(), "allPromo": all_promo},
        )
        kwargs: dict[str, Any] = {
            "start_date_time": start_at,
            "end_date_time": end_at,
            "all_promo": all_promo,
        }
        return Pages(
            self._runner, lambda state: offset_list(state, ops.PROMOTIONS_LIST, "promotions", limit, **kwargs)
        )

    def iter_nomenclatures(
        self, promotion_id: int, in_action: bool, *, page_size: int | None = None
    ) -> Pages[PromotionNomenclature | RawItem]:
        """The products that can take part in a (regular) promotion: those in it (in_action=True)
        or not yet (False), by limit/offset until an empty page."""
        limit = page_size_for(ops.LIST_OF_PRODUCTS_FOR_PARTICIPATING_IN_THE_PROMOTION, page_size)
        check_params(
            ops.LIST_OF_PRODUCTS_FOR_PARTICIPATING_IN_THE_PROMOTION,
            {"promotionID": promotion_id, "inAction": in_action},
        )
        return Pages(self._runner, lambda state: _nomenclatures_plan(state, promotion_id, in_action, limit))

    def promotion_details(self, ids: Iterable[int]) -> list[PromotionDetails | RawItem]:
        """The details of any number of promotions, asked for in batches of the spec's maximum
        (100); duplicates asked once, unknown IDs left out by WB."""
        given = list(ids)
        for i, promotion_id in enumerate(given):  # before dropping repeats: the caller's index
            # the spec gives no minimum; WB's promotion IDs are positive, so below 1 cannot be one
            check_value({"type": "integer", "minimum": 1}, promotion_id, f"promotionIDs[{i}]")
        unique = list(dict.fromkeys(given))
        for batch in batches(unique, _param_max_items(ops.PROMOTIONS_DETAILS, "promotionIDs")):
            check_params(ops.PROMOTIONS_DETAILS, {"promotionIDs": batch})
        return self._runner.run(_details_plan(unique))

    def add_to_promotion(
        self, promotion_id: int, nm_ids: Iterable[int], upload_now: bool = True
    ) -> PromotionUpload:
        """Add products (nmIDs, suitable for the promotion) to a regular promotion: now, or when it
        starts (upload_now=False). Returns a PromotionUpload to wait on."""
        nms = list(dict.fromkeys(nm_ids))  # WB takes a set: a repeated nmID is asked for once
        bodies = self.check_add_to_promotion(promotion_id, nms, upload_now)
        return self._runner.run(self._upload_plan(promotion_id, nms, upload_now, bodies))

    def check_add_to_promotion(
        self, promotion_id: int, nm_ids: Iterable[int], upload_now: bool = True
    ) -> list[dict[str, Any]]:
        """The bodies add_to_promotion would send (`POST /api/v1/calendar/promotions/upload`),
        after the same checks and split the same way. Nothing is sent: a dry run (`wbseller
        calendar add --dry-run`)."""
        nms = list(dict.fromkeys(nm_ids))
        if not nms:
            raise InvalidRequestError(
                "nomenclatures: no nmIDs to add", field="nomenclatures", value=[], limit="at least 1"
            )
        size = _upload_batch_size() or len(nms)
        bodies = [
            {"data": {"promotionID": promotion_id, "uploadNow": upload_now, "nomenclatures": batch}}
            for batch in batches(nms, size)
        ]
        for body in bodies:
            check_body(ops.ADD_PRODUCT_TO_THE_PROMOTION, body)
        return bodies

    def promotion_upload(
        self,
        promotion_id: int,
        nm_ids: Sequence[int],
        upload_ids: Sequence[int] = (),
        upload_now: bool = True,
    ) -> PromotionUpload:
        """The handle of an earlier promotion upload (e.g. in a restarted process)."""
        return PromotionUpload(self._runner, promotion_id, nm_ids, upload_ids, upload_now=upload_now)

    def _upload_plan(
        self,
        promotion_id: int,
        nms: list[int],
        upload_now: bool,
        bodies: list[dict[str, Any]],
        sent: tuple[list[int], list[int]] | None = None,
    ) -> Plan[PromotionUpload]:
        """Send each batch; `sent`: the uploads of an earlier run being resumed."""
        ids, existing = sent or ([], [])
        rid: str | None = None
        for k, body in enumerate(bodies):
            try:
                r = yield from call(ops.ADD_PRODUCT_TO_THE_PROMOTION, body=body)
            except RetryUnsafeError as e:
                error = yield from self._unknown(
                    promotion_id, nms, upload_now, bodies[k:], (ids, existing), e
                )
                raise error from e
            data = _get(r.parsed, "data")
            upload_id = _get(data, "upload_id")
            if upload_id is None:
                raise MalformedResponseError(
                    f"{ops.ADD_PRODUCT_TO_THE_PROMOTION.key}: no uploadID in the answer"
                )
            ids.append(int(upload_id))
            rid = request_id(r) or rid
            if _get(data, "already_exists"):
                existing.append(int(upload_id))
        handle = PromotionUpload(
            self._runner, promotion_id, nms, ids, upload_now=upload_now, already_existing=existing
        )
        handle.request_id = rid
        return handle

    def _unknown(
        self,
        promotion_id: int,
        nms: list[int],
        upload_now: bool,
        bodies: list[dict[str, Any]],
        sent: tuple[list[int], list[int]],
        error: RetryUnsafeError,
    ) -> Plan[UnknownOutcomeError]:
        """A batch whose answer never came whole (`bodies[0]`; the rest never sent): the
        promotion's participants show which of its nmIDs are in (WB processes an upload later, so
        one not in yet is unknown). resume() reads them again and sends only the nmIDs still not
        in: the identical batch when none is (WB answers an identical upload still being processed
        with alreadyExists and its ID: no duplicate), then the batches never sent."""
        batch = list(bodies[0]["data"]["nomenclatures"])
        try:
            joined = yield from _joined_plan(promotion_id, set(batch))
        except WBError as again:
            error.add_note(f"reading the promotion's products back failed too: {again}")
            joined = set()
        outcome = WriteOutcome(
            applied=[nm for nm in batch if nm in joined],
            not_applied=[nm for b in bodies[1:] for nm in b["data"]["nomenclatures"]],
            unknown=[nm for nm in batch if nm not in joined],
            uploads=list(sent[0]),
        )

        def resume_plan() -> Plan[PromotionUpload]:
            now_in = yield from _joined_plan(promotion_id, set(batch))
            left = [nm for nm in batch if nm not in now_in]
            first = (
                bodies[0]
                if len(left) == len(batch)
                else {"data": {**bodies[0]["data"], "nomenclatures": left}}
            )
            state = (list(sent[0]), list(sent[1]))
            again = ([first] if left else []) + bodies[1:]
            result = yield from self._upload_plan(promotion_id, nms, upload_now, again, state)
            return result

        def resume() -> PromotionUpload:
            return self._runner.run(resume_plan())

        e = UnknownOutcomeError(
            f"{ops.ADD_PRODUCT_TO_THE_PROMOTION.key}: a batch of {len(batch)} nmIDs for promotion "
            f"{promotion_id} got no answer to rely on ({error}); WB shows {outcome}; WB answers an "
            "identical upload with alreadyExists and its ID, so resume() sends it again (no "
            "duplicate), then the rest",
            outcome=outcome,
            resume=resume,
        )
        if sent[0]:
            e.add_note(f"uploads already sent: {sent[0]}")
        return e


__all__ = ["CalendarOps", "PromotionUpload", "PromotionUploadResult"]
