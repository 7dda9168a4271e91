"""Contains all the data models used in inputs/outputs"""

from .chrt_ids_request import ChrtIdsRequest
from .marketplace_error import MarketplaceError
from .marketplace_error_data_type_0 import MarketplaceErrorDataType0
from .office import Office
from .ping_response import PingResponse
from .problem_error import ProblemError
from .stock import Stock
from .stock_update import StockUpdate
from .stocks_response import StocksResponse
from .stocks_update_request import StocksUpdateRequest
from .warehouse import Warehouse
from .warehouse_created import WarehouseCreated
from .warehouse_request import WarehouseRequest

__all__ = (
    "ChrtIdsRequest",
    "MarketplaceError",
    "MarketplaceErrorDataType0",
    "Office",
    "PingResponse",
    "ProblemError",
    "Stock",
    "StockUpdate",
    "StocksResponse",
    "StocksUpdateRequest",
    "Warehouse",
    "WarehouseCreated",
    "WarehouseRequest",
)
