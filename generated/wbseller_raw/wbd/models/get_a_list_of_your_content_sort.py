from typing import Literal

GetAListOfYourContentSort = Literal["created", "updated"]

GET_A_LIST_OF_YOUR_CONTENT_SORT_VALUES: set[GetAListOfYourContentSort] = {
    "created",
    "updated",
}


def check_get_a_list_of_your_content_sort(value: str) -> GetAListOfYourContentSort:
    if value in GET_A_LIST_OF_YOUR_CONTENT_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_CONTENT_SORT_VALUES!r}"
    )
