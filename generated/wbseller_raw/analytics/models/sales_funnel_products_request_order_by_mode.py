from typing import Literal

SalesFunnelProductsRequestOrderByMode = Literal["asc", "desc"]

SALES_FUNNEL_PRODUCTS_REQUEST_ORDER_BY_MODE_VALUES: set[
    SalesFunnelProductsRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_sales_funnel_products_request_order_by_mode(
    value: str,
) -> SalesFunnelProductsRequestOrderByMode:
    if value in SALES_FUNNEL_PRODUCTS_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_FUNNEL_PRODUCTS_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
