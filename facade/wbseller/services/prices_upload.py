"""Price uploads you can wait on: the handle (PriceUpload) and what waiting on it gives (PriceResult:
per upload its status, per item applied or WB's error), and the upload lists it reads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wbseller_raw._runtime.operation import Operation
from wbseller_raw.prices import ops

from ..errors import (
    UploadError,
    WaitTimeoutError,
    WBError,
)
from ..pagination import PageState
from ..plans import Plan, call, each
from ..waiting import Handle, poll
from ._common import as_int, offset_list
from ._common import attr as _get

if TYPE_CHECKING:
    pass


# Upload statuses (the spec's HistoryTask.status): 1 is the buffer, there is no 2.
APPLIED, CANCELED, PARTLY, NONE_APPLIED = 3, 4, 5, 6
PROCESSED = (APPLIED, CANCELED, PARTLY, NONE_APPLIED)
ITEM_ERROR = 3  # GoodHistory.status: 2 — updated, 3 — has errors

# The docs give no bounds for price, discount, clubDiscount and the IDs (so the spec has none).
# Only what cannot be a real value is refused here; WB's own limits come back item by item:
# a price of a billion rubles or more (no marketplace item costs that: a typo, or kopecks), a
# discount of 100 % (the item would cost nothing), an ID below 1 (WB's IDs are positive).
SANITY_BOUNDS: dict[str, dict[str, int]] = {
    "nmID": {"minimum": 1},
    "sizeID": {"minimum": 1},
    "price": {"minimum": 1, "maximum": 999_999_999},
    "discount": {"minimum": 0, "maximum": 99},
    "clubDiscount": {"minimum": 0, "maximum": 99},
}

ItemKey = int | tuple[int, int]  # nmID, or (nmID, sizeID) for size prices


def _item_key(nm_id: int, size_id: int | None) -> ItemKey:
    return nm_id if size_id is None else (nm_id, size_id)


# --- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class UploadTask:
    """One processed upload as WB reports it (Processed upload state)."""

    upload_id: int
    status: int  # 3 all applied, 4 canceled, 5 partly applied, 6 nothing applied
    error_text: str = ""
    upload_date: str | None = None
    activation_date: str | None = None
    overall: int | None = None  # overAllGoodsNumber
    succeeded: int | None = None  # successGoodsNumber


@dataclass(frozen=True)
class PriceItem:
    """One item of an upload: applied, or WB's error text for it."""

    nm_id: int
    size_id: int | None
    upload_id: int | None  # None: its request was refused, no upload was made
    applied: bool
    error: str = ""

    @property
    def key(self) -> ItemKey:
        return _item_key(self.nm_id, self.size_id)


@dataclass
class PriceResult:
    """What became of a price upload: `tasks` per uploadID, `items` per nmID (+ sizeID)."""

    tasks: dict[int, UploadTask]
    items: list[PriceItem]
    request_id: str | None = None  # WB's ID of the (last) upload request (X-Request-Id)

    @property
    def status(self) -> int:
        """The uploads' statuses folded into one: the common status when they agree; else 5 if
        any upload applied something, 6 if none did. A refused request counts as a 6."""
        statuses = {t.status for t in self.tasks.values()}
        if self.refused:
            statuses.add(NONE_APPLIED)
        if len(statuses) == 1:
            return statuses.pop()
        return PARTLY if statuses & {APPLIED, PARTLY} else NONE_APPLIED

    @property
    def refused(self) -> dict[ItemKey, str]:
        """Items whose request WB refused outright (no uploadID), with its error."""
        return {i.key: i.error for i in self.items if i.upload_id is None}

    @property
    def applied(self) -> list[ItemKey]:
        """nmID (or (nmID, sizeID)) of every item WB applied."""
        return [i.key for i in self.items if i.applied]

    @property
    def ok(self) -> bool:
        """True when every item was applied (`failed` is empty)."""
        return not self.failed

    @property
    def failed(self) -> dict[ItemKey, str]:
        """nmID (or (nmID, sizeID)) -> WB's error text, for every item not applied."""
        return {i.key: i.error for i in self.items if not i.applied}

    def raise_for_errors(self) -> PriceResult:
        """UploadError (with `.failed`) listing every item not applied, grouped by error text."""
        failed = self.failed
        if failed:
            by_text: dict[str, list[str]] = {}
            for key, text in failed.items():
                by_text.setdefault(text, []).append(str(key))
            lines = "; ".join(f"nmID {', '.join(keys)}: {text}" for text, keys in by_text.items())
            raise UploadError(f"{len(failed)} item(s) not applied: {lines}", failed=dict(failed))
        return self


def _outcome(task: UploadTask, item: Any) -> PriceItem:
    nm_id = as_int(_get(item, "nm_id")) or 0
    size_id = as_int(_get(item, "size_id"))
    text = str(_get(item, "error_text") or "")
    # only uploads WB applied (3, 5) applied anything; in those, an item with an error was skipped
    applied = task.status in (APPLIED, PARTLY) and not text and as_int(_get(item, "status")) != ITEM_ERROR
    if not applied and not text:
        text = "upload canceled" if task.status == CANCELED else f"not applied (upload status {task.status})"
    return PriceItem(nm_id, size_id, task.upload_id, applied, text)


# --- the handle ------------------------------------------------------------------------------
class PriceUpload(Handle[PriceResult]):
    """Price uploads sent to WB: wait() follows each uploadID from the buffer to the history and
    returns a PriceResult. Rebuild it in another process with `client.prices.upload(upload_ids)`."""

    default_poll = 3.0

    def __init__(
        self,
        runner: Any,
        upload_ids: Sequence[int],
        *,
        already_existing: Iterable[int] = (),
        refused: Mapping[ItemKey, str] | None = None,
    ) -> None:
        super().__init__(runner)
        self.upload_ids = list(dict.fromkeys(int(i) for i in upload_ids))
        self.already_existing = set(already_existing)  # answered 208: an identical upload existed
        self.refused = dict(refused or {})  # items of requests WB refused (400/422), with its error
        self.activation: dict[int, str | None] = {}  # buffered uploads' activationDate, when seen
        self._done: dict[int, tuple[UploadTask, list[PriceItem]]] = {}

    def __repr__(self) -> str:
        return f"PriceUpload(upload_ids={self.upload_ids})"

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[PriceResult]:
        def round_() -> Plan[PriceResult | None]:
            for upload_id in self.upload_ids:
                if upload_id not in self._done:
                    yield from self._check(upload_id)
            if len(self._done) < len(self.upload_ids):
                return None
            return self._result()

        try:
            result = yield from poll(
                round_, timeout=timeout, interval=poll_interval, what=f"price upload(s) {self.upload_ids}"
            )
        except WaitTimeoutError as e:
            raise WaitTimeoutError(f"{e}{self._pending()}") from None
        return result

    def _pending(self) -> str:
        """Which uploads are not processed yet, and when WB said it would process them."""
        pending = [u for u in self.upload_ids if u not in self._done]
        dates = {u: self.activation[u] for u in pending if self.activation.get(u)}
        return f"; not processed yet: {pending}" + (f", activation dates: {dates}" if dates else "")

    def _check(self, upload_id: int) -> Plan[None]:
        """Processed yet? Then read all its items. If not, look at the buffer once, to learn
        when WB means to process it (a promo-calendar upload waits for the promo start)."""
        r = yield from call(ops.PROCESSED_UPLOAD_STATE, upload_id=upload_id)
        _raise_envelope(r.parsed, ops.PROCESSED_UPLOAD_STATE)
        data = _get(r.parsed, "data")
        status = as_int(_get(data, "status"))  # a string "3" is still status 3
        if data is None or status not in PROCESSED:
            if upload_id not in self.activation:
                b = yield from call(ops.UNPROCESSED_UPLOAD_STATE, upload_id=upload_id)
                self.activation[upload_id] = _get(_get(b.parsed, "data"), "activation_date")
            return
        task = UploadTask(
            upload_id,
            int(status),
            str(_get(r.parsed, "error_text") or ""),
            _get(data, "upload_date"),
            _get(data, "activation_date"),
            as_int(_get(data, "over_all_goods_number")),
            as_int(_get(data, "success_goods_number")),
        )
        items: list[PriceItem] = []

        def collect(item: Any) -> bool:
            items.append(_outcome(task, item))
            return False  # read every page

        yield from each(
            _details_plan(PageState(), upload_id, True, _page_max(ops.PROCESSED_UPLOAD_DETAILS)), collect
        )
        self._done[upload_id] = (task, items)

    def _result(self) -> PriceResult:
        items = [i for u in self.upload_ids for i in self._done[u][1]]
        items += [_refused_item(key, text) for key, text in self.refused.items()]
        return PriceResult({u: self._done[u][0] for u in self.upload_ids}, items, self.request_id)


def _refused_item(key: ItemKey, text: str) -> PriceItem:
    nm_id, size_id = (key, None) if isinstance(key, int) else key
    return PriceItem(nm_id, size_id, None, False, text)


# --- plans -----------------------------------------------------------------------------------
def _raise_envelope(parsed: Any, op: Operation[Any, Any]) -> None:
    """The section's envelope can say `error: true` in a 2xx answer."""
    if _get(parsed, "error") is True:
        raise WBError(f"{op.key}: {_get(parsed, 'error_text') or 'error'}")


def _list_plan(state: PageState, op: Operation[Any, Any], key: str, limit: int, **params: Any) -> Plan[None]:
    return offset_list(state, op, key, limit, check=lambda parsed: _raise_envelope(parsed, op), **params)


def _details_plan(state: PageState, upload_id: int, processed: bool, limit: int) -> Plan[None]:
    if processed:
        return _list_plan(state, ops.PROCESSED_UPLOAD_DETAILS, "history_goods", limit, upload_id=upload_id)
    return _list_plan(state, ops.UNPROCESSED_UPLOAD_DETAILS, "buffer_goods", limit, upload_id=upload_id)


def _page_max(op: Operation[Any, Any]) -> int:
    """The documented maximum page size (the `limit` parameter's maximum in the spec)."""
    return int(op.param("limit")["maximum"])
