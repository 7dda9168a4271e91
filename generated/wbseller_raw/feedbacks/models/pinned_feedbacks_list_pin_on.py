from typing import Literal

PinnedFeedbacksListPinOn = Literal["imt", "nm"]

PINNED_FEEDBACKS_LIST_PIN_ON_VALUES: set[PinnedFeedbacksListPinOn] = {
    "imt",
    "nm",
}


def check_pinned_feedbacks_list_pin_on(value: str) -> PinnedFeedbacksListPinOn:
    if value in PINNED_FEEDBACKS_LIST_PIN_ON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PINNED_FEEDBACKS_LIST_PIN_ON_VALUES!r}"
    )
