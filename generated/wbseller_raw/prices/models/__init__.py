"""Contains all the data models used in inputs/outputs"""

from .buffer_goods_data import BufferGoodsData
from .buffer_goods_response import BufferGoodsResponse
from .buffer_task import BufferTask
from .buffer_task_response import BufferTaskResponse
from .club_disc import ClubDisc
from .club_discounts_upload_request import ClubDiscountsUploadRequest
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
from .size_good import SizeGood
from .size_goods_body import SizeGoodsBody
from .size_prices_upload_request import SizePricesUploadRequest
from .task_created import TaskCreated
from .task_created_response import TaskCreatedResponse

__all__ = (
    "BufferGoodsData",
    "BufferGoodsResponse",
    "BufferTask",
    "BufferTaskResponse",
    "ClubDisc",
    "ClubDiscountsUploadRequest",
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
    "SizeGood",
    "SizeGoodsBody",
    "SizePricesUploadRequest",
    "TaskCreated",
    "TaskCreatedResponse",
)
