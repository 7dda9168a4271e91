from typing import Literal

PinnedFeedbacksListState = Literal["pinned", "unpinned"]

PINNED_FEEDBACKS_LIST_STATE_VALUES: set[PinnedFeedbacksListState] = {
    "pinned",
    "unpinned",
}


def check_pinned_feedbacks_list_state(value: str) -> PinnedFeedbacksListState:
    if value in PINNED_FEEDBACKS_LIST_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PINNED_FEEDBACKS_LIST_STATE_VALUES!r}"
    )
