from typing import Literal

StocksReportGroupsRequestOrderByField = Literal[
    "avgOrders",
    "avgStockTurnover",
    "buyoutCount",
    "buyoutPercent",
    "buyoutSum",
    "fromClientCount",
    "lostBuyoutsCount",
    "lostBuyoutsSum",
    "lostOrdersCount",
    "lostOrdersSum",
    "maxPrice",
    "minPrice",
    "officeMissingTime",
    "ordersCount",
    "ordersSum",
    "saleRate",
    "stockCount",
    "stockSum",
    "toClientCount",
]

STOCKS_REPORT_GROUPS_REQUEST_ORDER_BY_FIELD_VALUES: set[
    StocksReportGroupsRequestOrderByField
] = {
    "avgOrders",
    "avgStockTurnover",
    "buyoutCount",
    "buyoutPercent",
    "buyoutSum",
    "fromClientCount",
    "lostBuyoutsCount",
    "lostBuyoutsSum",
    "lostOrdersCount",
    "lostOrdersSum",
    "maxPrice",
    "minPrice",
    "officeMissingTime",
    "ordersCount",
    "ordersSum",
    "saleRate",
    "stockCount",
    "stockSum",
    "toClientCount",
}


def check_stocks_report_groups_request_order_by_field(
    value: str,
) -> StocksReportGroupsRequestOrderByField:
    if value in STOCKS_REPORT_GROUPS_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_GROUPS_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
