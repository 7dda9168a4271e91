from typing import Literal

NmReportDownloadCreateRequestVariant6ParamsOrderByField = Literal[
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

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_ORDER_BY_FIELD_VALUES: set[
    NmReportDownloadCreateRequestVariant6ParamsOrderByField
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


def check_nm_report_download_create_request_variant_6_params_order_by_field(
    value: str,
) -> NmReportDownloadCreateRequestVariant6ParamsOrderByField:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_ORDER_BY_FIELD_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_ORDER_BY_FIELD_VALUES!r}"
    )
