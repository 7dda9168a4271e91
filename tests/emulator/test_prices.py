"""Prices and discounts over HTTP: uploads through the buffer into the history (statuses 3/5/6/4),
quarantine, size prices only where editableSizePrice, club discounts, 208/422, paging, validation."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.prices import QUARANTINE_TEXT, PricesStore

BUFFER = 1000.0  # virtual seconds; tests move the clock past it explicitly


class RetryOn429(httpx.BaseTransport):
    """The prices bucket allows 1 request per 600 virtual ms: wait as told and resend, as a client does."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for _ in range(100):
            response = self._inner.handle_request(request)
            if response.status_code != 429:
                return response
            response.read()
            response.close()
            time.sleep(float(response.headers.get("X-Ratelimit-Retry", "0.01")))
        return response

    def close(self) -> None:
        self._inner.close()


@pytest.fixture
def api(emu: Emulator) -> Iterator[httpx.Client]:
    saved = dict(emu.settings)
    emu.settings["prices.buffer_seconds"] = BUFFER
    headers = {"Authorization": emu.make_token(["prices"])}
    with httpx.Client(base_url=emu.base_url, headers=headers, transport=RetryOn429(), timeout=10) as c:
        yield c
    emu.settings.clear()
    emu.settings.update(saved)


@pytest.fixture
def store(emu: Emulator) -> PricesStore:
    return emu.state.default.store(PricesStore)


def upload(api: httpx.Client, items: list[dict[str, Any]], path: str = "/api/v2/upload/task") -> int:
    r = api.post(path, json={"data": items})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["error"] is False and body["data"]["alreadyExists"] is False
    return int(body["data"]["id"])


def state(api: httpx.Client, where: str, upload_id: int) -> dict[str, Any]:
    r = api.get(f"/api/v2/{where}/tasks", params={"uploadID": upload_id})
    assert r.status_code == 200, r.text
    return dict(r.json())


def details(api: httpx.Client, where: str, upload_id: int, limit: int = 1000, offset: int = 0) -> list[Any]:
    r = api.get(
        f"/api/v2/{where}/goods/task", params={"uploadID": upload_id, "limit": limit, "offset": offset}
    )
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    return list(data["historyGoods" if where == "history" else "bufferGoods"] or [])  # null past the end


def processed(api: httpx.Client, emu: Emulator, upload_id: int) -> dict[str, Any]:
    emu.clock.advance(BUFFER + 1)
    data = state(api, "history", upload_id)["data"]
    assert data is not None
    return dict(data)


def goods(api: httpx.Client, **params: Any) -> list[Any]:
    r = api.get("/api/v2/list/goods/filter", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return list(r.json()["data"]["listGoods"] or [])  # WB's null for an empty page


def test_upload_waits_in_buffer_then_history_status_3_and_applies(
    api: httpx.Client, emu: Emulator, store: PricesStore
) -> None:
    good = store.add_good(501, price=1000, discount=10, club_discount=5, sizes=("42", "44"))
    uid = upload(api, [{"nmID": 501, "price": 1200, "discount": 20}])

    buffered = state(api, "buffer", uid)["data"]
    assert buffered["uploadID"] == uid and buffered["status"] == 1
    assert buffered["overAllGoodsNumber"] == 1
    assert buffered["uploadDate"].endswith("+03:00")
    [item] = details(api, "buffer", uid)
    assert item["status"] == 1 and item["errorText"] == "" and item["price"] == 1200
    # not in the history yet, and the goods still have their old price
    assert state(api, "history", uid)["data"] is None
    assert goods(api, filterNmID=501)[0]["sizes"][0]["price"] == 1000

    task = processed(api, emu, uid)
    assert task["status"] == 3 and task["successGoodsNumber"] == 1
    assert state(api, "buffer", uid)["data"] is None
    [item] = details(api, "history", uid)
    assert item["status"] == 2 and item["errorText"] == "" and item["discount"] == 20
    [listed] = goods(api, filterNmID=501)
    assert listed["discount"] == 20 and listed["clubDiscount"] == 5
    assert [s["price"] for s in listed["sizes"]] == [1200, 1200]
    assert listed["sizes"][0]["discountedPrice"] == 960
    assert listed["sizes"][0]["clubDiscountedPrice"] == 912
    assert store.good(501) is good and good.discount == 20


def test_upload_leaves_buffer_in_real_time(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    emu.settings["prices.buffer_seconds"] = 2.0  # 20 ms real at time_scale 0.01
    store.add_good(7, price=500)
    uid = upload(api, [{"nmID": 7, "price": 600}])
    time.sleep(emu.clock.to_real(2.5))
    assert state(api, "history", uid)["data"]["status"] == 3


def test_some_items_with_errors_give_status_5(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(1, price=1000)
    uid = upload(
        api, [{"nmID": 1, "discount": 15}, {"nmID": 999, "price": 100}, {"nmID": 1_000_000, "discount": 5}]
    )
    buffered = details(api, "buffer", uid)
    assert [i["errorText"] != "" for i in buffered] == [False, True, True]  # known on receipt

    task = processed(api, emu, uid)
    assert task["status"] == 5 and task["overAllGoodsNumber"] == 3 and task["successGoodsNumber"] == 1
    rows = details(api, "history", uid)
    assert [(r["nmID"], r["status"]) for r in rows] == [(1, 2), (999, 3), (1_000_000, 3)]
    assert "not found" in rows[1]["errorText"]
    assert store.good(1) is not None and store.good(1).discount == 15  # type: ignore[union-attr]


def test_all_items_with_errors_give_status_6(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(1, price=1000)
    uid = upload(api, [{"nmID": 2, "price": 100}, {"nmID": 1, "discount": 150}])
    task = processed(api, emu, uid)
    assert task["status"] == 6 and task["successGoodsNumber"] == 0
    assert all(r["status"] == 3 and r["errorText"] for r in details(api, "history", uid))
    assert store.good(1).discount == 0  # type: ignore[union-attr]


def test_quarantine_keeps_the_old_price(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(10, price=3000, discount=0)
    store.add_good(11, price=3000, discount=0)
    # 3000 -> 1000 is exactly 3 times lower: quarantine; 3000 -> 1010 is not
    uid = upload(api, [{"nmID": 10, "price": 1000}, {"nmID": 11, "price": 1010}])
    emu.clock.advance(BUFFER + 1)
    task_body = state(api, "history", uid)
    assert task_body["data"]["status"] == 5
    assert task_body["errorText"] == QUARANTINE_TEXT
    rows = {r["nmID"]: r for r in details(api, "history", uid)}
    assert rows[10]["status"] == 3 and rows[10]["errorText"] == QUARANTINE_TEXT
    assert rows[11]["status"] == 2
    assert goods(api, filterNmID=10)[0]["sizes"][0]["price"] == 3000
    assert goods(api, filterNmID=11)[0]["sizes"][0]["price"] == 1010

    r = api.get("/api/v2/quarantine/goods", params={"limit": 10})
    [q] = r.json()["data"]["quarantineGoods"]
    assert q["nmID"] == 10 and q["oldPrice"] == 3000 and q["newPrice"] == 1000 and q["priceDiff"] == -2000

    # a later accepted price ends the quarantine
    uid2 = upload(api, [{"nmID": 10, "price": 2500}])
    assert processed(api, emu, uid2)["status"] == 3
    assert api.get("/api/v2/quarantine/goods", params={"limit": 10}).json()["data"]["quarantineGoods"] == []


def test_quarantine_counts_the_discount_and_can_be_released(
    api: httpx.Client, emu: Emulator, store: PricesStore
) -> None:
    store.add_good(20, price=1000, discount=10)  # 900 now
    uid = upload(api, [{"nmID": 20, "discount": 70}])  # 300: exactly 3 times lower
    assert processed(api, emu, uid)["status"] == 6
    assert [q.nm_id for q in store.quarantine()] == [20]
    assert store.release_quarantine(20)
    [g] = goods(api, filterNmID=20)
    assert g["discount"] == 70 and g["sizes"][0]["discountedPrice"] == 300
    assert store.quarantine() == []


def test_size_prices_only_where_editable(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(30, price=1000, sizes=[(301, "S"), (302, "M")], editable_size_price=True, discount=50)
    store.add_good(31, price=1000, sizes=[(311, "S")])
    uid = upload(
        api,
        [
            {"nmID": 30, "sizeID": 302, "price": 1500},
            {"nmID": 31, "sizeID": 311, "price": 1500},
            {"nmID": 30, "sizeID": 999, "price": 1500},
        ],
        "/api/v2/upload/task/size",
    )
    assert processed(api, emu, uid)["status"] == 5
    rows = details(api, "history", uid)
    assert [r["status"] for r in rows] == [2, 3, 3]
    assert rows[0]["sizeID"] == 302 and rows[0]["techSizeName"] == "M"
    assert "editableSizePrice" in rows[1]["errorText"]
    assert "sizeID 999" in rows[2]["errorText"]

    r = api.get("/api/v2/list/goods/size/nm", params={"nmID": 30, "limit": 10})
    sizes = r.json()["data"]["listGoods"]
    assert [(s["sizeID"], s["price"], s["discountedPrice"]) for s in sizes] == [
        (301, 1000, 500),
        (302, 1500, 750),
    ]
    assert all(s["editableSizePrice"] and s["nmID"] == 30 for s in sizes)
    # the sizes method is only for goods with size pricing
    r = api.get("/api/v2/list/goods/size/nm", params={"nmID": 31, "limit": 10})
    assert r.json()["data"]["listGoods"] is None  # null, as WB sends it


def test_size_price_cuts_are_not_quarantined(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(40, price=9000, sizes=[(401, "S")], editable_size_price=True)
    uid = upload(api, [{"nmID": 40, "sizeID": 401, "price": 100}], "/api/v2/upload/task/size")
    assert processed(api, emu, uid)["status"] == 3
    assert store.good(40).sizes[0].price == 100  # type: ignore[union-attr]


def test_club_discounts(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(50, price=2000, discount=50)
    uid = upload(
        api,
        [{"nmID": 50, "clubDiscount": 10}, {"nmID": 51, "clubDiscount": 5}],
        "/api/v2/upload/task/club-discount",
    )
    assert processed(api, emu, uid)["status"] == 5
    [g] = goods(api, filterNmID=50)
    assert g["clubDiscount"] == 10 and g["sizes"][0]["clubDiscountedPrice"] == 900


def test_resent_upload_is_208_and_unchanged_is_422(
    api: httpx.Client, emu: Emulator, store: PricesStore
) -> None:
    store.add_good(60, price=1000)
    body = {"data": [{"nmID": 60, "price": 1100}]}
    first = api.post("/api/v2/upload/task", json=body).json()["data"]["id"]
    again = api.post("/api/v2/upload/task", json=body)
    assert again.status_code == 208
    assert again.json()["data"] == {"id": first, "alreadyExists": True}
    # other content: a new upload with a new ID
    assert upload(api, [{"nmID": 60, "price": 1200}]) != first

    emu.clock.advance(3600)  # both applied, the duplicate window long over
    last = api.post("/api/v2/upload/task", json={"data": [{"nmID": 60, "price": 1200}]})
    assert last.status_code == 422
    assert last.json()["error"] is True and "already set" in last.json()["errorText"]


def test_canceled_upload_has_status_4(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(70, price=1000)
    uid = upload(api, [{"nmID": 70, "price": 1100}])
    assert store.cancel_upload(uid)
    assert state(api, "history", uid)["data"]["status"] == 4
    assert store.good(70).price == 1000  # type: ignore[union-attr]


def test_goods_paging_exact_multiple_and_past_the_end(api: httpx.Client, store: PricesStore) -> None:
    seeded = store.seed_goods(30)
    past = api.get("/api/v2/list/goods/filter", params={"limit": 10, "offset": 30}).json()
    assert past["data"] == {"listGoods": None}  # WB sends null, not [], for an empty page
    pages = [goods(api, limit=10, offset=off) for off in (0, 10, 20, 30)]
    assert [len(p) for p in pages] == [10, 10, 10, 0]
    assert [g["nmID"] for p in pages for g in p] == [g.nm_id for g in seeded]
    assert goods(api, limit=10, offset=10_000) == []
    assert goods(api, limit=0) == []
    assert goods(api, filterNmID=seeded[3].nm_id)[0]["vendorCode"] == seeded[3].vendor_code
    assert goods(api, filterNmID=1) == []
    editable = [g for g in goods(api) if g["editableSizePrice"]]
    assert len(editable) == 6 and all(len({s["price"] for s in g["sizes"]}) > 1 for g in editable)


def test_details_and_quarantine_paging(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    for nm in range(1, 26):
        store.add_good(nm, price=9000)
    uid = upload(api, [{"nmID": nm, "price": 100} for nm in range(1, 26)])
    assert [len(details(api, "buffer", uid, 10, off)) for off in (0, 10, 20, 25)] == [10, 10, 5, 0]
    assert processed(api, emu, uid)["status"] == 6
    assert [len(details(api, "history", uid, 5, off)) for off in (0, 20, 25, 100)] == [5, 5, 0, 0]
    pages = [
        api.get("/api/v2/quarantine/goods", params={"limit": 25, "offset": off}).json()["data"][
            "quarantineGoods"
        ]
        for off in (0, 25)
    ]
    assert [len(p) for p in pages] == [25, 0]
    assert [q["nmID"] for q in pages[0]] == list(range(1, 26))


def test_validation_errors_in_the_envelope(api: httpx.Client, store: PricesStore) -> None:
    store.add_good(80, price=1000)

    def bad(r: httpx.Response, status: int, text: str) -> None:
        assert r.status_code == status, r.text
        body = r.json()
        assert body["error"] is True and body["data"] is None and text in body["errorText"], body

    bad(api.post("/api/v2/upload/task", json={"data": []}), 400, "no goods")
    bad(api.post("/api/v2/upload/task", json={"data": [{"nmID": 80}]}), 400, "price and discount")
    bad(
        api.post("/api/v2/upload/task", json={"data": [{"nmID": 80, "price": 1}] * 2}),
        400,
        "duplicate nmID 80",
    )
    bad(api.post("/api/v2/upload/task", json={"data": [{"nmID": "x", "price": 1}]}), 400, "nmID")
    bad(api.post("/api/v2/upload/task", json={"data": [{"nmID": 80, "price": 1}] * 1001}), 400, "")
    bad(api.post("/api/v2/upload/task/size", json={"data": [{"nmID": 80, "price": 1}]}), 400, "sizeID")
    bad(api.get("/api/v2/list/goods/filter", params={"limit": 1001}), 400, "limit")
    bad(api.get("/api/v2/list/goods/filter", params={"limit": 10, "offset": -1}), 400, "offset")
    bad(api.get("/api/v2/list/goods/filter"), 400, "limit")
    bad(api.get("/api/v2/history/tasks"), 400, "uploadID")
    bad(api.get("/api/v2/history/tasks", params={"uploadID": 123}), 400, "not found")
    bad(api.get("/api/v2/buffer/goods/task", params={"uploadID": 123, "limit": 1}), 400, "not found")


def test_sellers_do_not_see_each_other(api: httpx.Client, emu: Emulator, store: PricesStore) -> None:
    store.add_good(90, price=1000)
    other = emu.new_seller_id()
    emu.state.seller(other).store(PricesStore).add_good(91, price=1000)
    headers = {"Authorization": emu.make_token(["prices"], seller_id=other)}
    theirs = api.get("/api/v2/list/goods/filter", params={"limit": 10}, headers=headers).json()["data"][
        "listGoods"
    ]
    assert [g["nmID"] for g in theirs] == [91]
    assert [g["nmID"] for g in goods(api)] == [90]


def test_seeding_is_fast_for_benchmarks(api: httpx.Client, store: PricesStore) -> None:
    start = time.process_time()  # CPU time: other processes on the machine do not count
    store.seed_goods(20_000)
    assert time.process_time() - start < 2.0
    assert len(goods(api, limit=100, offset=19_950)) == 50
