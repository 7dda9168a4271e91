"""The contacts of a DBW warehouse (marketplace-api, WB's addition of 2026): who a courier calls
at the seller's warehouse for delivery by WB. A mixin of MarketplaceOps.

contacts = wb.marketplace.dbw_contacts(warehouse_id)           # [{phone, comment}]
wb.marketplace.set_dbw_contacts(warehouse_id, [{"phone": "+79998887766", "comment": "Охрана"}])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.marketplace import ops

from ..drift import RawItem
from ..operations import Operation
from ..plans import SyncRunner, call
from ..validation import check_body, check_value
from ._comms import listed, one, path

if TYPE_CHECKING:
    from wbseller_raw.marketplace.models import GetDbwWarehouseContactsResponseContactsItem


def _warehouse(op: Operation[Any, Any], warehouse_id: int) -> int:
    check_value(op.param("warehouseId"), warehouse_id, "warehouseId", op)
    check_value({"type": "integer", "minimum": 1}, warehouse_id, "warehouseId")
    return warehouse_id


class DbwContactsOps:
    """DBW warehouse contacts (mixed into MarketplaceOps)."""

    _runner: SyncRunner

    def dbw_contacts(self, warehouse_id: int) -> list[GetDbwWarehouseContactsResponseContactsItem | RawItem]:
        """The contacts (phone, comment) of a DBW warehouse. WB operation:
        `GET /api/v3/dbw/warehouses/{warehouseId}/contacts` (get_dbw_warehouse_contacts)."""
        wid = _warehouse(ops.GET_DBW_WAREHOUSE_CONTACTS, warehouse_id)
        plan = one(
            call(ops.GET_DBW_WAREHOUSE_CONTACTS, warehouse_id=wid),
            lambda r: listed(path(r.parsed, "contacts")),
        )
        return cast("list[GetDbwWarehouseContactsResponseContactsItem | RawItem]", self._runner.run(plan))

    def set_dbw_contacts(self, warehouse_id: int, contacts: Sequence[Mapping[str, Any]]) -> None:
        """Replace the contacts of a DBW warehouse: up to 5 {phone, comment} (a comment up to 1000
        characters), checked before sending. WB operation:
        `PUT /api/v3/dbw/warehouses/{warehouseId}/contacts` (update_dbw_warehouse_contacts)."""
        wid = _warehouse(ops.UPDATE_DBW_WAREHOUSE_CONTACTS, warehouse_id)
        body = {"contacts": [dict(c) for c in contacts]}
        check_body(ops.UPDATE_DBW_WAREHOUSE_CONTACTS, body)
        plan = one(call(ops.UPDATE_DBW_WAREHOUSE_CONTACTS, body=body, warehouse_id=wid), lambda r: None)
        return self._runner.run(plan)
