from typing import Literal

NmReportDownloadCreateRequestVariant6ParamsOrderByMode = Literal["asc", "desc"]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_ORDER_BY_MODE_VALUES: set[
    NmReportDownloadCreateRequestVariant6ParamsOrderByMode
] = {
    "asc",
    "desc",
}


def check_nm_report_download_create_request_variant_6_params_order_by_mode(
    value: str,
) -> NmReportDownloadCreateRequestVariant6ParamsOrderByMode:
    if value in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_ORDER_BY_MODE_VALUES!r}"
    )
