# ruff: noqa: RUF001  (buyers' and sellers' words, in Russian)
"""client.feedbacks over HTTP against the emulator, sync and async: feedbacks and questions
iterated with take/skip and filters, answered (the 5000 limit checked before sending), edited,
questions answered/rejected/viewed, pins with per-item errors, counts."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.services.conftest import Drive, Run
from wbseller import InvalidRequestError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.feedbacks import FeedbacksStore

CATS = ["feedbacks"]


def store(emu: Emulator) -> FeedbacksStore:
    return emu.state.default.store(FeedbacksStore)


def calls(emu: Emulator, name: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"feedbacks.{name}"]


def test_unanswered_feedbacks_paged_answered_and_edited(emu: Emulator, run: Run) -> None:
    ids = store(emu).seed_feedbacks(7, answered_every=3)  # 2 answered, 5 not

    async def scenario(d: Drive) -> None:
        fb = d.client.feedbacks
        got = await d.list(fb.iter_feedbacks(answered=False, page_size=2))
        assert sorted(x.id for x in got) == sorted(i for k, i in enumerate(ids) if k % 3 != 2)
        pages = calls(emu, "feedbacks_list")
        assert [parse_qs(r.query)["skip"] for r in pages] == [
            ["0"],
            ["2"],
            ["4"],
        ]  # 2 + 2 + 1 (short: the end)
        assert {parse_qs(r.query)["isAnswered"][0] for r in pages} == {"false"}
        answered = await d.list(fb.iter_feedbacks(answered=True))
        assert len(answered) == 2

        first = got[0].id
        await d(fb.answer_feedback(first, "Спасибо за отзыв!"))
        assert store(emu).feedback(first).answer.text == "Спасибо за отзыв!"
        await d(fb.edit_feedback_answer(first, "Спасибо! Ждём снова."))
        assert store(emu).feedback(first).answer.text == "Спасибо! Ждём снова."
        one = await d(fb.feedback(first))
        assert one.id == first and one.answer.text == "Спасибо! Ждём снова."
        left = await d.list(fb.iter_feedbacks())
        assert first not in {x.id for x in left} and len(left) == 4

    run(scenario, categories=CATS)


def test_answer_longer_than_5000_is_refused_before_sending(emu: Emulator, run: Run) -> None:
    [fid] = store(emu).seed_feedbacks(1)

    async def scenario(d: Drive) -> None:
        with pytest.raises(InvalidRequestError) as e:
            await d(d.client.feedbacks.answer_feedback(fid, "x" * 5001))
        assert e.value.field == "text" and e.value.limit == 5000
        with pytest.raises(InvalidRequestError):
            await d(d.client.feedbacks.edit_feedback_answer(fid, " "))
        assert calls(emu, "feedback_answer") == calls(emu, "feedback_answer_edit") == []
        await d(d.client.feedbacks.answer_feedback(fid, "x" * 5000))  # the limit itself is fine
        assert store(emu).feedback(fid).answer is not None

    run(scenario, categories=CATS)


def test_filters_by_nm_id_and_dates_reach_wb(emu: Emulator, run: Run) -> None:
    ids = store(emu).seed_feedbacks(4)
    nm = store(emu).feedback(ids[0]).good.nm_id

    async def scenario(d: Drive) -> None:
        got = await d.list(
            d.client.feedbacks.iter_feedbacks(nm_id=nm, date_from=1, date_to=2_000_000_000, order="dateAsc")
        )
        assert got and all(x.product_details.nm_id == nm for x in got)
        q = parse_qs(calls(emu, "feedbacks_list")[-1].query)
        assert q["nmId"] == [str(nm)] and q["dateFrom"] == ["1"] and q["order"] == ["dateAsc"]
        with pytest.raises(InvalidRequestError) as e:
            d.client.feedbacks.iter_feedbacks(date_from=5, date_to=4)
        assert e.value.field == "dateFrom"
        with pytest.raises(InvalidRequestError):
            d.client.feedbacks.iter_feedbacks(order="newest")

    run(scenario, categories=CATS)


def test_questions_answered_rejected_viewed(emu: Emulator, run: Run) -> None:
    qids = store(emu).seed_questions(3)

    async def scenario(d: Drive) -> None:
        fb = d.client.feedbacks
        got = await d.list(fb.iter_questions())
        assert sorted(q.id for q in got) == sorted(qids)
        await d(fb.mark_question_viewed(qids[0]))
        assert store(emu).question(qids[0]).viewed
        await d(fb.answer_question(qids[0], "Да, есть."))
        await d(fb.reject_question(qids[1], "Вопрос не о товаре"))
        assert store(emu).question(qids[0]).state == "wbRu"
        assert store(emu).question(qids[1]).state == "none"
        left = {q.id for q in await d.list(fb.iter_questions())}
        assert qids[0] not in left and qids[2] in left
        one = await d(fb.question(qids[0]))
        assert one.answer.text == "Да, есть."
        assert await d(fb.count_questions(answered=True)) == 1

    run(scenario, categories=CATS)


def test_counts(emu: Emulator, run: Run) -> None:
    store(emu).seed_feedbacks(4, answered_every=2)
    store(emu).seed_questions(3)

    async def scenario(d: Drive) -> None:
        c = await d(d.client.feedbacks.counts())
        assert c.feedbacks_unanswered == 2 and c.questions_unanswered == 3
        assert c.has_new_feedbacks is True and c.has_new_questions is True
        assert await d(d.client.feedbacks.count_feedbacks(answered=True)) == 2

    run(scenario, categories=CATS)


def test_pins_per_item_errors_list_and_unpin(emu: Emulator, run: Run) -> None:
    ids = store(emu).seed_feedbacks(3)
    store(emu).set_pin_limits(tariff_total=10, tariff_per_unit=5)

    async def scenario(d: Drive) -> None:
        fb = d.client.feedbacks
        result = await d(fb.pin([ids[0], "NoSuchFeedback000000"], on="nm", method="tariff"))
        assert list(result.pinned) == [ids[0]] and not result.ok
        assert "feedbackNotFound" in result.errors["NoSuchFeedback000000"][0]
        again = await d(fb.pin([ids[0]], on="nm", method="tariff"))
        assert "alreadyPinned" in again.errors[ids[0]][0]
        by_plan = await d(fb.pin([ids[1]], on="imt", method="subscription"))  # no subscription plan
        assert "subscriptionRestriction" in by_plan.errors[ids[1]][0]
        pins = await d.list(fb.iter_pins(state="pinned"))
        assert [p.feedback_id for p in pins] == [ids[0]]
        assert await d(fb.count_pins(state="pinned")) == 1
        limits = await d(fb.pin_limits())
        assert limits.tariff.used == 1 and limits.subscription is None
        assert await d(fb.unpin([pins[0].pin_id])) == [pins[0].pin_id]
        assert await d.list(fb.iter_pins(state="pinned")) == []
        with pytest.raises(InvalidRequestError) as e:
            fb.pin([ids[2]], method="gold")
        assert e.value.field == "pinMethod"

    run(scenario, categories=CATS)


def test_pins_listed_page_by_page_with_next(emu: Emulator, run: Run) -> None:
    ids = store(emu).seed_feedbacks(5)
    store(emu).set_pin_limits(tariff_total=50, tariff_per_unit=50)

    async def scenario(d: Drive) -> None:
        fb = d.client.feedbacks
        pinned = await d(fb.pin(ids, on="nm", method="tariff"))
        assert pinned.ok and len(pinned.pinned) == 5
        pins = await d.list(fb.iter_pins(state="pinned", page_size=2))
        assert sorted(p.pin_id for p in pins) == sorted(pinned.pinned.values())
        asked = [parse_qs(r.query).get("next") for r in calls(emu, "pinned_feedbacks_list")]
        first = sorted(pinned.pinned.values())
        assert asked == [None, [str(first[1])], [str(first[3])]]  # 2 + 2 + 1 (short: the end)

    run(scenario, categories=CATS)
