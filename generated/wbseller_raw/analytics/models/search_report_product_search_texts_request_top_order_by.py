from typing import Literal

SearchReportProductSearchTextsRequestTopOrderBy = Literal[
    "addToCart", "cartToOrder", "openCard", "openToCart", "orders"
]

SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_TOP_ORDER_BY_VALUES: set[
    SearchReportProductSearchTextsRequestTopOrderBy
] = {
    "addToCart",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
}


def check_search_report_product_search_texts_request_top_order_by(
    value: str,
) -> SearchReportProductSearchTextsRequestTopOrderBy:
    if value in SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_TOP_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_TOP_ORDER_BY_VALUES!r}"
    )
