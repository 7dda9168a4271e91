from typing import Literal

NmReportDownloadCreateRequestVariant6ParamsAvailabilityFiltersItem = Literal[
    "actual", "balanced", "deficient", "invalidData", "nonActual", "nonLiquid"
]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_AVAILABILITY_FILTERS_ITEM_VALUES: set[
    NmReportDownloadCreateRequestVariant6ParamsAvailabilityFiltersItem
] = {
    "actual",
    "balanced",
    "deficient",
    "invalidData",
    "nonActual",
    "nonLiquid",
}


def check_nm_report_download_create_request_variant_6_params_availability_filters_item(
    value: str,
) -> NmReportDownloadCreateRequestVariant6ParamsAvailabilityFiltersItem:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_AVAILABILITY_FILTERS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_6_PARAMS_AVAILABILITY_FILTERS_ITEM_VALUES!r}"
    )
