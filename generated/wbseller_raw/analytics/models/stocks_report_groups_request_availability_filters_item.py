from typing import Literal

StocksReportGroupsRequestAvailabilityFiltersItem = Literal[
    "actual", "balanced", "deficient", "invalidData", "nonActual", "nonLiquid"
]

STOCKS_REPORT_GROUPS_REQUEST_AVAILABILITY_FILTERS_ITEM_VALUES: set[
    StocksReportGroupsRequestAvailabilityFiltersItem
] = {
    "actual",
    "balanced",
    "deficient",
    "invalidData",
    "nonActual",
    "nonLiquid",
}


def check_stocks_report_groups_request_availability_filters_item(
    value: str,
) -> StocksReportGroupsRequestAvailabilityFiltersItem:
    if value in STOCKS_REPORT_GROUPS_REQUEST_AVAILABILITY_FILTERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_GROUPS_REQUEST_AVAILABILITY_FILTERS_ITEM_VALUES!r}"
    )
