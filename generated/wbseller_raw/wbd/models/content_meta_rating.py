from typing import Literal

ContentMetaRating = Literal["0+", "12+", "14+", "16+", "18+", "6+"]

CONTENT_META_RATING_VALUES: set[ContentMetaRating] = {
    "0+",
    "12+",
    "14+",
    "16+",
    "18+",
    "6+",
}


def check_content_meta_rating(value: str) -> ContentMetaRating:
    if value in CONTENT_META_RATING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_META_RATING_VALUES!r}"
    )
