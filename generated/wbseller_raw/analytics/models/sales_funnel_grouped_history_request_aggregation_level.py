from typing import Literal

SalesFunnelGroupedHistoryRequestAggregationLevel = Literal["day", "week"]

SALES_FUNNEL_GROUPED_HISTORY_REQUEST_AGGREGATION_LEVEL_VALUES: set[
    SalesFunnelGroupedHistoryRequestAggregationLevel
] = {
    "day",
    "week",
}


def check_sales_funnel_grouped_history_request_aggregation_level(
    value: str,
) -> SalesFunnelGroupedHistoryRequestAggregationLevel:
    if value in SALES_FUNNEL_GROUPED_HISTORY_REQUEST_AGGREGATION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_FUNNEL_GROUPED_HISTORY_REQUEST_AGGREGATION_LEVEL_VALUES!r}"
    )
