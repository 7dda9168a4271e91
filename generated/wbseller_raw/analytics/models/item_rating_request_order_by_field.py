from typing import Literal

ItemRatingRequestOrderByField = Literal[
    "disqualified",
    "feedbackCount",
    "feedbackRating",
    "fiveStar",
    "fourStar",
    "oneStar",
    "threeStar",
    "twoStar",
]

ITEM_RATING_REQUEST_ORDER_BY_FIELD_VALUES: set[ItemRatingRequestOrderByField] = {
    "disqualified",
    "feedbackCount",
    "feedbackRating",
    "fiveStar",
    "fourStar",
    "oneStar",
    "threeStar",
    "twoStar",
}


def check_item_rating_request_order_by_field(
    value: str,
) -> ItemRatingRequestOrderByField:
    if value in ITEM_RATING_REQUEST_ORDER_BY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ITEM_RATING_REQUEST_ORDER_BY_FIELD_VALUES!r}"
    )
