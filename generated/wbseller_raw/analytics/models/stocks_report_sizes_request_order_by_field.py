from typing import Literal

StocksReportSizesRequestOrderByField = Literal[
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

STOCKS_REPORT_SIZES_REQUEST_ORDER_BY_FIELD_VALUES: set[
    StocksReportSizesRequestOrderByField
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


def check_stocks_report_sizes_request_order_by_field(
    value: str,
) -> StocksReportSizesRequestOrderByField:
    if value in STOCKS_REPORT_SIZES_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_SIZES_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
