"""Prices and discounts: uploads you can wait on, and the lists of goods, sizes and quarantine.

upload = wb.prices.set_prices([{"nmID": 123, "price": 999, "discount": 30}, ...])  # any number
result = upload.wait(timeout=300)     # per upload its status (3/4/5/6), per item applied or WB's error
result.raise_for_errors()             # UploadError listing every nmID that was not applied
for good in wb.prices.iter_goods():
    ...

WB answers an upload with an ID only: the upload sits in a buffer (status 1, the "unprocessed"
methods), then moves to the history (the "processed" methods) with status 3 (all applied),
4 (canceled), 5 (some items have errors) or 6 (all have errors); the item errors (an unknown
nmID, a price sent to quarantine…) are only in the processed upload details.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ..drift import RawItem
from ..errors import (
    BadRequestError,
    EnvelopeError,
    InvalidRequestError,
    MalformedResponseError,
    RetryUnsafeError,
    UnknownOutcomeError,
    UploadError,
    WaitTimeoutError,
    WBError,
    WriteOutcome,
)
from ..pagination import Pages, PageState, batches, offset_pages
from ..plans import Call, Plan, SyncRunner, each
from ..validation import check_params, check_value, max_items, param_schema, schema_at
from ..waiting import Handle, poll
from ._common import as_int
from ._common import as_json as _json
from ._common import attr as _get
from ._common import page_size as page_size_for
from .prices_b2b import PricesB2bOps

if TYPE_CHECKING:
    from wbseller_raw.prices.models import GoodBuffer, GoodHistory, GoodsList, GoodsSize, QuarantineGoods

SPEC = "prices"
SET_PRICES = "set_prices_and_discounts"
SET_SIZE_PRICES = "sets_size_prices"
SET_CLUB_DISCOUNTS = "set_wb_club_discounts"
UPLOAD_METHODS = {
    "set_prices": SET_PRICES,
    "set_size_prices": SET_SIZE_PRICES,
    "set_club_discounts": SET_CLUB_DISCOUNTS,
}

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
        r = yield Call(SPEC, "processed_upload_state", {"upload_id": upload_id})
        _raise_envelope(r.parsed, "processed_upload_state")
        data = _get(r.parsed, "data")
        status = as_int(_get(data, "status"))  # a string "3" is still status 3
        if data is None or status not in PROCESSED:
            if upload_id not in self.activation:
                b = yield Call(SPEC, "unprocessed_upload_state", {"upload_id": upload_id})
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
            _details_plan(PageState(), upload_id, True, _page_max("processed_upload_details")), collect
        )
        self._done[upload_id] = (task, items)

    def _result(self) -> PriceResult:
        items = [i for u in self.upload_ids for i in self._done[u][1]]
        items += [_refused_item(key, text) for key, text in self.refused.items()]
        return PriceResult({u: self._done[u][0] for u in self.upload_ids}, items)


def _refused_item(key: ItemKey, text: str) -> PriceItem:
    nm_id, size_id = (key, None) if isinstance(key, int) else key
    return PriceItem(nm_id, size_id, None, False, text)


# --- plans -----------------------------------------------------------------------------------
def _raise_envelope(parsed: Any, operation_id: str) -> None:
    """The section's envelope can say `error: true` in a 2xx answer."""
    if _get(parsed, "error") is True:
        raise WBError(f"{SPEC}.{operation_id}: {_get(parsed, 'error_text') or 'error'}")


def _list_plan(state: PageState, operation_id: str, key: str, limit: int, **kwargs: Any) -> Plan[None]:
    def call(n: int, offset: int) -> Call:
        return Call(SPEC, operation_id, {**kwargs, "limit": n, "offset": offset})

    def items(response: Any) -> Sequence[Any]:
        _raise_envelope(response.parsed, operation_id)
        return _get(_get(response.parsed, "data"), key) or []

    return offset_pages(call, items, limit, state)


def _details_plan(state: PageState, upload_id: int, processed: bool, limit: int) -> Plan[None]:
    if processed:
        return _list_plan(state, "processed_upload_details", "history_goods", limit, upload_id=upload_id)
    return _list_plan(state, "unprocessed_upload_details", "buffer_goods", limit, upload_id=upload_id)


def _page_max(operation_id: str) -> int:
    """The documented maximum page size (the `limit` parameter's maximum in the spec)."""
    return int(param_schema(SPEC, operation_id, "limit")["maximum"])


def _check_items_arg(items: Any) -> None:
    if items is None or isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise InvalidRequestError(
            f"items: give a list of items, not {type(items).__name__}",
            field="items",
            value=items,
            limit="a list",
        )


def _validated(operation_id: str, items: Iterable[Any], first: int = 0) -> list[dict[str, Any]]:
    """Each item against the spec's item schema and the sanity bounds; no item twice. `first`:
    the index of the first item among all given (errors name `data[<index>]`)."""
    schema = schema_at(SPEC, operation_id, "data.[]")
    _check_items_arg(items)
    body = [_json(i) for i in items]
    known = set(schema.get("properties", {}))
    seen: set[ItemKey] = set()
    for n, item in enumerate(body, first):
        for name in sorted(set(item) - known if isinstance(item, dict) else ()):
            # a misspelled field ("prise") would be dropped, or refused by WB
            raise InvalidRequestError(
                f"data[{n}].{name}: not a field of the item; known: {sorted(known)}",
                field=f"data[{n}].{name}",
                value=item[name],
                limit=sorted(known),
            )
        check_value(schema, item, f"data[{n}]", spec_name=SPEC)
        for name, bounds in SANITY_BOUNDS.items():
            if item.get(name) is not None:
                check_value({"type": "integer", **bounds}, item[name], f"data[{n}].{name}")
        key = _item_key(item["nmID"], item.get("sizeID") if operation_id == SET_SIZE_PRICES else None)
        if key in seen:
            what = "nmID/sizeID" if isinstance(key, tuple) else "nmID"
            raise InvalidRequestError(
                f"data[{n}].{what}: {key} appears twice in one upload",
                field=f"data[{n}].{what}",
                value=key,
                limit="unique",
            )
        seen.add(key)
    return body


def _upload_ids(upload_ids: Any) -> list[int]:
    """uploadIDs as WB gives them: positive integers (a numeric string too), at least one."""
    if isinstance(upload_ids, str | bytes | int) or not isinstance(upload_ids, Iterable):
        raise InvalidRequestError(
            f"upload_ids: give a list of uploadIDs, not {type(upload_ids).__name__}",
            field="upload_ids",
            value=upload_ids,
            limit="a list of positive integers",
        )
    ids: list[int] = []
    for n, value in enumerate(upload_ids):
        number = as_int(value) if isinstance(value, int | str) else None
        if number is None or number < 1:
            raise InvalidRequestError(
                f"upload_ids[{n}]: {value!r} is not an uploadID (a positive integer)",
                field=f"upload_ids[{n}]",
                value=value,
                limit="a positive integer",
            )
        ids.append(number)
    if not ids:
        raise InvalidRequestError(
            "upload_ids: no uploadIDs given", field="upload_ids", value=[], limit="at least 1"
        )
    return ids


def _streamed(operation_id: str, items: Iterable[Any], size: int) -> Iterator[list[dict[str, Any]]]:
    """An iterator's items in uploads of `size`, each checked when it is read (one upload in
    memory at a time): an item twice in one upload is refused, as WB does."""
    batch: list[Any] = []
    first = 0
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield _validated(operation_id, batch, first)
            first += size
            batch = []
    if batch:
        yield _validated(operation_id, batch, first)


@dataclass(frozen=True)
class SentUpload:
    """One request of an upload, as soon as WB answered it (`on_upload=` of set_prices…):
    its uploadID (None: WB refused the request, `error` says why), how many items it held, and
    whether WB answered 208 (an identical upload existed: that one's ID)."""

    upload_id: int | None
    items: int
    already_existing: bool = False
    error: str = ""


OnUpload = Callable[[SentUpload], None]


def _noting(error: WBError, ids: list[int]) -> WBError:
    """The error that stops an upload, with the uploads sent before it (to wait on, not resend)."""
    if ids:
        error.add_note(f"uploads already sent: {ids} (client.prices.upload({ids}) waits on them)")
    return error


class _ListChunks(Iterator[list[dict[str, Any]]]):
    """The chunks of a list (not a caller's iterator): what is left of them may be read at once."""

    def __init__(self, chunks: Iterator[list[dict[str, Any]]]) -> None:
        self._chunks = chunks

    def __next__(self) -> list[dict[str, Any]]:
        return next(self._chunks)


def _no_items() -> InvalidRequestError:
    return InvalidRequestError("data: no items to upload", field="data", value=[], limit="at least 1")


def _chunks(operation_id: str, items: Iterable[Any]) -> Iterator[list[dict[str, Any]]]:
    """The uploads of `items`: a list (or tuple) checked whole at once, any other iterable read
    and checked an upload at a time."""
    size = max_items(SPEC, operation_id, "data")
    _check_items_arg(items)
    if isinstance(items, list | tuple):
        body = _validated(operation_id, items)
        if not body:
            raise _no_items()
        return _ListChunks(batches(body, size))
    return _streamed(operation_id, items, size)


def _keys(operation_id: str, chunk: list[dict[str, Any]]) -> list[ItemKey]:
    sized = operation_id == SET_SIZE_PRICES
    return [_item_key(i["nmID"], i.get("sizeID") if sized else None) for i in chunk]


class PricesOps(PricesB2bOps):
    """Prices and discounts operations shared by the sync and async prices services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    # --- uploads ---
    def set_prices(self, items: Iterable[Any], *, on_upload: OnUpload | None = None) -> PriceUpload:
        """Set prices and/or discounts: items like {"nmID": 1, "price": 1000, "discount": 10}
        (dicts or generated `Goods`), any number — sent in uploads of the spec's maximum (1000).
        Returns a PriceUpload; wait() on it for what WB applied.

        A list (or tuple) is checked whole before anything is sent. Any other iterable (a
        generator over a large file) is read an upload at a time, each checked before it is sent,
        so memory stays bounded; a bad item then stops the sending with the uploads before it
        noted on the error. `on_upload(SentUpload)` is called as WB answers each request (its
        uploadID, to record: `prices.upload(ids)` waits on them after a crash)."""
        return self._send(SET_PRICES, items, on_upload)

    def set_size_prices(self, items: Iterable[Any], *, on_upload: OnUpload | None = None) -> PriceUpload:
        """Set per-size prices ({"nmID", "sizeID", "price"}; goods with editableSizePrice only),
        any number, in uploads of the spec's maximum (read and sent as set_prices does).
        Returns a PriceUpload."""
        return self._send(SET_SIZE_PRICES, items, on_upload)

    def set_club_discounts(self, items: Iterable[Any], *, on_upload: OnUpload | None = None) -> PriceUpload:
        """Set WB Club discounts ({"nmID", "clubDiscount"}), any number, in uploads of the spec's
        maximum (read and sent as set_prices does). Returns a PriceUpload."""
        return self._send(SET_CLUB_DISCOUNTS, items, on_upload)

    def check_upload(self, method: str, items: Iterable[Any]) -> list[list[dict[str, Any]]]:
        """The uploads `method` ("set_prices", "set_size_prices" or "set_club_discounts") would send
        for `items`: each upload's `data` list, checked and split exactly as that method checks and
        splits them (a list whole, another iterable an upload at a time). Nothing is sent: a dry
        run (`wbseller prices set --dry-run`). A bad item raises InvalidRequestError."""
        operation_id = UPLOAD_METHODS.get(method) if isinstance(method, str) else None
        if operation_id is None:
            raise InvalidRequestError(
                f"method: {method!r} is not one of {sorted(UPLOAD_METHODS)}",
                field="method",
                value=method,
                limit=sorted(UPLOAD_METHODS),
            )
        chunks = list(_chunks(operation_id, items))
        if not chunks:
            raise _no_items()
        return chunks

    def upload(self, upload_ids: Sequence[int]) -> PriceUpload:
        """The handle of earlier uploads, from their uploadIDs (e.g. in a restarted process, or
        from the file `wbseller prices set --resume FILE` records)."""
        return PriceUpload(self._runner, _upload_ids(upload_ids))

    def _send(
        self, operation_id: str, items: Iterable[Any], on_upload: OnUpload | None = None
    ) -> PriceUpload:
        return self._runner.run(self._send_plan(operation_id, _chunks(operation_id, items), on_upload))

    def _send_plan(
        self,
        operation_id: str,
        chunks: Iterator[list[dict[str, Any]]],
        on_upload: OnUpload | None = None,
        sent: tuple[list[int], list[int], dict[ItemKey, str]] | None = None,
    ) -> Plan[PriceUpload]:
        """Send every chunk. A chunk WB refuses (400/422, e.g. "already set") does not stop the
        others: its items are reported as failed. A chunk whose outcome is unknown stops with an
        UnknownOutcomeError that can resume; any other error stops, noting what was sent.
        `sent`: the uploads (and refusals) of an earlier run being resumed."""
        ids, existing, refused = sent or ([], [], {})
        first_refusal: BadRequestError | None = None
        while True:
            try:
                chunk = next(chunks, None)
            except InvalidRequestError as e:  # a streamed item further on: the uploads before it stand
                raise _noting(e, ids) from None
            if chunk is None:
                break
            try:
                r = yield Call(SPEC, operation_id, body={"data": chunk})
                upload_id = _get(_get(r.parsed, "data"), "id")
                if upload_id is None:
                    raise MalformedResponseError(f"{SPEC}.{operation_id}: no upload ID in the answer")
            except BadRequestError as e:
                if isinstance(e, EnvelopeError):  # a 200 saying "error": no refusal WB explained
                    raise _noting(e, ids) from None
                first_refusal = first_refusal or e
                refused.update(dict.fromkeys(_keys(operation_id, chunk), e.detail or str(e)))
                if on_upload is not None:
                    on_upload(SentUpload(None, len(chunk), error=e.detail or str(e)))
                continue
            except RetryUnsafeError as e:
                raise self._unknown(
                    operation_id, chunk, chunks, on_upload, (ids, existing, refused), e
                ) from e
            except WBError as e:
                raise _noting(e, ids) from None
            upload_id = as_int(_get(_get(r.parsed, "data"), "id"))
            if upload_id is None:
                raise _noting(
                    MalformedResponseError(f"{SPEC}.{operation_id}: no upload ID in the answer"), ids
                )
            ids.append(int(upload_id))
            again = int(r.status_code) == 208  # documented success: this upload already exists
            if again:
                existing.append(int(upload_id))
            if on_upload is not None:
                on_upload(SentUpload(int(upload_id), len(chunk), again))
        if not ids and first_refusal is not None:
            raise first_refusal
        if not ids and not refused:
            raise _no_items()
        return PriceUpload(self._runner, ids, already_existing=existing, refused=refused)

    def _unknown(
        self,
        operation_id: str,
        chunk: list[dict[str, Any]],
        chunks: Iterator[list[dict[str, Any]]],
        on_upload: OnUpload | None,
        sent: tuple[list[int], list[int], dict[ItemKey, str]],
        error: RetryUnsafeError,
    ) -> UnknownOutcomeError:
        """The error for a chunk whose answer never came whole. WB lists uploads by ID only, so
        nothing tells whether it arrived; but WB answers an identical upload with 208 and the
        earlier upload's ID ("this upload already exists"): resume() sends the chunk again (208:
        it had arrived, 200: it had not), then the chunks never sent."""
        ids = sent[0]
        # a list's remaining chunks are known (an iterator's are not read yet)
        rest = list(chunks) if isinstance(chunks, _ListChunks) else None
        later: Iterator[list[dict[str, Any]]] = iter(rest) if rest is not None else chunks
        outcome = WriteOutcome(
            unknown=_keys(operation_id, chunk),
            not_applied=[k for c in rest or [] for k in _keys(operation_id, c)],
            uploads=list(ids),
        )

        def resume() -> PriceUpload:
            again = itertools.chain([chunk], later)
            state = (list(ids), list(sent[1]), dict(sent[2]))
            return self._runner.run(self._send_plan(operation_id, again, on_upload, state))

        e = UnknownOutcomeError(
            f"{SPEC}.{operation_id}: an upload of {len(chunk)} items got no answer to rely on ({error}); "
            f"{outcome}: WB lists no uploads to look it up by, but answers a repeated identical upload "
            "with 208 and its ID, so resume() sends it again (no duplicate), then the rest",
            outcome=outcome,
            resume=resume,
        )
        return cast(UnknownOutcomeError, _noting(e, ids))

    # --- lists ---
    def iter_goods(
        self, filter_nm_id: int | None = None, *, page_size: int | None = None
    ) -> Pages[GoodsList | RawItem]:
        """Goods with their prices and discounts (all, or the one `filter_nm_id`), by limit/offset
        until an empty page; page_size defaults to the documented maximum."""
        op = "get_products_with_prices"
        limit = page_size_for(SPEC, op, page_size)
        kwargs: dict[str, Any] = {}
        if filter_nm_id is not None:
            check_params(SPEC, op, {"limit": limit, "filterNmID": filter_nm_id})
            kwargs["filter_nm_id"] = filter_nm_id
        return Pages(self._runner, lambda state: _list_plan(state, op, "list_goods", limit, **kwargs))

    def iter_size_prices(self, nm_id: int, *, page_size: int | None = None) -> Pages[GoodsSize | RawItem]:
        """The sizes of one product with their prices (goods with editableSizePrice only)."""
        op = "get_product_sizes_with_prices"
        limit = page_size_for(SPEC, op, page_size)
        check_params(SPEC, op, {"limit": limit, "nmID": nm_id})
        return Pages(self._runner, lambda state: _list_plan(state, op, "list_goods", limit, nm_id=nm_id))

    def iter_quarantine(self, *, page_size: int | None = None) -> Pages[QuarantineGoods | RawItem]:
        """The goods in price quarantine (their new price with discount ≥ 3 times lower)."""
        op = "get_products_in_quarantine"
        limit = page_size_for(SPEC, op, page_size)
        return Pages(self._runner, lambda state: _list_plan(state, op, "quarantine_goods", limit))

    def iter_upload_details(
        self, upload_id: int, processed: bool = True, *, page_size: int | None = None
    ) -> Pages[GoodHistory | GoodBuffer | RawItem]:
        """The items of one upload with their errors: processed (the history) or still in the
        buffer (processed=False). Empty while the upload is in the other list."""
        op = "processed_upload_details" if processed else "unprocessed_upload_details"
        limit = page_size_for(SPEC, op, page_size)
        check_params(SPEC, op, {"limit": limit, "uploadID": upload_id})
        return Pages(self._runner, lambda state: _details_plan(state, upload_id, processed, limit))


__all__ = ["PriceItem", "PriceResult", "PriceUpload", "PricesOps", "SentUpload", "UploadTask"]
