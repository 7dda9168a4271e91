from typing import Literal

GetAListOfYourContentSortDir = Literal["asc", "desc"]

GET_A_LIST_OF_YOUR_CONTENT_SORT_DIR_VALUES: set[GetAListOfYourContentSortDir] = {
    "asc",
    "desc",
}


def check_get_a_list_of_your_content_sort_dir(
    value: str,
) -> GetAListOfYourContentSortDir:
    if value in GET_A_LIST_OF_YOUR_CONTENT_SORT_DIR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_CONTENT_SORT_DIR_VALUES!r}"
    )
