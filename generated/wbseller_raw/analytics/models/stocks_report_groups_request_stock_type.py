from typing import Literal

StocksReportGroupsRequestStockType = Literal["", "mp", "wb"]

STOCKS_REPORT_GROUPS_REQUEST_STOCK_TYPE_VALUES: set[
    StocksReportGroupsRequestStockType
] = {
    "",
    "mp",
    "wb",
}


def check_stocks_report_groups_request_stock_type(
    value: str,
) -> StocksReportGroupsRequestStockType:
    if value in STOCKS_REPORT_GROUPS_REQUEST_STOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_GROUPS_REQUEST_STOCK_TYPE_VALUES!r}"
    )
