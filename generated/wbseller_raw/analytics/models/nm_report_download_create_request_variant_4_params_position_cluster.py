from typing import Literal

NmReportDownloadCreateRequestVariant4ParamsPositionCluster = Literal[
    "all", "below", "firstHundred", "secondHundred"
]

NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_4_PARAMS_POSITION_CLUSTER_VALUES: set[
    NmReportDownloadCreateRequestVariant4ParamsPositionCluster
] = {
    "all",
    "below",
    "firstHundred",
    "secondHundred",
}


def check_nm_report_download_create_request_variant_4_params_position_cluster(
    value: str,
) -> NmReportDownloadCreateRequestVariant4ParamsPositionCluster:
    if (
        value
        in NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_4_PARAMS_POSITION_CLUSTER_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NM_REPORT_DOWNLOAD_CREATE_REQUEST_VARIANT_4_PARAMS_POSITION_CLUSTER_VALUES!r}"
    )
