from typing import Literal

SalesFunnelProductsHistoryRequestAggregationLevel = Literal["day", "week"]

SALES_FUNNEL_PRODUCTS_HISTORY_REQUEST_AGGREGATION_LEVEL_VALUES: set[
    SalesFunnelProductsHistoryRequestAggregationLevel
] = {
    "day",
    "week",
}


def check_sales_funnel_products_history_request_aggregation_level(
    value: str,
) -> SalesFunnelProductsHistoryRequestAggregationLevel:
    if value in SALES_FUNNEL_PRODUCTS_HISTORY_REQUEST_AGGREGATION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_FUNNEL_PRODUCTS_HISTORY_REQUEST_AGGREGATION_LEVEL_VALUES!r}"
    )
