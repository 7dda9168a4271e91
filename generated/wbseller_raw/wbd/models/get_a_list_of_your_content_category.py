from typing import Literal

GetAListOfYourContentCategory = Literal[1, 2, 4]

GET_A_LIST_OF_YOUR_CONTENT_CATEGORY_VALUES: set[GetAListOfYourContentCategory] = {
    1,
    2,
    4,
}


def check_get_a_list_of_your_content_category(
    value: int,
) -> GetAListOfYourContentCategory:
    if value in GET_A_LIST_OF_YOUR_CONTENT_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_CONTENT_CATEGORY_VALUES!r}"
    )
