from typing import Literal

OfferEditStatus = Literal[0, 1, 2, 3]

OFFER_EDIT_STATUS_VALUES: set[OfferEditStatus] = {
    0,
    1,
    2,
    3,
}


def check_offer_edit_status(value: int) -> OfferEditStatus:
    if value in OFFER_EDIT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFER_EDIT_STATUS_VALUES!r}"
    )
