from typing import Literal

NmReportDownloadCreateRequestVariant7ParamsStockType = Literal["", "mp", "wb"]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_7_PARAMS_STOCK_TYPE_VALUES: set[
    NmReportDownloadCreateRequestVariant7ParamsStockType
] = {
    "",
    "mp",
    "wb",
}


def check_nm_report_download_create_request_variant_7_params_stock_type(
    value: str,
) -> NmReportDownloadCreateRequestVariant7ParamsStockType:
    if value in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_7_PARAMS_STOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_7_PARAMS_STOCK_TYPE_VALUES!r}"
    )
