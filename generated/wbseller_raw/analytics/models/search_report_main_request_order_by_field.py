from typing import Literal

SearchReportMainRequestOrderByField = Literal[
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

SEARCH_REPORT_MAIN_REQUEST_ORDER_BY_FIELD_VALUES: set[
    SearchReportMainRequestOrderByField
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


def check_search_report_main_request_order_by_field(
    value: str,
) -> SearchReportMainRequestOrderByField:
    if value in SEARCH_REPORT_MAIN_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_MAIN_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
