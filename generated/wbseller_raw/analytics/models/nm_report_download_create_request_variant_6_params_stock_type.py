from typing import Literal

NmReportDownloadCreateRequestVariant6ParamsStockType = Literal["", "mp", "wb"]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_STOCK_TYPE_VALUES: set[
    NmReportDownloadCreateRequestVariant6ParamsStockType
] = {
    "",
    "mp",
    "wb",
}


def check_nm_report_download_create_request_variant_6_params_stock_type(
    value: str,
) -> NmReportDownloadCreateRequestVariant6ParamsStockType:
    if value in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_STOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_STOCK_TYPE_VALUES!r}"
    )
