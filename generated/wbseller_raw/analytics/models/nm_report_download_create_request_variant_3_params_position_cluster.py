from typing import Literal

NmReportDownloadCreateRequestVariant3ParamsPositionCluster = Literal[
    "all", "below", "firstHundred", "secondHundred"
]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_3_PARAMS_POSITION_CLUSTER_VALUES: set[
    NmReportDownloadCreateRequestVariant3ParamsPositionCluster
] = {
    "all",
    "below",
    "firstHundred",
    "secondHundred",
}


def check_nm_report_download_create_request_variant_3_params_position_cluster(
    value: str,
) -> NmReportDownloadCreateRequestVariant3ParamsPositionCluster:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_3_PARAMS_POSITION_CLUSTER_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_3_PARAMS_POSITION_CLUSTER_VALUES!r}"
    )
