from typing import Literal

PinFeedbacksRequestItemPinOn = Literal["imt", "nm"]

PIN_FEEDBACKS_REQUEST_ITEM_PIN_ON_VALUES: set[PinFeedbacksRequestItemPinOn] = {
    "imt",
    "nm",
}


def check_pin_feedbacks_request_item_pin_on(value: str) -> PinFeedbacksRequestItemPinOn:
    if value in PIN_FEEDBACKS_REQUEST_ITEM_PIN_ON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIN_FEEDBACKS_REQUEST_ITEM_PIN_ON_VALUES!r}"
    )
