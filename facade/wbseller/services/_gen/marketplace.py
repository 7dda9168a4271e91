"""client.marketplace and AsyncClient.marketplace: MarketplaceService and AsyncMarketplaceService.
Written by scripts/async_types.py from services/marketplace.py: do not edit (`make generate`
rewrites it, `make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.marketplace import MarketplaceOps

if TYPE_CHECKING:
    import os
    from collections.abc import Awaitable, Iterable, Mapping, Sequence
    from pathlib import Path
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller.services._orders_common import BatchResult, Sticker
    from wbseller.services.fbs_supplies import SupplyAdd
    from wbseller_raw.marketplace.client import AuthenticatedClient as MarketplaceRaw
    from wbseller_raw.marketplace.models import (
        FbsOrdersListResponseOrdersItem,
        FbsOrdersNewResponseOrdersItem,
        FbsOrdersStatusResponseOrdersItem,
        FbsPassesListItem,
        FbsPassOfficesItem,
        FbsSuppliesListResponseSuppliesItem,
        FbsSupplyDetailsResponse,
        GetDbwWarehouseContactsResponseContactsItem,
        Office,
        Stock,
        Warehouse,
    )


class MarketplaceService(MarketplaceOps, Service):
    """client.marketplace: Marketplace (marketplace-api): WB offices, the seller's warehouses and
    the stocks in them; FBS, DBS, click & collect and DBW orders, FBS supplies and passes (the
    mixins fbs_orders.py, fbs_supplies.py, dbs_orders.py)."""

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

        def new_orders(  # type: ignore[override]
            self,
        ) -> Awaitable[list[FbsOrdersNewResponseOrdersItem | RawItem]]:
            """Every FBS order waiting to be put into a supply (WB gives them all at once)."""

        def orders(
            self, *, date_from: Any = None, date_to: Any = None, page_size: int | None = None
        ) -> AsyncPages[FbsOrdersListResponseOrdersItem | RawItem]:
            """Every FBS order (the history), page by page along WB's `next` cursor; `date_from` /
            `date_to`: Unix seconds or aware datetimes on the order's createdAt; page_size 1..1000.
            """

        def order_statuses(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[list[FbsOrdersStatusResponseOrdersItem | RawItem]]:
            """supplierStatus and wbStatus of any number of orders, 1000 per request; ids WB does not
            know are left out of its answer.
            """

        def cancel_order(  # type: ignore[override]
            self, order_id: int
        ) -> Awaitable[None]:
            """Cancel an order in new or confirm (else ConflictError; WB's own budget 100 a minute)."""

        def stickers(  # type: ignore[override]
            self, ids: Iterable[int], *, kind: str = "png", size: str = "58x40"
        ) -> Awaitable[list[Sticker]]:
            """The stickers of orders in confirm or complete, decoded: `kind` svg, zplv, zplh or png,
            `size` 58x40 or 40x30; 100 orders per request.
            """

        def save_stickers(  # type: ignore[override]
            self, ids: Iterable[int], dest: str | os.PathLike[str], *, kind: str = "png", size: str = "58x40"
        ) -> Awaitable[dict[int, Path]]:
            """The stickers written to files `<dest>/<orderId>.<svg|zpl|png>` (each through a `.part`
            file and a rename; a link or anything but a regular file there is refused). `dest` must be
            an existing folder. Returns orderId -> file.
            """

        def label_ids(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[dict[int, list[Any]]]:
            """orderId -> its metaDetails (key, value, decision: the label keys WB asks for), 100
            orders per request.
            """

        def set_marks(  # type: ignore[override]
            self, marks: Mapping[int, Mapping[str, Any]]
        ) -> Awaitable[BatchResult]:
            """Attach marking codes: `{orderId: {"sgtin": [codes], "uin": str, "imei": str, "gtin":
            str}}`. Checked before anything is sent: each value against the spec, and WB's rule that
            a code goes only on an order in confirm whose label ids list that key (both read first,
            batched); a breach raises InvalidRequestError naming the order and key. Then one request
            per order and key; a refusal fails that order (WB's error in the result) and the rest go on.
            """

        def create_supply(  # type: ignore[override]
            self, name: str
        ) -> Awaitable[str]:
            """A new open supply; returns its id (WB-GI-…). `name` 1..128 characters."""

        def add_to_supply(  # type: ignore[override]
            self, supply_id: str, ids: Iterable[int]
        ) -> Awaitable[SupplyAdd]:
            """Put orders in `new` into an open supply, 100 per request (WB's limit). Each batch is
            all or nothing at WB: a refused batch (an order not new, another cargo type, an unknown
            id) is reported with WB's error and the next batches still go; an authorisation or rate
            refusal stops (the next batch would meet it too), as does a batch without an answer.
            """

        def supply_order_ids(  # type: ignore[override]
            self, supply_id: str
        ) -> Awaitable[list[int]]:
            """The ids of the orders in a supply."""

        def deliver_supply(  # type: ignore[override]
            self, supply_id: str
        ) -> Awaitable[None]:
            """Hand a supply with orders over to delivery: it closes, its orders go complete."""

        def supply(  # type: ignore[override]
            self, supply_id: str
        ) -> Awaitable[FbsSupplyDetailsResponse | RawItem]:
            """One supply (done, createdAt, closedAt, cargoType...)."""

        def delete_supply(  # type: ignore[override]
            self, supply_id: str
        ) -> Awaitable[None]:
            """Delete an open supply without orders (else ConflictError)."""

        def supplies(
            self, *, page_size: int | None = None
        ) -> AsyncPages[FbsSuppliesListResponseSuppliesItem | RawItem]:
            """Every FBS supply, along WB's `next` cursor (page_size 1..1000)."""

        def pass_offices(  # type: ignore[override]
            self,
        ) -> Awaitable[list[FbsPassOfficesItem | RawItem]]:
            """WB's offices a driver needs a pass for."""

        def passes(  # type: ignore[override]
            self,
        ) -> Awaitable[list[FbsPassesListItem | RawItem]]:
            """The seller's passes."""

        def create_pass(  # type: ignore[override]
            self, first_name: str, last_name: str, car_model: str, car_number: str, office_id: int
        ) -> Awaitable[int]:
            """A pass for a driver to an office; returns its id. WB allows one a 10 minutes: the
            limiter waits for that (a second call within 10 minutes blocks until then).
            """

        def update_pass(  # type: ignore[override]
            self,
            pass_id: int,
            first_name: str,
            last_name: str,
            car_model: str,
            car_number: str,
            office_id: int,
        ) -> Awaitable[None]:
            """Change a pass (every field is sent again)."""

        def delete_pass(  # type: ignore[override]
            self, pass_id: int
        ) -> Awaitable[None]:
            """Delete a pass."""

        def dbs_new_orders(  # type: ignore[override]
            self,
        ) -> Awaitable[list[Any | RawItem]]:
            """Every DBS order in `new`."""

        def dbs_confirm(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """new -> confirm, 1000 orders per request."""

        def dbs_deliver(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """confirm -> deliver (handed to the courier); an order missing a required label fails
            with WB's 400 and its label keys (OrderError.meta).
            """

        def dbs_receive(  # type: ignore[override]
            self, codes: Mapping[int, str]
        ) -> Awaitable[BatchResult]:
            """deliver -> receive: `{orderId: the code the buyer gave}`."""

        def dbs_reject(  # type: ignore[override]
            self, codes: Mapping[int, str]
        ) -> Awaitable[BatchResult]:
            """deliver -> reject (the buyer refused): `{orderId: the buyer's code}`."""

        def dbs_cancel(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """Cancel orders in new, confirm or deliver, 1000 per request."""

        def dbs_stickers(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[list[Sticker]]:
            """DBS stickers: PDF, 58x40 (the only ones WB makes), 100 orders per request."""

        def save_dbs_stickers(  # type: ignore[override]
            self, ids: Iterable[int], dest: str | os.PathLike[str]
        ) -> Awaitable[dict[int, Path]]:
            """The DBS stickers written to `<dest>/<orderId>.pdf` (files.py's rules)."""

        def cc_new_orders(  # type: ignore[override]
            self,
        ) -> Awaitable[list[Any | RawItem]]:
            """Every click & collect order in `new`."""

        def cc_confirm(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """new -> confirm, 1000 orders per request."""

        def cc_prepare(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """confirm -> prepare: ready for the buyer at the store."""

        def cc_check_identity(  # type: ignore[override]
            self, order_code: str, passcode: str
        ) -> Awaitable[bool]:
            """Whether the buyer's passcode matches the order (before handing it over; WB allows 30
            checks a minute). An order not prepared: ConflictError; an unknown code: NotFoundError.
            """

        def cc_receive(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """prepare -> receive (the buyer took it; WB wants the identity check passed first)."""

        def cc_reject(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """prepare -> reject (the buyer did not take it), 1000 per request."""

        def cc_cancel(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """Cancel orders in new, confirm or prepare, 1000 per request."""

        def dbw_new_orders(  # type: ignore[override]
            self,
        ) -> Awaitable[list[Any | RawItem]]:
            """Every DBW order in `new`."""

        def dbw_confirm(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """new -> confirm, one request per order (WB has no batch call for it); a refused order
            is in `failed` with WB's status and detail, and the others go on.
            """

        def dbw_courier(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[list[Any | RawItem]]:
            """Call a courier for confirmed orders, 1000 per request; each order's courierInfo."""

        def dbw_deliver(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[BatchResult]:
            """confirm -> complete (handed to the courier), 1000 per request."""

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
