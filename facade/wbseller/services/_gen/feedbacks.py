"""client.feedbacks and AsyncClient.feedbacks: FeedbacksService and AsyncFeedbacksService. Written
by scripts/async_types.py from services/feedbacks.py: do not edit (`make generate` rewrites it,
`make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.feedbacks import FeedbacksOps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable
    from datetime import date, datetime

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller.services.feedbacks import FeedbackCounts
    from wbseller.services.feedbacks_pins import PinResult
    from wbseller_raw.feedbacks.client import AuthenticatedClient as FeedbacksRaw
    from wbseller_raw.feedbacks.models import (
        FeedbackByIdResponseData,
        FeedbacksListResponseDataFeedbacksItem,
        PinnedFeedbacksLimitsResponseData,
        PinnedFeedbacksListResponseDataItem,
        QuestionByIdResponseData,
        QuestionsListResponseDataQuestionsItem,
    )


class FeedbacksService(FeedbacksOps, Service):
    """client.feedbacks: Feedbacks and questions (feedbacks-api): iterate them, answer, edit an
    answer, questions' answers, rejections and views, counts. Pinned feedbacks are in
    feedbacks_pins.py."""

    raw: FeedbacksRaw


class AsyncFeedbacksService(FeedbacksOps, AsyncService):
    """AsyncClient.feedbacks: the operations of FeedbacksService, awaitable / async-iterable."""

    raw: FeedbacksRaw

    if TYPE_CHECKING:

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
        ) -> AsyncPages[FeedbacksListResponseDataFeedbacksItem | RawItem]:
            """Feedbacks, unanswered (default) or `answered`, optionally of one product (`nm_id`) and
            created within `date_from`..`date_to` (Unix seconds, dates or datetimes), `order`
            "dateDesc" (WB's default) or "dateAsc"; `archive=True`: the archived ones instead (WB
            filters those by nm_id and order only). Paged by take/skip, `page_size` at a time.
            WB operations: `GET /api/v1/feedbacks` (feedbacks_list), `GET /api/v1/feedbacks/archive`.
            """

        def feedback(  # type: ignore[override]
            self, feedback_id: str
        ) -> Awaitable[FeedbackByIdResponseData | None]:
            """One feedback by its ID (`data`). WB operation: `GET /api/v1/feedback` (feedback_by_id)."""

        def answer_feedback(  # type: ignore[override]
            self, feedback_id: str, text: str
        ) -> Awaitable[None]:
            """Answer a feedback; the text (2..5000 characters) is checked before it is sent. WB
            operation: `POST /api/v1/feedbacks/answer` (feedback_answer).
            """

        def edit_feedback_answer(  # type: ignore[override]
            self, feedback_id: str, text: str
        ) -> Awaitable[None]:
            """Replace the answer to a feedback (WB lets an answer be edited once). WB operation:
            `PATCH /api/v1/feedbacks/answer` (feedback_answer_edit).
            """

        def request_return(  # type: ignore[override]
            self, feedback_id: str
        ) -> Awaitable[None]:
            """Ask for the return of the order a feedback is about. WB operation:
            `POST /api/v1/feedbacks/order/return` (feedback_order_return).
            """

        def count_feedbacks(  # type: ignore[override]
            self,
            *,
            answered: bool = True,
            date_from: int | date | datetime | None = None,
            date_to: int | date | datetime | None = None,
        ) -> Awaitable[int | None]:
            """How many feedbacks (answered, or not) in a period. WB operation:
            `GET /api/v1/feedbacks/count` (feedbacks_count).
            """

        def iter_questions(
            self,
            *,
            answered: bool = False,
            nm_id: int | None = None,
            date_from: int | date | datetime | None = None,
            date_to: int | date | datetime | None = None,
            order: str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[QuestionsListResponseDataQuestionsItem | RawItem]:
            """Questions, unanswered (default) or `answered`, filtered like iter_feedbacks. WB
            operation: `GET /api/v1/questions` (questions_list).
            """

        def question(  # type: ignore[override]
            self, question_id: str
        ) -> Awaitable[QuestionByIdResponseData | None]:
            """One question by its ID (`data`). WB operation: `GET /api/v1/question` (question_by_id)."""

        def answer_question(  # type: ignore[override]
            self, question_id: str, text: str
        ) -> Awaitable[None]:
            """Answer a question (published: state wbRu). WB operation: `PATCH /api/v1/questions`."""

        def reject_question(  # type: ignore[override]
            self, question_id: str, text: str
        ) -> Awaitable[None]:
            """Reject a question (state none), with the reason shown to WB. WB operation:
            `PATCH /api/v1/questions` (question_update).
            """

        def mark_question_viewed(  # type: ignore[override]
            self, question_id: str
        ) -> Awaitable[None]:
            """Mark a question as seen. WB operation: `PATCH /api/v1/questions` (question_update)."""

        def count_questions(  # type: ignore[override]
            self,
            *,
            answered: bool = True,
            date_from: int | date | datetime | None = None,
            date_to: int | date | datetime | None = None,
        ) -> Awaitable[int | None]:
            """How many questions (answered, or not) in a period. WB operation:
            `GET /api/v1/questions/count` (questions_count).
            """

        def counts(  # type: ignore[override]
            self,
        ) -> Awaitable[FeedbackCounts]:
            """Unanswered feedbacks and questions (in all and today) and whether anything new is
            unseen: three calls. WB operations: `GET /api/v1/feedbacks/count-unanswered`,
            `/questions/count-unanswered`, `/new-feedbacks-questions`.
            """

        def pin(  # type: ignore[override]
            self, feedback_ids: Iterable[str], *, on: str = "nm", method: str = "subscription"
        ) -> Awaitable[PinResult]:
            """Pin feedbacks to their product (`on="nm"`) or its group of cards (`"imt"`), by the
            seller's `method` ("tariff" or "subscription"); 500 per request, split here. WB answers
            per item: the ones it refused are in `.errors` with its status (no exception). WB
            operation: `POST /api/feedbacks/v1/pins` (pin_feedbacks).
            """

        def unpin(  # type: ignore[override]
            self, pin_ids: Iterable[int]
        ) -> Awaitable[list[int]]:
            """Unpin by pinId (500 per request, split here); returns the pinIds WB unpinned. WB
            operation: `DELETE /api/feedbacks/v1/pins` (unpin_feedbacks).
            """

        def iter_pins(
            self,
            *,
            state: str | None = None,
            on: str | None = None,
            nm_id: int | None = None,
            imt_id: int | None = None,
            date_from: date | datetime | None = None,
            date_to: date | datetime | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[PinnedFeedbacksListResponseDataItem | RawItem]:
            """Pins ("pinned" or "unpinned" ones, on nm or imt, of a product or a group of cards,
            changed within date_from..date_to), paged by WB's `next` (the last pinId). WB operation:
            `GET /api/feedbacks/v1/pins` (pinned_feedbacks_list).
            """

        def count_pins(  # type: ignore[override]
            self,
            *,
            state: str | None = None,
            on: str | None = None,
            nm_id: int | None = None,
            imt_id: int | None = None,
            date_from: date | datetime | None = None,
            date_to: date | datetime | None = None,
        ) -> Awaitable[int | None]:
            """How many pins match. WB operation: `GET /api/feedbacks/v1/pins/count`."""

        def pin_limits(  # type: ignore[override]
            self,
        ) -> Awaitable[PinnedFeedbacksLimitsResponseData | None]:
            """The plans' pin limits (`tariff`, `subscription`: total, per product, used, remaining).
            WB operation: `GET /api/feedbacks/v1/pins/limits` (pinned_feedbacks_limits).
            """
