from typing import Literal

SalesReportDetailedRequestPeriod = Literal["daily", "weekly"]

SALES_REPORT_DETAILED_REQUEST_PERIOD_VALUES: set[SalesReportDetailedRequestPeriod] = {
    "daily",
    "weekly",
}


def check_sales_report_detailed_request_period(
    value: str,
) -> SalesReportDetailedRequestPeriod:
    if value in SALES_REPORT_DETAILED_REQUEST_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_REPORT_DETAILED_REQUEST_PERIOD_VALUES!r}"
    )
