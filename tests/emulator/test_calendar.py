"""The calendar promotions emulator (dp-calendar-api) over HTTP: promotions of a period, details,
nomenclatures, and the upload lifecycle (uploadID, alreadyExists, inAction after processing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore

DAY = 86400.0


@pytest.fixture
def cal(emu: Emulator) -> Iterator[CalendarStore]:
    emu.limits.enabled = False  # 10 requests / 6 s: the lifecycle tests make more
    try:
        yield emu.state.default.store(CalendarStore)
    finally:
        emu.limits.enabled = True


def at(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def listed(http: httpx.Client, start: float, end: float, **params: Any) -> list[int]:
    r = http.get(
        "/api/v1/calendar/promotions",
        params={"startDateTime": at(start), "endDateTime": at(end), "allPromo": "false", **params},
    )
    assert r.status_code == 200, r.text
    return [p["id"] for p in r.json()["data"]["promotions"]]


def nomenclatures(http: httpx.Client, promotion_id: int, in_action: bool, **params: Any) -> list[int]:
    r = http.get(
        "/api/v1/calendar/promotions/nomenclatures",
        params={"promotionID": promotion_id, "inAction": str(in_action).lower(), **params},
    )
    assert r.status_code == 200, r.text
    rows = r.json()["data"]["nomenclatures"]
    assert all(n["inAction"] is in_action for n in rows)
    return [n["id"] for n in rows]


def test_promotions_list_period_all_and_paging(emu: Emulator, http: httpx.Client, cal: CalendarStore) -> None:
    now = emu.clock.now()
    past = cal.add_promotion("Прошлая", now - 10 * DAY, now - 5 * DAY)
    running = cal.add_promotion("Идёт", now - DAY, now + DAY, type="auto")
    ahead = cal.add_promotion("Будет", now + 5 * DAY, now + 9 * DAY)
    closed = cal.add_promotion("Закрытая", now + 2 * DAY, now + 3 * DAY, available=False)

    assert listed(http, now - 30 * DAY, now + 30 * DAY) == [running, ahead]
    assert listed(http, now - 30 * DAY, now + 30 * DAY, allPromo="true") == [past, running, closed, ahead]
    assert listed(http, now - 30 * DAY, now + 30 * DAY, allPromo="true", limit=2, offset=1) == [
        running,
        closed,
    ]
    assert listed(http, now + 4 * DAY, now + 6 * DAY) == [ahead]
    r = http.get(
        "/api/v1/calendar/promotions",
        params={"startDateTime": at(now - 7 * DAY), "endDateTime": at(now), "allPromo": "true"},
    )
    body = r.json()["data"]["promotions"]
    assert body == [
        {
            "id": past,
            "name": "Прошлая",
            "startDateTime": at(now - 10 * DAY),
            "endDateTime": at(now - 5 * DAY),
            "type": "regular",
        },
        {
            "id": running,
            "name": "Идёт",
            "startDateTime": at(now - DAY),
            "endDateTime": at(now + DAY),
            "type": "auto",
        },
    ]


def test_promotions_list_validation(emu: Emulator, http: httpx.Client, cal: CalendarStore) -> None:
    now = emu.clock.now()
    base = {"startDateTime": at(now), "endDateTime": at(now + DAY), "allPromo": "false"}
    for change in [
        {"startDateTime": at(now + 2 * DAY)},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
        {"startDateTime": "yesterday"},
        {"allPromo": None},
    ]:
        params = {k: v for k, v in {**base, **change}.items() if v is not None}
        r = http.get("/api/v1/calendar/promotions", params=params)
        assert r.status_code == 400, change
        assert set(r.json()) == {"errorText"} and r.json()["errorText"]  # WB's calendar error


def test_seeded_promotions_and_details(emu: Emulator, http: httpx.Client, cal: CalendarStore) -> None:
    ids = cal.seed_promotions(6)
    now = emu.clock.now()
    assert listed(http, now - 60 * DAY, now + 60 * DAY, allPromo="true") == ids
    pid = ids[2]
    cal.seed_nomenclatures(pid, 4)
    cal.seed_nomenclatures(pid, nms=[42], in_action=True)
    r = http.get(
        "/api/v1/calendar/promotions/details",
        params=[("promotionIDs", pid), ("promotionIDs", 999), ("promotionIDs", ids[3])],
    )
    assert r.status_code == 200
    details = r.json()["data"]["promotions"]
    assert [d["id"] for d in details] == [pid, ids[3]]
    d = details[0]
    assert d["inPromoActionTotal"] == 1 and d["notInPromoActionTotal"] == 4
    assert d["participationPercentage"] == 20
    assert (
        d["type"] == "regular" and details[1]["type"] == "auto" and details[1]["exceptionProductsCount"] == 3
    )
    assert [x["condition"] for x in d["ranging"]] == [
        "productsInPromotion",
        "calculateProducts",
        "allProducts",
    ]
    assert d["advantages"] and d["description"]

    r = http.get("/api/v1/calendar/promotions/details", params=[("promotionIDs", i) for i in range(1, 102)])
    assert r.status_code == 400  # at most 100
    assert http.get("/api/v1/calendar/promotions/details").status_code == 400


def test_nomenclatures_paging_and_errors(emu: Emulator, http: httpx.Client, cal: CalendarStore) -> None:
    now = emu.clock.now()
    pid = cal.add_promotion("Акция", now - DAY, now + DAY)
    nms = cal.seed_nomenclatures(pid, 5)
    assert nomenclatures(http, pid, False) == nms
    assert nomenclatures(http, pid, False, limit=2, offset=3) == nms[3:]
    assert nomenclatures(http, pid, True) == []
    r = http.get(
        "/api/v1/calendar/promotions/nomenclatures", params={"promotionID": pid, "inAction": "false"}
    )
    n = r.json()["data"]["nomenclatures"][0]
    assert set(n) == {"id", "inAction", "price", "currencyCode", "planPrice", "discount", "planDiscount"}
    assert n["currencyCode"] == "RUB" and n["planPrice"] < n["price"] and n["planDiscount"] > n["discount"]

    auto = cal.add_promotion("Авто", now - DAY, now + DAY, type="auto")
    r = http.get(
        "/api/v1/calendar/promotions/nomenclatures", params={"promotionID": auto, "inAction": "false"}
    )
    assert r.status_code == 422 and "auto promotion" in r.json()["errorText"]
    # WB's reference: 422 for "a promotion that has ended or does not exist"
    r = http.get("/api/v1/calendar/promotions/nomenclatures", params={"promotionID": 5, "inAction": "false"})
    assert r.status_code == 422 and r.json() == {"errorText": "promotion 5 not found"}
    r = http.get("/api/v1/calendar/promotions/nomenclatures", params={"promotionID": pid})
    assert r.status_code == 400  # inAction is required


def upload(http: httpx.Client, promotion_id: int, nms: list[int], now: bool) -> httpx.Response:
    return http.post(
        "/api/v1/calendar/promotions/upload",
        json={"data": {"promotionID": promotion_id, "uploadNow": now, "nomenclatures": nms}},
    )


def test_upload_now_lifecycle(
    emu: Emulator, http: httpx.Client, cal: CalendarStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(emu.settings, "calendar.upload_delay", 600.0)  # ten virtual minutes of processing
    now = emu.clock.now()
    pid = cal.add_promotion("Акция", now - DAY, now + DAY)
    nms = cal.seed_nomenclatures(pid, 4)

    r = upload(http, pid, nms[:2], True)
    assert r.status_code == 200
    first = r.json()["data"]
    assert first["alreadyExists"] is False and isinstance(first["uploadID"], int)
    again = upload(http, pid, nms[1::-1], True).json()["data"]
    assert again == {"alreadyExists": True, "uploadID": first["uploadID"]}  # still being processed
    assert nomenclatures(http, pid, True) == []  # processing takes calendar.upload_delay

    emu.clock.advance(601)
    assert nomenclatures(http, pid, True) == nms[:2]
    assert nomenclatures(http, pid, False) == nms[2:]
    d = http.get("/api/v1/calendar/promotions/details", params={"promotionIDs": pid}).json()["data"]
    assert d["promotions"][0]["inPromoActionTotal"] == 2
    second = upload(http, pid, nms[:2], True).json()["data"]
    assert second["alreadyExists"] is False and second["uploadID"] > first["uploadID"]
    assert [u.id for u in cal.uploads()] == [first["uploadID"], second["uploadID"]]


def test_upload_later_joins_when_the_promotion_starts(
    emu: Emulator, http: httpx.Client, cal: CalendarStore
) -> None:
    now = emu.clock.now()
    pid = cal.add_promotion("Скоро", now + DAY, now + 3 * DAY)
    nms = cal.seed_nomenclatures(pid, 3)
    assert upload(http, pid, [nms[0]], False).status_code == 200
    emu.clock.advance(60)
    assert nomenclatures(http, pid, True) == []  # processed, but the promotion has not started
    emu.clock.advance(DAY)
    assert nomenclatures(http, pid, True) == [nms[0]]


def test_upload_refused(emu: Emulator, http: httpx.Client, cal: CalendarStore) -> None:
    now = emu.clock.now()
    pid = cal.add_promotion("Акция", now - DAY, now + DAY)
    nms = cal.seed_nomenclatures(pid, 2)
    auto = cal.add_promotion("Авто", now - DAY, now + DAY, type="auto")
    over = cal.add_promotion("Прошла", now - 3 * DAY, now - DAY)
    cal.seed_nomenclatures(over, nms=nms)

    cases = [
        (upload(http, 777, nms, True), 422, "not found"),
        (upload(http, pid, [1, nms[0]], True), 400, "not suitable"),
        (upload(http, pid, [], True), 400, "non-empty"),  # the spec's minItems
        (upload(http, auto, nms, True), 422, "auto promotion"),
        (upload(http, over, nms, True), 422, "ended"),
    ]
    for r, status, message in cases:
        assert r.status_code == status and message in r.json()["errorText"], r.text
        assert set(r.json()) == {"errorText"}  # WB's calendar error, not problem-style
    # WB requires none of the fields (calendar-upload-bounds): what is missing is refused by value
    r = http.post("/api/v1/calendar/promotions/upload", json={"data": {"promotionID": pid}})
    assert r.status_code == 400 and "empty" in r.json()["errorText"]
    r = http.post("/api/v1/calendar/promotions/upload", json={"data": {"nomenclatures": nms}})
    assert r.status_code == 422 and "not found" in r.json()["errorText"]
    assert http.post("/api/v1/calendar/promotions/upload", json={}).status_code == 422
    r = upload(http, pid, list(range(1, 1002)), True)
    assert r.status_code == 400 and "1000" in r.json()["errorText"]  # at most 1,000 nmIDs
    assert upload(http, pid, [0], True).status_code == 400  # an nmID is at least 1
    assert cal.uploads() == []
