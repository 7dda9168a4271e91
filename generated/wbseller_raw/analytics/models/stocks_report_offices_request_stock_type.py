from typing import Literal

StocksReportOfficesRequestStockType = Literal["", "mp", "wb"]

STOCKS_REPORT_OFFICES_REQUEST_STOCK_TYPE_VALUES: set[
    StocksReportOfficesRequestStockType
] = {
    "",
    "mp",
    "wb",
}


def check_stocks_report_offices_request_stock_type(
    value: str,
) -> StocksReportOfficesRequestStockType:
    if value in STOCKS_REPORT_OFFICES_REQUEST_STOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_OFFICES_REQUEST_STOCK_TYPE_VALUES!r}"
    )
