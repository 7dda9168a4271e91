from typing import Literal

StocksReportProductsRequestAvailabilityFiltersItem = Literal[
    "actual", "balanced", "deficient", "invalidData", "nonActual", "nonLiquid"
]

STOCKS_REPORT_PRODUCTS_REQUEST_AVAILABILITY_FILTERS_ITEM_VALUES: set[
    StocksReportProductsRequestAvailabilityFiltersItem
] = {
    "actual",
    "balanced",
    "deficient",
    "invalidData",
    "nonActual",
    "nonLiquid",
}


def check_stocks_report_products_request_availability_filters_item(
    value: str,
) -> StocksReportProductsRequestAvailabilityFiltersItem:
    if value in STOCKS_REPORT_PRODUCTS_REQUEST_AVAILABILITY_FILTERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_PRODUCTS_REQUEST_AVAILABILITY_FILTERS_ITEM_VALUES!r}"
    )
