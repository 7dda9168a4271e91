from typing import Literal

NmReportDownloadCreateRequestVariant1ParamsAggregationLevel = Literal[
    "day", "month", "week"
]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_1_PARAMS_AGGREGATION_LEVEL_VALUES: set[
    NmReportDownloadCreateRequestVariant1ParamsAggregationLevel
] = {
    "day",
    "month",
    "week",
}


def check_nm_report_download_create_request_variant_1_params_aggregation_level(
    value: str,
) -> NmReportDownloadCreateRequestVariant1ParamsAggregationLevel:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_1_PARAMS_AGGREGATION_LEVEL_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_1_PARAMS_AGGREGATION_LEVEL_VALUES!r}"
    )
