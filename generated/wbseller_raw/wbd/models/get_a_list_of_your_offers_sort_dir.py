from typing import Literal

GetAListOfYourOffersSortDir = Literal["asc", "desc"]

GET_A_LIST_OF_YOUR_OFFERS_SORT_DIR_VALUES: set[GetAListOfYourOffersSortDir] = {
    "asc",
    "desc",
}


def check_get_a_list_of_your_offers_sort_dir(value: str) -> GetAListOfYourOffersSortDir:
    if value in GET_A_LIST_OF_YOUR_OFFERS_SORT_DIR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_OFFERS_SORT_DIR_VALUES!r}"
    )
