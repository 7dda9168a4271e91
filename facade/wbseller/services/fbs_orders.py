"""FBS orders (marketplace-api): new orders, the history, statuses, stickers, marking codes,
cancel. A mixin of MarketplaceOps: `client.marketplace.<method>`.

orders = wb.marketplace.new_orders()                          # every order in `new`, no paging
for o in wb.marketplace.orders(date_from=dt):                 # the history, `next` cursor
paths = wb.marketplace.save_stickers(ids, "out/", kind="png", size="58x40")
wb.marketplace.set_marks({order_id: {"sgtin": [...], "uin": "..."}})

Every 4xx counts as 10 requests at WB: the transport never retries one, and the checks here
(ids, sizes, formats, label keys) run before anything is sent.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbseller_raw.marketplace import ops

from ..drift import RawItem
from ..errors import InvalidRequestError, WBError
from ..operations import Operation
from ..pagination import Pages, PageState, batches
from ..plans import Plan, SyncRunner, call
from ..validation import check_body
from ._common import as_int, attr, request_id
from ._common import page_size as _page_size
from ._orders_common import (
    BatchResult,
    Sticker,
    as_list,
    epoch,
    next_pages,
    one_id,
    order_ids,
    refuse,
    refused,
    sticker_dir,
    stickers_of,
    stopped,
    write_sticker,
)

if TYPE_CHECKING:
    from wbseller_raw.marketplace.models import (
        FbsOrdersListResponseOrdersItem,
        FbsOrdersNewResponseOrdersItem,
        FbsOrdersStatusResponseOrdersItem,
    )

# label key -> (the operation attaching it, its body field)
MARKS: dict[str, tuple[Operation[Any, Any], str]] = {
    "sgtin": (ops.FBS_ORDER_SET_SGTIN, "sgtins"),
    "uin": (ops.FBS_ORDER_SET_UIN, "uin"),
    "imei": (ops.FBS_ORDER_SET_IMEI, "imei"),
    "gtin": (ops.FBS_ORDER_SET_GTIN, "gtin"),
}
# errors that say nothing about one order: the next one would meet them too


def sticker_size(op: Operation[Any, Any], size: str) -> tuple[int, int]:
    """ "58x40" -> (58, 40), each side one the spec lists, the pair one WB makes."""
    try:
        width, height = (int(x) for x in size.lower().split("x"))
    except (ValueError, AttributeError):
        raise InvalidRequestError(
            f"size: {size!r} is not WIDTHxHEIGHT", field="size", value=size, limit="58x40 or 40x30"
        ) from None
    widths = op.param("width").get("enum", [])
    heights = op.param("height").get("enum", [])
    pairs = {f"{w}x{h}" for w, h in zip(widths, heights, strict=False)}
    if f"{width}x{height}" not in pairs:
        raise InvalidRequestError(
            f"size: {size!r} is not a sticker size WB makes ({', '.join(sorted(pairs))})",
            field="size",
            value=size,
            limit=sorted(pairs),
        )
    return width, height


def sticker_kind(op: Operation[Any, Any], kind: str) -> str:
    kinds = op.param("type").get("enum", [])
    if kind not in kinds:
        raise InvalidRequestError(
            f"type: {kind!r} is not one of {kinds}", field="type", value=kind, limit=kinds
        )
    return kind


class FbsOrdersOps:
    """FBS orders: listed, read, stickers, marking codes, cancel."""

    _runner: SyncRunner

    def new_orders(self) -> list[FbsOrdersNewResponseOrdersItem | RawItem]:
        """Every FBS order waiting to be put into a supply (WB gives them all at once)."""

        def plan() -> Plan[list[Any]]:
            r = yield from call(ops.FBS_ORDERS_NEW)
            return as_list(attr(r.parsed, "orders"))

        return self._runner.run(plan())

    def orders(
        self, *, date_from: Any = None, date_to: Any = None, page_size: int | None = None
    ) -> Pages[FbsOrdersListResponseOrdersItem | RawItem]:
        """Every FBS order (the history), page by page along WB's `next` cursor; `date_from` /
        `date_to`: Unix seconds or aware datetimes on the order's createdAt; page_size 1..1000."""
        limit = _page_size(ops.FBS_ORDERS_LIST, page_size)
        params: dict[str, Any] = {}
        if (start := epoch(date_from, "dateFrom")) is not None:
            params["date_from"] = start
        if (end := epoch(date_to, "dateTo")) is not None:
            params["date_to"] = end

        def plan(state: PageState) -> Plan[None]:
            return next_pages(
                lambda cursor, n: call(ops.FBS_ORDERS_LIST, limit=n, next_=cursor, **params),
                lambda r: as_list(attr(r.parsed, "orders")),
                limit,
                state,
            )

        return Pages(self._runner, plan)

    def order_statuses(self, ids: Iterable[int]) -> list[FbsOrdersStatusResponseOrdersItem | RawItem]:
        """supplierStatus and wbStatus of any number of orders, 1000 per request; ids WB does not
        know are left out of its answer."""
        return self._runner.run(_statuses_plan(order_ids(ids)))

    def cancel_order(self, order_id: int) -> None:
        """Cancel an order in new or confirm (else ConflictError; WB's own budget 100 a minute)."""
        oid = one_id(order_id, "orderId")

        def plan() -> Plan[None]:
            yield from call(ops.FBS_ORDER_CANCEL, order_id=oid)

        return self._runner.run(plan())

    # --- stickers --------------------------------------------------------------------------------
    def stickers(self, ids: Iterable[int], *, kind: str = "png", size: str = "58x40") -> list[Sticker]:
        """The stickers of orders in confirm or complete, decoded: `kind` svg, zplv, zplh or png,
        `size` 58x40 or 40x30; 100 orders per request."""
        return self._runner.run(_stickers_plan(ids, kind, size))

    def save_stickers(
        self, ids: Iterable[int], dest: str | os.PathLike[str], *, kind: str = "png", size: str = "58x40"
    ) -> dict[int, Path]:
        """The stickers written to files `<dest>/<orderId>.<svg|zpl|png>` (each through a `.part`
        file and a rename; a link or anything but a regular file there is refused). `dest` must be
        an existing folder. Returns orderId -> file."""
        folder = sticker_dir(dest)
        plan = _stickers_plan(ids, kind, size)

        def save() -> Plan[dict[int, Path]]:
            got = yield from plan
            return {s.order_id: write_sticker(folder, s, kind) for s in got}

        return self._runner.run(save())

    # --- label ids and marking codes -------------------------------------------------------------
    def label_ids(self, ids: Iterable[int]) -> dict[int, list[Any]]:
        """orderId -> its metaDetails (key, value, decision: the label keys WB asks for), 100
        orders per request."""
        return self._runner.run(_label_ids_plan(order_ids(ids)))

    def check_marks(self, marks: Mapping[int, Mapping[str, Any]]) -> list[tuple[int, str, dict[str, Any]]]:
        """The requests set_marks would send ((orderId, key, body)), each body checked against its
        schema (sgtin 1..100 codes, uin 16, imei 15, gtin 13 characters). Nothing is sent."""
        out = []
        for oid, values in marks.items():
            order_id = one_id(oid, "marks")
            for key, value in values.items():
                if key not in MARKS:
                    raise InvalidRequestError(
                        f"marks[{order_id}].{key}: not a label key ({', '.join(MARKS)})",
                        field=f"marks[{order_id}].{key}",
                        value=key,
                        limit=list(MARKS),
                    )
                op, name = MARKS[key]
                if key == "sgtin" and isinstance(value, str):
                    value = [value]
                if key == "sgtin" and isinstance(value, tuple):
                    value = list(value)
                body = {name: value}  # a wrong type is the schema check's to name
                check_body(op, body, f"marks[{order_id}]")
                out.append((order_id, key, body))
        return out

    def set_marks(self, marks: Mapping[int, Mapping[str, Any]]) -> BatchResult:
        """Attach marking codes: `{orderId: {"sgtin": [codes], "uin": str, "imei": str, "gtin":
        str}}`. Checked before anything is sent: each value against the spec, and WB's rule that
        a code goes only on an order in confirm whose label ids list that key (both read first,
        batched); a breach raises InvalidRequestError naming the order and key. Then one request
        per order and key; a refusal fails that order (WB's error in the result) and the rest go on.
        """
        return self._runner.run(_marks_plan(self.check_marks(marks)))


def _stickers_plan(ids: Iterable[int], kind: str, size: str) -> Plan[list[Sticker]]:
    op = ops.FBS_ORDERS_STICKERS
    kind = sticker_kind(op, kind)
    width, height = sticker_size(op, size)
    parts = list(batches(order_ids(ids), op.max_items("orders")))
    return _stickers_parts(parts, kind, width, height)


def _stickers_parts(parts: list[list[int]], kind: str, width: int, height: int) -> Plan[list[Sticker]]:
    out: list[Sticker] = []
    for part in parts:
        r = yield from call(
            ops.FBS_ORDERS_STICKERS, body={"orders": part}, type_=kind, width=width, height=height
        )
        out.extend(stickers_of(r, ops.FBS_ORDERS_STICKERS.key))
    return out


def _statuses_plan(ids: list[int]) -> Plan[list[Any]]:
    out: list[Any] = []
    for part in batches(ids, ops.FBS_ORDERS_STATUS.max_items("orders")):
        r = yield from call(ops.FBS_ORDERS_STATUS, body={"orders": part})
        out.extend(as_list(attr(r.parsed, "orders")))
    return out


def _label_ids_plan(ids: list[int]) -> Plan[dict[int, list[Any]]]:
    out: dict[int, list[Any]] = {}
    for part in batches(ids, ops.FBS_ORDERS_META.max_items("orders")):
        r = yield from call(ops.FBS_ORDERS_META, body={"orders": part})
        for item in as_list(attr(r.parsed, "orders")):
            oid = as_int(attr(item, "id"))
            if oid is not None:
                out[oid] = as_list(attr(item, "meta_details"))
    return out


def _marks_plan(requests: Sequence[tuple[int, str, dict[str, Any]]]) -> Plan[BatchResult]:
    """Read the orders' label ids and statuses, check WB's rule for every code (nothing sent
    before all pass), then attach one by one."""
    ids = list(dict.fromkeys(oid for oid, _, _ in requests))
    if not ids:
        return BatchResult()
    labels = yield from _label_ids_plan(ids)
    statuses = {as_int(attr(s, "id")): attr(s, "supplier_status") for s in (yield from _statuses_plan(ids))}
    for oid, key, _ in requests:
        status = statuses.get(oid)
        status = getattr(status, "value", status)
        if status != "confirm":
            raise InvalidRequestError(
                f"marks[{oid}]: the order is {status or 'unknown to WB'}; codes go on orders in "
                "confirm (in a supply, not delivered)",
                field=f"marks[{oid}]",
                value=status,
                limit="supplierStatus confirm",
            )
        keys = [attr(m, "key") for m in labels.get(oid, [])]
        if key not in keys:
            raise InvalidRequestError(
                f"marks[{oid}].{key}: WB's label ids for this order list {keys or 'no key'}",
                field=f"marks[{oid}].{key}",
                value=key,
                limit=keys,
            )
    result = BatchResult()
    for i, (oid, key, body) in enumerate(requests):
        op, _ = MARKS[key]
        try:
            r = yield from call(op, body=body, order_id=oid)
        except WBError as e:
            if not refused(e):  # no answer to rely on, or a stopper: say where every order stands
                later = dict.fromkeys(
                    o for o, _, _ in requests[i + 1 :] if o != oid and o not in result.failed
                )
                result.succeeded = [o for o in result.succeeded if o not in result.failed and o != oid]
                stopped(e, result, [oid], later)
                raise
            refuse(result, [oid], e, f"{key}: ")
        else:
            result.request_id = request_id(r) or result.request_id
            if oid not in result.failed and oid not in result.succeeded:
                result.succeeded.append(oid)
    result.succeeded = [oid for oid in result.succeeded if oid not in result.failed]
    return result
