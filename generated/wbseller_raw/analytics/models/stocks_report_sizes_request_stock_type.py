from typing import Literal

StocksReportSizesRequestStockType = Literal["", "mp", "wb"]

STOCKS_REPORT_SIZES_REQUEST_STOCK_TYPE_VALUES: set[
    StocksReportSizesRequestStockType
] = {
    "",
    "mp",
    "wb",
}


def check_stocks_report_sizes_request_stock_type(
    value: str,
) -> StocksReportSizesRequestStockType:
    if value in STOCKS_REPORT_SIZES_REQUEST_STOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_SIZES_REQUEST_STOCK_TYPE_VALUES!r}"
    )
