from typing import Literal

SearchReportTableDetailsRequestOrderByMode = Literal["asc", "desc"]

SEARCH_REPORT_TABLE_DETAILS_REQUEST_ORDER_BY_MODE_VALUES: set[
    SearchReportTableDetailsRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_search_report_table_details_request_order_by_mode(
    value: str,
) -> SearchReportTableDetailsRequestOrderByMode:
    if value in SEARCH_REPORT_TABLE_DETAILS_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_TABLE_DETAILS_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
