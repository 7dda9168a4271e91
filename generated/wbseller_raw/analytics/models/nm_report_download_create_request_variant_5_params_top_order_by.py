from typing import Literal

NmReportDownloadCreateRequestVariant5ParamsTopOrderBy = Literal[
    "addToCart", "cartToOrder", "openCard", "openToCart", "orders"
]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_5_PARAMS_TOP_ORDER_BY_VALUES: set[
    NmReportDownloadCreateRequestVariant5ParamsTopOrderBy
] = {
    "addToCart",
    "cartToOrder",
    "openCard",
    "openToCart",
    "orders",
}


def check_nm_report_download_create_request_variant_5_params_top_order_by(
    value: str,
) -> NmReportDownloadCreateRequestVariant5ParamsTopOrderBy:
    if value in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_5_PARAMS_TOP_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_5_PARAMS_TOP_ORDER_BY_VALUES!r}"
    )
