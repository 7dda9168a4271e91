"""Marketplace (marketplace-api): WB offices, the seller's warehouses and the stocks in them;
FBS, DBS, click & collect and DBW orders, FBS supplies and passes (the mixins fbs_orders.py,
fbs_supplies.py, dbs_orders.py).

warehouse_id = wb.marketplace.create_warehouse("Main", office_id)
wb.marketplace.set_stocks(warehouse_id, {12345678: 10, ...})     # chrtID -> amount, 1000 per request
stocks = wb.marketplace.stocks(warehouse_id, chrt_ids)           # any number of sizes

WB keeps stocks per size (chrtID, a card's `sizes[].chrtID`) since 2026-05-20 and refuses SKUs;
`wb.content.chrt_ids_for_skus(barcodes)` maps barcodes to chrtIDs through the cards list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wbseller_raw._runtime.operation import Operation
from wbseller_raw.marketplace import ops

from ..drift import RawItem
from ..errors import (
    InvalidRequestError,
    RetryUnsafeError,
    ServerError,
    TransportError,
    UnknownOutcomeError,
    WBError,
    WriteOutcome,
)
from ..pagination import batches
from ..plans import Plan, SyncRunner, call
from ..text import check_name
from ..validation import check_body, check_value
from ._common import as_int, attr, listed, parsed, then
from .dbs_orders import DbsOrdersOps
from .dbw_contacts import DbwContactsOps
from .fbs_orders import FbsOrdersOps
from .fbs_supplies import FbsSuppliesOps

if TYPE_CHECKING:
    from wbseller_raw.marketplace.models import Office, Stock, Warehouse


def _chrt_ids(op: Operation[Any, Any], chrt_ids: Sequence[int]) -> list[int]:
    """The size IDs, each once and each a valid chrtId of the operation's schema."""
    if isinstance(chrt_ids, str | bytes):  # one barcode string would read as its characters
        raise InvalidRequestError(
            "chrtIds: a list of size IDs (ints) is needed", field="chrtIds", value=chrt_ids, limit="array"
        )
    item = op.schema("chrtIds.[]")
    for i, chrt in enumerate(chrt_ids):  # before dropping repeats: [i] is the caller's index
        check_value(item, chrt, f"chrtIds[{i}]", op)
    return list(dict.fromkeys(chrt_ids))


def _stock_rows(items: Mapping[int, int] | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """{chrtId: amount} or [{"chrtId", "amount"}] -> WB's rows, checked against the spec (an int
    chrtId, the amount bounds) and each size once: split requests must not disagree about one
    size's amount."""
    if isinstance(items, Mapping):
        rows = [{"chrtId": chrt, "amount": amount} for chrt, amount in items.items()]
    else:
        rows = [dict(row) for row in items]
    schema = ops.UPDATE_INVENTORY.schema("stocks.[]")
    seen: set[Any] = set()
    for i, row in enumerate(rows):
        if "sku" in row:  # WB refuses it since 2026-05-20: say so before the request leaves
            raise InvalidRequestError(
                f"stocks[{i}].sku: WB keeps stocks per chrtId now; map barcodes with "
                "content.chrt_ids_for_skus()",
                field=f"stocks[{i}].sku",
                value=row["sku"],
                limit="chrtId",
            )
        for name in ("chrtId", "amount"):
            # WB requires neither (stocks-update-rows-lenient) but answers 204 and changes nothing
            # for a row without them: refused here, so the loss is not silent
            if row.get(name) is None:
                raise InvalidRequestError(
                    f"stocks[{i}].{name}: missing; WB would answer 204 and not update this row",
                    field=f"stocks[{i}].{name}",
                    value=None,
                    limit="required",
                )
        check_value(schema, row, f"stocks[{i}]", ops.UPDATE_INVENTORY)
        if row["chrtId"] in seen:
            raise InvalidRequestError(
                f"stocks[{i}].chrtId: {row['chrtId']!r} appears twice",
                field=f"stocks[{i}].chrtId",
                value=row["chrtId"],
                limit="unique",
            )
        seen.add(row["chrtId"])
    return rows


def _warehouse_id(op: Operation[Any, Any], warehouse_id: int) -> dict[str, Any]:
    # a path parameter: check_params lets a missing one through, but None would become ".../None"
    check_value(op.param("warehouseId"), warehouse_id, "warehouseId", op)
    return {"warehouse_id": warehouse_id}


def _positive_warehouse(warehouse_id: Any) -> None:
    """The spec gives warehouseId no minimum; WB's IDs are positive, so below 1 cannot be one."""
    if isinstance(warehouse_id, int) and not isinstance(warehouse_id, bool) and warehouse_id < 1:
        raise InvalidRequestError(
            f"warehouseId: {warehouse_id} is below the minimum 1",
            field="warehouseId",
            value=warehouse_id,
            limit=1,
        )


class MarketplaceOps(FbsOrdersOps, FbsSuppliesOps, DbsOrdersOps, DbwContactsOps):
    """Marketplace operations shared by the sync and async marketplace services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

    # --- offices and warehouses -----------------------------------------------------------------
    def offices(self) -> list[Office | RawItem]:
        """Every WB office a seller warehouse can be linked to (Office; `selected` when linked)."""
        return self._runner.run(then(parsed(call(ops.GET_OFFICES)), listed))

    def warehouses(self) -> list[Warehouse | RawItem]:
        """The seller's warehouses (Warehouse)."""
        return self._runner.run(then(parsed(call(ops.GET_WAREHOUSES)), listed))

    def create_warehouse(self, name: str, office_id: int) -> int | None:
        """Create a warehouse linked to a WB office (one not linked to another of the seller's
        warehouses: else ConflictError). Returns the new warehouse's ID."""
        body = {"name": name, "officeId": office_id}
        check_body(ops.CREATE_WAREHOUSE, body)
        check_name(name, "name")
        plan = then(parsed(call(ops.CREATE_WAREHOUSE, body=body)), lambda r: as_int(attr(r, "id")))
        return self._runner.run(plan)

    def update_warehouse(self, warehouse_id: int, name: str, office_id: int) -> None:
        """Rename a warehouse and/or link it to another office (the office may change once a day:
        else ConflictError)."""
        kwargs = _warehouse_id(ops.UPDATE_WAREHOUSE, warehouse_id)
        body = {"name": name, "officeId": office_id}
        check_body(ops.UPDATE_WAREHOUSE, body)
        check_name(name, "name")
        return self._runner.run(then(parsed(call(ops.UPDATE_WAREHOUSE, body=body, **kwargs)), _nothing))

    def delete_warehouse(self, warehouse_id: int) -> None:
        """Delete a warehouse."""
        kwargs = _warehouse_id(ops.DELETE_WAREHOUSE, warehouse_id)
        return self._runner.run(then(parsed(call(ops.DELETE_WAREHOUSE, **kwargs)), _nothing))

    # --- stocks -----------------------------------------------------------------------------------
    def stocks(self, warehouse_id: int, chrt_ids: Sequence[int]) -> list[Stock | RawItem]:
        """The stocks (Stock: chrt_id, amount) of any number of sizes (chrtIDs) in a warehouse,
        1000 per request, as one list; sizes without a stock there are not in it."""
        op = ops.GET_INVENTORY
        kwargs = _warehouse_id(op, warehouse_id)
        parts = list(batches(_chrt_ids(op, chrt_ids), op.max_items("chrtIds")))

        def plan() -> Plan[list[Stock | RawItem]]:
            out: list[Stock | RawItem] = []
            for part in parts:
                r = yield from call(op, body={"chrtIds": part}, **kwargs)
                out.extend(listed(attr(r.parsed, "stocks")))
            return out

        return self._runner.run(plan())

    def set_stocks(self, warehouse_id: int, items: Mapping[int, int] | Sequence[Mapping[str, Any]]) -> None:
        """Set stock amounts in a warehouse: `{chrtId: amount}` or `[{"chrtId", "amount"}]`, any
        number, 1000 per request (setting a stock is idempotent per size, so the parts are
        independent). A refused part raises; the parts before it stay applied.

        A part whose outcome stays unknown once its retries are spent (resets, timeouts, 5xx)
        raises UnknownOutcomeError after reading the part's stocks back: `outcome` lists each
        chrtId as applied (WB shows the amount sent) or not, the parts never sent as not applied,
        and `resume()` sets only those."""
        kwargs = _warehouse_id(ops.UPDATE_INVENTORY, warehouse_id)
        parts = self.check_stocks(warehouse_id, items)

        def resume(rows: list[dict[str, Any]]) -> Callable[..., Any]:
            return lambda: self.set_stocks(warehouse_id, rows)

        return self._runner.run(_stocks_plan(kwargs, parts, resume))

    def check_stocks(
        self, warehouse_id: int, items: Mapping[int, int] | Sequence[Mapping[str, Any]]
    ) -> list[list[dict[str, Any]]]:
        """The requests set_stocks would send: each request's `stocks` rows ({chrtId, amount}),
        checked and split exactly as set_stocks checks and splits them. Nothing is sent: a dry run
        (`wbseller stocks set --dry-run`). A bad row raises InvalidRequestError."""
        op = ops.UPDATE_INVENTORY
        _positive_warehouse(warehouse_id)
        _warehouse_id(op, warehouse_id)
        return list(batches(_stock_rows(items), op.max_items("stocks")))

    def delete_stocks(self, warehouse_id: int, chrt_ids: Sequence[int]) -> None:
        """Delete the stocks of any number of sizes (chrtIDs) in a warehouse, 1000 per request
        (WB allows 10 such requests a minute). Irreversible: the stock has to be set again to sell."""
        op = ops.DELETE_INVENTORY
        kwargs = _warehouse_id(op, warehouse_id)
        parts = list(batches(_chrt_ids(op, chrt_ids), op.max_items("chrtIds")))
        return self._runner.run(_send_parts(op, kwargs, "chrtIds", parts))


def _nothing(parsed: Any) -> None:
    return None


def _send_parts(
    op: Operation[Any, Any], kwargs: dict[str, Any], key: str, parts: list[list[Any]]
) -> Plan[None]:
    for part in parts:
        yield from call(op, body={key: part}, **kwargs)


# what leaves a stocks part's outcome unknown once the transport's retries are spent (an answer
# WB gave but that cannot be read stays a MalformedResponseError)
UNKNOWN = (TransportError, ServerError, RetryUnsafeError)


def _stocks_plan(
    kwargs: dict[str, Any],
    parts: list[list[dict[str, Any]]],
    resume: Callable[[list[dict[str, Any]]], Callable[..., Any]],
) -> Plan[None]:
    """Send each part; on one whose outcome is unknown, read its sizes back (get_inventory) and
    raise UnknownOutcomeError with what WB shows."""
    for k, part in enumerate(parts):
        try:
            yield from call(ops.UPDATE_INVENTORY, body={"stocks": part}, **kwargs)
        except UNKNOWN as e:
            outcome = WriteOutcome(applied=[r["chrtId"] for p in parts[:k] for r in p])
            later = [r for p in parts[k + 1 :] for r in p]
            try:
                have = yield from _amounts(kwargs, [r["chrtId"] for r in part])
            except WBError as again:  # WB still unreachable: the part stays unknown
                e.add_note(f"reading the stocks back failed too: {again}")
                have = None
            todo: list[dict[str, Any]] = []
            for row in part:
                if have is None:
                    outcome.unknown.append(row["chrtId"])
                elif have.get(row["chrtId"], 0) == row["amount"]:
                    outcome.applied.append(row["chrtId"])
                else:
                    outcome.not_applied.append(row["chrtId"])
                    todo.append(row)
            outcome.not_applied += [r["chrtId"] for r in later]
            rest = (part if have is None else todo) + later
            raise UnknownOutcomeError(
                f"{ops.UPDATE_INVENTORY.key}: part {k + 1} of {len(parts)} ({len(part)} sizes) got no "
                f"answer to rely on ({e}); WB's stocks show {outcome}; resume() sets the "
                f"{len(rest)} not applied (setting a stock again is harmless)",
                outcome=outcome,
                resume=resume(rest),
            ) from e


def _amounts(kwargs: dict[str, Any], chrt_ids: list[int]) -> Plan[dict[int, int]]:
    """chrtId -> amount in the warehouse as WB shows it (a size without stock: absent)."""
    out: dict[int, int] = {}
    for batch in batches(chrt_ids, ops.GET_INVENTORY.max_items("chrtIds")):
        r = yield from call(ops.GET_INVENTORY, body={"chrtIds": batch}, **kwargs)
        for stock in listed(attr(r.parsed, "stocks")):
            chrt, amount = as_int(attr(stock, "chrt_id")), as_int(attr(stock, "amount"))
            if chrt is not None and amount is not None:
                out[chrt] = amount
    return out
