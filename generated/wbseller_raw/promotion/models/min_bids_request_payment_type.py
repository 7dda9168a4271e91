from typing import Literal

MinBidsRequestPaymentType = Literal["cpc", "cpm"]

MIN_BIDS_REQUEST_PAYMENT_TYPE_VALUES: set[MinBidsRequestPaymentType] = {
    "cpc",
    "cpm",
}


def check_min_bids_request_payment_type(value: str) -> MinBidsRequestPaymentType:
    if value in MIN_BIDS_REQUEST_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIN_BIDS_REQUEST_PAYMENT_TYPE_VALUES!r}"
    )
