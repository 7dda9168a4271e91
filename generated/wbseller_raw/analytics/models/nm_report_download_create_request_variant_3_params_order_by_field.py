from typing import Literal

NmReportDownloadCreateRequestVariant3ParamsOrderByField = Literal[
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_3_PARAMS_ORDER_BY_FIELD_VALUES: set[
    NmReportDownloadCreateRequestVariant3ParamsOrderByField
] = {
    "addToCart",
    "avgPosition",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
    "visibility",
}


def check_nm_report_download_create_request_variant_3_params_order_by_field(
    value: str,
) -> NmReportDownloadCreateRequestVariant3ParamsOrderByField:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_3_PARAMS_ORDER_BY_FIELD_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_3_PARAMS_ORDER_BY_FIELD_VALUES!r}"
    )
