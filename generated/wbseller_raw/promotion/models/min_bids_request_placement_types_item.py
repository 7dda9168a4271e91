from typing import Literal

MinBidsRequestPlacementTypesItem = Literal["combined", "recommendation", "search"]

MIN_BIDS_REQUEST_PLACEMENT_TYPES_ITEM_VALUES: set[MinBidsRequestPlacementTypesItem] = {
    "combined",
    "recommendation",
    "search",
}


def check_min_bids_request_placement_types_item(
    value: str,
) -> MinBidsRequestPlacementTypesItem:
    if value in MIN_BIDS_REQUEST_PLACEMENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIN_BIDS_REQUEST_PLACEMENT_TYPES_ITEM_VALUES!r}"
    )
