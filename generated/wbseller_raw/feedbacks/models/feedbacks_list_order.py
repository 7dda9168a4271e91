from typing import Literal

FeedbacksListOrder = Literal["dateAsc", "dateDesc"]

FEEDBACKS_LIST_ORDER_VALUES: set[FeedbacksListOrder] = {
    "dateAsc",
    "dateDesc",
}


def check_feedbacks_list_order(value: str) -> FeedbacksListOrder:
    if value in FEEDBACKS_LIST_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FEEDBACKS_LIST_ORDER_VALUES!r}"
    )
