# ruff: noqa: RUF001  (Russian names and car plates, as WB shows them)
"""FBS orders over HTTP: a full day (10 new orders -> a supply -> delivered -> stickers), the
supply rules (100 per call, all or nothing, one cargo type, delivered is closed), stickers (formats,
sizes, statuses), statuses in bulk, cancel, marking codes only where the label ids list them,
history by `next`, the archive, passes, and a 4xx counting 10 requests.

Served by the route() handlers: against marketplace.yaml's operations once it has them, until
then against the facts' operations drafted by drafted.wire()."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers._common import MSK
from wbseller_emulator.handlers.orders import OrdersStore

from .conftest import Api, MakeApi
from .drafted import wire

STICKERS = "/api/v3/orders/stickers"


@pytest.fixture(scope="module", autouse=True)
def wired(emulator_module: Emulator) -> list[str]:
    return wire(emulator_module)


@pytest.fixture
def orders(emu: Emulator) -> OrdersStore:
    return emu.state.default.store(OrdersStore)


@pytest.fixture
def mp(api: MakeApi) -> Iterator[Api]:
    yield api("marketplace")


def supply(mp: Api, name: str = "Утро") -> str:
    r = mp.post("/api/v3/supplies", json={"name": name})
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def statuses(mp: Api, ids: list[int]) -> dict[int, tuple[str, str]]:
    r = mp.post("/api/v3/orders/status", json={"orders": ids})
    assert r.status_code == 200, r.text
    return {o["id"]: (o["supplierStatus"], o["wbStatus"]) for o in r.json()["orders"]}


def mp_error(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    assert body["code"] and body["message"], body
    return body


def test_a_full_fbs_day(mp: Api, orders: OrdersStore) -> None:
    ids = orders.seed_fbs_orders(10)
    new = mp.get("/api/v3/orders/new").json()["orders"]
    assert sorted(o["id"] for o in new) == ids
    assert all(o["deliveryType"] == "fbs" and o["skus"] and o["price"] > 0 for o in new)
    sid = supply(mp)
    assert mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": ids[:5]}).status_code == 204
    assert mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": ids[5:]}).status_code == 204
    assert mp.get(f"/api/marketplace/v3/supplies/{sid}/order-ids").json()["orderIds"] == ids
    assert set(statuses(mp, ids).values()) == {("confirm", "waiting")}
    assert mp.get("/api/v3/orders/new").json()["orders"] == []
    for kind, width, height in (("svg", 58, 40), ("zplv", 58, 40), ("zplh", 40, 30), ("png", 40, 30)):
        r = mp.post(STICKERS, params={"type": kind, "width": width, "height": height}, json={"orders": ids})
        assert r.status_code == 200, r.text
        stickers = r.json()["stickers"]
        assert [s["orderId"] for s in stickers] == ids
        file = base64.b64decode(stickers[0]["file"])
        assert {"svg": b"<svg", "zplv": b"^XA", "zplh": b"^XA", "png": b"\x89PNG"}[kind] in file[:8] + file
        assert stickers[0]["partA"] and stickers[0]["partB"] and stickers[0]["barcode"]
    assert mp_error(mp.get(f"/api/v3/supplies/{sid}/barcode", params={"type": "png"}), 409)
    assert mp.patch(f"/api/v3/supplies/{sid}/deliver").status_code == 204
    assert set(statuses(mp, ids).values()) == {("complete", "sorted")}
    one = mp.get(f"/api/v3/supplies/{sid}").json()
    assert one["done"] is True and one["closedAt"] and one["name"] == "Утро"
    assert mp.get(f"/api/v3/supplies/{sid}/barcode", params={"type": "png"}).json()["barcode"] == sid
    # still printable once complete
    r = mp.post(STICKERS, params={"type": "svg", "width": 58, "height": 40}, json={"orders": ids[:1]})
    assert r.status_code == 200


def test_a_supply_takes_100_orders_per_call(mp: Api, orders: OrdersStore) -> None:
    ids = orders.seed_fbs_orders(101)
    sid = supply(mp)
    r = mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": ids})
    assert r.status_code == 400  # the spec's maxItems
    assert (
        mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": ids[:100]}).status_code == 204
    )
    assert (
        mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": ids[100:]}).status_code == 204
    )
    assert len(mp.get(f"/api/marketplace/v3/supplies/{sid}/order-ids").json()["orderIds"]) == 101


def test_adding_is_all_or_nothing(mp: Api, orders: OrdersStore) -> None:
    a, b, c = orders.seed_fbs_orders(3)
    sid = supply(mp)
    assert mp.patch(f"/api/v3/orders/{c}/cancel").status_code == 204
    mp_error(mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [a, b, c]}), 409)
    mp_error(mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [a, 42]}), 404)
    assert set(statuses(mp, [a, b]).values()) == {("new", "waiting")}
    mp_error(mp.patch("/api/marketplace/v3/supplies/WB-GI-1/orders", json={"orders": [a]}), 404)
    # again into the same supply: nothing changes; into another one: no longer new
    assert mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [a]}).status_code == 204
    assert mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [a]}).status_code == 204
    mp_error(mp.patch(f"/api/marketplace/v3/supplies/{supply(mp)}/orders", json={"orders": [a]}), 409)


def test_one_cargo_type_per_supply(mp: Api, orders: OrdersStore) -> None:
    small = orders.add_order(cargo_type=1).id
    large = orders.add_order(cargo_type=3).id
    sid = supply(mp)
    mp_error(mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [small, large]}), 409)
    assert mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [small]}).status_code == 204
    mp_error(mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [large]}), 409)
    assert mp.get(f"/api/v3/supplies/{sid}").json()["cargoType"] == 1


def test_a_delivered_supply_is_closed(mp: Api, orders: OrdersStore) -> None:
    a, b = orders.seed_fbs_orders(2)
    sid = supply(mp)
    mp_error(mp.patch(f"/api/v3/supplies/{sid}/deliver"), 409)  # empty
    mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [a]})
    mp_error(mp.request("DELETE", f"/api/v3/supplies/{sid}"), 409)  # not empty
    assert mp.patch(f"/api/v3/supplies/{sid}/deliver").status_code == 204
    mp_error(mp.patch(f"/api/v3/supplies/{sid}/deliver"), 409)
    mp_error(mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [b]}), 409)
    mp_error(mp.patch("/api/v3/supplies/WB-GI-1/deliver"), 404)


def test_supplies_list_by_next_and_delete(mp: Api) -> None:
    made = [supply(mp, f"s{i}") for i in range(5)]
    seen: list[str] = []
    cursor = 0
    while True:
        page = mp.get("/api/v3/supplies", params={"limit": 2, "next": cursor}).json()
        if not page["supplies"]:
            break
        seen += [s["id"] for s in page["supplies"]]
        cursor = page["next"]
    assert seen == made
    assert mp.request("DELETE", f"/api/v3/supplies/{made[0]}").status_code == 204
    mp_error(mp.get(f"/api/v3/supplies/{made[0]}"), 404)


def test_stickers_are_for_confirm_and_complete_orders(mp: Api, orders: OrdersStore) -> None:
    new, confirmed = orders.seed_fbs_orders(2)
    sid = supply(mp)
    mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [confirmed]})
    ok = {"type": "png", "width": 58, "height": 40}
    mp_error(mp.post(STICKERS, params=ok, json={"orders": [confirmed, new]}), 409)
    assert mp.post(STICKERS, params=ok, json={"orders": [confirmed]}).status_code == 200
    assert (
        mp.post(STICKERS, params={**ok, "height": 30}, json={"orders": [confirmed]}).status_code == 400
    )  # 58x30
    assert mp.post(STICKERS, params={**ok, "type": "pdf"}, json={"orders": [confirmed]}).status_code == 400
    assert mp.post(STICKERS, params=ok, json={"orders": [confirmed] * 101}).status_code == 400


def test_statuses_in_bulk(mp: Api, orders: OrdersStore) -> None:
    ids = orders.seed_fbs_orders(3)
    orders.set_wb_status(ids[2], "canceled_by_client")
    got = statuses(mp, [*ids, 1, 2])  # unknown ids are left out
    assert got == {
        ids[0]: ("new", "waiting"),
        ids[1]: ("new", "waiting"),
        ids[2]: ("cancel", "canceled_by_client"),
    }
    assert mp.post("/api/v3/orders/status", json={"orders": list(range(1, 1001))}).status_code == 200
    assert mp.post("/api/v3/orders/status", json={"orders": list(range(1, 1002))}).status_code == 400
    history = mp.post("/api/v3/orders/status/history", json={"orders": ids[2:]}).json()["orders"][0]
    assert [s["code"] for s in history["statuses"]] == ["created", "canceled_by_client"]


def test_cancel(mp: Api, orders: OrdersStore) -> None:
    a, b = orders.seed_fbs_orders(2)
    assert mp.patch(f"/api/v3/orders/{a}/cancel").status_code == 204
    assert statuses(mp, [a])[a] == ("cancel", "canceled")
    mp_error(mp.patch(f"/api/v3/orders/{a}/cancel"), 409)
    mp_error(mp.patch("/api/v3/orders/42/cancel"), 404)
    sid = supply(mp)
    mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [b]})
    mp.patch(f"/api/v3/supplies/{sid}/deliver")
    mp_error(mp.patch(f"/api/v3/orders/{b}/cancel"), 409)  # complete


def test_marking_codes_where_the_label_ids_list_them(mp: Api, orders: OrdersStore) -> None:
    [oid] = orders.seed_fbs_orders(1, required_meta=["sgtin"], optional_meta=["uin"])
    sgtin = "0104601234567890215Abc12345678"
    mp_error(mp.put(f"/api/v3/orders/{oid}/meta/sgtin", json={"sgtins": [sgtin]}), 409)  # still new
    sid = supply(mp)
    mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [oid]})
    assert mp.put(f"/api/v3/orders/{oid}/meta/sgtin", json={"sgtins": [sgtin]}).status_code == 204
    assert mp.put(f"/api/v3/orders/{oid}/meta/uin", json={"uin": "1234567890123456"}).status_code == 204
    mp_error(mp.put(f"/api/v3/orders/{oid}/meta/imei", json={"imei": "123456789012345"}), 409)  # not listed
    assert mp.put(f"/api/v3/orders/{oid}/meta/uin", json={"uin": "123"}).status_code == 400  # 16 characters
    assert mp.put(f"/api/v3/orders/{oid}/meta/sgtin", json={"sgtins": [sgtin] * 101}).status_code == 400
    [meta] = mp.post("/api/marketplace/v3/orders/meta", json={"orders": [oid]}).json()["orders"]
    assert {d["key"]: d["value"] for d in meta["metaDetails"]} == {"sgtin": sgtin, "uin": "1234567890123456"}
    assert mp.request("DELETE", f"/api/v3/orders/{oid}/meta", params={"key": "uin"}).status_code == 204
    [meta] = mp.post("/api/marketplace/v3/orders/meta", json={"orders": [oid]}).json()["orders"]
    assert {d["key"]: d["value"] for d in meta["metaDetails"]} == {"sgtin": sgtin, "uin": None}
    assert mp.get("/api/v3/orders/new").json()["orders"] == []  # confirmed
    mp_error(mp.put("/api/v3/orders/42/meta/sgtin", json={"sgtins": [sgtin]}), 404)


def test_history_by_next_and_dates(mp: Api, frozen: Emulator, orders: OrdersStore) -> None:
    now = frozen.clock.now()
    old = [orders.add_order(created=now - 10 * 86400).id for _ in range(5)]
    recent = orders.seed_fbs_orders(20)
    seen: list[int] = []
    cursor = 0
    while True:
        page = mp.get("/api/v3/orders", params={"limit": 10, "next": cursor}).json()
        if not page["orders"]:
            break
        seen += [o["id"] for o in page["orders"]]
        cursor = page["next"]
    assert seen == old + recent
    since = mp.get("/api/v3/orders", params={"limit": 1000, "next": 0, "dateFrom": int(now - 86400)}).json()
    assert [o["id"] for o in since["orders"]] == recent
    assert mp.get("/api/v3/orders", params={"limit": 1001, "next": 0}).status_code == 400


def test_archive_of_a_month(mp: Api, orders: OrdersStore, emu: Emulator) -> None:
    a, b, c = orders.seed_fbs_orders(3)
    mp.patch(f"/api/v3/orders/{a}/cancel")
    sid = supply(mp)
    mp.patch(f"/api/marketplace/v3/supplies/{sid}/orders", json={"orders": [b]})
    mp.patch(f"/api/v3/supplies/{sid}/deliver")
    when = datetime.fromtimestamp(emu.clock.now() - 1800, MSK)
    page = mp.get(
        "/api/marketplace/v3/fbs/orders/archive",
        params={"year": when.year, "month": when.month, "next": 0, "limit": 100},
    ).json()
    assert {o["id"]: o["status"]["supplierStatus"] for o in page["orders"]} == {a: "cancel", b: "complete"}
    assert c not in {o["id"] for o in page["orders"]} and page["next"] is None


def test_passes(mp: Api) -> None:
    offices = mp.get("/api/v3/passes/offices").json()
    assert offices and all(o["id"] and o["name"] and o["address"] for o in offices)
    body = {
        "firstName": "Иван",
        "lastName": "Петров",
        "carModel": "Газель",
        "carNumber": "А123ВС77",
        "officeId": offices[0]["id"],
    }
    r = mp.post("/api/v3/passes", json=body)
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    [listed] = mp.get("/api/v3/passes").json()
    assert listed["id"] == pid and listed["officeName"] == offices[0]["name"] and listed["dateEnd"]
    changed = {**body, "carNumber": "В456ОР77"}
    assert mp.put(f"/api/v3/passes/{pid}", json=changed).status_code == 204
    assert mp.get("/api/v3/passes").json()[0]["carNumber"] == "В456ОР77"
    mp_error(mp.post("/api/v3/passes", json={**body, "officeId": 999_999}), 404)
    assert mp.request("DELETE", f"/api/v3/passes/{pid}").status_code == 204
    mp_error(mp.request("DELETE", f"/api/v3/passes/{pid}"), 404)
    assert mp.get("/api/v3/passes").json() == []


def test_a_4xx_counts_ten_requests(frozen: Emulator, orders: OrdersStore) -> None:
    """WB's rows: every 4xx on marketplace counts 10 (the pipeline charges x-wb-4xx-cost)."""
    [oid] = orders.seed_fbs_orders(1)
    token = frozen.make_token(["marketplace"])
    with httpx.Client(base_url=frozen.base_url, headers={"Authorization": token}, timeout=10) as c:
        before = int(c.get("/api/v3/orders/new").headers["X-Ratelimit-Remaining"])
        assert c.get("/api/v3/supplies/WB-GI-1").status_code == 404  # supplies share the orders' bucket
        after = int(c.post("/api/v3/orders/status", json={"orders": [oid]}).headers["X-Ratelimit-Remaining"])
    assert before - after == 11  # the 404 (10) and this call (1)
