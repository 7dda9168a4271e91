from typing import Literal

PinnedFeedbacksCountPinOn = Literal["imt", "nm"]

PINNED_FEEDBACKS_COUNT_PIN_ON_VALUES: set[PinnedFeedbacksCountPinOn] = {
    "imt",
    "nm",
}


def check_pinned_feedbacks_count_pin_on(value: str) -> PinnedFeedbacksCountPinOn:
    if value in PINNED_FEEDBACKS_COUNT_PIN_ON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PINNED_FEEDBACKS_COUNT_PIN_ON_VALUES!r}"
    )
