from typing import Literal

BlockedProductsOrder = Literal["asc", "desc"]

BLOCKED_PRODUCTS_ORDER_VALUES: set[BlockedProductsOrder] = {
    "asc",
    "desc",
}


def check_blocked_products_order(value: str) -> BlockedProductsOrder:
    if value in BLOCKED_PRODUCTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCKED_PRODUCTS_ORDER_VALUES!r}"
    )
