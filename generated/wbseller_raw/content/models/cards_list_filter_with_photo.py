from typing import Literal

CardsListFilterWithPhoto = Literal[-1, 0, 1, 2]

CARDS_LIST_FILTER_WITH_PHOTO_VALUES: set[CardsListFilterWithPhoto] = {
    -1,
    0,
    1,
    2,
}


def check_cards_list_filter_with_photo(value: int) -> CardsListFilterWithPhoto:
    if value in CARDS_LIST_FILTER_WITH_PHOTO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CARDS_LIST_FILTER_WITH_PHOTO_VALUES!r}"
    )
