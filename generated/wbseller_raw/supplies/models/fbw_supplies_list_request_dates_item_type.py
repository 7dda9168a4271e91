from typing import Literal

FbwSuppliesListRequestDatesItemType = Literal[
    "createDate", "factDate", "supplyDate", "updatedDate"
]

FBW_SUPPLIES_LIST_REQUEST_DATES_ITEM_TYPE_VALUES: set[
    FbwSuppliesListRequestDatesItemType
] = {
    "createDate",
    "factDate",
    "supplyDate",
    "updatedDate",
}


def check_fbw_supplies_list_request_dates_item_type(
    value: str,
) -> FbwSuppliesListRequestDatesItemType:
    if value in FBW_SUPPLIES_LIST_REQUEST_DATES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBW_SUPPLIES_LIST_REQUEST_DATES_ITEM_TYPE_VALUES!r}"
    )
