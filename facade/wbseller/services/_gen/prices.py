"""client.prices and AsyncClient.prices: PricesService and AsyncPricesService, and the AsyncClient's
twins of the upload handles. Written by scripts/async_types.py from services/prices.py: do not edit
(`make generate` rewrites it, `make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.prices import PricesOps
from wbseller.services.prices_upload import PriceUpload

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable, Mapping, Sequence
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller.services.prices import OnUpload
    from wbseller.services.prices_b2b import Levels
    from wbseller.services.prices_upload import PriceResult
    from wbseller_raw.prices.client import AuthenticatedClient as PricesRaw
    from wbseller_raw.prices.models import (
        GetProductsWithPricesByNmIdsResponseDataListGoodsItem,
        GoodBuffer,
        GoodHistory,
        GoodsList,
        GoodsSize,
        QuarantineGoods,
    )


class AsyncPriceUpload(PriceUpload, twin_of=PriceUpload):
    """PriceUpload of an AsyncClient: wait() is awaitable."""

    if TYPE_CHECKING:

        def wait(  # type: ignore[override]
            self, timeout: float | None = None, poll: float | None = None
        ) -> Awaitable[PriceResult]: ...


class PricesService(PricesOps, Service):
    """client.prices: Prices and discounts: uploads you can wait on, and the lists of goods, sizes
    and quarantine."""

    raw: PricesRaw


class AsyncPricesService(PricesOps, AsyncService):
    """AsyncClient.prices: the operations of PricesService, awaitable / async-iterable."""

    raw: PricesRaw

    if TYPE_CHECKING:

        def set_prices(  # type: ignore[override]
            self, items: Iterable[Any], *, on_upload: OnUpload | None = None
        ) -> Awaitable[AsyncPriceUpload]:
            """Set prices and/or discounts: items like {"nmID": 1, "price": 1000, "discount": 10}
            (dicts or generated `Goods`), any number — sent in uploads of the spec's maximum (1000).
            Returns a PriceUpload; wait() on it for what WB applied.

            A list (or tuple) is checked whole before anything is sent. Any other iterable (a
            generator over a large file) is read an upload at a time, each checked before it is sent,
            so memory stays bounded; a bad item then stops the sending with the uploads before it
            noted on the error. `on_upload(SentUpload)` is called as WB answers each request (its
            uploadID, to record: `prices.upload(ids)` waits on them after a crash).
            """

        def set_size_prices(  # type: ignore[override]
            self, items: Iterable[Any], *, on_upload: OnUpload | None = None
        ) -> Awaitable[AsyncPriceUpload]:
            """Set per-size prices ({"nmID", "sizeID", "price"}; goods with editableSizePrice only),
            any number, in uploads of the spec's maximum (read and sent as set_prices does).
            Returns a PriceUpload.
            """

        def set_club_discounts(  # type: ignore[override]
            self, items: Iterable[Any], *, on_upload: OnUpload | None = None
        ) -> Awaitable[AsyncPriceUpload]:
            """Set WB Club discounts ({"nmID", "clubDiscount"}), any number, in uploads of the spec's
            maximum (read and sent as set_prices does). Returns a PriceUpload.
            """

        def upload(self, upload_ids: Sequence[int]) -> AsyncPriceUpload:
            """The handle of earlier uploads, from their uploadIDs (e.g. in a restarted process, or
            from the file `wbseller prices set --resume FILE` records).
            """

        def iter_goods(
            self, filter_nm_id: int | None = None, *, page_size: int | None = None
        ) -> AsyncPages[GoodsList | RawItem]:
            """Goods with their prices and discounts (all, or the one `filter_nm_id`), by limit/offset
            until an empty page; page_size defaults to the documented maximum.
            """

        def iter_size_prices(
            self, nm_id: int, *, page_size: int | None = None
        ) -> AsyncPages[GoodsSize | RawItem]:
            """The sizes of one product with their prices (goods with editableSizePrice only)."""

        def iter_quarantine(self, *, page_size: int | None = None) -> AsyncPages[QuarantineGoods | RawItem]:
            """The goods in price quarantine (their new price with discount ≥ 3 times lower)."""

        def iter_upload_details(
            self, upload_id: int, processed: bool = True, *, page_size: int | None = None
        ) -> AsyncPages[GoodHistory | GoodBuffer | RawItem]:
            """The items of one upload with their errors: processed (the history) or still in the
            buffer (processed=False). Empty while the upload is in the other list.
            """

        def set_wholesale_discounts(  # type: ignore[override]
            self, discounts: Mapping[int, Levels]
        ) -> Awaitable[AsyncPriceUpload]:
            """Set the wholesale (B2B) discount levels of products: {nmID: [(minQuantity,
            wholesaleDiscount %), ...]}, any number of products, 1000 per upload. Returns a
            PriceUpload: wait() on it; products WB refused at once come out as not applied. A
            personal or service token.
            WB operation: `POST /api/discounts-prices/v1/upload/task/b2b/wholesale`.
            """

        def goods_by_nm_ids(  # type: ignore[override]
            self, nm_ids: Iterable[int]
        ) -> Awaitable[list[GetProductsWithPricesByNmIdsResponseDataListGoodsItem | RawItem]]:
            """The goods of these nmIDs with their prices, discounts and wholesale levels; any number,
            1000 per request. WB operation: `POST /api/v2/list/goods/filter`.
            """
