from typing import Literal

PinFeedbacksRequestItemPinMethod = Literal["subscription", "tariff"]

PIN_FEEDBACKS_REQUEST_ITEM_PIN_METHOD_VALUES: set[PinFeedbacksRequestItemPinMethod] = {
    "subscription",
    "tariff",
}


def check_pin_feedbacks_request_item_pin_method(
    value: str,
) -> PinFeedbacksRequestItemPinMethod:
    if value in PIN_FEEDBACKS_REQUEST_ITEM_PIN_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIN_FEEDBACKS_REQUEST_ITEM_PIN_METHOD_VALUES!r}"
    )
