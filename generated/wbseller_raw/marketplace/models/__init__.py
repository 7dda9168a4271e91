"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chrt_ids_request import ChrtIdsRequest
    from .inventory_read_request import InventoryReadRequest
    from .marketplace_error import MarketplaceError
    from .marketplace_error_data_type_0 import MarketplaceErrorDataType0
    from .office import Office
    from .ping_response import PingResponse
    from .problem_error import ProblemError
    from .stock import Stock
    from .stock_update import StockUpdate
    from .stocks_error import StocksError
    from .stocks_error_item import StocksErrorItem
    from .stocks_response import StocksResponse
    from .stocks_update_request import StocksUpdateRequest
    from .warehouse import Warehouse
    from .warehouse_created import WarehouseCreated
    from .warehouse_request import WarehouseRequest

_MODULES = {
    "ChrtIdsRequest": "chrt_ids_request",
    "InventoryReadRequest": "inventory_read_request",
    "MarketplaceError": "marketplace_error",
    "MarketplaceErrorDataType0": "marketplace_error_data_type_0",
    "Office": "office",
    "PingResponse": "ping_response",
    "ProblemError": "problem_error",
    "Stock": "stock",
    "StockUpdate": "stock_update",
    "StocksError": "stocks_error",
    "StocksErrorItem": "stocks_error_item",
    "StocksResponse": "stocks_response",
    "StocksUpdateRequest": "stocks_update_request",
    "Warehouse": "warehouse",
    "WarehouseCreated": "warehouse_created",
    "WarehouseRequest": "warehouse_request",
}

__all__ = (
    "ChrtIdsRequest",
    "InventoryReadRequest",
    "MarketplaceError",
    "MarketplaceErrorDataType0",
    "Office",
    "PingResponse",
    "ProblemError",
    "Stock",
    "StockUpdate",
    "StocksError",
    "StocksErrorItem",
    "StocksResponse",
    "StocksUpdateRequest",
    "Warehouse",
    "WarehouseCreated",
    "WarehouseRequest",
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
