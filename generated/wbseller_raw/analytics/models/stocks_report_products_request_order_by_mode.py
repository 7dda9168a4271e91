from typing import Literal

StocksReportProductsRequestOrderByMode = Literal["asc", "desc"]

STOCKS_REPORT_PRODUCTS_REQUEST_ORDER_BY_MODE_VALUES: set[
    StocksReportProductsRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_stocks_report_products_request_order_by_mode(
    value: str,
) -> StocksReportProductsRequestOrderByMode:
    if value in STOCKS_REPORT_PRODUCTS_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_PRODUCTS_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
