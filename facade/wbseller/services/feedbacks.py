"""Feedbacks and questions (feedbacks-api): iterate them, answer, edit an answer, questions'
answers, rejections and views, counts. Pinned feedbacks are in feedbacks_pins.py.

for fb in wb.feedbacks.iter_feedbacks(answered=False):            # take/skip paging
    wb.feedbacks.answer_feedback(fb.id, "Спасибо за отзыв!")       # 2..5000 characters, checked here
wb.feedbacks.edit_feedback_answer(feedback_id, "Исправленный ответ")
for q in wb.feedbacks.iter_questions(answered=False, nm_id=12345678):
    wb.feedbacks.answer_question(q.id, "Да, есть.")
print(wb.feedbacks.counts())                                       # unanswered, today, anything new

All 19 operations of the group share one bucket (3 a second); the transport paces them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.feedbacks import ops
from wbseller_raw.feedbacks.models import QuestionUpdateRequestVariant2

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import Pages, PageState
from ..plans import EmitAll, Plan, SyncRunner, TypedCall, call
from ._common import as_int
from ._comms import check_text, listed, one, path, unix_seconds
from .feedbacks_pins import FeedbackPinsOps

if TYPE_CHECKING:
    from wbseller_raw.feedbacks.models import (
        FeedbackByIdResponseData,
        FeedbacksListResponseDataFeedbacksItem,
        QuestionByIdResponseData,
        QuestionsListResponseDataQuestionsItem,
    )

SPEC = "feedbacks"
# Answer texts: 2 to 5000 characters (WB's facts: "answer text up to 5000 chars"; the spec's 2..5000).
ANSWER_MIN, ANSWER_MAX = 2, 5000
QUESTION_MAX = 10**6  # no documented maximum for a question's answer: only a guard against nonsense
# The facts give `take` and `skip` no maximum; WB's portal pages name 5000 (feedbacks) and 10000
# (questions) as the largest `take`: a page of 1000 keeps inside both and one page small in memory.
DEFAULT_TAKE = 1000
ORDERS = ("dateAsc", "dateDesc")


@dataclass(frozen=True)
class FeedbackCounts:
    """What waits for an answer: unanswered feedbacks and questions (in all and since Moscow
    midnight) and whether there are ones the seller has not seen."""

    feedbacks_unanswered: int | None
    feedbacks_unanswered_today: int | None
    questions_unanswered: int | None
    questions_unanswered_today: int | None
    has_new_feedbacks: bool | None
    has_new_questions: bool | None


def _take(page_size: int | None) -> int:
    size = DEFAULT_TAKE if page_size is None else page_size
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 5000:
        raise InvalidRequestError(
            f"page_size: {size!r} is outside 1..5000 (WB's largest take)",
            field="page_size",
            value=size,
            limit=5000,
        )
    return size


def _filters(
    nm_id: int | None, date_from: int | date | datetime | None, date_to: int | date | datetime | None
) -> dict[str, Any]:
    if nm_id is not None and (isinstance(nm_id, bool) or not isinstance(nm_id, int) or nm_id < 1):
        raise InvalidRequestError(f"nmId: {nm_id!r} is not an nmID", field="nmId", value=nm_id, limit=1)
    start, end = unix_seconds(date_from, "dateFrom"), unix_seconds(date_to, "dateTo")
    if start is not None and end is not None and start > end:
        raise InvalidRequestError(f"dateFrom: {start} is after dateTo: {end}", field="dateFrom", value=start)
    return {k: v for k, v in {"nm_id": nm_id, "date_from": start, "date_to": end}.items() if v is not None}


def _order(order: str | None) -> dict[str, Any]:
    if order is None:
        return {}
    if order not in ORDERS:
        raise InvalidRequestError(
            f"order: {order!r} is not one of {ORDERS}", field="order", value=order, limit=ORDERS
        )
    return {"order": order}


def _take_skip(call: Any, key: str, take: int, state: PageState) -> Plan[None]:
    """take/skip until a page comes back shorter than `take` (the lists give no total for a filter)."""
    skip = 0
    while True:
        response = yield call(take, skip)
        page = listed(path(response.parsed, "data", key))
        state.pages += 1
        yield EmitAll(page, state)
        skip += len(page)
        if len(page) < take:
            return


def _feedback_id(value: Any, field: str = "id") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(
            f"{field}: {value!r} is not a feedback or question ID", field=field, value=value
        )
    return value


class FeedbacksOps(FeedbackPinsOps):
    """Feedbacks and questions, shared by the sync and async feedbacks services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    # --- feedbacks -----------------------------------------------------------------------------
    def iter_feedbacks(
        self,
        *,
        answered: bool = False,
        nm_id: int | None = None,
        date_from: int | date | datetime | None = None,
        date_to: int | date | datetime | None = None,
        order: str | None = None,
        archive: bool = False,
        page_size: int | None = None,
    ) -> Pages[FeedbacksListResponseDataFeedbacksItem | RawItem]:
        """Feedbacks, unanswered (default) or `answered`, optionally of one product (`nm_id`) and
        created within `date_from`..`date_to` (Unix seconds, dates or datetimes), `order`
        "dateDesc" (WB's default) or "dateAsc"; `archive=True`: the archived ones instead (WB
        filters those by nm_id and order only). Paged by take/skip, `page_size` at a time.
        WB operations: `GET /api/v1/feedbacks` (feedbacks_list), `GET /api/v1/feedbacks/archive`."""
        take = _take(page_size)
        extra = {**_filters(nm_id, date_from, date_to), **_order(order)}
        if archive:
            if "date_from" in extra or "date_to" in extra:
                raise InvalidRequestError(
                    "date_from/date_to: the archive is not filtered by date",
                    field="dateFrom",
                    value=date_from,
                )

            def call(n: int, skip: int) -> TypedCall[Any]:
                return TypedCall(ops.FEEDBACKS_ARCHIVE_LIST, kwargs={**extra, "take": n, "skip": skip})

        else:

            def call(n: int, skip: int) -> TypedCall[Any]:
                kwargs = {**extra, "is_answered": bool(answered), "take": n, "skip": skip}
                return TypedCall(ops.FEEDBACKS_LIST, kwargs=kwargs)

        return Pages(self._runner, lambda state: _take_skip(call, "feedbacks", take, state))

    def feedback(self, feedback_id: str) -> FeedbackByIdResponseData | None:
        """One feedback by its ID (`data`). WB operation: `GET /api/v1/feedback` (feedback_by_id)."""
        fid = _feedback_id(feedback_id)
        plan = one(call(ops.FEEDBACK_BY_ID, id=fid), lambda r: path(r.parsed, "data"))
        return cast("FeedbackByIdResponseData | None", self._runner.run(plan))

    def answer_feedback(self, feedback_id: str, text: str) -> None:
        """Answer a feedback; the text (2..5000 characters) is checked before it is sent. WB
        operation: `POST /api/v1/feedbacks/answer` (feedback_answer)."""
        body = {"id": _feedback_id(feedback_id), "text": check_text(text, "text", ANSWER_MIN, ANSWER_MAX)}
        return self._runner.run(one(call(ops.FEEDBACK_ANSWER, body=body), lambda r: None))

    def edit_feedback_answer(self, feedback_id: str, text: str) -> None:
        """Replace the answer to a feedback (WB lets an answer be edited once). WB operation:
        `PATCH /api/v1/feedbacks/answer` (feedback_answer_edit)."""
        body = {"id": _feedback_id(feedback_id), "text": check_text(text, "text", ANSWER_MIN, ANSWER_MAX)}
        return self._runner.run(one(call(ops.FEEDBACK_ANSWER_EDIT, body=body), lambda r: None))

    def request_return(self, feedback_id: str) -> None:
        """Ask for the return of the order a feedback is about. WB operation:
        `POST /api/v1/feedbacks/order/return` (feedback_order_return)."""
        body = {"feedbackId": _feedback_id(feedback_id, "feedbackId")}
        return self._runner.run(one(call(ops.FEEDBACK_ORDER_RETURN, body=body), lambda r: None))

    def count_feedbacks(
        self,
        *,
        answered: bool = True,
        date_from: int | date | datetime | None = None,
        date_to: int | date | datetime | None = None,
    ) -> int | None:
        """How many feedbacks (answered, or not) in a period. WB operation:
        `GET /api/v1/feedbacks/count` (feedbacks_count)."""
        kw = {**_filters(None, date_from, date_to), "is_answered": bool(answered)}
        return self._runner.run(one(call(ops.FEEDBACKS_COUNT, **kw), _data_int))

    # --- questions -----------------------------------------------------------------------------
    def iter_questions(
        self,
        *,
        answered: bool = False,
        nm_id: int | None = None,
        date_from: int | date | datetime | None = None,
        date_to: int | date | datetime | None = None,
        order: str | None = None,
        page_size: int | None = None,
    ) -> Pages[QuestionsListResponseDataQuestionsItem | RawItem]:
        """Questions, unanswered (default) or `answered`, filtered like iter_feedbacks. WB
        operation: `GET /api/v1/questions` (questions_list)."""
        take = _take(page_size)
        extra = {**_filters(nm_id, date_from, date_to), **_order(order), "is_answered": bool(answered)}

        def call(n: int, skip: int) -> TypedCall[Any]:
            return TypedCall(ops.QUESTIONS_LIST, kwargs={**extra, "take": n, "skip": skip})

        return Pages(self._runner, lambda state: _take_skip(call, "questions", take, state))

    def question(self, question_id: str) -> QuestionByIdResponseData | None:
        """One question by its ID (`data`). WB operation: `GET /api/v1/question` (question_by_id)."""
        qid = _feedback_id(question_id)
        plan = one(call(ops.QUESTION_BY_ID, id=qid), lambda r: path(r.parsed, "data"))
        return cast("QuestionByIdResponseData | None", self._runner.run(plan))

    def answer_question(self, question_id: str, text: str) -> None:
        """Answer a question (published: state wbRu). WB operation: `PATCH /api/v1/questions`."""
        return self._update_question(question_id, text, "wbRu")

    def reject_question(self, question_id: str, text: str) -> None:
        """Reject a question (state none), with the reason shown to WB. WB operation:
        `PATCH /api/v1/questions` (question_update)."""
        return self._update_question(question_id, text, "none")

    def mark_question_viewed(self, question_id: str) -> None:
        """Mark a question as seen. WB operation: `PATCH /api/v1/questions` (question_update)."""
        body = {"id": _feedback_id(question_id), "wasViewed": True}
        return self._runner.run(one(call(ops.QUESTION_UPDATE, body=body), lambda r: None))

    def _update_question(self, question_id: str, text: str, state: str) -> None:
        body = {
            "id": _feedback_id(question_id),
            # the facts state no length for a question's answer (the 5000 is the feedbacks'): not empty
            "answer": {"text": check_text(text, "answer.text", 1, QUESTION_MAX)},
            "state": state,
        }
        # a oneOf body: the plain-JSON conversion tries the variants in order, so name this one
        model = QuestionUpdateRequestVariant2.from_dict(body)
        return self._runner.run(one(call(ops.QUESTION_UPDATE, body=model), lambda r: None))

    def count_questions(
        self,
        *,
        answered: bool = True,
        date_from: int | date | datetime | None = None,
        date_to: int | date | datetime | None = None,
    ) -> int | None:
        """How many questions (answered, or not) in a period. WB operation:
        `GET /api/v1/questions/count` (questions_count)."""
        kw = {**_filters(None, date_from, date_to), "is_answered": bool(answered)}
        return self._runner.run(one(call(ops.QUESTIONS_COUNT, **kw), _data_int))

    # --- both ----------------------------------------------------------------------------------
    def counts(self) -> FeedbackCounts:
        """Unanswered feedbacks and questions (in all and today) and whether anything new is
        unseen: three calls. WB operations: `GET /api/v1/feedbacks/count-unanswered`,
        `/questions/count-unanswered`, `/new-feedbacks-questions`."""

        def plan() -> Plan[FeedbackCounts]:
            f = yield from call(ops.FEEDBACKS_UNANSWERED_COUNT)
            q = yield from call(ops.QUESTIONS_UNANSWERED_COUNT)
            n = yield from call(ops.NEW_FEEDBACKS_QUESTIONS)
            return FeedbackCounts(
                as_int(path(f.parsed, "data", "count_unanswered")),
                as_int(path(f.parsed, "data", "count_unanswered_today")),
                as_int(path(q.parsed, "data", "count_unanswered")),
                as_int(path(q.parsed, "data", "count_unanswered_today")),
                path(n.parsed, "data", "has_new_feedbacks"),
                path(n.parsed, "data", "has_new_questions"),
            )

        return self._runner.run(plan())


def _data_int(response: Any) -> int | None:
    return as_int(path(response.parsed, "data"))
