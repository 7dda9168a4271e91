from typing import Literal

SeacatSaveAdRequestPlacementTypesItem = Literal["recommendations", "search"]

SEACAT_SAVE_AD_REQUEST_PLACEMENT_TYPES_ITEM_VALUES: set[
    SeacatSaveAdRequestPlacementTypesItem
] = {
    "recommendations",
    "search",
}


def check_seacat_save_ad_request_placement_types_item(
    value: str,
) -> SeacatSaveAdRequestPlacementTypesItem:
    if value in SEACAT_SAVE_AD_REQUEST_PLACEMENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEACAT_SAVE_AD_REQUEST_PLACEMENT_TYPES_ITEM_VALUES!r}"
    )
