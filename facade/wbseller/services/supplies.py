"""FBW supplies (supplies-api): the seller's supplies to WB's warehouses, their goods and packages.

for s in wb.supplies.supplies(status_ids=[2, 3]):      # POST with filters, limit/offset pages
details = wb.supplies.details(supply_id)               # or a preorderID: preorder=True
for g in wb.supplies.goods(supply_id): ...
packages = wb.supplies.packages(supply_id)

WB marks acceptance options, warehouses and transit tariffs temporarily disabled (2026-08-19):
no workflow is built on them (`.raw` still calls them, with a warning).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.supplies import ops

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..operations import Operation
from ..pagination import Pages, PageState, offset_pages
from ..plans import Plan, SyncRunner, call
from ..validation import check_body, check_value
from ._common import page_size as _page_size
from ._common import present

if TYPE_CHECKING:
    from wbseller_raw.supplies.models import (
        FbwSuppliesListItem,
        FbwSupplyDetailsResponse,
        FbwSupplyGoodsItem,
        FbwSupplyPackagesItem,
    )


def _list(value: Any) -> list[Any]:
    value = present(value)
    return list(value) if isinstance(value, list) else []


def _id(op: Operation[Any, Any], ident: int, preorder: bool) -> dict[str, Any]:
    check_value(op.param("ID"), ident, "ID", op)
    if isinstance(ident, bool) or ident < 1:
        raise InvalidRequestError(f"ID: {ident!r} is not a supply id", field="ID", value=ident, limit=1)
    return {"id": ident, **({"is_preorder_id": True} if preorder else {})}


class SuppliesOps:
    """FBW supplies: list, details, goods, packages."""

    _runner: SyncRunner

    def supplies(
        self,
        *,
        status_ids: Iterable[int] | None = None,
        dates: Sequence[dict[str, Any]] | None = None,
        page_size: int | None = None,
    ) -> Pages[FbwSuppliesListItem | RawItem]:
        """Every supply matching the filters, newest created first, page by page (limit up to
        1000, offset): `status_ids` 1 not planned .. 6 unloaded at the gate; `dates` WB's
        [{"type": createDate|supplyDate|factDate|updatedDate, "from": "YYYY-MM-DD", "till": ...}]."""
        body: dict[str, Any] = {}
        if status_ids is not None:
            body["statusIDs"] = list(status_ids)
        if dates is not None:
            body["dates"] = [dict(d) for d in dates]
        check_body(ops.FBW_SUPPLIES_LIST, body)
        limit = _page_size(ops.FBW_SUPPLIES_LIST, page_size)

        def plan(state: PageState) -> Plan[None]:
            return offset_pages(
                lambda n, offset: call(ops.FBW_SUPPLIES_LIST, body=body, limit=n, offset=offset),
                lambda r: _list(r.parsed),
                limit,
                state,
            )

        return Pages(self._runner, plan)

    def details(self, supply_id: int, *, preorder: bool = False) -> FbwSupplyDetailsResponse | RawItem:
        """One supply by its supplyID (or its preorderID with preorder=True)."""
        kwargs = _id(ops.FBW_SUPPLY_DETAILS, supply_id, preorder)

        def plan() -> Plan[FbwSupplyDetailsResponse | RawItem]:
            r = yield from call(ops.FBW_SUPPLY_DETAILS, **kwargs)
            return cast("FbwSupplyDetailsResponse | RawItem", r.parsed)

        return self._runner.run(plan())

    def goods(
        self, supply_id: int, *, preorder: bool = False, page_size: int | None = None
    ) -> Pages[FbwSupplyGoodsItem | RawItem]:
        """The goods of a supply (barcode, quantity, accepted...), limit/offset pages."""
        kwargs = _id(ops.FBW_SUPPLY_GOODS, supply_id, preorder)
        limit = _page_size(ops.FBW_SUPPLY_GOODS, page_size)

        def plan(state: PageState) -> Plan[None]:
            return offset_pages(
                lambda n, offset: call(ops.FBW_SUPPLY_GOODS, limit=n, offset=offset, **kwargs),
                lambda r: _list(r.parsed),
                limit,
                state,
            )

        return Pages(self._runner, plan)

    def packages(self, supply_id: int) -> list[FbwSupplyPackagesItem | RawItem]:
        """The packages (boxes) of a supply with their barcodes (by supplyID only: WB takes no
        preorderID here)."""
        kwargs = _id(ops.FBW_SUPPLY_PACKAGES, supply_id, False)

        def plan() -> Plan[list[Any]]:
            r = yield from call(ops.FBW_SUPPLY_PACKAGES, **kwargs)
            return _list(r.parsed)

        return self._runner.run(plan())
