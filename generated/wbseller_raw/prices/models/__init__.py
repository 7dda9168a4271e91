"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .buffer_goods_data import BufferGoodsData
    from .buffer_goods_response import BufferGoodsResponse
    from .buffer_task import BufferTask
    from .buffer_task_response import BufferTaskResponse
    from .club_disc import ClubDisc
    from .club_discounts_upload_request import ClubDiscountsUploadRequest
    from .get_products_with_prices_by_nm_ids_request import GetProductsWithPricesByNmIdsRequest
    from .get_products_with_prices_by_nm_ids_response import GetProductsWithPricesByNmIdsResponse
    from .get_products_with_prices_by_nm_ids_response_data import GetProductsWithPricesByNmIdsResponseData
    from .get_products_with_prices_by_nm_ids_response_data_list_goods_item import GetProductsWithPricesByNmIdsResponseDataListGoodsItem
    from .get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item import GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem
    from .get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item import GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem
    from .good_buffer import GoodBuffer
    from .good_history import GoodHistory
    from .goods import Goods
    from .goods_list import GoodsList
    from .goods_list_data import GoodsListData
    from .goods_list_response import GoodsListResponse
    from .goods_size import GoodsSize
    from .goods_sizes_data import GoodsSizesData
    from .goods_sizes_response import GoodsSizesResponse
    from .history_goods_data import HistoryGoodsData
    from .history_goods_response import HistoryGoodsResponse
    from .history_task import HistoryTask
    from .history_task_response import HistoryTaskResponse
    from .ping_response import PingResponse
    from .prices_error import PricesError
    from .prices_error_data_type_0 import PricesErrorDataType0
    from .prices_upload_request import PricesUploadRequest
    from .problem_error import ProblemError
    from .quarantine_goods import QuarantineGoods
    from .quarantine_goods_data import QuarantineGoodsData
    from .quarantine_goods_response import QuarantineGoodsResponse
    from .set_b2b_wholesale_discounts_208_response import SetB2BWholesaleDiscounts208Response
    from .set_b2b_wholesale_discounts_request import SetB2BWholesaleDiscountsRequest
    from .set_b2b_wholesale_discounts_request_data_item import SetB2BWholesaleDiscountsRequestDataItem
    from .set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item import SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem
    from .set_b2b_wholesale_discounts_response import SetB2BWholesaleDiscountsResponse
    from .set_b2b_wholesale_discounts_response_results_item import SetB2BWholesaleDiscountsResponseResultsItem
    from .set_b2b_wholesale_discounts_response_results_item_error import SetB2BWholesaleDiscountsResponseResultsItemError
    from .size_good import SizeGood
    from .size_goods_body import SizeGoodsBody
    from .size_prices_upload_request import SizePricesUploadRequest
    from .task_created import TaskCreated
    from .task_created_response import TaskCreatedResponse
    from .wholesale_discount_threshold import WholesaleDiscountThreshold

_MODULES = {
    "BufferGoodsData": "buffer_goods_data",
    "BufferGoodsResponse": "buffer_goods_response",
    "BufferTask": "buffer_task",
    "BufferTaskResponse": "buffer_task_response",
    "ClubDisc": "club_disc",
    "ClubDiscountsUploadRequest": "club_discounts_upload_request",
    "GetProductsWithPricesByNmIdsRequest": "get_products_with_prices_by_nm_ids_request",
    "GetProductsWithPricesByNmIdsResponse": "get_products_with_prices_by_nm_ids_response",
    "GetProductsWithPricesByNmIdsResponseData": "get_products_with_prices_by_nm_ids_response_data",
    "GetProductsWithPricesByNmIdsResponseDataListGoodsItem": "get_products_with_prices_by_nm_ids_response_data_list_goods_item",
    "GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem": "get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item",
    "GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem": "get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item",
    "GoodBuffer": "good_buffer",
    "GoodHistory": "good_history",
    "Goods": "goods",
    "GoodsList": "goods_list",
    "GoodsListData": "goods_list_data",
    "GoodsListResponse": "goods_list_response",
    "GoodsSize": "goods_size",
    "GoodsSizesData": "goods_sizes_data",
    "GoodsSizesResponse": "goods_sizes_response",
    "HistoryGoodsData": "history_goods_data",
    "HistoryGoodsResponse": "history_goods_response",
    "HistoryTask": "history_task",
    "HistoryTaskResponse": "history_task_response",
    "PingResponse": "ping_response",
    "PricesError": "prices_error",
    "PricesErrorDataType0": "prices_error_data_type_0",
    "PricesUploadRequest": "prices_upload_request",
    "ProblemError": "problem_error",
    "QuarantineGoods": "quarantine_goods",
    "QuarantineGoodsData": "quarantine_goods_data",
    "QuarantineGoodsResponse": "quarantine_goods_response",
    "SetB2BWholesaleDiscounts208Response": "set_b2b_wholesale_discounts_208_response",
    "SetB2BWholesaleDiscountsRequest": "set_b2b_wholesale_discounts_request",
    "SetB2BWholesaleDiscountsRequestDataItem": "set_b2b_wholesale_discounts_request_data_item",
    "SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem": "set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item",
    "SetB2BWholesaleDiscountsResponse": "set_b2b_wholesale_discounts_response",
    "SetB2BWholesaleDiscountsResponseResultsItem": "set_b2b_wholesale_discounts_response_results_item",
    "SetB2BWholesaleDiscountsResponseResultsItemError": "set_b2b_wholesale_discounts_response_results_item_error",
    "SizeGood": "size_good",
    "SizeGoodsBody": "size_goods_body",
    "SizePricesUploadRequest": "size_prices_upload_request",
    "TaskCreated": "task_created",
    "TaskCreatedResponse": "task_created_response",
    "WholesaleDiscountThreshold": "wholesale_discount_threshold",
}

__all__ = (
    "BufferGoodsData",
    "BufferGoodsResponse",
    "BufferTask",
    "BufferTaskResponse",
    "ClubDisc",
    "ClubDiscountsUploadRequest",
    "GetProductsWithPricesByNmIdsRequest",
    "GetProductsWithPricesByNmIdsResponse",
    "GetProductsWithPricesByNmIdsResponseData",
    "GetProductsWithPricesByNmIdsResponseDataListGoodsItem",
    "GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem",
    "GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem",
    "GoodBuffer",
    "GoodHistory",
    "Goods",
    "GoodsList",
    "GoodsListData",
    "GoodsListResponse",
    "GoodsSize",
    "GoodsSizesData",
    "GoodsSizesResponse",
    "HistoryGoodsData",
    "HistoryGoodsResponse",
    "HistoryTask",
    "HistoryTaskResponse",
    "PingResponse",
    "PricesError",
    "PricesErrorDataType0",
    "PricesUploadRequest",
    "ProblemError",
    "QuarantineGoods",
    "QuarantineGoodsData",
    "QuarantineGoodsResponse",
    "SetB2BWholesaleDiscounts208Response",
    "SetB2BWholesaleDiscountsRequest",
    "SetB2BWholesaleDiscountsRequestDataItem",
    "SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem",
    "SetB2BWholesaleDiscountsResponse",
    "SetB2BWholesaleDiscountsResponseResultsItem",
    "SetB2BWholesaleDiscountsResponseResultsItemError",
    "SizeGood",
    "SizeGoodsBody",
    "SizePricesUploadRequest",
    "TaskCreated",
    "TaskCreatedResponse",
    "WholesaleDiscountThreshold",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
