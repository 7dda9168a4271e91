"""client.marketplace and AsyncClient.marketplace: MarketplaceService and AsyncMarketplaceService.
Written by scripts/async_types.py from services/marketplace.py: do not edit (`make generate`
rewrites it, `make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.marketplace import MarketplaceOps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller_raw.marketplace.client import AuthenticatedClient as MarketplaceRaw
    from wbseller_raw.marketplace.models import (
        GetDbwWarehouseContactsResponseContactsItem,
        Office,
        Stock,
        Warehouse,
    )


class MarketplaceService(MarketplaceOps, Service):
    """client.marketplace: Marketplace (marketplace-api): WB offices, the seller's warehouses and
    the stocks in them."""

    raw: MarketplaceRaw


class AsyncMarketplaceService(MarketplaceOps, AsyncService):
    """AsyncClient.marketplace: the operations of MarketplaceService, awaitable / async-iterable."""

    raw: MarketplaceRaw

    if TYPE_CHECKING:

        def offices(  # type: ignore[override]
            self,
        ) -> Awaitable[list[Office | RawItem]]:
            """Every WB office a seller warehouse can be linked to (Office; `selected` when linked)."""

        def warehouses(  # type: ignore[override]
            self,
        ) -> Awaitable[list[Warehouse | RawItem]]:
            """The seller's warehouses (Warehouse)."""

        def create_warehouse(  # type: ignore[override]
            self, name: str, office_id: int
        ) -> Awaitable[int | None]:
            """Create a warehouse linked to a WB office (one not linked to another of the seller's
            warehouses: else ConflictError). Returns the new warehouse's ID.
            """

        def update_warehouse(  # type: ignore[override]
            self, warehouse_id: int, name: str, office_id: int
        ) -> Awaitable[None]:
            """Rename a warehouse and/or link it to another office (the office may change once a day:
            else ConflictError).
            """

        def delete_warehouse(  # type: ignore[override]
            self, warehouse_id: int
        ) -> Awaitable[None]:
            """Delete a warehouse."""

        def stocks(  # type: ignore[override]
            self, warehouse_id: int, chrt_ids: Sequence[int]
        ) -> Awaitable[list[Stock | RawItem]]:
            """The stocks (Stock: chrt_id, amount) of any number of sizes (chrtIDs) in a warehouse,
            1000 per request, as one list; sizes without a stock there are not in it.
            """

        def set_stocks(  # type: ignore[override]
            self, warehouse_id: int, items: Mapping[int, int] | Sequence[Mapping[str, Any]]
        ) -> Awaitable[None]:
            """Set stock amounts in a warehouse: `{chrtId: amount}` or `[{"chrtId", "amount"}]`, any
            number, 1000 per request (setting a stock is idempotent per size, so the parts are
            independent). A refused part raises; the parts before it stay applied.

            A part whose outcome stays unknown once its retries are spent (resets, timeouts, 5xx)
            raises UnknownOutcomeError after reading the part's stocks back: `outcome` lists each
            chrtId as applied (WB shows the amount sent) or not, the parts never sent as not applied,
            and `resume()` sets only those.
            """

        def delete_stocks(  # type: ignore[override]
            self, warehouse_id: int, chrt_ids: Sequence[int]
        ) -> Awaitable[None]:
            """Delete the stocks of any number of sizes (chrtIDs) in a warehouse, 1000 per request
            (WB allows 10 such requests a minute). Irreversible: the stock has to be set again to sell.
            """

        def dbw_contacts(  # type: ignore[override]
            self, warehouse_id: int
        ) -> Awaitable[list[GetDbwWarehouseContactsResponseContactsItem | RawItem]]:
            """The contacts (phone, comment) of a DBW warehouse. WB operation:
            `GET /api/v3/dbw/warehouses/{warehouseId}/contacts` (get_dbw_warehouse_contacts).
            """

        def set_dbw_contacts(  # type: ignore[override]
            self, warehouse_id: int, contacts: Sequence[Mapping[str, Any]]
        ) -> Awaitable[None]:
            """Replace the contacts of a DBW warehouse: up to 5 {phone, comment} (a comment up to 1000
            characters), checked before sending. WB operation:
            `PUT /api/v3/dbw/warehouses/{warehouseId}/contacts` (update_dbw_warehouse_contacts).
            """
