# ruff: noqa: RUF001  (buyers' words, in Russian as WB shows them)
"""Feedbacks and questions (feedbacks-api): buyers' feedbacks and questions, the seller's answers,
and pinned feedbacks.

The model, per seller: feedbacks (an id of 20 letters and digits, a product, a rating, texts, an
answer or none, viewed or not, archived or not) and questions (the same, with an answer and a
state); pins of feedbacks to a product (nm) or its group of cards (imt).

- Lists [GET /api/v1/feedbacks, /questions]: `isAnswered` picks answered or unanswered ones (not
  the archived feedbacks: those are [GET /api/v1/feedbacks/archive]); `nmId`, `dateFrom`/`dateTo`
  (Unix seconds) filter; `order` dateDesc (default) or dateAsc; paged by `take` and `skip`. Each
  answer counts the unanswered and archived ones too.
- Answer a feedback [POST /api/v1/feedbacks/answer]: text of 2 to 5000 characters; an unknown
  feedback, one already answered, or a text out of bounds: 400. The feedback is then answered.
  Edit the answer [PATCH]: WB's reference declares no refusal for it (only 401, 402, 429), so the
  emulator takes every edit, as it does for any operation without one: the answer's text is
  replaced (an unknown feedback or an empty text: nothing changes; the 5000 limit is the client's
  to keep). `answer.editable` turns false after the first edit.
- Questions [PATCH /api/v1/questions]: {id, wasViewed} marks it viewed; {id, answer: {text}, state}
  answers it (state wbRu) or rejects it (state none); an unknown question: 404, an empty text: 400.
- One by id [GET /api/v1/feedback, /question]: unknown: 422.
- Counts, the unanswered counts (today: since Moscow midnight) and whether there are unviewed
  feedbacks or questions.
- Pins [POST /api/feedbacks/v1/pins]: each item answers on its own: feedbackNotFound,
  alreadyPinned (pinned already), subscriptionRestriction / tariffRestriction (no such plan),
  globalLimitReached (the plan's total used up), unitLimitReached (the product's share used up);
  else a pinId. Unpin [DELETE] answers the pinIds it unpinned. The list [GET] filters by state,
  pinOn, nmId, imtId, feedbackId, dateFrom/dateTo (of the last change) and pages by `next` (the
  last pinId of the previous answer) and `limit`; the count and the plans' limits likewise.
All 19 operations share one 3-a-second bucket (the spec's rows: the rate limiter's).

Seed with `seed_feedbacks(n, answered_every, archived_every, returnable_every)`,
`seed_questions(n, answered_every)`, `add_feedback(...)`, `add_question(...)`, and
`set_pin_limits(tariff_total, tariff_per_unit, subscription_total, subscription_per_unit)`.
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ._common import DAY, Good, body_dict, body_list, goods, iso_msk, msk_day, parse_moment, rng
from .base import Ctx, Reply, SellerState, handler

ANSWER_MIN, ANSWER_MAX = 2, 5000
TEXTS = (
    ("Отличный товар, всё подошло", "Качество", "Нет", 5),
    ("Хорошо, но долго шла доставка", "Цена", "Доставка", 4),
    ("Размер маломерит", "Ткань", "Размер", 3),
    ("Пришёл с браком", "", "Брак", 1),
)
QUESTIONS = ("Есть ли другие размеры?", "Из какого материала?", "Когда будет в наличии?")


@dataclass
class Answer:
    text: str
    at: float
    state: str = "wbRu"  # published
    edits: int = 0


@dataclass
class Feedback:
    id: str
    good: Good
    created: float
    text: str
    pros: str
    cons: str
    valuation: int
    user_name: str
    answer: Answer | None = None
    viewed: bool = False
    archived: bool = False
    returnable: bool = False
    return_requested: bool = False


@dataclass
class Question:
    id: str
    good: Good
    created: float
    text: str
    answer: Answer | None = None
    state: str = "suppliersPortalSynch"  # WB's state of a question waiting for the seller
    viewed: bool = False


@dataclass
class Pin:
    pin_id: int
    feedback: Feedback
    pin_on: str  # nm | imt
    method: str  # tariff | subscription
    changed: float
    state: str = "pinned"
    cause: str | None = None


@dataclass
class PinPlan:
    total: int
    per_unit: int


class FeedbacksStore:
    """One seller's feedbacks, questions and pins. Get it with `ctx.store(FeedbacksStore)` or
    `emu.state.default.store(FeedbacksStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._feedbacks: dict[str, Feedback] = {}
        self._questions: dict[str, Question] = {}
        self._pins: dict[int, Pin] = {}
        self._next_pin = itertools.count(1001)
        # the plans WB sells: a tariff with 10 pins (1 per product) by default, no subscription
        self.plans: dict[str, PinPlan | None] = {"tariff": PinPlan(10, 1), "subscription": None}
        self._rng = rng(seller, "feedbacks")

    # --- seeding and inspection (public: other tests seed through these) ---
    def seed_feedbacks(
        self, n: int, answered_every: int = 0, archived_every: int = 0, returnable_every: int = 0
    ) -> list[str]:
        """`n` feedbacks, an hour apart up to now; every `answered_every`-th answered, every
        `archived_every`-th answered and archived, every `returnable_every`-th one whose order
        may be returned. Returns their ids."""
        now = self.seller.now()
        out = []
        for i in range(n):
            fb = self.add_feedback(created=now - (n - i) * 3600)
            if archived_every and i % archived_every == archived_every - 1:
                fb.answer, fb.archived, fb.viewed = Answer("Спасибо за отзыв!", fb.created + 600), True, True
            elif answered_every and i % answered_every == answered_every - 1:
                fb.answer, fb.viewed = Answer("Спасибо за отзыв!", fb.created + 600), True
            fb.returnable = bool(returnable_every) and i % returnable_every == returnable_every - 1
            out.append(fb.id)
        return out

    def seed_questions(self, n: int, answered_every: int = 0) -> list[str]:
        """`n` questions, an hour apart up to now; every `answered_every`-th answered."""
        now = self.seller.now()
        out = []
        for i in range(n):
            q = self.add_question(created=now - (n - i) * 3600)
            if answered_every and i % answered_every == answered_every - 1:
                q.answer, q.state, q.viewed = Answer("Да, есть.", q.created + 600), "wbRu", True
            out.append(q.id)
        return out

    def add_feedback(
        self, *, created: float | None = None, good: Good | None = None, valuation: int | None = None
    ) -> Feedback:
        r = self._rng
        text, pros, cons, stars = r.choice(TEXTS)
        fb = Feedback(
            self._new_id(),
            good or r.choice(goods(self.seller)),
            self.seller.now() if created is None else created,
            text,
            pros,
            cons,
            valuation or stars,
            r.choice(("Анна", "Иван", "Мария", "Сергей")),
        )
        self._feedbacks[fb.id] = fb
        return fb

    def add_question(self, *, created: float | None = None, good: Good | None = None) -> Question:
        r = self._rng
        q = Question(
            self._new_id(),
            good or r.choice(goods(self.seller)),
            self.seller.now() if created is None else created,
            r.choice(QUESTIONS),
        )
        self._questions[q.id] = q
        return q

    def set_pin_limits(
        self,
        tariff_total: int | None = 10,
        tariff_per_unit: int = 1,
        subscription_total: int | None = None,
        subscription_per_unit: int = 1,
    ) -> None:
        """The plans: None = the seller has no such plan (pins by it: *Restriction)."""
        self.plans = {
            "tariff": None if tariff_total is None else PinPlan(tariff_total, tariff_per_unit),
            "subscription": None
            if subscription_total is None
            else PinPlan(subscription_total, subscription_per_unit),
        }

    def feedbacks(self) -> list[Feedback]:
        return list(self._feedbacks.values())

    def feedback(self, feedback_id: str) -> Feedback | None:
        return self._feedbacks.get(feedback_id)

    def questions(self) -> list[Question]:
        return list(self._questions.values())

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def pins(self) -> list[Pin]:
        return list(self._pins.values())

    # --- rules ---
    def pin(self, feedback_id: str, pin_on: str, method: str) -> Pin | str:
        """A new pin, or the error status WB gives the item."""
        fb = self._feedbacks.get(feedback_id)
        if fb is None:
            return "feedbackNotFound"
        active = [p for p in self._pins.values() if p.state == "pinned"]
        if any(p.feedback is fb for p in active):
            return "alreadyPinned"
        plan = self.plans.get(method)
        if plan is None:
            return "subscriptionRestriction" if method == "subscription" else "tariffRestriction"
        mine = [p for p in active if p.method == method]
        if len(mine) >= plan.total:
            return "globalLimitReached"

        def same_unit(p: Pin) -> bool:  # the product (nm) or its group of cards (imt)
            if pin_on == "nm":
                return p.feedback.good.nm_id == fb.good.nm_id
            return p.feedback.good.imt_id == fb.good.imt_id

        if sum(1 for p in mine if p.pin_on == pin_on and same_unit(p)) >= plan.per_unit:
            return "unitLimitReached"
        pin = Pin(next(self._next_pin), fb, pin_on, method, self.seller.now())
        self._pins[pin.pin_id] = pin
        return pin

    def unpin(self, pin_ids: Iterable[int]) -> list[int]:
        out = []
        for pid in pin_ids:
            pin = self._pins.get(pid)
            if pin is not None and pin.state == "pinned":
                pin.state, pin.changed = "unpinned", self.seller.now()
                out.append(pid)
        return out

    def _new_id(self) -> str:
        alphabet = string.ascii_letters + string.digits
        return "".join(self._rng.choice(alphabet) for _ in range(20))


# --- answers -----------------------------------------------------------------------------------------
def _envelope(data: Any) -> dict[str, Any]:
    return {"data": data, "error": False, "errorText": "", "additionalErrors": None}


def _product(g: Good) -> dict[str, Any]:
    return {
        "nmId": g.nm_id,
        "imtId": g.imt_id,
        "productName": g.title,
        "supplierArticle": g.vendor_code,
        "supplierName": "ООО «Продавец»",
        "brandName": g.brand,
    }


def _feedback_json(fb: Feedback) -> dict[str, Any]:
    a = fb.answer
    return {
        "id": fb.id,
        "text": fb.text,
        "pros": fb.pros,
        "cons": fb.cons,
        "productValuation": fb.valuation,
        "createdDate": iso_msk(fb.created),
        "answer": None if a is None else {"text": a.text, "state": a.state, "editable": a.edits == 0},
        "state": "wbRu",
        "productDetails": {**_product(fb.good), "size": fb.good.tech_size},
        "photoLinks": None,
        "video": None,
        "wasViewed": fb.viewed,
        "userName": fb.user_name,
        "orderStatus": "buyout",
        "matchingSize": "ok",
        "isAbleSupplierFeedbackValuation": True,
        "supplierFeedbackValuation": 0,
        "isAbleSupplierProductValuation": True,
        "supplierProductValuation": 0,
        "isAbleReturnProductOrders": fb.returnable and not fb.return_requested,
        "returnProductOrdersDate": None,
        "bables": None,
        "lastOrderShkId": 0,
        "lastOrderCreatedAt": iso_msk(fb.created - 5 * DAY),
        "color": "",
        "subjectId": fb.good.subject_id,
        "subjectName": fb.good.subject,
        "parentFeedbackId": None,
        "childFeedbackId": None,
    }


def _question_json(q: Question) -> dict[str, Any]:
    a = q.answer
    return {
        "id": q.id,
        "text": q.text,
        "createdDate": iso_msk(q.created),
        "state": q.state,
        "answer": None if a is None else {"text": a.text, "editable": True, "createDate": iso_msk(a.at)},
        "productDetails": _product(q.good),
        "wasViewed": q.viewed,
        "isWarned": False,
    }


def _bool(ctx: Ctx, name: str, default: bool | None = None) -> bool | None:
    raw: str | None = ctx.arg(name)
    if raw is None:
        return default
    if raw.lower() not in ("true", "false"):
        raise ctx.refuse(f"{name} must be true or false, got {raw!r}")
    return raw.lower() == "true"


def _listed(ctx: Ctx, items: list[Any], answered: bool | None) -> list[Any]:
    nm_id = ctx.arg("nmId", None, int)
    date_from, date_to = ctx.arg("dateFrom", None, int), ctx.arg("dateTo", None, int)
    out = [
        x
        for x in items
        if (answered is None or (x.answer is not None) == answered)
        and (nm_id is None or x.good.nm_id == nm_id)
        and (date_from is None or x.created >= date_from)
        and (date_to is None or x.created <= date_to)
    ]
    out.sort(key=lambda x: (x.created, x.id), reverse=ctx.arg("order", "dateDesc") != "dateAsc")
    take, skip = ctx.arg("take", 0, int), ctx.arg("skip", 0, int)
    if take < 0 or skip < 0:
        raise ctx.refuse("take and skip must not be negative")
    return out[skip : skip + take]


def _current(store: FeedbacksStore) -> list[Feedback]:
    return [f for f in store.feedbacks() if not f.archived]


@handler("feedbacks.feedbacks_list")
def feedbacks_list(ctx: Ctx) -> Any:
    store = ctx.store(FeedbacksStore)
    current = _current(store)
    found = _listed(ctx, current, _bool(ctx, "isAnswered"))
    return _envelope(
        {
            "countUnanswered": sum(1 for f in current if f.answer is None),
            "countArchive": sum(1 for f in store.feedbacks() if f.archived),
            "feedbacks": [_feedback_json(f) for f in found],
        }
    )


@handler("feedbacks.feedbacks_archive_list")
def feedbacks_archive_list(ctx: Ctx) -> Any:
    archived = [f for f in ctx.store(FeedbacksStore).feedbacks() if f.archived]
    return _envelope({"feedbacks": [_feedback_json(f) for f in _listed(ctx, archived, None)]})


@handler("feedbacks.questions_list")
def questions_list(ctx: Ctx) -> Any:
    questions = ctx.store(FeedbacksStore).questions()
    found = _listed(ctx, questions, _bool(ctx, "isAnswered"))
    return _envelope(
        {
            "countUnanswered": sum(1 for q in questions if q.answer is None and q.state != "none"),
            "countArchive": 0,
            "questions": [_question_json(q) for q in found],
        }
    )


def _count(ctx: Ctx, items: list[Any]) -> Any:
    answered = _bool(ctx, "isAnswered", True)
    date_from, date_to = ctx.arg("dateFrom", None, int), ctx.arg("dateTo", None, int)
    return _envelope(
        sum(
            1
            for x in items
            if (x.answer is not None) == answered
            and (date_from is None or x.created >= date_from)
            and (date_to is None or x.created <= date_to)
        )
    )


@handler("feedbacks.feedbacks_count")
def feedbacks_count(ctx: Ctx) -> Any:
    return _count(ctx, _current(ctx.store(FeedbacksStore)))


@handler("feedbacks.questions_count")
def questions_count(ctx: Ctx) -> Any:
    return _count(ctx, ctx.store(FeedbacksStore).questions())


def _unanswered(ctx: Ctx, items: list[Any]) -> Any:
    today = msk_day(ctx.now())
    waiting = [x for x in items if x.answer is None]
    return _envelope(
        {
            "countUnanswered": len(waiting),
            "countUnansweredToday": sum(1 for x in waiting if msk_day(x.created) == today),
        }
    )


@handler("feedbacks.feedbacks_unanswered_count")
def feedbacks_unanswered_count(ctx: Ctx) -> Any:
    return _unanswered(ctx, _current(ctx.store(FeedbacksStore)))


@handler("feedbacks.questions_unanswered_count")
def questions_unanswered_count(ctx: Ctx) -> Any:
    return _unanswered(ctx, [q for q in ctx.store(FeedbacksStore).questions() if q.state != "none"])


@handler("feedbacks.new_feedbacks_questions")
def new_feedbacks_questions(ctx: Ctx) -> Any:
    store = ctx.store(FeedbacksStore)
    return _envelope(
        {
            "hasNewQuestions": any(not q.viewed for q in store.questions()),
            "hasNewFeedbacks": any(not f.viewed for f in _current(store)),
        }
    )


@handler("feedbacks.feedback_by_id")
def feedback_by_id(ctx: Ctx) -> Any:
    fb = ctx.store(FeedbacksStore).feedback(ctx.arg("id", ""))
    if fb is None:
        raise ApiError(422, f"feedback {ctx.arg('id', '')!r} not found")
    return _envelope(_feedback_json(fb))


@handler("feedbacks.question_by_id")
def question_by_id(ctx: Ctx) -> Any:
    q = ctx.store(FeedbacksStore).question(ctx.arg("id", ""))
    if q is None:
        raise ApiError(422, f"question {ctx.arg('id', '')!r} not found")
    return _envelope(_question_json(q))


def _answer_text(body: dict[str, Any]) -> str | None:
    """The text if its length is within WB's 2..5000, else None."""
    text = body.get("text")
    if not isinstance(text, str) or not len(text.strip()) >= ANSWER_MIN or len(text) > ANSWER_MAX:
        return None
    return text


@handler("feedbacks.feedback_answer")
def feedback_answer(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    fb = ctx.store(FeedbacksStore).feedback(str(body.get("id")))
    if fb is None:
        raise ctx.refuse(f"feedback {body.get('id')!r} not found")
    text = _answer_text(body)
    if text is None:
        raise ctx.refuse(f"text: {ANSWER_MIN} to {ANSWER_MAX} characters")
    if fb.answer is not None:
        raise ctx.refuse("the feedback is answered already: edit the answer (PATCH)")
    fb.answer, fb.viewed = Answer(text, ctx.now()), True
    return Reply(204, no_body=True)


@handler("feedbacks.feedback_answer_edit")
def feedback_answer_edit(ctx: Ctx) -> Any:
    # WB's reference declares no refusal for the PATCH (only 401, 402, 429): as for every such
    # operation, the emulator takes the request and does what it can (an unknown feedback: nothing)
    body = body_dict(ctx)
    fb = ctx.store(FeedbacksStore).feedback(str(body.get("id")))
    text = body.get("text")
    if fb is not None and isinstance(text, str) and text.strip():
        if fb.answer is None:
            fb.answer, fb.viewed = Answer(text, ctx.now()), True
        else:
            fb.answer.text, fb.answer.at, fb.answer.edits = text, ctx.now(), fb.answer.edits + 1
    return Reply(204, no_body=True)


@handler("feedbacks.feedback_order_return")
def feedback_order_return(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    fb = ctx.store(FeedbacksStore).feedback(str(body.get("feedbackId")))
    if fb is None:
        raise ctx.refuse(f"feedback {body.get('feedbackId')!r} not found")
    if not fb.returnable or fb.return_requested:
        raise ApiError(422, "the order of this feedback cannot be returned")
    fb.return_requested = True
    return _envelope(None)


@handler("feedbacks.question_update")
def question_update(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    q = ctx.store(FeedbacksStore).question(str(body.get("id")))
    if q is None:
        raise ApiError(404, f"question {body.get('id')!r} not found")
    if "answer" in body:
        state = body.get("state")
        text = (body.get("answer") or {}).get("text") or ""
        if state == "none":  # rejected: no answer shown
            q.state, q.viewed = "none", True
        elif not text.strip():
            raise ctx.refuse("answer.text must not be empty")
        else:
            q.answer, q.state, q.viewed = Answer(text, ctx.now()), "wbRu", True
    elif "wasViewed" in body:
        q.viewed = bool(body["wasViewed"])
    return _envelope(None)


# --- pins --------------------------------------------------------------------------------------------
def _pin_json(p: Pin) -> dict[str, Any]:
    out: dict[str, Any] = {
        "changeStateAt": iso_msk(p.changed),
        "imtId": p.feedback.good.imt_id,
        "nmId": p.feedback.good.nm_id,
        "pinId": p.pin_id,
        "pinMethod": p.method,
        "pinOn": p.pin_on,
        "feedbackId": p.feedback.id,
        "state": p.state,
    }
    if p.cause:
        out["unpinnedCause"] = p.cause
    return out


def _pins_matching(ctx: Ctx) -> list[Pin]:
    state, pin_on = ctx.arg("state"), ctx.arg("pinOn")
    nm_id, imt_id, feedback_id = (
        ctx.arg("nmId", None, int),
        ctx.arg("imtId", None, int),
        ctx.arg("feedbackId"),
    )
    first, last = parse_moment(ctx.arg("dateFrom")), parse_moment(ctx.arg("dateTo"))
    return sorted(
        (
            p
            for p in ctx.store(FeedbacksStore).pins()
            if (state is None or p.state == state)
            and (pin_on is None or p.pin_on == pin_on)
            and (nm_id is None or p.feedback.good.nm_id == nm_id)
            and (imt_id is None or p.feedback.good.imt_id == imt_id)
            and (feedback_id is None or p.feedback.id == feedback_id)
            and (first is None or p.changed >= first)
            and (last is None or p.changed <= last)
        ),
        key=lambda p: p.pin_id,
    )


@handler("feedbacks.pin_feedbacks")
def pin_feedbacks(ctx: Ctx) -> Any:
    store = ctx.store(FeedbacksStore)
    out = []
    for item in body_list(ctx):
        if not isinstance(item, dict):
            raise ctx.refuse("each item is {feedbackId, pinOn, pinMethod}")
        result = store.pin(str(item.get("feedbackId")), str(item.get("pinOn")), str(item.get("pinMethod")))
        row: dict[str, Any] = {
            "feedbackId": str(item.get("feedbackId")),
            "pinMethod": item.get("pinMethod"),
            "pinOn": item.get("pinOn"),
            "isErrors": isinstance(result, str),
        }
        if isinstance(result, str):
            row["errors"] = [
                {
                    "origin": "feedbacks-pins",
                    "detail": result,
                    "requestId": "",
                    "status": result,
                    "title": result,
                }
            ]
        else:
            row["pinId"] = result.pin_id
        out.append(row)
    return {"data": out}


@handler("feedbacks.unpin_feedbacks")
def unpin_feedbacks(ctx: Ctx) -> Any:
    ids = []
    for v in body_list(ctx):
        if not isinstance(v, int):
            raise ctx.refuse("the body is a list of pinIds (integers)")
        ids.append(v)
    return {"data": ctx.store(FeedbacksStore).unpin(ids)}


@handler("feedbacks.pinned_feedbacks_list")
def pinned_feedbacks_list(ctx: Ctx) -> Any:
    after = ctx.arg("next", 0, int)
    limit = ctx.arg("limit", 500, int)
    found = [p for p in _pins_matching(ctx) if p.pin_id > after][:limit]
    return {"data": [_pin_json(p) for p in found], "next": found[-1].pin_id if found else after}


@handler("feedbacks.pinned_feedbacks_count")
def pinned_feedbacks_count(ctx: Ctx) -> Any:
    return {"data": len(_pins_matching(ctx))}


@handler("feedbacks.pinned_feedbacks_limits")
def pinned_feedbacks_limits(ctx: Ctx) -> Any:
    store = ctx.store(FeedbacksStore)
    active = [p for p in store.pins() if p.state == "pinned"]
    data: dict[str, Any] = {}
    for method, plan in store.plans.items():
        if plan is None:
            data[method] = None
            continue
        used = sum(1 for p in active if p.method == method)
        data[method] = {
            "perUnitLimit": plan.per_unit,
            "remaining": max(0, plan.total - used),
            "totalLimit": plan.total,
            "unlimited": False,
            "used": used,
        }
    return {"data": data}
