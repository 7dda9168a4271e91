"""DBS, click & collect and DBW orders over HTTP: the batch status steps (up to 1000 ids, a result
per order), marking codes in batches, labels required before handing over, the buyer's code,
click & collect's identity check, DBW's one-by-one confirm and cancel, courier and delivery,
stickers.

Served by the route() handlers: against marketplace.yaml's operations once it has them, until
then against the facts' operations drafted by drafted.wire()."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.orders import OrdersStore

from .conftest import Api, MakeApi
from .drafted import wire

DBS = "/api/marketplace/v3/dbs/orders"
CC = "/api/marketplace/v3/click-collect/orders"
DBW = "/api/marketplace/v3/dbw/orders"
SGTIN = "0104601234567890215Abc12345678"


@pytest.fixture(scope="module", autouse=True)
def wired(emulator_module: Emulator) -> list[str]:
    return wire(emulator_module)


@pytest.fixture
def orders(emu: Emulator) -> OrdersStore:
    return emu.state.default.store(OrdersStore)


@pytest.fixture
def mp(api: MakeApi) -> Api:
    return api("marketplace")


def results(mp: Api, url: str, body: dict[str, Any]) -> dict[Any, Any]:
    """{orderId: None | (code, detail)} of a batch call."""
    r = mp.post(url, json=body)
    assert r.status_code == 200, r.text
    out: dict[Any, Any] = {}
    for item in r.json()["results"]:
        out[item["orderId"]] = (
            (item["errors"][0]["code"], item["errors"][0]["detail"]) if item["isError"] else None
        )
    return out


def info(mp: Api, url: str, ids: list[int]) -> dict[int, str]:
    r = mp.post(url, json={"ordersIds": ids})
    assert r.status_code == 200, r.text
    return {o["orderId"]: o.get("supplierStatus") for o in r.json()["orders"]}


def test_dbs_new_confirm_deliver_receive(mp: Api, orders: OrdersStore) -> None:
    a, b, c = orders.seed_dbs_orders(3)
    new = mp.get("/api/v3/dbs/orders/new").json()["orders"]
    assert sorted(o["id"] for o in new) == [a, b, c] and all(o["groupId"] for o in new)
    got = results(mp, f"{DBS}/status/confirm", {"ordersIds": [a, b, 42]})
    assert got[a] is None and got[b] is None and got[42][0] == 404
    again = results(mp, f"{DBS}/status/confirm", {"ordersIds": [a]})
    assert again[a][0] == 409  # confirmed already
    assert results(mp, f"{DBS}/status/deliver", {"ordersIds": [a, b, c]}) == {
        a: None,
        b: None,
        c: (409, f"order {c} is new, not confirm"),
    }
    code_a, code_b = orders.order(a).code, orders.order(b).code  # type: ignore[union-attr]
    got = results(
        mp,
        f"{DBS}/status/receive",
        {
            "orders": [
                {"orderId": a, "code": code_a},
                {"orderId": b, "code": "0000" if code_b != "0000" else "1111"},
            ]
        },
    )
    assert got[a] is None and got[b][0] == 400  # the buyer's code does not match
    assert results(mp, f"{DBS}/status/reject", {"orders": [{"orderId": b, "code": code_b}]}) == {b: None}
    assert info(mp, f"{DBS}/status/info", [a, b, c]) == {a: "receive", b: "reject", c: "new"}
    assert results(mp, f"{DBS}/status/cancel", {"ordersIds": [a, c]}) == {
        a: (409, f"order {a} is receive, not new or confirm or deliver"),
        c: None,
    }


def test_batches_take_1000_ids(mp: Api, orders: OrdersStore) -> None:
    ids = orders.seed_dbs_orders(1000)
    got = results(mp, f"{DBS}/status/confirm", {"ordersIds": ids})
    assert len(got) == 1000 and all(v is None for v in got.values())
    r = mp.post(f"{DBS}/status/confirm", json={"ordersIds": [*ids, 1]})
    assert r.status_code == 400  # the spec's maxItems


def test_labels_are_required_before_handing_over(mp: Api, orders: OrdersStore) -> None:
    [oid] = orders.seed_dbs_orders(1, required_meta=["sgtin"], optional_meta=["imei"])
    got = results(mp, f"{DBS}/meta/sgtin", {"orders": [{"orderId": oid, "sgtins": [SGTIN]}]})
    assert got[oid][0] == 409  # still new
    results(mp, f"{DBS}/status/confirm", {"ordersIds": [oid]})
    r = mp.post(f"{DBS}/status/deliver", json={"ordersIds": [oid]})
    [item] = r.json()["results"]
    assert item["isError"] and item["errors"][0]["code"] == 400
    assert [d["key"] for d in item["errors"][0]["metaDetails"]] == ["sgtin"]
    got = results(
        mp,
        f"{DBS}/meta/uin",
        {"orders": [{"orderId": oid, "uin": "1234567890123456"}, {"orderId": 42, "uin": "1234567890123456"}]},
    )
    assert got[oid][0] == 409 and got[42][0] == 404  # uin is not among its label keys
    assert results(mp, f"{DBS}/meta/sgtin", {"orders": [{"orderId": oid, "sgtins": [SGTIN]}]}) == {oid: None}
    details = mp.post(f"{DBS}/meta/details", json={"ordersIds": [oid]}).json()["orders"][0]["metaDetails"]
    assert {d["key"]: d.get("value") for d in details} == {"sgtin": SGTIN, "imei": None}
    assert results(mp, f"{DBS}/status/deliver", {"ordersIds": [oid]}) == {oid: None}
    # delivered: the labels stay as they are
    assert results(mp, f"{DBS}/meta/delete", {"key": "sgtin", "orderIds": [oid]})[oid][0] == 409


def test_dbs_stickers_are_pdf_58x40(mp: Api, orders: OrdersStore) -> None:
    a, b = orders.seed_dbs_orders(2)
    results(mp, f"{DBS}/status/confirm", {"ordersIds": [a]})
    pdf = {"type": "pdf", "width": 58, "height": 40}
    r = mp.post(f"{DBS}/stickers", params=pdf, json={"orders": [a]})
    assert r.status_code == 200, r.text
    assert base64.b64decode(r.json()["stickers"][0]["file"]).startswith(b"%PDF")
    assert mp.post(f"{DBS}/stickers", params={**pdf, "type": "png"}, json={"orders": [a]}).status_code == 400
    assert mp.post(f"{DBS}/stickers", params=pdf, json={"orders": [b]}).status_code == 400  # new


def test_dbs_history_by_next(mp: Api, orders: OrdersStore, emu: Emulator) -> None:
    ids = orders.seed_dbs_orders(7)
    now = int(emu.clock.now())
    seen: list[int] = []
    cursor = 0
    while True:
        page = mp.get(
            "/api/v3/dbs/orders",
            params={"limit": 3, "next": cursor, "dateFrom": now - 86400, "dateTo": now + 60},
        ).json()
        if not page["orders"]:
            break
        seen += [o["id"] for o in page["orders"]]
        cursor = page["next"]
    assert seen == ids


def test_click_and_collect(mp: Api, orders: OrdersStore) -> None:
    a, b = orders.seed_cc_orders(2)
    code = orders.order(a).code  # type: ignore[union-attr]
    passcode = orders.order(a).passcode  # type: ignore[union-attr]
    new = mp.get("/api/v3/click-collect/orders/new").json()["orders"]
    assert {o["id"]: o["orderCode"] for o in new}[a] == code
    assert results(mp, f"{CC}/status/confirm", {"ordersIds": [a, b]}) == {a: None, b: None}
    r = mp.post(
        "/api/v3/click-collect/orders/client/identity", json={"orderCode": code, "passcode": passcode}
    )
    assert r.status_code == 409  # not ready at the store yet
    assert results(mp, f"{CC}/status/prepare", {"ordersIds": [a, b]}) == {a: None, b: None}
    assert info(mp, f"{CC}/status/info", [a, b]) == {a: "prepare", b: "prepare"}
    assert results(mp, f"{CC}/status/receive", {"ordersIds": [a]})[a][0] == 409  # identity not checked
    wrong = "0000" if passcode != "0000" else "1111"
    check = mp.post(
        "/api/v3/click-collect/orders/client/identity", json={"orderCode": code, "passcode": wrong}
    )
    assert check.status_code == 200 and check.json() == {"ok": False}
    check = mp.post(
        "/api/v3/click-collect/orders/client/identity", json={"orderCode": code, "passcode": passcode}
    )
    assert check.json() == {"ok": True}
    assert results(mp, f"{CC}/status/receive", {"ordersIds": [a]}) == {a: None}
    assert results(mp, f"{CC}/status/reject", {"ordersIds": [b]}) == {b: None}
    assert info(mp, f"{CC}/status/info", [a, b]) == {a: "receive", b: "reject"}
    unknown = mp.post(
        "/api/v3/click-collect/orders/client/identity", json={"orderCode": "nope", "passcode": "1"}
    )
    assert unknown.status_code == 404


def test_click_and_collect_prepare_needs_labels(mp: Api, orders: OrdersStore) -> None:
    [oid] = orders.seed_cc_orders(1, required_meta=["uin"])
    results(mp, f"{CC}/status/confirm", {"ordersIds": [oid]})
    assert results(mp, f"{CC}/status/prepare", {"ordersIds": [oid]})[oid][0] == 400
    assert results(mp, f"{CC}/meta/uin", {"orders": [{"orderId": oid, "uin": "1234567890123456"}]}) == {
        oid: None
    }
    assert results(mp, f"{CC}/status/prepare", {"ordersIds": [oid]}) == {oid: None}


def test_dbw_confirm_courier_deliver(mp: Api, orders: OrdersStore) -> None:
    a, b, c = orders.seed_dbw_orders(3)
    assert sorted(o["id"] for o in mp.get("/api/v3/dbw/orders/new").json()["orders"]) == [a, b, c]
    assert mp.patch(f"/api/v3/dbw/orders/{a}/confirm").status_code == 204
    assert mp.patch(f"/api/v3/dbw/orders/{b}/confirm").status_code == 204
    r = mp.patch(f"/api/v3/dbw/orders/{a}/confirm")
    assert r.status_code == 409 and r.json()["message"]
    assert mp.patch("/api/v3/dbw/orders/42/confirm").status_code == 404
    courier = {
        o["orderID"]: o["courierInfo"]
        for o in mp.post("/api/v3/dbw/orders/courier", json={"orders": [a, c]}).json()["orders"]
    }
    assert courier[a]["mustBeAssigned"] is True and courier[a]["contacts"]["phone"]
    assert courier[c]["mustBeAssigned"] is False and "contacts" not in courier[c]
    assert results(mp, f"{DBW}/status/deliver", {"ordersIds": [a, c]}) == {
        a: None,
        c: (409, f"order {c} is new, not confirm"),
    }
    status = {
        o["id"]: o["supplierStatus"]
        for o in mp.post("/api/v3/dbw/orders/status", json={"orders": [a, b, c]}).json()["orders"]
    }
    assert status == {a: "complete", b: "confirm", c: "new"}
    assert mp.patch(f"/api/v3/dbw/orders/{a}/cancel").status_code == 409
    assert mp.patch(f"/api/v3/dbw/orders/{c}/cancel").status_code == 204
    r = mp.post(
        "/api/v3/dbw/orders/stickers",
        params={"type": "zplh", "width": 40, "height": 30},
        json={"orders": [b]},
    )
    assert r.status_code == 200 and base64.b64decode(r.json()["stickers"][0]["file"]).startswith(b"^XA")


def test_dbw_marking_codes(mp: Api, orders: OrdersStore) -> None:
    [oid] = orders.seed_dbw_orders(1, required_meta=["imei"], optional_meta=["sgtin"])
    assert (
        mp.put(f"/api/v3/dbw/orders/{oid}/meta/imei", json={"imei": "123456789012345"}).status_code == 409
    )  # new
    mp.patch(f"/api/v3/dbw/orders/{oid}/confirm")
    assert results(mp, f"{DBW}/status/deliver", {"ordersIds": [oid]})[oid][0] == 400  # imei first
    assert mp.put(f"/api/v3/dbw/orders/{oid}/meta/imei", json={"imei": "123456789012345"}).status_code == 204
    assert mp.put(f"/api/v3/dbw/orders/{oid}/meta/gtin", json={"gtin": "4601234567890"}).status_code == 409
    assert results(mp, f"{DBW}/meta/sgtin", {"orders": [{"orderId": oid, "sgtins": [SGTIN]}]}) == {oid: None}
    details = mp.post(f"{DBW}/meta/details", json={"ordersIds": [oid]}).json()["orders"][0]["metaDetails"]
    assert {d["key"]: d["value"] for d in details} == {"imei": "123456789012345", "sgtin": SGTIN}
    assert results(mp, f"{DBW}/meta/delete", {"key": "sgtin", "ordersIds": [oid]}) == {oid: None}
    assert results(mp, f"{DBW}/status/deliver", {"ordersIds": [oid]}) == {oid: None}


def test_kinds_do_not_mix(mp: Api, orders: OrdersStore) -> None:
    [fbs] = orders.seed_fbs_orders(1)
    [dbs] = orders.seed_dbs_orders(1)
    assert results(mp, f"{CC}/status/confirm", {"ordersIds": [fbs, dbs]}) == {
        fbs: (404, f"order {fbs} not found"),
        dbs: (404, f"order {dbs} not found"),
    }
    assert mp.patch(f"/api/v3/dbw/orders/{dbs}/confirm").status_code == 404
