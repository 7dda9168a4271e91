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

from wbseller_raw._runtime.operation import Operation
from wbseller_raw.prices import ops

from ..drift import RawItem
from ..errors import (
    BadRequestError,
    EnvelopeError,
    InvalidRequestError,
    MalformedResponseError,
    RetryUnsafeError,
    UnknownOutcomeError,
    WBError,
    WriteOutcome,
)
from ..pagination import Pages, batches
from ..plans import Plan, SyncRunner, call
from ..validation import check_params, check_value
from ._common import as_int, request_id
from ._common import as_json as _json
from ._common import attr as _get
from ._common import page_size as page_size_for
from .prices_b2b import PricesB2bOps

if TYPE_CHECKING:
    from wbseller_raw.prices.models import GoodBuffer, GoodHistory, GoodsList, GoodsSize, QuarantineGoods
from .prices_upload import (
    SANITY_BOUNDS,
    ItemKey,
    PriceItem,
    PriceResult,
    PriceUpload,
    UploadTask,
    _details_plan,
    _item_key,
    _list_plan,
)

UPLOAD_METHODS: dict[str, Operation[Any, Any]] = {
    "set_prices": ops.SET_PRICES_AND_DISCOUNTS,
    "set_size_prices": ops.SETS_SIZE_PRICES,
    "set_club_discounts": ops.SET_WB_CLUB_DISCOUNTS,
}


def _check_items_arg(items: Any) -> None:
    if items is None or isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise InvalidRequestError(
            f"items: give a list of items, not {type(items).__name__}",
            field="items",
            value=items,
            limit="a list",
        )


def _validated(op: Operation[Any, Any], items: Iterable[Any], first: int = 0) -> list[dict[str, Any]]:
    """Each item against the spec's item schema and the sanity bounds; no item twice. `first`:
    the index of the first item among all given (errors name `data[<index>]`)."""
    schema = op.schema("data.[]")
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
        check_value(schema, item, f"data[{n}]", op)
        for name, bounds in SANITY_BOUNDS.items():
            if item.get(name) is not None:
                check_value({"type": "integer", **bounds}, item[name], f"data[{n}].{name}")
        key = _item_key(item["nmID"], item.get("sizeID") if _sized(op) else None)
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


def _streamed(op: Operation[Any, Any], items: Iterable[Any], size: int) -> Iterator[list[dict[str, Any]]]:
    """An iterator's items in uploads of `size`, each checked when it is read (one upload in
    memory at a time): an item twice in one upload is refused, as WB does."""
    batch: list[Any] = []
    first = 0
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield _validated(op, batch, first)
            first += size
            batch = []
    if batch:
        yield _validated(op, batch, first)


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


def _chunks(op: Operation[Any, Any], items: Iterable[Any]) -> Iterator[list[dict[str, Any]]]:
    """The uploads of `items`: a list (or tuple) checked whole at once, any other iterable read
    and checked an upload at a time."""
    size = op.max_items("data")
    _check_items_arg(items)
    if isinstance(items, list | tuple):
        body = _validated(op, items)
        if not body:
            raise _no_items()
        return _ListChunks(batches(body, size))
    return _streamed(op, items, size)


def _sized(op: Operation[Any, Any]) -> bool:
    """Whether the upload's items are sizes (nmID and sizeID), as its schema says."""
    return "sizeID" in op.schema("data.[]").get("properties", {})


def _keys(op: Operation[Any, Any], chunk: list[dict[str, Any]]) -> list[ItemKey]:
    sized = _sized(op)
    return [_item_key(i["nmID"], i.get("sizeID") if sized else None) for i in chunk]


class PricesOps(PricesB2bOps):
    """Prices and discounts operations shared by the sync and async prices services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

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
        return self._send(ops.SET_PRICES_AND_DISCOUNTS, items, on_upload)

    def set_size_prices(self, items: Iterable[Any], *, on_upload: OnUpload | None = None) -> PriceUpload:
        """Set per-size prices ({"nmID", "sizeID", "price"}; goods with editableSizePrice only),
        any number, in uploads of the spec's maximum (read and sent as set_prices does).
        Returns a PriceUpload."""
        return self._send(ops.SETS_SIZE_PRICES, items, on_upload)

    def set_club_discounts(self, items: Iterable[Any], *, on_upload: OnUpload | None = None) -> PriceUpload:
        """Set WB Club discounts ({"nmID", "clubDiscount"}), any number, in uploads of the spec's
        maximum (read and sent as set_prices does). Returns a PriceUpload."""
        return self._send(ops.SET_WB_CLUB_DISCOUNTS, items, on_upload)

    def check_upload(self, method: str, items: Iterable[Any]) -> list[list[dict[str, Any]]]:
        """The uploads `method` ("set_prices", "set_size_prices" or "set_club_discounts") would send
        for `items`: each upload's `data` list, checked and split exactly as that method checks and
        splits them (a list whole, another iterable an upload at a time). Nothing is sent: a dry
        run (`wbseller prices set --dry-run`). A bad item raises InvalidRequestError."""
        op = UPLOAD_METHODS.get(method) if isinstance(method, str) else None
        if op is None:
            raise InvalidRequestError(
                f"method: {method!r} is not one of {sorted(UPLOAD_METHODS)}",
                field="method",
                value=method,
                limit=sorted(UPLOAD_METHODS),
            )
        chunks = list(_chunks(op, items))
        if not chunks:
            raise _no_items()
        return chunks

    def upload(self, upload_ids: Sequence[int]) -> PriceUpload:
        """The handle of earlier uploads, from their uploadIDs (e.g. in a restarted process, or
        from the file `wbseller prices set --resume FILE` records)."""
        return PriceUpload(self._runner, _upload_ids(upload_ids))

    def _send(
        self, op: Operation[Any, Any], items: Iterable[Any], on_upload: OnUpload | None = None
    ) -> PriceUpload:
        return self._runner.run(self._send_plan(op, _chunks(op, items), on_upload))

    def _send_plan(
        self,
        op: Operation[Any, Any],
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
        rid: str | None = None
        while True:
            try:
                chunk = next(chunks, None)
            except InvalidRequestError as e:  # a streamed item further on: the uploads before it stand
                raise _noting(e, ids) from None
            if chunk is None:
                break
            try:
                r = yield from call(op, body={"data": chunk})
                upload_id = _get(_get(r.parsed, "data"), "id")
                if upload_id is None:
                    raise MalformedResponseError(f"{op.key}: no upload ID in the answer")
            except BadRequestError as e:
                if isinstance(e, EnvelopeError):  # a 200 saying "error": no refusal WB explained
                    raise _noting(e, ids) from None
                first_refusal = first_refusal or e
                refused.update(dict.fromkeys(_keys(op, chunk), e.detail or str(e)))
                if on_upload is not None:
                    on_upload(SentUpload(None, len(chunk), error=e.detail or str(e)))
                continue
            except RetryUnsafeError as e:
                raise self._unknown(op, chunk, chunks, on_upload, (ids, existing, refused), e) from e
            except WBError as e:
                raise _noting(e, ids) from None
            upload_id = as_int(_get(_get(r.parsed, "data"), "id"))
            if upload_id is None:
                raise _noting(MalformedResponseError(f"{op.key}: no upload ID in the answer"), ids)
            ids.append(int(upload_id))
            rid = request_id(r) or rid
            again = int(r.status_code) == 208  # documented success: this upload already exists
            if again:
                existing.append(int(upload_id))
            if on_upload is not None:
                on_upload(SentUpload(int(upload_id), len(chunk), again))
        if not ids and first_refusal is not None:
            raise first_refusal
        if not ids and not refused:
            raise _no_items()
        handle = PriceUpload(self._runner, ids, already_existing=existing, refused=refused)
        handle.request_id = rid
        return handle

    def _unknown(
        self,
        op: Operation[Any, Any],
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
            unknown=_keys(op, chunk),
            not_applied=[k for c in rest or [] for k in _keys(op, c)],
            uploads=list(ids),
        )

        def resume() -> PriceUpload:
            again = itertools.chain([chunk], later)
            state = (list(ids), list(sent[1]), dict(sent[2]))
            return self._runner.run(self._send_plan(op, again, on_upload, state))

        e = UnknownOutcomeError(
            f"{op.key}: an upload of {len(chunk)} items got no answer to rely on ({error}); "
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
        op = ops.GET_PRODUCTS_WITH_PRICES
        limit = page_size_for(op, page_size)
        kwargs: dict[str, Any] = {}
        if filter_nm_id is not None:
            check_params(op, {"limit": limit, "filterNmID": filter_nm_id})
            kwargs["filter_nm_id"] = filter_nm_id
        return Pages(self._runner, lambda state: _list_plan(state, op, "list_goods", limit, **kwargs))

    def iter_size_prices(self, nm_id: int, *, page_size: int | None = None) -> Pages[GoodsSize | RawItem]:
        """The sizes of one product with their prices (goods with editableSizePrice only)."""
        op = ops.GET_PRODUCT_SIZES_WITH_PRICES
        limit = page_size_for(op, page_size)
        check_params(op, {"limit": limit, "nmID": nm_id})
        return Pages(self._runner, lambda state: _list_plan(state, op, "list_goods", limit, nm_id=nm_id))

    def iter_quarantine(self, *, page_size: int | None = None) -> Pages[QuarantineGoods | RawItem]:
        """The goods in price quarantine (their new price with discount ≥ 3 times lower)."""
        op = ops.GET_PRODUCTS_IN_QUARANTINE
        limit = page_size_for(op, page_size)
        return Pages(self._runner, lambda state: _list_plan(state, op, "quarantine_goods", limit))

    def iter_upload_details(
        self, upload_id: int, processed: bool = True, *, page_size: int | None = None
    ) -> Pages[GoodHistory | GoodBuffer | RawItem]:
        """The items of one upload with their errors: processed (the history) or still in the
        buffer (processed=False). Empty while the upload is in the other list."""
        op = ops.PROCESSED_UPLOAD_DETAILS if processed else ops.UNPROCESSED_UPLOAD_DETAILS
        limit = page_size_for(op, page_size)
        check_params(op, {"limit": limit, "uploadID": upload_id})
        return Pages(self._runner, lambda state: _details_plan(state, upload_id, processed, limit))


__all__ = ["PriceItem", "PriceResult", "PriceUpload", "PricesOps", "SentUpload", "UploadTask"]
