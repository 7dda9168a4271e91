"""DBS, click & collect and DBW orders (marketplace-api). A mixin of MarketplaceOps.

result = wb.marketplace.dbs_confirm(ids)          # 1000 per request; BatchResult per order
result.succeeded, result.failed                    # [ids], {id: [OrderError(code, detail)]}
wb.marketplace.cc_check_identity(order_code, passcode) -> bool
wb.marketplace.dbw_confirm(ids); wb.marketplace.dbw_courier(ids); wb.marketplace.dbw_deliver(ids)

The batch status calls answer per order: an order WB refuses is in `failed` with WB's error,
the others move. DBS: new -> confirm -> deliver -> receive | reject (with the buyer's code), or
cancel. Click & collect: new -> confirm -> prepare -> receive (after the identity check) |
reject, or cancel. DBW: confirm (one order a request: WB has no batch) -> courier -> deliver.
WB removed the per-order DBS and click & collect calls (2026-04-28, 2026-05-20): never used.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from wbseller_raw.marketplace import ops

from ..drift import RawItem
from ..errors import InvalidRequestError, WBError
from ..operations import Operation
from ..pagination import batches
from ..plans import Plan, SyncRunner, call
from ..validation import check_body
from ._common import attr, request_id
from ._orders_common import (
    BatchResult,
    Sticker,
    as_list,
    one_id,
    order_ids,
    refuse,
    refused,
    sticker_dir,
    stickers_of,
    stopped,
    write_sticker,
)
from .fbs_orders import sticker_kind, sticker_size


def _batch_plan(op: Operation[Any, Any], key: str, parts: list[list[Any]], ids_of: Any) -> Plan[BatchResult]:
    """One request per part; a part WB refuses as a whole fails its orders and the others go on;
    an error that stops the step carries what the earlier parts did (`e.outcome`)."""
    result = BatchResult()
    for i, part in enumerate(parts):
        sent = ids_of(part)
        try:
            r = yield from call(op, body={key: part})
        except WBError as e:
            if not refused(e):
                stopped(e, result, sent, (oid for p in parts[i + 1 :] for oid in ids_of(p)))
                raise
            refuse(result, sent, e)
            continue
        result.add(r, sent)
    return result


def _codes(op: Operation[Any, Any], codes: Mapping[int, str]) -> list[dict[str, Any]]:
    """{orderId: the buyer's code} -> WB's [{orderId, code}], each checked."""
    items = []
    for oid, code in codes.items():
        order_id = one_id(oid, "orders")
        if not isinstance(code, str) or not code:
            raise InvalidRequestError(
                f"orders[{order_id}].code: the buyer's code (a non-empty string) is needed",
                field=f"orders[{order_id}].code",
                value=code,
                limit="non-empty string",
            )
        items.append({"orderId": order_id, "code": code})
    check_body(op, {"orders": items[:1]})
    return items


def _dbs_stickers_plan(ids: Iterable[int]) -> Plan[list[Sticker]]:
    op = ops.DBS_ORDERS_STICKERS
    kind, (width, height) = sticker_kind(op, "pdf"), sticker_size(op, "58x40")
    parts = list(batches(order_ids(ids), op.max_items("orders")))

    def plan() -> Plan[list[Sticker]]:
        out: list[Sticker] = []
        for part in parts:
            r = yield from call(
                ops.DBS_ORDERS_STICKERS, body={"orders": part}, type_=kind, width=width, height=height
            )
            out.extend(stickers_of(r, ops.DBS_ORDERS_STICKERS.key))
        return out

    return plan()


class DbsOrdersOps:
    """DBS, click & collect and DBW orders: batch status steps with per-order results."""

    _runner: SyncRunner

    def _batch(self, op: Operation[Any, Any], ids: Iterable[int], key: str = "ordersIds") -> BatchResult:
        parts = list(batches(order_ids(ids, key), op.max_items(key)))
        return self._runner.run(_batch_plan(op, key, parts, lambda part: part))

    def _with_codes(self, op: Operation[Any, Any], codes: Mapping[int, str]) -> BatchResult:
        items = _codes(op, codes)
        parts = list(batches(items, op.max_items("orders")))
        return self._runner.run(_batch_plan(op, "orders", parts, lambda part: [i["orderId"] for i in part]))

    def _new(self, op: Operation[Any, Any]) -> list[Any]:
        def plan() -> Plan[list[Any]]:
            r = yield from call(op)
            return as_list(attr(r.parsed, "orders"))

        return self._runner.run(plan())

    # --- DBS ---------------------------------------------------------------------------------------
    def dbs_new_orders(self) -> list[Any | RawItem]:
        """Every DBS order in `new`."""
        return self._new(ops.DBS_ORDERS_NEW)

    def dbs_confirm(self, ids: Iterable[int]) -> BatchResult:
        """new -> confirm, 1000 orders per request."""
        return self._batch(ops.DBS_ORDERS_CONFIRM, ids)

    def dbs_deliver(self, ids: Iterable[int]) -> BatchResult:
        """confirm -> deliver (handed to the courier); an order missing a required label fails
        with WB's 400 and its label keys (OrderError.meta)."""
        return self._batch(ops.DBS_ORDERS_DELIVER, ids)

    def dbs_receive(self, codes: Mapping[int, str]) -> BatchResult:
        """deliver -> receive: `{orderId: the code the buyer gave}`."""
        return self._with_codes(ops.DBS_ORDERS_RECEIVE, codes)

    def dbs_reject(self, codes: Mapping[int, str]) -> BatchResult:
        """deliver -> reject (the buyer refused): `{orderId: the buyer's code}`."""
        return self._with_codes(ops.DBS_ORDERS_REJECT, codes)

    def dbs_cancel(self, ids: Iterable[int]) -> BatchResult:
        """Cancel orders in new, confirm or deliver, 1000 per request."""
        return self._batch(ops.DBS_ORDERS_CANCEL, ids)

    def dbs_stickers(self, ids: Iterable[int]) -> list[Sticker]:
        """DBS stickers: PDF, 58x40 (the only ones WB makes), 100 orders per request."""
        return self._runner.run(_dbs_stickers_plan(ids))

    def save_dbs_stickers(self, ids: Iterable[int], dest: str | os.PathLike[str]) -> dict[int, Path]:
        """The DBS stickers written to `<dest>/<orderId>.pdf` (files.py's rules)."""
        folder = sticker_dir(dest)
        plan = _dbs_stickers_plan(ids)

        def save() -> Plan[dict[int, Path]]:
            got = yield from plan
            return {s.order_id: write_sticker(folder, s, "pdf") for s in got}

        return self._runner.run(save())

    # --- click & collect ---------------------------------------------------------------------------
    def cc_new_orders(self) -> list[Any | RawItem]:
        """Every click & collect order in `new`."""
        return self._new(ops.CLICK_COLLECT_ORDERS_NEW)

    def cc_confirm(self, ids: Iterable[int]) -> BatchResult:
        """new -> confirm, 1000 orders per request."""
        return self._batch(ops.CLICK_COLLECT_ORDERS_CONFIRM, ids)

    def cc_prepare(self, ids: Iterable[int]) -> BatchResult:
        """confirm -> prepare: ready for the buyer at the store."""
        return self._batch(ops.CLICK_COLLECT_ORDERS_PREPARE, ids)

    def cc_check_identity(self, order_code: str, passcode: str) -> bool:
        """Whether the buyer's passcode matches the order (before handing it over; WB allows 30
        checks a minute). An order not prepared: ConflictError; an unknown code: NotFoundError."""
        body = {"orderCode": order_code, "passcode": passcode}
        for name, value in body.items():
            if not isinstance(value, str) or not value:
                raise InvalidRequestError(f"{name}: a non-empty string is needed", field=name, value=value,
                                          limit="non-empty string")  # fmt: skip
        check_body(ops.CLICK_COLLECT_CLIENT_IDENTITY, body)

        def plan() -> Plan[bool]:
            r = yield from call(ops.CLICK_COLLECT_CLIENT_IDENTITY, body=body)
            return attr(r.parsed, "ok") is True

        return self._runner.run(plan())

    def cc_receive(self, ids: Iterable[int]) -> BatchResult:
        """prepare -> receive (the buyer took it; WB wants the identity check passed first)."""
        return self._batch(ops.CLICK_COLLECT_ORDERS_RECEIVE, ids)

    def cc_reject(self, ids: Iterable[int]) -> BatchResult:
        """prepare -> reject (the buyer did not take it), 1000 per request."""
        return self._batch(ops.CLICK_COLLECT_ORDERS_REJECT, ids)

    def cc_cancel(self, ids: Iterable[int]) -> BatchResult:
        """Cancel orders in new, confirm or prepare, 1000 per request."""
        return self._batch(ops.CLICK_COLLECT_ORDERS_CANCEL, ids)

    # --- DBW ---------------------------------------------------------------------------------------
    def dbw_new_orders(self) -> list[Any | RawItem]:
        """Every DBW order in `new`."""
        return self._new(ops.DBW_ORDERS_NEW)

    def dbw_confirm(self, ids: Iterable[int]) -> BatchResult:
        """new -> confirm, one request per order (WB has no batch call for it); a refused order
        is in `failed` with WB's status and detail, and the others go on."""
        checked = order_ids(ids)

        def plan() -> Plan[BatchResult]:
            result = BatchResult()
            for i, oid in enumerate(checked):
                try:
                    r = yield from call(ops.DBW_ORDER_CONFIRM, order_id=oid)
                except WBError as e:
                    if not refused(e):
                        stopped(e, result, [oid], checked[i + 1 :])
                        raise
                    refuse(result, [oid], e)
                else:
                    result.succeeded.append(oid)
                    result.request_id = request_id(r) or result.request_id
            return result

        return self._runner.run(plan())

    def dbw_courier(self, ids: Iterable[int]) -> list[Any | RawItem]:
        """Call a courier for confirmed orders, 1000 per request; each order's courierInfo."""
        parts = list(batches(order_ids(ids), ops.DBW_ORDERS_COURIER.max_items("orders")))

        def plan() -> Plan[list[Any]]:
            out: list[Any] = []
            for part in parts:
                r = yield from call(ops.DBW_ORDERS_COURIER, body={"orders": part})
                out.extend(as_list(attr(r.parsed, "orders")))
            return out

        return self._runner.run(plan())

    def dbw_deliver(self, ids: Iterable[int]) -> BatchResult:
        """confirm -> complete (handed to the courier), 1000 per request."""
        return self._batch(ops.DBW_ORDERS_DELIVER, ids)
