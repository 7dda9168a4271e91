from typing import Literal

SearchReportTableGroupsRequestPositionCluster = Literal[
    "all", "below", "firstHundred", "secondHundred"
]

SEARCH_REPORT_TABLE_GROUPS_REQUEST_POSITION_CLUSTER_VALUES: set[
    SearchReportTableGroupsRequestPositionCluster
] = {
    "all",
    "below",
    "firstHundred",
    "secondHundred",
}


def check_search_report_table_groups_request_position_cluster(
    value: str,
) -> SearchReportTableGroupsRequestPositionCluster:
    if value in SEARCH_REPORT_TABLE_GROUPS_REQUEST_POSITION_CLUSTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_REPORT_TABLE_GROUPS_REQUEST_POSITION_CLUSTER_VALUES!r}"
    )
