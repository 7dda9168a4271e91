"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .problem_error import ProblemError
    from .supplier_orders_item import SupplierOrdersItem
    from .supplier_sales_item import SupplierSalesItem

_MODULES = {
    "ProblemError": "problem_error",
    "SupplierOrdersItem": "supplier_orders_item",
    "SupplierSalesItem": "supplier_sales_item",
}

__all__ = (
    "ProblemError",
    "SupplierOrdersItem",
    "SupplierSalesItem",
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
