"""client.supplies and AsyncClient.supplies: SuppliesService and AsyncSuppliesService. Written by
scripts/async_types.py from services/supplies.py: do not edit (`make generate` rewrites it, `make
check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.supplies import SuppliesOps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable, Sequence
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller_raw.supplies.client import AuthenticatedClient as SuppliesRaw
    from wbseller_raw.supplies.models import (
        FbwSuppliesListItem,
        FbwSupplyDetailsResponse,
        FbwSupplyGoodsItem,
        FbwSupplyPackagesItem,
    )


class SuppliesService(SuppliesOps, Service):
    """client.supplies: FBW supplies (supplies-api): the seller's supplies to WB's warehouses, their
    goods and packages."""

    raw: SuppliesRaw


class AsyncSuppliesService(SuppliesOps, AsyncService):
    """AsyncClient.supplies: the operations of SuppliesService, awaitable / async-iterable."""

    raw: SuppliesRaw

    if TYPE_CHECKING:

        def supplies(
            self,
            *,
            status_ids: Iterable[int] | None = None,
            dates: Sequence[dict[str, Any]] | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[FbwSuppliesListItem | RawItem]:
            """Every supply matching the filters, newest created first, page by page (limit up to
            1000, offset): `status_ids` 1 not planned .. 6 unloaded at the gate; `dates` WB's
            [{"type": createDate|supplyDate|factDate|updatedDate, "from": "YYYY-MM-DD", "till": ...}].
            """

        def details(  # type: ignore[override]
            self, supply_id: int, *, preorder: bool = False
        ) -> Awaitable[FbwSupplyDetailsResponse | RawItem]:
            """One supply by its supplyID (or its preorderID with preorder=True)."""

        def goods(
            self, supply_id: int, *, preorder: bool = False, page_size: int | None = None
        ) -> AsyncPages[FbwSupplyGoodsItem | RawItem]:
            """The goods of a supply (barcode, quantity, accepted...), limit/offset pages."""

        def packages(  # type: ignore[override]
            self, supply_id: int
        ) -> Awaitable[list[FbwSupplyPackagesItem | RawItem]]:
            """The packages (boxes) of a supply with their barcodes (by supplyID only: WB takes no
            preorderID here).
            """
