from typing import Literal

StocksReportSizesRequestOrderByMode = Literal["asc", "desc"]

STOCKS_REPORT_SIZES_REQUEST_ORDER_BY_MODE_VALUES: set[
    StocksReportSizesRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_stocks_report_sizes_request_order_by_mode(
    value: str,
) -> StocksReportSizesRequestOrderByMode:
    if value in STOCKS_REPORT_SIZES_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_SIZES_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
