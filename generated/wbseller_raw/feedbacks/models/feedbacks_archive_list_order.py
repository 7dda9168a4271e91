from typing import Literal

FeedbacksArchiveListOrder = Literal["dateAsc", "dateDesc"]

FEEDBACKS_ARCHIVE_LIST_ORDER_VALUES: set[FeedbacksArchiveListOrder] = {
    "dateAsc",
    "dateDesc",
}


def check_feedbacks_archive_list_order(value: str) -> FeedbacksArchiveListOrder:
    if value in FEEDBACKS_ARCHIVE_LIST_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FEEDBACKS_ARCHIVE_LIST_ORDER_VALUES!r}"
    )
