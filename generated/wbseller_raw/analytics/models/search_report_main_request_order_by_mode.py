from typing import Literal

SearchReportMainRequestOrderByMode = Literal["asc", "desc"]

SEARCH_REPORT_MAIN_REQUEST_ORDER_BY_MODE_VALUES: set[
    SearchReportMainRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_search_report_main_request_order_by_mode(
    value: str,
) -> SearchReportMainRequestOrderByMode:
    if value in SEARCH_REPORT_MAIN_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_MAIN_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
