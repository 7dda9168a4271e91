from typing import Literal

SearchReportProductSearchTextsRequestOrderByField = Literal[
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
]

SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_ORDER_BY_FIELD_VALUES: set[
    SearchReportProductSearchTextsRequestOrderByField
] = {
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
}


def check_search_report_product_search_texts_request_order_by_field(
    value: str,
) -> SearchReportProductSearchTextsRequestOrderByField:
    if value in SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
