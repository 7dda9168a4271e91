"""FBS supplies and passes (marketplace-api). A mixin of MarketplaceOps.

supply_id = wb.marketplace.create_supply("Monday")
added = wb.marketplace.add_to_supply(supply_id, ids)     # 100 per request, an outcome per batch
wb.marketplace.deliver_supply(supply_id)                # its orders go confirm -> complete

An order goes new -> confirm when added to a supply, confirm -> complete when the supply is
handed over; stickers are for orders in confirm or complete (fbs_orders.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.marketplace import ops

from ..drift import RawItem
from ..errors import InvalidRequestError, WBError
from ..operations import Operation
from ..pagination import Pages, PageState, batches
from ..plans import Plan, SyncRunner, call
from ..text import check_name
from ..validation import check_body
from ._common import as_int, attr, request_id
from ._common import page_size as _page_size
from ._orders_common import STOPPERS, BatchResult, as_list, next_pages, one_id, order_ids, stopped

if TYPE_CHECKING:
    from wbseller_raw.marketplace.models import (
        FbsPassesListItem,
        FbsPassOfficesItem,
        FbsSuppliesListResponseSuppliesItem,
        FbsSupplyDetailsResponse,
    )


@dataclass
class SupplyBatch:
    """One request of add_to_supply: the order ids it carried and, when WB refused them or gave
    no answer, the error (WB moves none of a refused batch's orders; a batch without an answer
    has an error without a status, and may or may not have gone in)."""

    orders: list[int]
    error: WBError | None = None
    sent: bool = True  # False: not sent, an earlier batch got no answer (`error` is that one's)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class SupplyAdd:
    """What add_to_supply did, batch by batch. Truthy when every batch went in."""

    supply_id: str
    batches: list[SupplyBatch] = field(default_factory=list)
    request_id: str | None = None  # WB's ID of the last request answered (X-Request-Id)

    def __bool__(self) -> bool:
        return all(b.ok for b in self.batches)

    @property
    def added(self) -> list[int]:
        return [oid for b in self.batches if b.ok for oid in b.orders]

    @property
    def failed(self) -> list[int]:
        return [oid for b in self.batches if not b.ok for oid in b.orders]


def _supply_id(supply_id: str) -> dict[str, Any]:
    # a path parameter: an empty or slashed id would name another path
    if not isinstance(supply_id, str) or not supply_id or "/" in supply_id or supply_id in (".", ".."):
        raise InvalidRequestError(
            f"supplyId: {supply_id!r} is not a supply id (WB-GI-…)",
            field="supplyId",
            value=supply_id,
            limit="a non-empty string without '/'",
        )
    return {"supply_id": supply_id}


def _pass_body(first_name: str, last_name: str, car_model: str, car_number: str, office_id: int,
               op: Operation[Any, Any]) -> dict[str, Any]:  # fmt: skip
    body = {
        "firstName": first_name,
        "lastName": last_name,
        "carModel": car_model,
        "carNumber": car_number,
        "officeId": office_id,
    }
    check_body(op, body)
    for name in ("firstName", "lastName", "carModel"):
        check_name(body[name], name)
    return body


class FbsSuppliesOps:
    """FBS supplies (create, fill, deliver, list) and passes to WB's offices."""

    _runner: SyncRunner

    def create_supply(self, name: str) -> str:
        """A new open supply; returns its id (WB-GI-…). `name` 1..128 characters."""
        body = {"name": name}
        check_body(ops.FBS_SUPPLY_CREATE, body)
        check_name(name, "name")

        def plan() -> Plan[str]:
            r = yield from call(ops.FBS_SUPPLY_CREATE, body=body)
            sid = attr(r.parsed, "id")
            if not isinstance(sid, str) or not sid:
                raise WBError(
                    f"{ops.FBS_SUPPLY_CREATE.key}: WB gave no supply id", operation=ops.FBS_SUPPLY_CREATE.key
                )
            return sid

        return self._runner.run(plan())

    def add_to_supply(self, supply_id: str, ids: Iterable[int]) -> SupplyAdd:
        """Put orders in `new` into an open supply, 100 per request (WB's limit). Each batch is
        all or nothing at WB: a refused batch (an order not new, another cargo type, an unknown
        id) is reported with WB's error and the next batches still go; an authorisation or rate
        refusal stops (the next batch would meet it too), as does a batch without an answer."""
        kwargs = _supply_id(supply_id)
        parts = list(batches(order_ids(ids), ops.FBS_SUPPLY_ADD_ORDERS.max_items("orders")))

        def plan() -> Plan[SupplyAdd]:
            out = SupplyAdd(supply_id)
            for part in parts:
                batch = SupplyBatch(part)
                out.batches.append(batch)
                try:
                    r = yield from call(ops.FBS_SUPPLY_ADD_ORDERS, body={"orders": part}, **kwargs)
                    out.request_id = request_id(r) or out.request_id
                except STOPPERS as e:  # the earlier batches' orders are in e.outcome
                    done = [b for b in out.batches if b is not batch]
                    before = BatchResult([o for b in done if b.ok for o in b.orders])
                    before.failed = {o: [] for b in done if not b.ok for o in b.orders}
                    stopped(e, before, part, (o for p in parts[len(out.batches) :] for o in p))
                    raise
                except WBError as e:
                    batch.error = e
                    if e.status is None:  # outcome unknown: the later batches are not sent
                        out.batches += [SupplyBatch(p, e, sent=False) for p in parts[len(out.batches) :]]
                        return out
            return out

        return self._runner.run(plan())

    def supply_order_ids(self, supply_id: str) -> list[int]:
        """The ids of the orders in a supply."""
        kwargs = _supply_id(supply_id)

        def plan() -> Plan[list[int]]:
            r = yield from call(ops.FBS_SUPPLY_ORDER_IDS, **kwargs)
            return [i for i in (as_int(x) for x in as_list(attr(r.parsed, "order_ids"))) if i is not None]

        return self._runner.run(plan())

    def deliver_supply(self, supply_id: str) -> None:
        """Hand a supply with orders over to delivery: it closes, its orders go complete."""
        kwargs = _supply_id(supply_id)

        def plan() -> Plan[None]:
            yield from call(ops.FBS_SUPPLY_DELIVER, **kwargs)

        return self._runner.run(plan())

    def supply(self, supply_id: str) -> FbsSupplyDetailsResponse | RawItem:
        """One supply (done, createdAt, closedAt, cargoType...)."""
        kwargs = _supply_id(supply_id)

        def plan() -> Plan[FbsSupplyDetailsResponse | RawItem]:
            r = yield from call(ops.FBS_SUPPLY_DETAILS, **kwargs)
            return cast("FbsSupplyDetailsResponse | RawItem", r.parsed)

        return self._runner.run(plan())

    def delete_supply(self, supply_id: str) -> None:
        """Delete an open supply without orders (else ConflictError)."""
        kwargs = _supply_id(supply_id)

        def plan() -> Plan[None]:
            yield from call(ops.FBS_SUPPLY_DELETE, **kwargs)

        return self._runner.run(plan())

    def supplies(
        self, *, page_size: int | None = None
    ) -> Pages[FbsSuppliesListResponseSuppliesItem | RawItem]:
        """Every FBS supply, along WB's `next` cursor (page_size 1..1000)."""
        limit = _page_size(ops.FBS_SUPPLIES_LIST, page_size)

        def plan(state: PageState) -> Plan[None]:
            return next_pages(
                lambda cursor, n: call(ops.FBS_SUPPLIES_LIST, limit=n, next_=cursor),
                lambda r: as_list(attr(r.parsed, "supplies")),
                limit,
                state,
            )

        return Pages(self._runner, plan)

    # --- passes ----------------------------------------------------------------------------------
    def pass_offices(self) -> list[FbsPassOfficesItem | RawItem]:
        """WB's offices a driver needs a pass for."""

        def plan() -> Plan[list[Any]]:
            r = yield from call(ops.FBS_PASS_OFFICES)
            return as_list(r.parsed)

        return self._runner.run(plan())

    def passes(self) -> list[FbsPassesListItem | RawItem]:
        """The seller's passes."""

        def plan() -> Plan[list[Any]]:
            r = yield from call(ops.FBS_PASSES_LIST)
            return as_list(r.parsed)

        return self._runner.run(plan())

    def create_pass(self, first_name: str, last_name: str, car_model: str, car_number: str,
                    office_id: int) -> int:  # fmt: skip
        """A pass for a driver to an office; returns its id. WB allows one a 10 minutes: the
        limiter waits for that (a second call within 10 minutes blocks until then)."""
        body = _pass_body(first_name, last_name, car_model, car_number, office_id, ops.FBS_PASS_CREATE)

        def plan() -> Plan[int]:
            r = yield from call(ops.FBS_PASS_CREATE, body=body)
            pid = as_int(attr(r.parsed, "id"))
            if pid is None:
                raise WBError(
                    f"{ops.FBS_PASS_CREATE.key}: WB gave no pass id", operation=ops.FBS_PASS_CREATE.key
                )
            return pid

        return self._runner.run(plan())

    def update_pass(self, pass_id: int, first_name: str, last_name: str, car_model: str, car_number: str,
                    office_id: int) -> None:  # fmt: skip
        """Change a pass (every field is sent again)."""
        pid = one_id(pass_id, "passId")
        body = _pass_body(first_name, last_name, car_model, car_number, office_id, ops.FBS_PASS_UPDATE)

        def plan() -> Plan[None]:
            yield from call(ops.FBS_PASS_UPDATE, body=body, pass_id=pid)

        return self._runner.run(plan())

    def delete_pass(self, pass_id: int) -> None:
        """Delete a pass."""
        pid = one_id(pass_id, "passId")

        def plan() -> Plan[None]:
            yield from call(ops.FBS_PASS_DELETE, pass_id=pid)

        return self._runner.run(plan())
