from typing import Literal

GetAListOfYourOffersCategory = Literal[1, 2, 4]

GET_A_LIST_OF_YOUR_OFFERS_CATEGORY_VALUES: set[GetAListOfYourOffersCategory] = {
    1,
    2,
    4,
}


def check_get_a_list_of_your_offers_category(
    value: int,
) -> GetAListOfYourOffersCategory:
    if value in GET_A_LIST_OF_YOUR_OFFERS_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_A_LIST_OF_YOUR_OFFERS_CATEGORY_VALUES!r}"
    )
