from typing import Literal

GetAListOfYourOffersSort = Literal["created", "updated"]

GET_A_LIST_OF_YOUR_OFFERS_SORT_VALUES: set[GetAListOfYourOffersSort] = {
    "created",
    "updated",
}


def check_get_a_list_of_your_offers_sort(value: str) -> GetAListOfYourOffersSort:
    if value in GET_A_LIST_OF_YOUR_OFFERS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_OFFERS_SORT_VALUES!r}"
    )
