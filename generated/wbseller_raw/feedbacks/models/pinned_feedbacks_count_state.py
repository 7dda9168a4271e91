from typing import Literal

PinnedFeedbacksCountState = Literal["pinned", "unpinned"]

PINNED_FEEDBACKS_COUNT_STATE_VALUES: set[PinnedFeedbacksCountState] = {
    "pinned",
    "unpinned",
}


def check_pinned_feedbacks_count_state(value: str) -> PinnedFeedbacksCountState:
    if value in PINNED_FEEDBACKS_COUNT_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PINNED_FEEDBACKS_COUNT_STATE_VALUES!r}"
    )
