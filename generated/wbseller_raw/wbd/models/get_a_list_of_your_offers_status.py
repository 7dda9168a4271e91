from typing import Literal

GetAListOfYourOffersStatus = Literal[0, 1, 2]

GET_A_LIST_OF_YOUR_OFFERS_STATUS_VALUES: set[GetAListOfYourOffersStatus] = {
    0,
    1,
    2,
}


def check_get_a_list_of_your_offers_status(value: int) -> GetAListOfYourOffersStatus:
    if value in GET_A_LIST_OF_YOUR_OFFERS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_OFFERS_STATUS_VALUES!r}"
    )
