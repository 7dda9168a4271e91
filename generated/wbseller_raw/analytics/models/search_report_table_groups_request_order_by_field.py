from typing import Literal

SearchReportTableGroupsRequestOrderByField = Literal[
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
]

SEARCH_REPORT_TABLE_GROUPS_REQUEST_ORDER_BY_FIELD_VALUES: set[
    SearchReportTableGroupsRequestOrderByField
] = {
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
}


def check_search_report_table_groups_request_order_by_field(
    value: str,
) -> SearchReportTableGroupsRequestOrderByField:
    if value in SEARCH_REPORT_TABLE_GROUPS_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_TABLE_GROUPS_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
