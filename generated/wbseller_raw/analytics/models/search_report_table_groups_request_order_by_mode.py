from typing import Literal

SearchReportTableGroupsRequestOrderByMode = Literal["asc", "desc"]

SEARCH_REPORT_TABLE_GROUPS_REQUEST_ORDER_BY_MODE_VALUES: set[
    SearchReportTableGroupsRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_search_report_table_groups_request_order_by_mode(
    value: str,
) -> SearchReportTableGroupsRequestOrderByMode:
    if value in SEARCH_REPORT_TABLE_GROUPS_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_TABLE_GROUPS_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
