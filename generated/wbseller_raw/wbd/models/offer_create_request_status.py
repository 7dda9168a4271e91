from typing import Literal

OfferCreateRequestStatus = Literal[0, 1]

OFFER_CREATE_REQUEST_STATUS_VALUES: set[OfferCreateRequestStatus] = {
    0,
    1,
}


def check_offer_create_request_status(value: int) -> OfferCreateRequestStatus:
    if value in OFFER_CREATE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFER_CREATE_REQUEST_STATUS_VALUES!r}"
    )
