from typing import Literal

NmReportDownloadCreateRequestVariant4ParamsOrderByField = Literal[
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

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_4_PARAMS_ORDER_BY_FIELD_VALUES: set[
    NmReportDownloadCreateRequestVariant4ParamsOrderByField
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


def check_nm_report_download_create_request_variant_4_params_order_by_field(
    value: str,
) -> NmReportDownloadCreateRequestVariant4ParamsOrderByField:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_4_PARAMS_ORDER_BY_FIELD_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_4_PARAMS_ORDER_BY_FIELD_VALUES!r}"
    )
