"""Feedbacks and questions over HTTP: lists by take/skip with the answered/unanswered filters and
counts, answering (2..5000 characters) and editing, questions answered or rejected, the archive,
pinned feedbacks with per-item errors, limits and the `next` cursor, and the shared 3-a-second
bucket."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers._common import goods
from wbseller_emulator.handlers.feedbacks import FeedbacksStore

from .conftest import Api, MakeApi

FEEDBACKS, QUESTIONS = "/api/v1/feedbacks", "/api/v1/questions"


@pytest.fixture
def fb(emu: Emulator) -> FeedbacksStore:
    return emu.state.default.store(FeedbacksStore)


def listed(c: Api, url: str, answered: bool, take: int = 5000, skip: int = 0, **more: Any) -> dict[str, Any]:
    params = {"isAnswered": str(answered).lower(), "take": take, "skip": skip, **more}
    r = c.get(url, params=params)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


def test_lists_by_take_and_skip(api: MakeApi, fb: FeedbacksStore) -> None:
    ids = fb.seed_feedbacks(12, answered_every=3, archived_every=4)  # 3 archived, 3 answered
    c = api("feedbacks")
    unanswered = listed(c, FEEDBACKS, False)
    answered = listed(c, FEEDBACKS, True)
    assert unanswered["countUnanswered"] == 6 and unanswered["countArchive"] == 3
    assert len(unanswered["feedbacks"]) == 6 and len(answered["feedbacks"]) == 3
    assert all(f["answer"] is None for f in unanswered["feedbacks"])
    assert all(f["answer"]["text"] for f in answered["feedbacks"])
    pages = [listed(c, FEEDBACKS, False, take=4, skip=s)["feedbacks"] for s in (0, 4, 8)]
    assert [len(p) for p in pages] == [4, 2, 0]
    got = [f["id"] for p in pages for f in p]
    assert got == [f["id"] for f in unanswered["feedbacks"]]
    dates = [f["createdDate"] for f in unanswered["feedbacks"]]
    assert dates == sorted(dates, reverse=True)  # dateDesc by default
    asc = listed(c, FEEDBACKS, False, order="dateAsc")["feedbacks"]
    assert [f["id"] for f in asc] == got[::-1]
    archive = c.get("/api/v1/feedbacks/archive", params={"take": 10, "skip": 0}).json()["data"]["feedbacks"]
    assert len(archive) == 3 and set(got).isdisjoint(f["id"] for f in archive)
    assert set(got) | {f["id"] for f in archive} | {f["id"] for f in answered["feedbacks"]} == set(ids)


def test_filters_by_product_and_date(api: MakeApi, frozen: Emulator, fb: FeedbacksStore) -> None:
    now = frozen.clock.now()
    old, new = fb.add_feedback(created=now - 10 * 86400), fb.add_feedback(created=now - 60)
    c = api("feedbacks")
    recent = listed(c, FEEDBACKS, False, dateFrom=int(now - 86400))["feedbacks"]
    assert [f["id"] for f in recent] == [new.id]
    by_nm = listed(c, FEEDBACKS, False, nmId=old.good.nm_id)["feedbacks"]
    assert old.id in {f["id"] for f in by_nm} and all(
        f["productDetails"]["nmId"] == old.good.nm_id for f in by_nm
    )
    count = c.get(
        "/api/v1/feedbacks/count", params={"isAnswered": "false", "dateTo": int(now - 86400)}
    ).json()
    assert count["data"] == 1


def test_answer_then_edit(api: MakeApi, fb: FeedbacksStore) -> None:
    [fid] = fb.seed_feedbacks(1)
    c = api("feedbacks")
    assert c.get("/api/v1/feedbacks/count-unanswered").json()["data"]["countUnanswered"] == 1
    r = c.post("/api/v1/feedbacks/answer", json={"id": fid, "text": "Спасибо за отзыв!"})
    assert r.status_code == 204 and r.content == b""
    one = c.get("/api/v1/feedback", params={"id": fid}).json()["data"]
    assert one["answer"] == {"text": "Спасибо за отзыв!", "state": "wbRu", "editable": True}
    assert listed(c, FEEDBACKS, True)["feedbacks"][0]["id"] == fid
    assert c.get("/api/v1/feedbacks/count-unanswered").json()["data"]["countUnanswered"] == 0
    again = c.post("/api/v1/feedbacks/answer", json={"id": fid, "text": "Ещё раз"})
    assert again.status_code == 400
    assert c.patch("/api/v1/feedbacks/answer", json={"id": fid, "text": "Спасибо!"}).status_code == 204
    one = c.get("/api/v1/feedback", params={"id": fid}).json()["data"]
    assert one["answer"]["text"] == "Спасибо!" and one["answer"]["editable"] is False


@pytest.mark.parametrize("text", ["x", "x" * 5001, "  "])
def test_answer_text_is_2_to_5000_characters(api: MakeApi, fb: FeedbacksStore, text: str) -> None:
    [fid] = fb.seed_feedbacks(1)
    r = api("feedbacks").post("/api/v1/feedbacks/answer", json={"id": fid, "text": text})
    assert r.status_code == 400 and "5000" in r.json()["detail"]
    assert fb.feedback(fid).answer is None  # type: ignore[union-attr]


def test_answer_5000_characters_exactly(api: MakeApi, fb: FeedbacksStore) -> None:
    [fid] = fb.seed_feedbacks(1)
    r = api("feedbacks").post("/api/v1/feedbacks/answer", json={"id": fid, "text": "я" * 5000})
    assert r.status_code == 204


def test_unknown_feedbacks(api: MakeApi) -> None:
    c = api("feedbacks")
    assert c.post("/api/v1/feedbacks/answer", json={"id": "nope", "text": "Спасибо"}).status_code == 400
    assert c.get("/api/v1/feedback", params={"id": "nope"}).status_code == 422
    assert c.get("/api/v1/question", params={"id": "nope"}).status_code == 422
    # WB declares no refusal for the edit: it is taken, and changes nothing
    assert c.patch("/api/v1/feedbacks/answer", json={"id": "nope", "text": "Спасибо"}).status_code == 204


def test_questions(api: MakeApi, fb: FeedbacksStore) -> None:
    answer_me, reject_me, view_me = fb.seed_questions(3)
    c = api("feedbacks")
    assert c.get("/api/v1/new-feedbacks-questions").json()["data"]["hasNewQuestions"] is True
    assert listed(c, QUESTIONS, False)["countUnanswered"] == 3
    r = c.patch(
        QUESTIONS, json={"id": answer_me, "answer": {"text": "Да, есть все размеры"}, "state": "wbRu"}
    )
    assert r.status_code == 200 and r.json()["error"] is False
    assert (
        c.patch(QUESTIONS, json={"id": reject_me, "answer": {"text": ""}, "state": "none"}).status_code == 200
    )
    assert c.patch(QUESTIONS, json={"id": view_me, "wasViewed": True}).status_code == 200
    answered = listed(c, QUESTIONS, True)["questions"]
    assert [q["id"] for q in answered] == [answer_me] and answered[0]["answer"][
        "text"
    ] == "Да, есть все размеры"
    assert c.get("/api/v1/question", params={"id": reject_me}).json()["data"]["state"] == "none"
    assert c.get("/api/v1/questions/count-unanswered").json()["data"]["countUnanswered"] == 1
    assert c.get("/api/v1/new-feedbacks-questions").json()["data"]["hasNewQuestions"] is False
    assert c.patch(QUESTIONS, json={"id": "nope", "wasViewed": True}).status_code == 404
    r = c.patch(QUESTIONS, json={"id": view_me, "answer": {"text": " "}, "state": "wbRu"})
    assert r.status_code == 400


def test_order_return(api: MakeApi, fb: FeedbacksStore) -> None:
    plain, returnable = fb.seed_feedbacks(2, returnable_every=2)
    c = api("feedbacks")
    assert (
        c.get("/api/v1/feedback", params={"id": returnable}).json()["data"]["isAbleReturnProductOrders"]
        is True
    )
    assert c.post("/api/v1/feedbacks/order/return", json={"feedbackId": returnable}).status_code == 200
    assert c.post("/api/v1/feedbacks/order/return", json={"feedbackId": returnable}).status_code == 422
    assert c.post("/api/v1/feedbacks/order/return", json={"feedbackId": plain}).status_code == 422


def test_pins(api: MakeApi, fb: FeedbacksStore) -> None:
    fb.set_pin_limits(tariff_total=2, tariff_per_unit=1)
    products = list({g.nm_id: g for g in goods(fb.seller)}.values())  # one size per product
    a, b, c_, d = (fb.add_feedback(good=g) for g in products[:4])
    same_product = fb.add_feedback(good=a.good)
    c = api("feedbacks")
    body = [
        {"feedbackId": a.id, "pinOn": "nm", "pinMethod": "tariff"},
        {"feedbackId": a.id, "pinOn": "nm", "pinMethod": "tariff"},
        {"feedbackId": same_product.id, "pinOn": "nm", "pinMethod": "tariff"},
        {"feedbackId": "nope", "pinOn": "nm", "pinMethod": "tariff"},
        {"feedbackId": b.id, "pinOn": "imt", "pinMethod": "subscription"},
    ]
    results = c.post("/api/feedbacks/v1/pins", json=body).json()["data"]
    statuses = [r["errors"][0]["status"] if r["isErrors"] else "ok" for r in results]
    assert statuses == [
        "ok",
        "alreadyPinned",
        "unitLimitReached",
        "feedbackNotFound",
        "subscriptionRestriction",
    ]
    pin_id = results[0]["pinId"]
    more = [{"feedbackId": x.id, "pinOn": "imt", "pinMethod": "tariff"} for x in (c_, d)]
    second = c.post("/api/feedbacks/v1/pins", json=more).json()["data"]
    limited = [r for r in second if r["isErrors"]]
    assert len(limited) >= 1 and limited[-1]["errors"][0]["status"] in (
        "globalLimitReached",
        "unitLimitReached",
    )
    limits = c.get("/api/feedbacks/v1/pins/limits").json()["data"]
    assert (
        limits["tariff"]["used"] == 2
        and limits["tariff"]["remaining"] == 0
        and limits["subscription"] is None
    )
    assert c.get("/api/feedbacks/v1/pins/count", params={"state": "pinned"}).json()["data"] == 2
    assert c.request("DELETE", "/api/feedbacks/v1/pins", json=[pin_id, 999999]).json()["data"] == [pin_id]
    pinned = c.get("/api/feedbacks/v1/pins", params={"state": "pinned"}).json()["data"]
    assert pin_id not in {p["pinId"] for p in pinned}
    unpinned = c.get("/api/feedbacks/v1/pins", params={"state": "unpinned"}).json()["data"]
    assert [p["pinId"] for p in unpinned] == [pin_id] and unpinned[0]["feedbackId"] == a.id


def test_pins_page_by_next(api: MakeApi, fb: FeedbacksStore) -> None:
    fb.set_pin_limits(tariff_total=100, tariff_per_unit=100)
    for _ in range(7):
        fb.pin(fb.add_feedback().id, "nm", "tariff")
    c = api("feedbacks")
    seen: list[int] = []
    cursor = 0
    while True:
        answer = c.get("/api/feedbacks/v1/pins", params={"next": cursor, "limit": 3}).json()
        if not answer["data"]:
            break
        seen += [p["pinId"] for p in answer["data"]]
        cursor = answer["next"]
    assert len(seen) == 7 and seen == sorted(seen)
    assert c.get("/api/feedbacks/v1/pins", params={"limit": 501}).status_code == 400


def test_one_bucket_of_3_a_second_for_all_of_them(frozen: Emulator) -> None:
    """WB's rows: the 19 operations share one bucket (burst 6)."""
    token = frozen.make_token(["feedbacks"])
    with httpx.Client(base_url=frozen.base_url, headers={"Authorization": token}, timeout=10) as c:
        urls = [
            "/api/v1/feedbacks/count-unanswered",
            "/api/v1/questions/count-unanswered",
            "/api/feedbacks/v1/pins",
        ]
        statuses = [c.get(urls[i % 3]).status_code for i in range(7)]
    assert statuses == [200] * 6 + [429]
