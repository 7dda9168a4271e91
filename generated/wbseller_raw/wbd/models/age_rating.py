from typing import Literal

AgeRating = Literal["0+", "12+", "14+", "16+", "18+", "6+"]

AGE_RATING_VALUES: set[AgeRating] = {
    "0+",
    "12+",
    "14+",
    "16+",
    "18+",
    "6+",
}


def check_age_rating(value: str) -> AgeRating:
    if value in AGE_RATING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGE_RATING_VALUES!r}"
    )
