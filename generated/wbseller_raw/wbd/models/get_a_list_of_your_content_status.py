from typing import Literal

GetAListOfYourContentStatus = Literal[0, 1, 2, 3, 4, 5]

GET_A_LIST_OF_YOUR_CONTENT_STATUS_VALUES: set[GetAListOfYourContentStatus] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_get_a_list_of_your_content_status(value: int) -> GetAListOfYourContentStatus:
    if value in GET_A_LIST_OF_YOUR_CONTENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_CONTENT_STATUS_VALUES!r}"
    )
