from typing import Literal

SearchReportMainRequestPositionCluster = Literal[
    "all", "below", "firstHundred", "secondHundred"
]

SEARCH_REPORT_MAIN_REQUEST_POSITION_CLUSTER_VALUES: set[
    SearchReportMainRequestPositionCluster
] = {
    "all",
    "below",
    "firstHundred",
    "secondHundred",
}


def check_search_report_main_request_position_cluster(
    value: str,
) -> SearchReportMainRequestPositionCluster:
    if value in SEARCH_REPORT_MAIN_REQUEST_POSITION_CLUSTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_MAIN_REQUEST_POSITION_CLUSTER_VALUES!r}"
    )
