from typing import Literal

StocksReportGroupsRequestOrderByMode = Literal["asc", "desc"]

STOCKS_REPORT_GROUPS_REQUEST_ORDER_BY_MODE_VALUES: set[
    StocksReportGroupsRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_stocks_report_groups_request_order_by_mode(
    value: str,
) -> StocksReportGroupsRequestOrderByMode:
    if value in STOCKS_REPORT_GROUPS_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_GROUPS_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
