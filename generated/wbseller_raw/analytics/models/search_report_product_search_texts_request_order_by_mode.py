from typing import Literal

SearchReportProductSearchTextsRequestOrderByMode = Literal["asc", "desc"]

SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_ORDER_BY_MODE_VALUES: set[
    SearchReportProductSearchTextsRequestOrderByMode
] = {
    "asc",
    "desc",
}


def check_search_report_product_search_texts_request_order_by_mode(
    value: str,
) -> SearchReportProductSearchTextsRequestOrderByMode:
    if value in SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_PRODUCT_SEARCH_TEXTS_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
