"""The promotion emulator (advert-api) over HTTP: the campaign status machine, creation, campaigns
v2, bids in kopecks with their minimums, placements, search clusters, product cards, statistics,
budgets and histories; the operations WB removed answer 404."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.promotion import MSK, PromotionStore
from wbseller_emulator.operations import Operations
from wbseller_raw.tables import OPERATIONS

# where the spec declares no 400/422 the emulator, like WB, refuses nothing on the contract
REFUSAL = {key: op.refusal_status for key, op in Operations().by_key.items()}
PHRASE_OPS = {
    "set-phrase": "setting_removing_minus_phrases_of_phrase_matching",
    "set-strong": "setting_removing_minus_of_exact_match_phrases",
    "set-excluded": "setting_removing_minus_phrases_from_search",
}
TODAY = {"currency": "RUB", "cashbacks": []}  # the balance's fields WB sends today (issue 16)


@pytest.fixture
def st(emu: Emulator) -> Iterator[PromotionStore]:
    """The default seller's promotion store, with the rate limits off (the tests call methods
    limited to one request a minute several times)."""
    emu.limits.enabled = False
    try:
        yield emu.state.default.store(PromotionStore)
    finally:
        emu.limits.enabled = True


def status_of(http: httpx.Client, advert_id: int) -> int | None:
    """The status a campaign shows in the campaign lists (None: not listed)."""
    for group in http.get("/adv/v1/promotion/count").json()["adverts"]:
        if any(a["advertId"] == advert_id for a in group["advert_list"]):
            return int(group["status"])
    return None


def advert(http: httpx.Client, advert_id: int) -> dict[str, Any]:
    """One campaign as GET /api/advert/v2/adverts shows it."""
    r = http.get("/api/advert/v2/adverts", params={"ids": str(advert_id)})
    assert r.status_code == 200, r.text
    (found,) = r.json()["adverts"]
    return dict(found)


def bids_of(http: httpx.Client, advert_id: int) -> dict[int, dict[str, int]]:
    return {n["nm_id"]: n["bids_kopecks"] for n in advert(http, advert_id)["nm_settings"]}


# --- campaign lists and information -------------------------------------------------------------
def test_campaign_lists_group_by_type_and_status(http: httpx.Client, st: PromotionStore) -> None:
    ids = st.seed_campaigns(8, types=(8, 9), statuses=(4, 9))
    body = http.get("/adv/v1/promotion/count").json()
    assert body["all"] == 8
    groups = {(g["type"], g["status"]): g for g in body["adverts"]}
    assert set(groups) == {(8, 4), (9, 4), (8, 9), (9, 9)}
    assert all(g["count"] == 2 == len(g["advert_list"]) for g in groups.values())
    listed = {a["advertId"] for g in groups.values() for a in g["advert_list"]}
    assert listed == set(ids)
    assert datetime.fromisoformat(groups[(8, 4)]["advert_list"][0]["changeTime"]).utcoffset() is not None


# --- the status machine -------------------------------------------------------------------------
ACTIONS = {"start": "/adv/v0/start", "pause": "/adv/v0/pause", "stop": "/adv/v0/stop"}
# (action, status before) -> status after; every other pair is refused
ALLOWED = {
    ("start", 4): 9,
    ("start", 11): 9,
    ("pause", 9): 11,
    ("stop", 4): 7,
    ("stop", 9): 7,
    ("stop", 11): 7,
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("before", [4, 9, 11, 7, 8, -1])
def test_status_transitions(http: httpx.Client, st: PromotionStore, action: str, before: int) -> None:
    advert_id = st.add_campaign(type=8, status=before, budget=1000)
    r = http.get(ACTIONS[action], params={"id": advert_id})
    after = ALLOWED.get((action, before))
    if after is None:
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("text/plain") and str(before) in r.text
        assert st.campaigns[advert_id].status == before
    else:
        assert r.status_code == 200 and r.content == b""
        assert status_of(http, advert_id) == after


@pytest.mark.parametrize("before", [4, 9, 11, 7, 8, -1])
def test_delete_only_ready_campaigns(http: httpx.Client, st: PromotionStore, before: int) -> None:
    advert_id = st.add_campaign(type=9, status=before)
    r = http.get("/adv/v0/delete", params={"id": advert_id})
    if before == 4:
        assert r.status_code == 200
        assert status_of(http, advert_id) == -1
    else:
        assert r.status_code == 400 and set(r.json()) == {"error"}
        assert st.campaigns[advert_id].status == before


def test_full_lifecycle_and_deletion(emu: Emulator, http: httpx.Client, st: PromotionStore) -> None:
    st.set_balance(balance=5000)
    advert_id = st.add_campaign(type=8, status=4)
    r = http.get("/adv/v0/start", params={"id": advert_id})
    assert r.status_code == 422 and "no budget" in r.text
    assert http.get("/adv/v0/pause", params={"id": advert_id}).status_code == 422  # not active
    r = http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 1000, "type": 1})
    assert r.status_code == 200
    for path, status in [("start", 9), ("pause", 11), ("start", 9), ("stop", 7)]:
        assert http.get(f"/adv/v0/{path}", params={"id": advert_id}).status_code == 200
        assert status_of(http, advert_id) == status
    c = advert(http, advert_id)
    assert c["status"] == 7 and c["timestamps"]["deleted"] != "2100-01-01T00:00:00+03:00"  # ended

    ready = st.add_campaign(type=8, status=4)
    assert http.get("/adv/v0/delete", params={"id": ready}).status_code == 200
    assert status_of(http, ready) == -1
    assert http.get("/adv/v0/start", params={"id": ready}).status_code == 422
    emu.clock.advance(181)  # promotion.delete_delay
    assert status_of(http, ready) is None
    assert st.campaign(ready) is None
    r = http.get("/adv/v0/delete", params={"id": ready})
    assert r.status_code == 400 and r.json() == {"error": "Invalid campaign identifier"}


def test_unknown_campaign(http: httpx.Client, st: PromotionStore) -> None:
    for path in ACTIONS.values():
        r = http.get(path, params={"id": 1})
        assert r.status_code == 400 and r.text == "Incorrect campaign identifier (RC ID)"
        assert r.headers["content-type"].startswith("text/plain")
    r = http.get("/adv/v0/start", params={"id": "abc"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")


def test_start_needs_product_cards(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=4, nms=[], budget=1000)
    r = http.get("/adv/v0/start", params={"id": advert_id})
    assert r.status_code == 422 and "no product cards" in r.text


def test_status_changes_show_after_the_status_delay(
    emu: Emulator, http: httpx.Client, st: PromotionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(emu.settings, "promotion.status_delay", 600.0)
    advert_id = st.add_campaign(type=8, status=4, budget=1000)
    assert http.get("/adv/v0/start", params={"id": advert_id}).status_code == 200
    assert status_of(http, advert_id) == 4  # not applied yet
    assert http.get("/adv/v0/start", params={"id": advert_id}).status_code == 422  # already heading to 9
    assert http.get("/adv/v0/pause", params={"id": advert_id}).status_code == 200  # the latest change wins
    emu.clock.advance(601)
    assert status_of(http, advert_id) == 11


def test_rename(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=8, status=9)
    r = http.post("/adv/v0/rename", json={"advertId": advert_id, "name": "Новое имя"})
    assert r.status_code == 200
    assert advert(http, advert_id)["settings"]["name"] == "Новое имя"
    r = http.post("/adv/v0/rename", json={"advertId": 1, "name": "x"})
    assert r.status_code == 400 and r.text == "Incorrect campaign identifier (RC ID)"
    r = http.post("/adv/v0/rename", json={"advertId": advert_id, "name": "x" * 101})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    r = http.post("/adv/v0/rename", json={"advertId": advert_id})
    assert r.status_code == 400  # name is required
    assert advert(http, advert_id)["settings"]["name"] == "Новое имя"


# --- creation -----------------------------------------------------------------------------------
def test_create_campaign_with_custom_bid(http: httpx.Client, st: PromotionStore) -> None:
    nms = st.seed_products(2, subject_ids=[69, 515])
    r = http.post("/adv/v2/seacat/save-ad", json={"name": "Телефоны", "nms": nms})
    # seacat-save-ad-answer: the new ID as a JSON integer
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert isinstance(r.json(), int)
    c = advert(http, r.json())
    assert c["status"] == 4 and c["settings"]["name"] == "Телефоны"
    # WB's defaults: manual bid, paid per views, in search only
    assert (c["bid_type"], c["settings"]["payment_type"]) == ("manual", "cpm")
    assert c["settings"]["placements"] == {"search": True, "recommendations": False}
    # each card's minimum in kopecks: its category's (Одежда 125, Электроника 200 roubles)
    assert [(n["nm_id"], n["bids_kopecks"]["search"]) for n in c["nm_settings"]] == [
        (nms[0], 12500),
        (nms[1], 20000),
    ]
    body = {
        "name": "Поиск",
        "nms": nms,
        "bid_type": "manual",
        "payment_type": "cpc",
        "placement_types": ["search"],
    }
    r = http.post("/adv/v2/seacat/save-ad", json=body)
    settings = advert(http, r.json())["settings"]
    assert settings["payment_type"] == "cpc"
    assert settings["placements"] == {"search": True, "recommendations": False}
    r = http.post("/adv/v2/seacat/save-ad", json={"name": "Единая", "nms": nms, "bid_type": "unified"})
    assert advert(http, r.json())["bid_type"] == "unified"

    r = http.post("/adv/v2/seacat/save-ad", json={"name": "Пусто", "nms": [1, 2]})
    assert r.status_code == 400 and r.text.startswith("Нет доступных категорий для рк")
    r = http.post("/adv/v2/seacat/save-ad", json={"name": "Много", "nms": list(range(1, 52))})
    assert r.status_code == 400  # at most 50 cards
    r = http.post("/adv/v2/seacat/save-ad", json={"nms": nms})
    assert r.status_code == 400 and "name" in r.text  # required now
    r = http.post("/adv/v2/seacat/save-ad", json={"campaignName": "Телефоны", "nms": nms})
    assert r.status_code == 400  # the former field name does not name the campaign
    r = http.post("/adv/v2/seacat/save-ad", json={**body, "placement_types": ["catalog"]})
    assert r.status_code == 400


def test_subjects_and_product_cards_for_campaigns(http: httpx.Client, st: PromotionStore) -> None:
    st.seed_products(3, subject_ids=[69, 765])
    st.add_product(123, 765, "Плед")
    assert http.get("/adv/v1/supplier/subjects").json() == [
        {"name": "Платья", "id": 69, "count": 2},
        {"name": "Пледы", "id": 765, "count": 2},
    ]
    cards = http.post("/adv/v2/supplier/nms", json=[765]).json()
    assert {"title": "Плед", "nm": 123, "subjectId": 765} in cards and len(cards) == 2
    assert len(http.post("/adv/v2/supplier/nms", json=[]).json()) == 4
    r = http.post("/adv/v2/supplier/nms", json=[1])
    assert r.status_code == 200 and r.content == b"null"  # WB sends null, not [], for none


def test_no_subjects_is_null(http: httpx.Client) -> None:
    r = http.get("/adv/v1/supplier/subjects")
    assert r.status_code == 200 and r.json() is None


# --- bids and placements ------------------------------------------------------------------------
def test_placements_take_both_flags(http: httpx.Client, st: PromotionStore) -> None:
    """placements-required: search and recommendations are both required."""
    advert_id = st.add_campaign(type=9, status=4, subject_id=69)
    both = {"search": True, "recommendations": False}
    r = http.put(
        "/adv/v0/auction/placements", json={"placements": [{"advert_id": advert_id, "placements": both}]}
    )
    assert r.status_code == 204
    assert advert(http, advert_id)["settings"]["placements"] == both
    r = http.put(
        "/adv/v0/auction/placements",
        json={"placements": [{"advert_id": advert_id, "placements": {"recommendations": True}}]},
    )
    assert r.status_code == 400  # search missing
    assert advert(http, advert_id)["settings"]["placements"] == both

    standard = st.add_campaign(type=8, status=9)
    r = http.put(
        "/adv/v0/auction/placements", json={"placements": [{"advert_id": standard, "placements": both}]}
    )
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == ".placements[0].advert_id"


# --- product cards ------------------------------------------------------------------------------
def test_product_cards_of_custom_bid_campaigns(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9, subject_id=69)
    first, second = st.campaigns[advert_id].nms
    new = st.seed_products(1, subject_ids=[2560])[0]
    body = {"nms": [{"advert_id": advert_id, "nms": {"add": [new, first, 1], "delete": [second, 2]}}]}
    r = http.patch("/adv/v0/auction/nms", json=body)
    assert r.status_code == 200
    assert r.json() == {"nms": [{"advert_id": advert_id, "nms": {"added": [new], "deleted": [second]}}]}
    settings = bids_of(http, advert_id)
    assert settings[new] == {"search": 20000, "recommendations": 20000}  # the current minimum bid
    assert set(settings) == {first, new}

    st.set_config("max_nm_count", 2)
    more = st.seed_products(1)[0]
    r = http.patch("/adv/v0/auction/nms", json={"nms": [{"advert_id": advert_id, "nms": {"add": [more]}}]})
    assert r.status_code == 400 and "at most 2" in r.json()["detail"]
    done = st.add_campaign(type=9, status=7)
    r = http.patch("/adv/v0/auction/nms", json={"nms": [{"advert_id": done, "nms": {"add": [more]}}]})
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == ".nms[0].advert_id"


# --- finances -----------------------------------------------------------------------------------
def test_balance_lists_its_cashbacks(http: httpx.Client, st: PromotionStore) -> None:
    cashback = {"sum": 500, "percent": 30, "expiration_date": "2026-12-31T23:59:59+03:00"}
    st.set_balance(balance=100, cashbacks=[cashback])
    assert http.get("/adv/v1/balance").json() == {
        "balance": 100,
        "net": 0,
        "bonus": 0,
        "currency": "RUB",
        "cashbacks": [cashback],
    }


def test_deposit_moves_money_from_the_wallet(http: httpx.Client, st: PromotionStore) -> None:
    st.set_balance(balance=10_000, net=2000, bonus=1500)
    advert_id = st.add_campaign(type=8, status=11)
    assert http.get("/adv/v1/balance").json() == {"balance": 10_000, "net": 2000, "bonus": 1500, **TODAY}

    r = http.post(
        "/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 5000, "type": 1, "return": True}
    )
    # the new budget and the currency (finances-currency); no cashback fields in the answer
    assert r.status_code == 200 and r.json() == {"total": 5000, "currency": "RUB"}
    r = http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 2000, "type": 0})
    assert r.status_code == 200 and r.content == b""
    http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 1000, "type": 3})
    assert http.get("/adv/v1/balance").json() == {"balance": 5000, "net": 0, "bonus": 500, **TODAY}
    assert http.get("/adv/v1/budget", params={"id": advert_id}).json() == {
        "cash": 2000,
        "netting": 5000,
        "total": 8000,
        "currency": "RUB",
    }
    for body, message in [
        ({"sum": 999, "type": 1}, "minimum deposit amount is 1000"),
        ({"sum": 6000, "type": 1}, "insufficient funds"),
        ({"sum": 1000, "type": 2}, "source type"),
        ({"type": 1}, "sum"),
    ]:
        r = http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json=body)
        assert r.status_code == 400 and message in r.json()["error"], body
    r = http.post("/adv/v1/budget/deposit", params={"id": 1}, json={"sum": 1000, "type": 1})
    assert r.status_code == 400 and r.json() == {"error": "Invalid campaign identifier"}
    finished = st.add_campaign(type=8, status=7)
    r = http.post("/adv/v1/budget/deposit", params={"id": finished}, json={"sum": 1000, "type": 1})
    assert r.status_code == 400 and "status 7" in r.json()["error"]
    assert http.get("/adv/v1/budget", params={"id": 1}).status_code == 400

    assert st.spend(advert_id, 8000) == 0
    assert http.get("/adv/v1/budget", params={"id": advert_id}).json()["total"] == 0


def test_costs_and_payments_history(emu: Emulator, http: httpx.Client, st: PromotionStore) -> None:
    day = 86400.0
    now = emu.clock.now()
    today = datetime.fromtimestamp(now, MSK).date()
    st.set_balance(balance=10_000)
    advert_id = st.add_campaign(type=8, status=9, name="лук лучок")
    st.add_cost(advert_id, 24, at=now - 10 * day, source=0)
    st.add_cost(advert_id, 107, at=now - 2 * day, final=False)
    http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 1000, "type": 1})

    def upd(start: float, end: float) -> list[dict[str, Any]]:
        params = {
            "from": datetime.fromtimestamp(start, MSK).date().isoformat(),
            "to": datetime.fromtimestamp(end, MSK).date().isoformat(),
        }
        r = http.get("/adv/v1/upd", params=params)
        assert r.status_code == 200, r.text
        return list(r.json())

    rows = upd(now - 3 * day, now)
    assert [(r["updSum"], r["paymentType"], r["updTime"] is None) for r in rows] == [
        (107, "Баланс", True),
        (1000, "Баланс", False),
    ]
    assert rows[1] | {"updTime": None} == {
        "updNum": 0,
        "updTime": None,
        "updSum": 1000,
        "advertId": advert_id,
        "campName": "лук лучок",
        "advertType": 8,
        "paymentType": "Баланс",
        "advertStatus": 9,
    }
    assert [r["updSum"] for r in upd(now - 30 * day, now - 5 * day)] == [24]
    assert upd(now - 40 * day, now - 30 * day) == []
    r = http.get("/adv/v1/upd", params={"from": today.isoformat(), "to": "2020-01-01"})
    assert r.status_code == 400 and "error" in r.json()
    assert http.get("/adv/v1/upd", params={"from": today.isoformat()}).status_code == 400  # `to` is required

    assert http.get("/adv/v1/payments").status_code == 204
    st.add_payment(600, at=now - 20 * day)
    st.add_payment(1500, type=3, at=now - day, card_status="succeeded")
    assert http.get("/adv/v1/balance").json()["net"] == 2100
    all_rows = http.get("/adv/v1/payments").json()
    assert [(p["sum"], p["type"], p["statusId"], p["cardStatus"], p["currency"]) for p in all_rows] == [
        (600, 0, 1, "", "RUB"),
        (1500, 3, 1, "succeeded", "RUB"),
    ]

    def on(ts: float) -> str:
        return datetime.fromtimestamp(ts, MSK).date().isoformat()

    recent = http.get("/adv/v1/payments", params={"from": on(now - 2 * day)}).json()
    assert [p["sum"] for p in recent] == [1500]
    r = http.get("/adv/v1/payments", params={"to": on(now - 30 * day)})
    assert r.status_code == 204


def test_data_is_per_seller(emu: Emulator, http: httpx.Client, st: PromotionStore) -> None:
    st.seed_campaigns(3)
    other = emu.make_token(["promotion"], seller_id=emu.new_seller_id())
    r = http.get("/adv/v1/promotion/count", headers={"Authorization": other})
    assert r.json() == {"adverts": [], "all": 0}


def test_deposit_with_cashback(http: httpx.Client, st: PromotionStore) -> None:
    """deposit-cashback-request: part of the sum from the promo bonuses, at most their percent."""
    st.set_balance(
        balance=5000, bonus=5000, cashbacks=[{"sum": 800, "percent": 50, "expiration_date": "2026-12-31"}]
    )
    advert_id = st.add_campaign(type=9, status=11)
    body = {"sum": 1000, "type": 1, "return": True, "cashback_sum": 500, "cashback_percent": 50}
    r = http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json=body)
    assert r.status_code == 200 and r.json() == {"total": 1000, "currency": "RUB"}
    balance = http.get("/adv/v1/balance").json()
    assert balance["balance"] == 4500 and balance["cashbacks"][0]["sum"] == 300
    for change, message in [
        ({"cashback_sum": 600}, "above 50%"),
        ({"cashback_percent": 30}, "percent 50"),
        ({"type": 3, "cashback_sum": 100}, "account (0) or the balance (1)"),
    ]:
        r = http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={**body, **change})
        assert r.status_code == 400 and message in r.json()["error"], change


# --- the operations WB removed ------------------------------------------------------------------
REMOVED = sorted(k for k, m in OPERATIONS.items() if m.get("removed") and m["spec"] in ("promotion", "media"))


def test_fifteen_promotion_operations_are_removed() -> None:
    assert len(REMOVED) == 15


@pytest.mark.parametrize("key", REMOVED)
def test_a_removed_operation_answers_404(
    emu: Emulator, http: httpx.Client, st: PromotionStore, key: str
) -> None:
    """As WB answers a path it no longer serves: 404, whatever the token and body; nothing changes."""
    advert_id = st.add_campaign(type=9, status=9)
    before = advert(http, advert_id)
    meta = OPERATIONS[key]
    r = http.request(meta["method"], meta["path"], params={"id": advert_id, "order": "id"}, json={"bids": []})
    assert r.status_code == 404 and r.json()["title"] == "path not found"
    assert advert(http, advert_id) == before
    assert [x.operation for x in emu.requests if x.status == 404] == [key]


# --- campaigns v2 and the configuration -----------------------------------------------------------
def test_campaigns_v2(http: httpx.Client, st: PromotionStore) -> None:
    manual = st.add_campaign(type=9, status=9, subject_id=69)
    cpc = st.add_campaign(type=9, status=4, payment_type="cpc")
    unified = st.add_campaign(type=8, status=11)  # the legacy standard bid: one bid for every placement
    body = http.get("/api/advert/v2/adverts").json()
    assert [c["id"] for c in body["adverts"]] == [manual, cpc, unified]
    c = body["adverts"][0]
    assert (c["bid_type"], c["currency"], c["status"]) == ("manual", "RUB", 9)
    assert c["settings"] == {
        "payment_type": "cpm",
        "name": f"Кампания {manual}",
        "placements": {"search": True, "recommendations": True},
    }
    assert c["restrictions"] == {"can_change_nms": True}
    nm = c["nm_settings"][0]
    assert nm["subject"] == {"id": 69, "name": "Платья"}
    assert nm["bids_kopecks"] == {"search": 12500, "recommendations": 12500}  # Одежда: 125 roubles
    assert set(c["timestamps"]) == {"created", "updated", "started", "deleted"}
    assert body["adverts"][1]["timestamps"]["started"] is None  # never launched
    assert body["adverts"][2]["bid_type"] == "unified"

    def ids(**params: str) -> list[int]:
        r = http.get("/api/advert/v2/adverts", params=params)
        assert r.status_code == 200, r.text
        return [a["id"] for a in r.json()["adverts"]]

    assert ids(statuses="4,11") == [cpc, unified]
    assert ids(payment_type="cpc") == [cpc]
    assert ids(ids=f"{manual},{unified},1") == [manual, unified]
    r = http.get("/api/advert/v2/adverts", params={"statuses": "5"})
    assert r.status_code == 400 and r.json()["title"] == "invalid payload" and "request_id" in r.json()
    assert (
        http.get("/api/advert/v2/adverts", params={"ids": ",".join(map(str, range(1, 52)))}).status_code
        == 400
    )
    r = http.get("/api/advert/v2/adverts", params=[("ids", str(manual)), ("ids", str(cpc))])
    assert r.status_code == 400  # comma-joined, not repeated keys


def test_configuration_v1(http: httpx.Client, st: PromotionStore) -> None:
    st.set_config("budget_min", 500)
    assert http.get("/api/advert/v1/config").json() == {
        "currency": "RUB",
        "currencyCode": 643,
        "cpmStep": 100,
        "cpcStep": 100,
        "minTopUp": 500,
    }


# --- bids in kopecks ------------------------------------------------------------------------------
def patch_bids(http: httpx.Client, advert_id: int, *nm_bids: dict[str, Any]) -> httpx.Response:
    return http.patch(
        "/api/advert/v1/bids", json={"bids": [{"advert_id": advert_id, "nm_bids": list(nm_bids)}]}
    )


def test_bids_in_kopecks_with_their_minimums(http: httpx.Client, st: PromotionStore) -> None:
    manual = st.add_campaign(type=9, status=11, subject_id=765)  # Дом: 110 roubles, above the 100 of config
    nm = st.campaigns[manual].nms[0]
    assert st.min_bid(st.campaigns[manual], nm) == 11000
    r = patch_bids(http, manual, {"nm_id": nm, "bid_kopecks": 15000, "placement": "search"})
    assert r.status_code == 200
    assert r.json() == {
        "bids": [
            {"advert_id": manual, "nm_bids": [{"nm_id": nm, "bid_kopecks": 15000, "placement": "search"}]}
        ],
        "currency": "RUB",
    }
    assert bids_of(http, manual)[nm] == {"search": 15000, "recommendations": 11000}

    r = patch_bids(http, manual, {"nm_id": nm, "bid_kopecks": 150, "placement": "recommendations"})
    assert r.status_code == 400
    assert r.json()["detail"] == "wrong bid value: 150; min: 11000"  # WB's words
    assert r.json()["errors"][0]["field"] == ".bids[0].nm_bids[0].bid_kopecks"
    r = patch_bids(http, manual, {"nm_id": nm, "bid_kopecks": 15000, "placement": "combined"})
    assert r.status_code == 400 and "manual bid" in r.json()["detail"]  # combined: unified bid only
    r = patch_bids(http, manual, {"nm_id": 1, "bid_kopecks": 15000, "placement": "search"})
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == ".bids[0].nm_bids[0].nm_id"
    r = patch_bids(http, manual, {"nm_id": nm, "bid": 150, "placement": "search"})
    assert r.status_code == 400  # bid_kopecks is required: the roubles field is gone
    assert bids_of(http, manual)[nm] == {"search": 15000, "recommendations": 11000}  # nothing changed

    unified = st.add_campaign(type=9, status=4, bid_type="unified")
    u_nm = st.campaigns[unified].nms[0]
    assert (
        patch_bids(http, unified, {"nm_id": u_nm, "bid_kopecks": 30000, "placement": "combined"}).status_code
        == 200
    )
    assert bids_of(http, unified)[u_nm] == {"search": 30000, "recommendations": 30000}
    cpc = st.add_campaign(type=9, status=4, payment_type="cpc")
    c_nm = st.campaigns[cpc].nms[0]
    assert (
        patch_bids(http, cpc, {"nm_id": c_nm, "bid_kopecks": 150, "placement": "search"}).status_code == 200
    )

    dup = {"bids": [{"advert_id": manual, "nm_bids": []}, {"advert_id": manual, "nm_bids": []}]}
    r = http.patch("/api/advert/v1/bids", json=dup)
    assert r.status_code == 400 and "not unique" in r.json()["detail"]
    finished = st.add_campaign(type=9, status=7)
    r = patch_bids(http, finished, {"nm_id": 1, "bid_kopecks": 15000, "placement": "search"})
    assert r.status_code == 400 and "status 7" in r.json()["detail"]
    r = http.patch("/api/advert/v1/bids", json={"bids": [{"advert_id": manual, "nm_bids": []}] * 51})
    assert r.status_code == 400  # at most 50 campaigns


def test_minimum_bids(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9, subject_id=2560)  # Электроника: 200 roubles
    nms = st.campaigns[advert_id].nms
    body = {
        "advert_id": advert_id,
        "nm_ids": nms,
        "payment_type": "cpm",
        "placement_types": ["combined", "recommendation"],
    }
    r = http.post("/api/advert/v1/bids/min", json=body)
    assert r.status_code == 200
    assert r.json()["bids"][0] == {
        "nm_id": nms[0],
        "bids": [
            {"type": "combined", "value": 20000, "currency": "RUB"},
            {"type": "recommendation", "value": 20000, "currency": "RUB"},
        ],
    }
    r = http.post(
        "/api/advert/v1/bids/min", json={**body, "payment_type": "cpc", "placement_types": ["search"]}
    )
    assert r.json()["bids"][1]["bids"] == [{"type": "search", "value": 150, "currency": "RUB"}]
    r = http.post("/api/advert/v1/bids/min", json={**body, "nm_ids": [1]})
    assert r.status_code == 400 and r.json()["detail"] == "some nms are not belong to advert"
    r = http.post("/api/advert/v1/bids/min", json={**body, "placement_types": ["recommendations"]})
    assert r.status_code == 400  # bids/min says "recommendation"
    assert (
        http.post("/api/advert/v1/bids/min", json={**body, "nm_ids": list(range(1, 102))}).status_code == 400
    )


def test_recommended_bids(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9, subject_id=69)
    nm = st.campaigns[advert_id].nms[0]
    r = http.get("/api/advert/v0/bids/recommendations", params={"nmId": nm, "advertId": advert_id})
    assert r.status_code == 200
    body = r.json()
    assert body["base"]["competitiveBid"] == {"bidKopecks": 25000}  # twice the minimum
    assert [q["normQuery"] for q in body["normQueries"]] == ["платья", "платья купить", "платья недорого"]
    assert body["normQueries"][0]["reachMin"] == {"bidKopecks": 12500, "bidKopecksMin": 12500}
    cpc = st.add_campaign(type=9, status=9, payment_type="cpc")
    r = http.get(
        "/api/advert/v0/bids/recommendations", params={"nmId": st.campaigns[cpc].nms[0], "advertId": cpc}
    )
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain") and "cpm" in r.text


# --- search clusters ----------------------------------------------------------------------------
def test_search_clusters_their_bids_and_minus_phrases(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9, subject_id=69)
    nm = st.campaigns[advert_id].nms[0]
    st.set_clusters(advert_id, nm, ["платье", "платье летнее"], archived=["сарафан"])
    pair = [{"advertId": advert_id, "nmId": nm}, {"advertId": 1, "nmId": nm}]

    def lists() -> dict[str, Any]:
        r = http.post("/adv/v0/normquery/list", json={"items": pair})
        assert r.status_code == 200
        (item,) = r.json()["items"]  # unknown pairs are left out
        return dict(item["normQueries"])

    assert lists() == {"active": ["платье", "платье летнее"], "excluded": None, "archived": ["сарафан"]}
    r = http.post(
        "/adv/v0/normquery/set-minus",
        json={"advert_id": advert_id, "nm_id": nm, "norm_queries": ["платье летнее"]},
    )
    assert r.status_code == 200
    assert lists() == {"active": ["платье"], "excluded": ["платье летнее"], "archived": ["сарафан"]}
    r = http.post("/adv/v0/normquery/get-minus", json={"items": [{"advert_id": advert_id, "nm_id": nm}]})
    assert r.json() == {"items": [{"advert_id": advert_id, "nm_id": nm, "norm_queries": ["платье летнее"]}]}
    too_many = {"advert_id": advert_id, "nm_id": nm, "norm_queries": [f"ф{i}" for i in range(1001)]}
    assert http.post("/adv/v0/normquery/set-minus", json=too_many).status_code == 400
    http.post("/adv/v0/normquery/set-minus", json={"advert_id": advert_id, "nm_id": nm, "norm_queries": []})
    assert lists()["excluded"] is None  # an empty list removes them all

    # bids: in roubles (v0) or kopecks (v1), read back in both
    one = {"advert_id": advert_id, "nm_id": nm, "norm_query": "платье", "bid": 300}
    assert http.post("/adv/v0/normquery/bids", json={"bids": [one]}).status_code == 200
    v1 = [
        {"advertId": advert_id, "nmId": nm, "normQuery": "платье летнее", "bidMinorUnits": 20000},
        {"advertId": advert_id, "nmId": nm, "normQuery": "нет такого", "bidMinorUnits": 20000},
        {"advertId": advert_id, "nmId": nm, "normQuery": "сарафан", "bidMinorUnits": 100},
    ]
    r = http.post("/api/advert/v1/normquery/bids", json={"bids": v1})
    assert r.status_code == 200
    assert r.json()["success"] == [
        {"advertId": advert_id, "nmId": nm, "normQuery": "платье летнее", "currency": "RUB"}
    ]
    assert [(f["normQuery"], "below the minimum" in f["reason"]) for f in r.json()["failed"]] == [
        ("нет такого", False),
        ("сарафан", True),
    ]
    r = http.post("/adv/v0/normquery/get-bids", json={"items": [{"advert_id": advert_id, "nm_id": nm}]})
    assert [(b["norm_query"], b["bid"], b["bid_kopecks"]) for b in r.json()["bids"]] == [
        ("платье", 300, 30000),
        ("платье летнее", 200, 20000),
    ]
    gone = {"bids": [{"advert_id": advert_id, "nm_id": nm, "norm_query": "платье"}]}
    assert http.request("DELETE", "/adv/v0/normquery/bids", json=gone).status_code == 200
    r = http.post("/adv/v0/normquery/get-bids", json={"items": [{"advert_id": advert_id, "nm_id": nm}]})
    assert [b["norm_query"] for b in r.json()["bids"]] == ["платье летнее"]

    # cluster bids are for campaigns with manual bid paid per views
    cpc = st.add_campaign(type=9, status=9, payment_type="cpc")
    bad = {**one, "advert_id": cpc, "nm_id": st.campaigns[cpc].nms[0]}
    r = http.post("/adv/v0/normquery/bids", json={"bids": [bad]})
    assert r.status_code == 400 and r.json()["detail"] == "invalid payment_type value"
    r = http.post("/adv/v0/normquery/bids", json={"bids": [{**one, "bid": 1}]})
    assert r.status_code == 400 and r.json()["detail"] == "wrong bid value: 1; min: 125"


# --- statistics ---------------------------------------------------------------------------------
def test_full_statistics(http: httpx.Client, st: PromotionStore) -> None:
    active = st.add_campaign(type=9, status=9, subject_id=69)
    ready = st.add_campaign(type=9, status=4)  # no statistics in status 4
    nm = st.campaigns[active].nms[0]
    first = date(2026, 1, 1)
    st.add_stat(
        active, first, nm, 32, views=100, clicks=10, atbs=3, orders=2, shks=2, sum=50.0, sum_price=1980.0
    )
    st.add_stat(active, first, nm, 1, views=100, clicks=0, sum=10.0)
    st.add_stat(active, first + timedelta(days=1), nm, 64, views=200, clicks=10, sum=40.0)
    st.add_stat(active, first + timedelta(days=40), nm, 64, views=999, clicks=99)  # outside the period
    st.add_stat(ready, first, st.campaigns[ready].nms[0], 32, views=5, clicks=1)

    params = {"ids": f"{active},{ready},1", "beginDate": "2026-01-01", "endDate": "2026-01-31"}
    r = http.get("/adv/v3/fullstats", params=params)
    assert r.status_code == 200
    (c,) = r.json()
    assert (c["advertId"], c["views"], c["clicks"], c["orders"], c["sum"], c["currency"]) == (
        active,
        400,
        20,
        2,
        100.0,
        "RUB",
    )
    assert (c["ctr"], c["cpc"], c["cr"]) == (5.0, 5.0, 10.0)
    assert [d["date"] for d in c["days"]] == ["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"]
    apps = c["days"][0]["apps"]
    assert [a["appType"] for a in apps] == [1, 32]
    expected = {"views": 100, "clicks": 10, "atbs": 3, "orders": 2, "shks": 2, "canceled": 0, "sum": 50.0}
    expected |= {
        "sum_price": 1980.0,
        "ctr": 10.0,
        "cpc": 5.0,
        "cr": 20.0,
        "nmId": nm,
        "name": st.products[nm].title,
    }
    assert apps[1]["nms"] == [expected]

    r = http.get("/adv/v3/fullstats", params={**params, "endDate": "2026-02-01"})  # 32 days
    assert r.status_code == 400
    assert r.json()["errors"] == [{"detail": "max date range 31 days", "field": "begin and end"}]
    assert http.get("/adv/v3/fullstats", params={**params, "endDate": "2025-12-31"}).status_code == 400
    many = ",".join(str(i) for i in range(1, 52))
    assert http.get("/adv/v3/fullstats", params={**params, "ids": many}).status_code == 400


def test_search_cluster_statistics(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9, subject_id=69)
    nm = st.campaigns[advert_id].nms[0]
    st.add_cluster_stat(advert_id, nm, "платье", "2026-01-01", views=100, clicks=5, spend=40.0, avg_pos=2.0)
    st.add_cluster_stat(advert_id, nm, "платье", "2026-01-02", views=100, clicks=15, spend=60.0, avg_pos=4.0)
    st.add_cluster_stat(advert_id, nm, "сарафан", "2026-01-02", views=10, clicks=1, spend=5.0)
    body = {"from": "2026-01-01", "to": "2026-01-02", "items": [{"advert_id": advert_id, "nm_id": nm}]}
    r = http.post("/adv/v0/normquery/stats", json=body)
    (item,) = r.json()["stats"]
    first = item["stats"][0]
    assert (first["norm_query"], first["views"], first["clicks"], first["spend"]) == (
        "платье",
        200,
        20,
        100.0,
    )
    assert (first["ctr"], first["cpc"], first["cpm"], first["avg_pos"]) == (10.0, 5.0, 500.0, 3.0)
    assert [s["norm_query"] for s in item["stats"]] == ["платье", "сарафан"]

    daily = {"from": "2026-01-02", "to": "2026-01-02", "items": [{"advertId": advert_id, "nmId": nm}]}
    (item,) = http.post("/adv/v1/normquery/stats", json=daily).json()["items"]
    assert [(d["date"], d["stat"]["normQuery"], d["stat"]["avgPos"]) for d in item["dailyStats"]] == [
        ("2026-01-02", "платье", 4.0),
        ("2026-01-02", "сарафан", 1.0),
    ]
    r = http.post("/adv/v0/normquery/stats", json={**body, "from": "2026-02-01"})
    assert r.status_code == 400


def test_seeded_statistics_add_up(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9)
    rows = st.seed_stats(advert_id, "2026-03-01", 3)
    assert len(rows) == 3 * 2 * 3  # days x cards x platforms
    r = http.get(
        "/adv/v3/fullstats", params={"ids": advert_id, "beginDate": "2026-03-01", "endDate": "2026-03-03"}
    )
    (c,) = r.json()
    assert c["views"] == sum(row.views for row in rows) and len(c["days"]) == 3
