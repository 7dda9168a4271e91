from typing import Literal

SearchReportTableDetailsRequestPositionCluster = Literal[
    "all", "below", "firstHundred", "secondHundred"
]

SEARCH_REPORT_TABLE_DETAILS_REQUEST_POSITION_CLUSTER_VALUES: set[
    SearchReportTableDetailsRequestPositionCluster
] = {
    "all",
    "below",
    "firstHundred",
    "secondHundred",
}


def check_search_report_table_details_request_position_cluster(
    value: str,
) -> SearchReportTableDetailsRequestPositionCluster:
    if value in SEARCH_REPORT_TABLE_DETAILS_REQUEST_POSITION_CLUSTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_TABLE_DETAILS_REQUEST_POSITION_CLUSTER_VALUES!r}"
    )
