from typing import Literal

SalesReportsListRequestPeriod = Literal["daily", "weekly"]

SALES_REPORTS_LIST_REQUEST_PERIOD_VALUES: set[SalesReportsListRequestPeriod] = {
    "daily",
    "weekly",
}


def check_sales_reports_list_request_period(
    value: str,
) -> SalesReportsListRequestPeriod:
    if value in SALES_REPORTS_LIST_REQUEST_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_REPORTS_LIST_REQUEST_PERIOD_VALUES!r}"
    )
