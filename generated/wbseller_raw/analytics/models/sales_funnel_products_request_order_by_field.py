from typing import Literal

SalesFunnelProductsRequestOrderByField = Literal[
    "addToCart",
    "addToWishlist",
    "avgPrice",
    "buyoutCount",
    "buyoutSum",
    "cancelCount",
    "cancelSum",
    "localizationPercent",
    "openCard",
    "orderCount",
    "orderSum",
    "shareOrderPercent",
    "stockMpQty",
    "stockWbQty",
    "timeToReady",
    "wbClub.avgOrderCountPerDay",
    "wbClub.avgPrice",
    "wbClub.buyoutCount",
    "wbClub.buyoutPercent",
    "wbClub.buyoutSum",
    "wbClub.cancelCount",
    "wbClub.cancelSum",
    "wbClub.orderCount",
    "wbClub.orderSum",
]

SALES_FUNNEL_PRODUCTS_REQUEST_ORDER_BY_FIELD_VALUES: set[
    SalesFunnelProductsRequestOrderByField
] = {
    "addToCart",
    "addToWishlist",
    "avgPrice",
    "buyoutCount",
    "buyoutSum",
    "cancelCount",
    "cancelSum",
    "localizationPercent",
    "openCard",
    "orderCount",
    "orderSum",
    "shareOrderPercent",
    "stockMpQty",
    "stockWbQty",
    "timeToReady",
    "wbClub.avgOrderCountPerDay",
    "wbClub.avgPrice",
    "wbClub.buyoutCount",
    "wbClub.buyoutPercent",
    "wbClub.buyoutSum",
    "wbClub.cancelCount",
    "wbClub.cancelSum",
    "wbClub.orderCount",
    "wbClub.orderSum",
}


def check_sales_funnel_products_request_order_by_field(
    value: str,
) -> SalesFunnelProductsRequestOrderByField:
    if value in SALES_FUNNEL_PRODUCTS_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_FUNNEL_PRODUCTS_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
