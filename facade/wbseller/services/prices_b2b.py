"""Wholesale (B2B) discounts and goods by nmIDs (discounts-prices-api, WB's additions of 2026): a
mixin of PricesOps.

upload = wb.prices.set_wholesale_discounts({694707813: [(10, 5), (50, 10)]})  # nmID -> (minQuantity, %)
result = upload.wait()              # the price upload machinery: per nmID applied or WB's error
goods = wb.prices.goods_by_nm_ids([694707813, 694707814])     # 1000 per request, split here

WB answers a wholesale upload with an upload `id` (followed like the other price uploads, through
the buffer to the history) and a result per product: a product WB refused at once is in the
result as not applied, with its error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.prices import ops

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import batches
from ..plans import Plan, SyncRunner, call
from ..validation import check_value
from ._common import as_int
from ._comms import listed, path

if TYPE_CHECKING:
    from wbseller_raw.prices.models import GetProductsWithPricesByNmIdsResponseDataListGoodsItem

    from .prices import PriceUpload

Levels = Sequence[tuple[int, int]] | Sequence[Mapping[str, int]]


def _rows(discounts: Mapping[int, Levels]) -> list[dict[str, Any]]:
    """{nmID: [(minQuantity, wholesaleDiscount), ...]} -> WB's rows, levels numbered from 1 in
    the order given (dicts with level/minQuantity/wholesaleDiscount pass as they are)."""
    item = ops.SET_B2B_WHOLESALE_DISCOUNTS.schema("data.[]")
    rows = []
    for nm_id, levels in discounts.items():
        thresholds = []
        for k, level in enumerate(levels, start=1):
            if isinstance(level, Mapping):
                thresholds.append(dict(level))
            else:
                quantity, discount = level
                thresholds.append({"minQuantity": quantity, "wholesaleDiscount": discount, "level": k})
        row = {"nmId": nm_id, "wholesaleDiscountThreshold": thresholds}
        check_value(item, row, f"data[nmId={nm_id}]", ops.SET_B2B_WHOLESALE_DISCOUNTS)
        if isinstance(nm_id, bool) or not isinstance(nm_id, int) or nm_id < 1:
            raise InvalidRequestError(f"nmId: {nm_id!r} is not an nmID", field="nmId", value=nm_id, limit=1)
        rows.append(row)
    if not rows:
        raise InvalidRequestError("discounts: empty", field="data", value={}, limit=1)
    return rows


class PricesB2bOps:
    """Wholesale discounts and goods by nmIDs (mixed into PricesOps)."""

    _runner: SyncRunner

    def set_wholesale_discounts(self, discounts: Mapping[int, Levels]) -> PriceUpload:
        """Set the wholesale (B2B) discount levels of products: {nmID: [(minQuantity,
        wholesaleDiscount %), ...]}, any number of products, 1000 per upload. Returns a
        PriceUpload: wait() on it; products WB refused at once come out as not applied. A
        personal or service token.
        WB operation: `POST /api/discounts-prices/v1/upload/task/b2b/wholesale`."""
        from .prices import PriceUpload  # here: prices.py mixes this class in

        parts = list(batches(_rows(discounts), ops.SET_B2B_WHOLESALE_DISCOUNTS.max_items("data")))
        runner = self._runner

        def plan() -> Plan[PriceUpload]:
            ids: list[int] = []
            existing: list[int] = []
            refused: dict[Any, str] = {}
            for part in parts:
                r = yield from call(ops.SET_B2B_WHOLESALE_DISCOUNTS, body={"data": part})
                if r.status_code == 208:  # WB has the same upload already: its id is not given
                    for row in part:
                        refused[row["nmId"]] = "WB: this upload already exists (208); nothing new was sent"
                    continue
                upload_id = as_int(path(r.parsed, "id"))
                for res in listed(path(r.parsed, "results")):
                    if path(res, "success") is False:
                        nm = as_int(path(res, "nm_id"))
                        detail = path(res, "error", "detail") or path(res, "error", "title") or "refused"
                        refused[nm] = str(detail)
                if upload_id:
                    ids.append(upload_id)
                    if path(r.parsed, "already_exists"):
                        existing.append(upload_id)
            return PriceUpload(runner, ids, already_existing=existing, refused=refused)

        return self._runner.run(plan())

    def goods_by_nm_ids(
        self, nm_ids: Iterable[int]
    ) -> list[GetProductsWithPricesByNmIdsResponseDataListGoodsItem | RawItem]:
        """The goods of these nmIDs with their prices, discounts and wholesale levels; any number,
        1000 per request. WB operation: `POST /api/v2/list/goods/filter`."""
        ids = list(dict.fromkeys(nm_ids))
        for i, nm_id in enumerate(ids):
            check_value({"type": "integer", "minimum": 1}, nm_id, f"nmList[{i}]")
        if not ids:
            raise InvalidRequestError("nm_ids: empty", field="nmList", value=[], limit=1)
        parts = list(batches(ids, ops.GET_PRODUCTS_WITH_PRICES_BY_NM_IDS.max_items("nmList")))

        def plan() -> Plan[list[Any]]:
            out: list[Any] = []
            for part in parts:
                r = yield from call(ops.GET_PRODUCTS_WITH_PRICES_BY_NM_IDS, body={"nmList": part})
                out += listed(path(r.parsed, "data", "list_goods"))
            return out

        return cast(
            "list[GetProductsWithPricesByNmIdsResponseDataListGoodsItem | RawItem]", self._runner.run(plan())
        )
