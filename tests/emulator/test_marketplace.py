"""Marketplace over HTTP: offices, warehouse CRUD with the office rules (409 in WB's {code, message}
shape, costing 5 rate-limit tokens), stocks read/update/delete, validation errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.marketplace import MarketplaceStore


@pytest.fixture
def store(emu: Emulator) -> MarketplaceStore:
    return emu.state.default.store(MarketplaceStore)


def create(http: httpx.Client, name: str, office_id: int) -> int:
    r = http.post("/api/v3/warehouses", json={"name": name, "officeId": office_id})
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def marketplace_error(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) >= {"code", "message"} and body["message"], body
    if code is not None:
        assert body["code"] == code
    return dict(body)


def test_offices_are_plausible_and_show_the_linked_ones(http: httpx.Client) -> None:
    offices = http.get("/api/v3/offices").json()
    assert len(offices) >= 10
    assert len({o["id"] for o in offices}) == len(offices)
    for o in offices:
        assert o["name"] and o["address"] and o["city"] and o["cargoType"] in (1, 2, 3)
        assert o["deliveryType"] in (1, 2, 3, 5, 6) and o["selected"] is False
    assert {o["cargoType"] for o in offices} == {1, 2, 3}
    create(http, "Main", 15)
    selected = [o["id"] for o in http.get("/api/v3/offices").json() if o["selected"]]
    assert selected == [15]


def test_warehouse_lifecycle(http: httpx.Client, store: MarketplaceStore) -> None:
    assert http.get("/api/v3/warehouses").json() == []
    wid = create(http, "Koledino 2", 300168)
    [wh] = http.get("/api/v3/warehouses").json()
    assert wh["id"] == wid and wh["name"] == "Koledino 2" and wh["officeId"] == 300168
    assert wh["cargoType"] == 3 and wh["deliveryType"] == 1

    r = http.put(f"/api/v3/warehouses/{wid}", json={"name": "Koledino", "officeId": 300168})
    assert r.status_code == 204 and r.content == b""
    assert http.get("/api/v3/warehouses").json()[0]["name"] == "Koledino"
    assert http.delete(f"/api/v3/warehouses/{wid}").status_code == 204
    assert http.get("/api/v3/warehouses").json() == []
    assert store.warehouses() == []


def test_office_in_use_is_409(http: httpx.Client) -> None:
    first = create(http, "A", 15)
    second = create(http, "B", 507)
    marketplace_error(
        http.post("/api/v3/warehouses", json={"name": "C", "officeId": 15}), 409, "OfficeAlreadyUsed"
    )
    r = http.put(f"/api/v3/warehouses/{second}", json={"name": "B", "officeId": 15})
    marketplace_error(r, 409, "OfficeAlreadyUsed")
    # once the office is freed it can be linked again
    assert http.delete(f"/api/v3/warehouses/{first}").status_code == 204
    create(http, "C", 15)


def test_office_changes_once_per_day(http: httpx.Client, emu: Emulator) -> None:
    wid = create(http, "A", 15)
    assert http.put(f"/api/v3/warehouses/{wid}", json={"name": "A", "officeId": 507}).status_code == 204
    r = http.put(f"/api/v3/warehouses/{wid}", json={"name": "A", "officeId": 686})
    marketplace_error(r, 409, "OfficeChangeLimit")
    # renaming without changing the office is still fine
    assert http.put(f"/api/v3/warehouses/{wid}", json={"name": "B", "officeId": 507}).status_code == 204
    emu.clock.advance(86400)
    assert http.put(f"/api/v3/warehouses/{wid}", json={"name": "B", "officeId": 686}).status_code == 204
    assert http.get("/api/v3/warehouses").json()[0]["officeId"] == 686


def test_a_409_costs_ten_requests() -> None:
    # a clock standing still: the bucket refills nothing between the requests, however slowly a
    # loaded machine sends them
    with Emulator(time_scale=1.0, strict=True) as emu:
        emu.clock.freeze()
        token = emu.make_token(["marketplace"])
        with httpx.Client(base_url=emu.base_url, headers={"Authorization": token}, timeout=10) as http:
            create(http, "A", 15)
            before = int(http.get("/api/v3/warehouses").headers["X-Ratelimit-Remaining"])
            http.post("/api/v3/warehouses", json={"name": "B", "officeId": 15})
            after = int(http.get("/api/v3/warehouses").headers["X-Ratelimit-Remaining"])
        assert before - after == 11  # the 409 (a 4xx: 10, x-wb-4xx-cost) and this GET (1)
        assert emu.response_errors == [] and emu.handler_errors == []


def test_unknown_warehouse_and_office(http: httpx.Client) -> None:
    for r in (
        http.put("/api/v3/warehouses/42", json={"name": "A", "officeId": 15}),
        http.delete("/api/v3/warehouses/42"),
        http.post("/api/v3/stocks/42", json={"chrtIds": [1]}),
        http.put("/api/v3/stocks/42", json={"stocks": [{"chrtId": 1, "amount": 1}]}),
        http.request("DELETE", "/api/v3/stocks/42", json={"chrtIds": [1]}),
    ):
        # WB's reference: marketplace's 404 is {code: NotFound, message}, not problem-style
        assert r.status_code == 404 and r.headers["content-type"] == "application/json", r.text
        assert r.json()["code"] == "NotFound" and "warehouse 42" in r.json()["message"]
    marketplace_error(http.post("/api/v3/warehouses", json={"name": "A", "officeId": 99999}), 400)


def test_stocks_round_trip_by_chrt_id(http: httpx.Client, store: MarketplaceStore) -> None:
    wid = create(http, "A", 15)
    other = create(http, "B", 507)
    r = http.put(
        f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": 111, "amount": 5}, {"chrtId": 222, "amount": 0}]}
    )
    assert r.status_code == 204 and r.content == b""
    r = http.post(f"/api/v3/stocks/{wid}", json={"chrtIds": [111, 222, 333]})
    assert r.json() == {"stocks": [{"chrtId": 111, "amount": 5}, {"chrtId": 222, "amount": 0}]}
    assert http.post(f"/api/v3/stocks/{other}", json={"chrtIds": [111]}).json() == {"stocks": []}

    http.put(f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": 111, "amount": 7}]})
    assert http.request("DELETE", f"/api/v3/stocks/{wid}", json={"chrtIds": [222]}).status_code == 204
    assert http.post(f"/api/v3/stocks/{wid}", json={"chrtIds": [111, 222]}).json() == {
        "stocks": [{"chrtId": 111, "amount": 7}]
    }
    assert store.stocks(wid) == {111: 7}
    # deleting the warehouse drops its stocks
    http.delete(f"/api/v3/warehouses/{wid}")
    assert store.stocks(other) == {}


@pytest.mark.parametrize(
    ("method", "body"),
    [
        ("POST", {"skus": ["2040000000001"]}),
        ("POST", {"chrtIds": [111], "skus": ["2040000000001"]}),  # refused even next to chrtIds
        ("PUT", {"stocks": [{"sku": "2040000000001", "amount": 1}]}),
        ("PUT", {"stocks": [{"chrtId": 111, "sku": "2040000000001", "amount": 1}]}),
        ("DELETE", {"skus": ["2040000000001"]}),
    ],
)
def test_skus_are_refused_with_400_since_wb_phased_them_out(
    http: httpx.Client, store: MarketplaceStore, method: str, body: dict[str, Any]
) -> None:
    wid = create(http, "A", 15)
    store.set_stocks(wid, {111: 3})
    marketplace_error(http.request(method, f"/api/v3/stocks/{wid}", json=body), 400)
    assert store.stocks(wid) == {111: 3}


def test_a_body_without_stocks_is_400_now_that_stocks_is_required(
    http: httpx.Client, store: MarketplaceStore
) -> None:
    wid = create(http, "A", 15)
    store.set_stocks(wid, {111: 3})
    marketplace_error(http.put(f"/api/v3/stocks/{wid}", json={"stonks": [{"chrtId": 111, "amount": 9}]}), 400)
    assert store.stocks(wid) == {111: 3}


def test_stocks_are_kept_for_the_sizes_of_the_seeded_cards(http: httpx.Client, emu: Emulator) -> None:
    from wbseller_emulator.handlers.content import ContentStore

    seller = emu.state.default
    cards = seller.store(ContentStore).seed_cards(3)
    chrt_ids = [s.chrt_id for card in cards for s in card.sizes]
    store = seller.store(MarketplaceStore)
    wid = create(http, "A", 15)
    assert store.seed_stocks(wid, 3, amount=4) == sorted(chrt_ids)
    r = http.put(
        f"/api/v3/stocks/{wid}",
        json={"stocks": [{"chrtId": chrt_ids[0], "amount": 1}, {"chrtId": 999, "amount": 1}]},
    )
    # WB's reference: the update's 409 is a list of errors naming the rows
    assert r.status_code == 409
    assert r.json() == [
        {"code": "NotFound", "message": "Not found", "data": [{"sku": "", "chrtId": 999, "amount": 1}]}
    ]
    assert store.stocks(wid)[chrt_ids[0]] == 4  # nothing changed
    # ... and the delete's is a 404 {code, message, data} keyed by the unknown sizes
    r = http.request("DELETE", f"/api/v3/stocks/{wid}", json={"chrtIds": [999]})
    assert r.status_code == 404 and r.json() == {"code": "NotFound", "message": "", "data": {"999": ""}}
    r = http.post(f"/api/v3/stocks/{wid}", json={"chrtIds": chrt_ids})
    assert [s["amount"] for s in r.json()["stocks"]] == [4, 4, 4]
    with pytest.raises(ValueError, match="3 sizes"):
        store.seed_stocks(wid, 4)


def test_registered_sizes_without_cards(http: httpx.Client, store: MarketplaceStore) -> None:
    wid = create(http, "A", 15)
    assert store.known_chrt_ids() is None  # no cards, nothing registered: any size is accepted
    http.put(f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": 5, "amount": 1}]})
    store.register_chrt_ids([5])
    r = http.put(f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": 6, "amount": 1}]})
    assert r.status_code == 409 and r.json()[0]["data"] == [{"sku": "", "chrtId": 6, "amount": 1}]


def test_validation_errors_in_marketplace_shape(http: httpx.Client) -> None:
    wid = create(http, "A", 15)
    marketplace_error(http.post("/api/v3/warehouses", json={"name": "", "officeId": 507}), 400)
    marketplace_error(http.post("/api/v3/warehouses", json={"name": "x" * 201, "officeId": 507}), 400)
    marketplace_error(http.post("/api/v3/warehouses", json={"name": "B", "officeId": 0}), 400)
    marketplace_error(http.post("/api/v3/warehouses", json={"name": "B"}), 400)
    marketplace_error(
        http.put(f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": 1, "amount": 100001}]}), 400
    )
    marketplace_error(http.put(f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": "1", "amount": 1}]}), 400)
    marketplace_error(http.put(f"/api/v3/stocks/{wid}", json={"stocks": []}), 400)
    marketplace_error(http.post(f"/api/v3/stocks/{wid}", json={"chrtIds": [1] * 1001}), 400)
    marketplace_error(http.put("/api/v3/warehouses/abc", json={"name": "A", "officeId": 15}), 400)


def test_seeding_many_stocks(http: httpx.Client, store: MarketplaceStore) -> None:
    wid = store.add_warehouse("Bulk", 15).id
    chrt_ids = store.seed_stocks(wid, 50_000)
    assert len(set(chrt_ids)) == 50_000
    r = http.post(f"/api/v3/stocks/{wid}", json={"chrtIds": chrt_ids[-1000:]})
    assert len(r.json()["stocks"]) == 1000
