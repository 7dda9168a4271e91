from typing import Literal

FbwSuppliesListRequestStatusIDsItem = Literal[1, 2, 3, 4, 5, 6]

FBW_SUPPLIES_LIST_REQUEST_STATUS_I_DS_ITEM_VALUES: set[
    FbwSuppliesListRequestStatusIDsItem
] = {
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_fbw_supplies_list_request_status_i_ds_item(
    value: int,
) -> FbwSuppliesListRequestStatusIDsItem:
    if value in FBW_SUPPLIES_LIST_REQUEST_STATUS_I_DS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBW_SUPPLIES_LIST_REQUEST_STATUS_I_DS_ITEM_VALUES!r}"
    )
