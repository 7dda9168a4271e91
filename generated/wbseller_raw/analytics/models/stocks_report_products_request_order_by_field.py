from typing import Literal

StocksReportProductsRequestOrderByField = Literal[
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

STOCKS_REPORT_PRODUCTS_REQUEST_ORDER_BY_FIELD_VALUES: set[
    StocksReportProductsRequestOrderByField
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


def check_stocks_report_products_request_order_by_field(
    value: str,
) -> StocksReportProductsRequestOrderByField:
    if value in STOCKS_REPORT_PRODUCTS_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCKS_REPORT_PRODUCTS_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
