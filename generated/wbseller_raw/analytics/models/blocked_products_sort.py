from typing import Literal

BlockedProductsSort = Literal["brand", "nmId", "reason", "title", "vendorCode"]

BLOCKED_PRODUCTS_SORT_VALUES: set[BlockedProductsSort] = {
    "brand",
    "nmId",
    "reason",
    "title",
    "vendorCode",
}


def check_blocked_products_sort(value: str) -> BlockedProductsSort:
    if value in BLOCKED_PRODUCTS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCKED_PRODUCTS_SORT_VALUES!r}"
    )
