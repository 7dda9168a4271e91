from typing import Literal

ItemRatingRequestOrderByMode = Literal["asc", "desc"]

ITEM_RATING_REQUEST_ORDER_BY_MODE_VALUES: set[ItemRatingRequestOrderByMode] = {
    "asc",
    "desc",
}


def check_item_rating_request_order_by_mode(value: str) -> ItemRatingRequestOrderByMode:
    if value in ITEM_RATING_REQUEST_ORDER_BY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ITEM_RATING_REQUEST_ORDER_BY_MODE_VALUES!r}"
    )
