from typing import Literal

SearchReportTableDetailsRequestOrderByField = Literal[
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "maxPrice",
    "minPrice",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
]

SEARCH_REPORT_TABLE_DETAILS_REQUEST_ORDER_BY_FIELD_VALUES: set[
    SearchReportTableDetailsRequestOrderByField
] = {
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "maxPrice",
    "minPrice",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
}


def check_search_report_table_details_request_order_by_field(
    value: str,
) -> SearchReportTableDetailsRequestOrderByField:
    if value in SEARCH_REPORT_TABLE_DETAILS_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_TABLE_DETAILS_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
