"""FBW supplies over HTTP: the list (status and date filters, offset paging), details by supply or
preorder ID, goods and packages, with WB's 404 and 400s."""

from __future__ import annotations

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.supplies import ACCEPTED, NOT_PLANNED, PLANNED, SuppliesStore

from .conftest import MakeApi


@pytest.fixture
def supplies(emu: Emulator) -> SuppliesStore:
    return emu.state.default.store(SuppliesStore)


def test_list_pages_newest_first(api: MakeApi, supplies: SuppliesStore) -> None:
    preorders = supplies.seed_supplies(12)
    c = api("supplies")
    first = c.post("/api/v1/supplies", params={"limit": 5}, json={}).json()
    rest = c.post("/api/v1/supplies", params={"limit": 1000, "offset": 5}, json={}).json()
    got = [s["preorderID"] for s in first + rest]
    assert got == preorders[::-1] and len(first) == 5
    assert c.post("/api/v1/supplies", params={"limit": 1001}, json={}).status_code == 400


def test_list_filters(api: MakeApi, supplies: SuppliesStore) -> None:
    supplies.seed_supplies(12)
    c = api("supplies")
    planned = c.post("/api/v1/supplies", json={"statusIDs": [PLANNED, ACCEPTED]}).json()
    assert len(planned) == 4 and {s["statusID"] for s in planned} == {PLANNED, ACCEPTED}
    unplanned = c.post("/api/v1/supplies", json={"statusIDs": [NOT_PLANNED]}).json()
    assert all(s["supplyID"] is None and s["supplyDate"] is None for s in unplanned)
    newest = c.post("/api/v1/supplies", json={}).json()[0]
    day = newest["createDate"][:10]
    same_day = c.post(
        "/api/v1/supplies", json={"dates": [{"type": "createDate", "from": day, "till": day}]}
    ).json()
    assert [s["preorderID"] for s in same_day] == [newest["preorderID"]]
    # a supply without a factDate does not match a factDate range
    facts = c.post("/api/v1/supplies", json={"dates": [{"type": "factDate", "from": "2000-01-01"}]}).json()
    assert facts and all(s["factDate"] for s in facts)
    r = c.post("/api/v1/supplies", json={"statusIDs": [7]})
    assert r.status_code == 400


def test_details_goods_and_packages(api: MakeApi, supplies: SuppliesStore) -> None:
    s = supplies.add_supply(ACCEPTED, lines=3)
    unplanned = supplies.add_supply(NOT_PLANNED)
    c = api("supplies")
    details = c.get(f"/api/v1/supplies/{s.supply_id}").json()
    assert details["statusID"] == ACCEPTED and details["quantity"] == sum(x.quantity for x in s.lines)
    assert details["acceptedQuantity"] == details["quantity"]
    by_preorder = c.get(f"/api/v1/supplies/{s.preorder_id}", params={"isPreorderID": "true"}).json()
    assert by_preorder == details
    assert (
        c.get(f"/api/v1/supplies/{unplanned.preorder_id}", params={"isPreorderID": "true"}).status_code == 200
    )
    assert c.get(f"/api/v1/supplies/{unplanned.preorder_id}").status_code == 404  # not a supplyID
    goods = c.get(f"/api/v1/supplies/{s.supply_id}/goods").json()
    assert [g["barcode"] for g in goods] == [x.good.barcode for x in s.lines]
    page = c.get(f"/api/v1/supplies/{s.supply_id}/goods", params={"limit": 1, "offset": 1}).json()
    assert [g["barcode"] for g in page] == [s.lines[1].good.barcode]
    packages = c.get(f"/api/v1/supplies/{s.supply_id}/package").json()
    assert len(packages) == 3 and sum(p["quantity"] for p in packages) == details["quantity"]
    assert c.get("/api/v1/supplies/1/goods").status_code == 400
    assert c.get("/api/v1/supplies/1/package").status_code == 400
