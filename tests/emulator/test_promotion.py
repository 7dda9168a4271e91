"""The promotion emulator (advert-api) over HTTP: the campaign status machine, creation, bids,
placements, phrases, product cards, budgets and histories."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from wbseller.testing import Emulator
from wbseller.testing.handlers.promotion import MSK, PromotionStore
from wbseller.testing.operations import Operations

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


def info(http: httpx.Client, advert_id: int) -> dict[str, Any]:
    r = http.post("/adv/v1/promotion/adverts", params={"order": "id"}, json=[advert_id])
    assert r.status_code == 200, r.text
    return dict(r.json()[0])


def auction(http: httpx.Client, advert_id: int) -> dict[str, Any]:
    r = http.get("/adv/v0/auction/adverts", params={"ids": str(advert_id)})
    assert r.status_code == 200, r.text
    return dict(r.json()["adverts"][0])


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


def test_campaigns_information_filters_sorting_and_204(http: httpx.Client, st: PromotionStore) -> None:
    standard = st.seed_campaigns(4, types=(8,), statuses=(4, 9))
    custom = st.add_campaign(type=9, status=9)
    legacy = st.add_campaign(type=6, status=7)

    r = http.post("/adv/v1/promotion/adverts", params={"order": "id", "direction": "asc"}, json=[])
    assert [c["advertId"] for c in r.json()] == [*standard, legacy]  # custom bid: its own method
    r = http.post("/adv/v1/promotion/adverts", params={"order": "create", "direction": "desc"}, json=[])
    assert [c["advertId"] for c in r.json()][:4] == [legacy, *reversed(standard)][:4]
    r = http.post("/adv/v1/promotion/adverts", params={"order": "id", "status": 9, "type": 8}, json=[])
    assert sorted(c["advertId"] for c in r.json()) == [standard[1], standard[3]]
    r = http.post("/adv/v1/promotion/adverts", params={"order": "id"}, json=[standard[0], custom])
    assert [c["advertId"] for c in r.json()] == [standard[0]]

    c = r.json()[0]
    assert c["type"] == 8 and c["status"] == 4 and c["paymentType"] == "cpm"
    auto = c["autoParams"]
    assert auto["subject"]["id"] == st.campaigns[standard[0]].subject_id
    assert auto["nms"] == [n["nm"] for n in auto["nmCPM"]] and len(auto["nms"]) == 2

    r = http.post("/adv/v1/promotion/adverts", params={"order": "id"}, json=[custom])
    assert r.status_code == 204 and r.content == b""
    r = http.post("/adv/v1/promotion/adverts", params={"order": "id", "status": 11}, json=[])
    assert r.status_code == 204


def test_campaigns_information_validation(http: httpx.Client, st: PromotionStore) -> None:
    r = http.post("/adv/v1/promotion/adverts", params={"order": "id"}, json=list(range(1, 52)))
    assert r.status_code == 400 and set(r.json()) == {"error"}  # more than 50 IDs
    r = http.post("/adv/v1/promotion/adverts", params={"order": "name"}, json=[])
    assert r.status_code == 400 and "error" in r.json()
    r = http.post("/adv/v1/promotion/adverts", json=[])
    assert r.status_code == 400  # order is required


def test_custom_bid_campaigns_information(http: httpx.Client, st: PromotionStore) -> None:
    a = st.add_campaign(type=9, status=9, subject_id=69)
    b = st.add_campaign(type=9, status=4, payment_type="cpc")
    st.add_campaign(type=8, status=9)
    assert set(http.get("/adv/v0/auction/adverts").json()) == {"adverts"}  # an object now, not a list
    assert [c["id"] for c in http.get("/adv/v0/auction/adverts").json()["adverts"]] == [a, b]
    r = http.get("/adv/v0/auction/adverts", params={"statuses": "4,11"})
    assert [c["id"] for c in r.json()["adverts"]] == [b]
    r = http.get("/adv/v0/auction/adverts", params={"payment_type": "cpc"})
    assert [c["id"] for c in r.json()["adverts"]] == [b]
    c = auction(http, a)
    assert c["status"] == 9 and c["settings"]["payment_type"] == "cpm"
    assert c["settings"]["placements"] == {"search": True, "recommendations": True}
    nm = c["nm_settings"][0]
    assert nm["subject"] == {"id": 69, "name": "Платья"}
    assert nm["bids"] == {"search": 125, "recommendations": 125}  # the category minimum of "Одежда"
    assert set(c["timestamps"]) == {"created", "updated", "started"}

    r = http.get("/adv/v0/auction/adverts", params={"statuses": "5"})
    assert r.status_code == 400
    assert r.json()["title"] == "invalid payload" and r.json()["errors"][0]["field"] == "statuses"
    assert http.get("/adv/v0/auction/adverts", params={"ids": "1,x"}).status_code == 400
    # auction-adverts-csv: the lists go comma-joined; repeated keys are refused
    for name in ("statuses", "ids"):
        r = http.get("/adv/v0/auction/adverts", params=[(name, "4"), (name, "9")])
        assert r.status_code == 400 and r.json()["errors"][0]["field"] == name


def test_configuration_values(http: httpx.Client, st: PromotionStore) -> None:
    st.set_config("budget_min", 500)
    st.set_category(760, "Автомобильные товары", 300)
    body = http.get("/adv/v0/config").json()
    config = {c["name"]: c["value"] for c in body["config"]}
    assert config["budget_min"] == "500" and config["cpm_min_search_catalog"] == "150"
    assert config["max_nm_count"] == "50" and config["max_auto_nms"] == "100"
    assert {"id": 760, "name": "Автомобильные товары", "cpm_min": 300} in body["categories"]


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
    c = info(http, advert_id)
    assert c["status"] == 7 and c["endTime"] != "2100-01-01T00:00:00+03:00"

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
    assert info(http, advert_id)["name"] == "Новое имя"
    r = http.post("/adv/v0/rename", json={"advertId": 1, "name": "x"})
    assert r.status_code == 400 and r.text == "Incorrect campaign identifier (RC ID)"
    r = http.post("/adv/v0/rename", json={"advertId": advert_id, "name": "x" * 101})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    r = http.post("/adv/v0/rename", json={"advertId": advert_id})
    assert r.status_code == 400  # name is required
    assert info(http, advert_id)["name"] == "Новое имя"


# --- creation -----------------------------------------------------------------------------------
def test_create_campaign_with_standard_bid(http: httpx.Client, st: PromotionStore) -> None:
    nms = st.seed_products(3, subject_ids=[270])
    st.set_balance(balance=3000, net=100)
    body = {
        "type": 8,
        "name": "Парашюты",
        "subjectId": 270,
        "sum": 1000,
        "btype": 1,
        "on_pause": True,
        "nms": nms[:2],
        "cpm": 200,
    }
    r = http.post("/adv/v1/save-ad", json=body)
    assert r.status_code == 200, r.text
    advert_id = int(r.json())
    c = info(http, advert_id)
    assert c["status"] == 4 and c["type"] == 8 and c["name"] == "Парашюты"
    assert c["autoParams"]["nms"] == nms[:2]
    assert {n["cpm"] for n in c["autoParams"]["nmCPM"]} == {200}
    assert http.get("/adv/v1/balance").json() == {"balance": 2000, "net": 100, "bonus": 0, **TODAY}
    assert http.get("/adv/v1/budget", params={"id": advert_id}).json() == {
        "cash": 0,
        "netting": 1000,
        "total": 1000,
    }
    assert http.get("/adv/v1/auto/getnmtoadd", params={"id": advert_id}).json() == [nms[2]]

    # no nms: all cards of the subject; on_pause false: running at once (it has a budget)
    rest = {k: v for k, v in body.items() if k not in ("nms", "cpm")}
    r = http.post("/adv/v1/save-ad", json={**rest, "on_pause": False})
    started = int(r.json())
    assert status_of(http, started) == 9
    assert info(http, started)["autoParams"]["nms"] == nms


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"subjectId": 1}, 400, "no product cards"),
        ({"type": 9}, 400, "type"),
        ({"name": ""}, 400, "name"),
        ({"nms": [1]}, 400, "not available"),
        ({"cpm": 100}, 422, "below the minimum 150"),
        ({"sum": 500}, 400, "minimum budget 1000"),
        ({"sum": 100_000}, 400, "insufficient funds"),
        ({"btype": 7}, 400, "source type"),
    ],
)
def test_create_campaign_with_standard_bid_refused(
    http: httpx.Client, st: PromotionStore, change: dict[str, Any], status: int, message: str
) -> None:
    nms = st.seed_products(2, subject_ids=[270])
    st.set_balance(balance=3000)
    body = {"type": 8, "name": "Парашюты", "subjectId": 270, "sum": 1000, "btype": 1, "nms": nms, "cpm": 200}
    r = http.post("/adv/v1/save-ad", json={**body, **change})
    assert r.status_code == status and message in r.json()["error"]
    assert st.campaigns == {} and st.wallet["balance"] == 3000


def test_create_campaign_with_custom_bid(http: httpx.Client, st: PromotionStore) -> None:
    nms = st.seed_products(2, subject_ids=[69, 515])
    r = http.post("/adv/v2/seacat/save-ad", json={"name": "Телефоны", "nms": nms})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    c = auction(http, int(r.text))
    assert c["status"] == 4 and c["settings"]["name"] == "Телефоны"
    assert c["settings"]["payment_type"] == "cpm"
    assert [(n["nm_id"], n["bids"]["search"]) for n in c["nm_settings"]] == [(nms[0], 125), (nms[1], 200)]
    body = {
        "name": "Поиск",
        "nms": nms,
        "bid_type": "manual",
        "payment_type": "cpc",
        "placement_types": ["search"],
    }
    r = http.post("/adv/v2/seacat/save-ad", json=body)
    settings = auction(http, int(r.text))["settings"]
    assert settings["payment_type"] == "cpc"
    assert settings["placements"] == {"search": True, "recommendations": False}

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
def test_changing_bids_with_minimums(http: httpx.Client, st: PromotionStore) -> None:
    standard = st.add_campaign(type=8, status=9, subject_id=2560)  # Электроника: minimum 200
    custom = st.add_campaign(type=9, status=11, subject_id=765)  # Дом: minimum 110
    s_nm, c_nm = st.campaigns[standard].nms[0], st.campaigns[custom].nms[0]

    bids = {
        "bids": [
            {"advert_id": standard, "nm_bids": [{"nm": s_nm, "bid": 250}]},
            {"advert_id": custom, "nm_bids": [{"nm": c_nm, "bid": 110}]},
        ]
    }
    r = http.patch("/adv/v0/bids", json=bids)
    assert r.status_code == 204 and r.content == b""
    assert {n["nm"]: n["cpm"] for n in info(http, standard)["autoParams"]["nmCPM"]}[s_nm] == 250
    assert auction(http, custom)["nm_settings"][0]["bids"] == {"search": 110, "recommendations": 110}

    r = http.patch(
        "/adv/v0/bids", json={"bids": [{"advert_id": standard, "nm_bids": [{"nm": s_nm, "bid": 199}]}]}
    )
    assert r.status_code == 400
    err = r.json()
    assert err["title"] == "invalid payload" and err["status"] == 400 and err["type"] == "Bad Request"
    assert err["errors"] == [
        {"detail": f"bid 199 is less than the minimum 200 for nm {s_nm}", "field": ".bids[0].nm_bids[0].bid"}
    ]

    st.set_config("cpm_min_search_catalog", 300)  # the configuration minimum now beats the category's
    r = http.patch(
        "/adv/v0/bids", json={"bids": [{"advert_id": standard, "nm_bids": [{"nm": s_nm, "bid": 250}]}]}
    )
    assert r.status_code == 400 and "minimum 300" in r.json()["errors"][0]["detail"]

    dup = {
        "bids": [
            {"advert_id": custom, "nm_bids": []},
            {"advert_id": 1, "nm_bids": []},
            {"advert_id": custom, "nm_bids": [{"nm": 5, "bid": 500}]},
        ]
    }
    fields = {e["field"]: e["detail"] for e in http.patch("/adv/v0/bids", json=dup).json()["errors"]}
    assert fields == {
        ".bids[1].advert_id": "advert 1 not found",
        ".bids[2]": f"advert {custom} is not unique",
    }
    assert auction(http, custom)["nm_settings"][0]["bids"]["search"] == 110  # all or nothing

    finished = st.add_campaign(type=8, status=7)
    r = http.patch("/adv/v0/bids", json={"bids": [{"advert_id": finished, "nm_bids": []}]})
    assert r.status_code == 400 and "status 7" in r.json()["detail"]
    r = http.patch("/adv/v0/bids", json={"bids": [{"advert_id": 1}] * 21})
    assert r.status_code == 400  # at most 20 campaigns


def test_custom_bid_placements_and_bids(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=4, subject_id=69)
    nm = st.campaigns[advert_id].nms[0]
    r = http.put(
        "/adv/v0/auction/placements",
        json={"placements": [{"advert_id": advert_id, "placements": {"recommendations": False}}]},
    )
    assert r.status_code == 204
    assert auction(http, advert_id)["settings"]["placements"] == {"search": True, "recommendations": False}

    r = http.patch(
        "/adv/v0/auction/bids",
        json={
            "bids": [
                {
                    "advert_id": advert_id,
                    "nm_bids": [{"nm_id": nm, "bid": 400, "placement": "recommendations"}],
                }
            ]
        },
    )
    assert r.status_code == 200
    assert r.json() == {
        "bids": [
            {"advert_id": advert_id, "nm_bids": [{"nm_id": nm, "bid": 400, "placement": "recommendations"}]}
        ]
    }
    assert auction(http, advert_id)["nm_settings"][0]["bids"] == {"search": 125, "recommendations": 400}

    combined = [{"nm_id": nm, "bid": 300, "placement": "combined"}]  # one bid for both placements
    r = http.patch("/adv/v0/auction/bids", json={"bids": [{"advert_id": advert_id, "nm_bids": combined}]})
    assert r.status_code == 200, r.text
    assert auction(http, advert_id)["nm_settings"][0]["bids"] == {"search": 300, "recommendations": 300}

    bad = [
        {"nm_id": nm, "bid": 100, "placement": "search"},
        {"nm_id": 1, "bid": 500, "placement": "search"},
    ]
    r = http.patch("/adv/v0/auction/bids", json={"bids": [{"advert_id": advert_id, "nm_bids": bad}]})
    assert r.status_code == 400
    assert [e["field"] for e in r.json()["errors"]] == [
        ".bids[0].nm_bids[0].bid",
        ".bids[0].nm_bids[1].nm_id",
    ]
    for item in (
        {"nm_id": nm, "bid": 500, "placement": "catalog"},  # not in the enum
        {"nm_id": nm, "bid": 500},  # placement required
        {"bid": 500, "placement": "search"},  # nm_id required
    ):
        r = http.patch("/adv/v0/auction/bids", json={"bids": [{"advert_id": advert_id, "nm_bids": [item]}]})
        assert r.status_code == 400, item

    standard = st.add_campaign(type=8, status=9)
    r = http.put(
        "/adv/v0/auction/placements",
        json={"placements": [{"advert_id": standard, "placements": {"search": True}}]},
    )
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == ".placements[0].advert_id"


def test_deprecated_bid_update(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=8, status=9, subject_id=270)  # Спорт: minimum 150 (config)
    body = {"advertId": advert_id, "type": 8, "cpm": 180, "param": 270}
    assert http.post("/adv/v0/cpm", json=body).status_code == 200
    assert {n["cpm"] for n in info(http, advert_id)["autoParams"]["nmCPM"]} == {180}
    r = http.post("/adv/v0/cpm", json={**body, "param": 23})
    assert r.status_code == 400 and r.text == "Incorrect value for parameter `param`"
    r = http.post("/adv/v0/cpm", json={**body, "cpm": 10})
    assert r.status_code == 422 and "minimum 150" in r.text
    r = http.post("/adv/v0/cpm", json={**body, "advertId": 1})
    assert r.status_code == 400 and r.text == "Incorrect campaign identifier (RC ID)"
    r = http.post("/adv/v0/cpm", json={**body, "type": 3})
    assert r.status_code == 400  # not in the type enum


# --- phrases ------------------------------------------------------------------------------------
def test_fixed_and_minus_phrases(http: httpx.Client, st: PromotionStore) -> None:
    custom = st.add_campaign(type=9, status=9)
    standard = st.add_campaign(type=8, status=9)

    r = http.post("/adv/v1/search/set-plus", params={"id": custom}, json={"pluse": ["Фраза 1", "Фраза 2"]})
    assert r.status_code == 200 and r.json() == ["Фраза 1", "Фраза 2"]
    assert http.get("/adv/v1/search/set-plus", params={"id": custom, "fixed": "true"}).status_code == 200
    assert st.phrases(custom)["fixed_active"] is True
    assert http.get("/adv/v1/search/set-plus", params={"id": custom, "fixed": "false"}).status_code == 200
    assert st.phrases(custom)["fixed_active"] is False

    minus = [f"фраза {i}" for i in range(1000)]
    for path, key in [("set-phrase", "phrase"), ("set-strong", "strong"), ("set-excluded", "excluded")]:
        r = http.post(f"/adv/v1/search/{path}", params={"id": custom}, json={key: minus})
        assert r.status_code == 200
        assert st.phrases(custom)[key] == minus
        r = http.post(f"/adv/v1/search/{path}", params={"id": custom}, json={key: [*minus, "лишняя"]})
        # at most 1000 minus-phrases in a campaign: refused where the spec declares a refusal
        assert r.status_code == (REFUSAL[f"promotion.{PHRASE_OPS[path]}"] or 200)
        assert http.post(f"/adv/v1/search/{path}", params={"id": custom}, json={key: []}).status_code == 200
        assert st.phrases(custom)[key] == []

    r = http.post(
        "/adv/v1/auto/set-excluded", params={"id": standard}, json={"excluded": ["первая", "вторая"]}
    )
    assert r.status_code == 200 and st.phrases(standard)["auto_excluded"] == ["первая", "вторая"]
    # standard bid minus-phrases do not apply to a campaign with custom bid (and vice versa)
    http.post("/adv/v1/auto/set-excluded", params={"id": custom}, json={"excluded": ["x"]})
    http.post("/adv/v1/search/set-excluded", params={"id": standard}, json={"excluded": ["x"]})
    assert st.phrases(custom)["auto_excluded"] == [] and st.phrases(standard)["excluded"] == []

    # an empty array removes every fixed phrase and turns them off
    http.get("/adv/v1/search/set-plus", params={"id": custom, "fixed": "true"})
    assert http.post("/adv/v1/search/set-plus", params={"id": custom}, json={"pluse": []}).json() == []
    assert st.phrases(custom)["fixed"] == [] and st.phrases(custom)["fixed_active"] is False
    r = http.post("/adv/v1/search/set-plus", params={"id": custom}, json={"pluse": ["x"] * 101})
    # at most 100 fixed phrases: refused where the spec declares a refusal
    assert r.status_code == (REFUSAL["promotion.setting_deleting_fixed_phrases"] or 200)


# --- product cards ------------------------------------------------------------------------------
def test_product_cards_of_a_standard_bid_campaign(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=8, status=11, subject_id=342)
    inside = list(st.campaigns[advert_id].nms)
    extra = st.seed_products(2, subject_ids=[342])
    other = st.seed_products(1, subject_ids=[69])
    assert http.get("/adv/v1/auto/getnmtoadd", params={"id": advert_id}).json() == extra

    r = http.post(
        "/adv/v1/auto/updatenm",
        params={"id": advert_id},
        json={"add": [extra[0], *other], "delete": [inside[0], 55555555]},
    )
    assert r.status_code == 200
    assert info(http, advert_id)["autoParams"]["nms"] == [inside[1], extra[0]]  # other subject skipped
    assert http.get("/adv/v1/auto/getnmtoadd", params={"id": advert_id}).json() == [inside[0], extra[1]]

    # the last card cannot be deleted
    http.post("/adv/v1/auto/updatenm", params={"id": advert_id}, json={"delete": [inside[1]]})
    http.post("/adv/v1/auto/updatenm", params={"id": advert_id}, json={"delete": [extra[0]]})
    assert info(http, advert_id)["autoParams"]["nms"] == [extra[0]]

    r = http.post("/adv/v1/auto/updatenm", params={"id": 1}, json={"add": extra})
    assert r.status_code == 400 and r.json() == {"error": "Not found"}
    st.set_config("max_auto_nms", 1)
    r = http.post("/adv/v1/auto/updatenm", params={"id": advert_id}, json={"add": [extra[1]]})
    assert r.status_code == 400 and "at most 1" in r.json()["error"]
    assert http.get("/adv/v1/auto/getnmtoadd", params={"id": 1}).json() == []


def test_product_cards_of_custom_bid_campaigns(http: httpx.Client, st: PromotionStore) -> None:
    advert_id = st.add_campaign(type=9, status=9, subject_id=69)
    first, second = st.campaigns[advert_id].nms
    new = st.seed_products(1, subject_ids=[2560])[0]
    body = {"nms": [{"advert_id": advert_id, "nms": {"add": [new, first, 1], "delete": [second, 2]}}]}
    r = http.patch("/adv/v0/auction/nms", json=body)
    assert r.status_code == 200
    assert r.json() == {"nms": [{"advert_id": advert_id, "nms": {"added": [new], "deleted": [second]}}]}
    settings = {n["nm_id"]: n["bids"] for n in auction(http, advert_id)["nm_settings"]}
    assert settings[new] == {"search": 200, "recommendations": 200}  # the current minimum bid
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
    # with the cashback fields WB sends today (deposit-cashback)
    assert r.status_code == 200 and r.json() == {"total": 5000, "cashback_sum": 0, "cashback_percent": 0}
    r = http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 2000, "type": 0})
    assert r.status_code == 200 and r.content == b""
    http.post("/adv/v1/budget/deposit", params={"id": advert_id}, json={"sum": 1000, "type": 3})
    assert http.get("/adv/v1/balance").json() == {"balance": 5000, "net": 0, "bonus": 500, **TODAY}
    assert http.get("/adv/v1/budget", params={"id": advert_id}).json() == {
        "cash": 2000,
        "netting": 5000,
        "total": 8000,
    }
    for body, message in [
        ({"sum": 999, "type": 1}, "minimum budget 1000"),
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
    assert [(p["sum"], p["type"], p["statusId"], p["cardStatus"]) for p in all_rows] == [
        (600, 0, 1, ""),
        (1500, 3, 1, "succeeded"),
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
