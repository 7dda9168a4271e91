from typing import Literal

StocksReportProductsRequestStockType = Literal["", "mp", "wb"]

STOCKS_REPORT_PRODUCTS_REQUEST_STOCK_TYPE_VALUES: set[
    StocksReportProductsRequestStockType
] = {
    "",
    "mp",
    "wb",
}


def check_stocks_report_products_request_stock_type(
    value: str,
) -> StocksReportProductsRequestStockType:
    if value in STOCKS_REPORT_PRODUCTS_REQUEST_STOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_PRODUCTS_REQUEST_STOCK_TYPE_VALUES!r}"
    )
