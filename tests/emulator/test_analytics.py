"""Analytics and reports over HTTP: the generated reports' tasks (new -> processing -> done on the
virtual clock, download), the CSV reports (the client's id, statuses, FAILED and retry, a ZIP with
a CSV), the sales funnel and search-query reports by limit/offset, the order feed on one snapshot,
and the stocks on WB warehouses."""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.analytics import AnalyticsStore
from wbseller_emulator.handlers.content import ContentStore

from .conftest import MakeApi

WEEK = {"start": "2026-11-02", "end": "2026-11-08"}


@pytest.fixture
def an(emu: Emulator) -> AnalyticsStore:
    return emu.state.default.store(AnalyticsStore)


# --- generated reports -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/warehouse_remains", {"groupByNm": "true"}),
        ("/api/v1/paid_storage", {"dateFrom": "2026-11-01", "dateTo": "2026-11-03"}),
        ("/api/v1/acceptance_report", {"dateFrom": "2026-11-01", "dateTo": "2026-11-07"}),
    ],
)
def test_a_report_task_goes_new_processing_done(
    api: MakeApi, frozen: Emulator, path: str, params: dict[str, str]
) -> None:
    c = api("analytics")
    task_id = c.get(path, params=params).json()["data"]["taskId"]
    uuid.UUID(task_id)

    def status() -> str:
        data = c.get(f"{path}/tasks/{task_id}/status").json()["data"]
        assert data["id"] == task_id
        return str(data["status"])

    assert status() == "new"
    r = c.get(f"{path}/tasks/{task_id}/download")
    assert r.status_code == 400 and "new" in r.json()["detail"]
    frozen.clock.advance(5)
    assert status() == "processing"
    frozen.clock.advance(60)  # past the task, and the download's 1-a-minute budget
    assert status() == "done"
    rows = c.get(f"{path}/tasks/{task_id}/download").json()
    assert rows and isinstance(rows, list)


def test_report_rows(api: MakeApi, emu: Emulator) -> None:
    emu.settings.update({"analytics.task_processing_after": 0.0, "analytics.task_done_after": 0.0})
    c = api("analytics")

    def rows(path: str, params: dict[str, str]) -> Any:
        task_id = c.get(path, params=params).json()["data"]["taskId"]
        return c.get(f"{path}/tasks/{task_id}/download").json()

    remains = rows("/api/v1/warehouse_remains", {})
    assert all(r["nmId"] and r["barcode"] and r["warehouses"] for r in remains)
    storage = rows("/api/v1/paid_storage", {"dateFrom": "2026-11-01", "dateTo": "2026-11-03"})
    assert {r["date"] for r in storage} == {"2026-11-01", "2026-11-02", "2026-11-03"}
    sizes = len({r["chrtId"] for r in storage})
    assert len(storage) == 3 * sizes and len(remains) == sizes  # a row per size (and day)
    accepted = rows("/api/v1/acceptance_report", {"dateFrom": "2026-11-01", "dateTo": "2026-11-30"})
    assert accepted and all("2026-11-01" <= r["giCreateDate"] <= "2026-11-30" for r in accepted)


def test_a_done_report_without_rows_is_204(api: MakeApi, emu: Emulator) -> None:
    emu.settings.update({"analytics.task_processing_after": 0.0, "analytics.task_done_after": 0.0})
    c = api("analytics")
    # the emulator's supplies are accepted every third day: a day between two has no rows
    day = next(d for d in (date(2026, 11, 1) + timedelta(days=i) for i in range(3)) if d.toordinal() % 3)
    params = {"dateFrom": day.isoformat(), "dateTo": day.isoformat()}
    task_id = c.get("/api/v1/acceptance_report", params=params).json()["data"]["taskId"]
    r = c.get(f"/api/v1/acceptance_report/tasks/{task_id}/download")
    assert r.status_code == 204 and r.content == b""


def test_unknown_canceled_and_purged_tasks(api: MakeApi, an: AnalyticsStore) -> None:
    c = api("analytics")
    task_id = c.get("/api/v1/warehouse_remains").json()["data"]["taskId"]
    assert c.get(f"/api/v1/paid_storage/tasks/{task_id}/status").status_code == 404  # another report's
    assert c.get("/api/v1/warehouse_remains/tasks/nope/status").status_code == 404
    assert c.get("/api/v1/warehouse_remains/tasks/nope/download").status_code == 404
    an.cancel_task(task_id)
    assert c.get(f"/api/v1/warehouse_remains/tasks/{task_id}/status").json()["data"]["status"] == "canceled"
    other = c.get("/api/v1/warehouse_remains").json()["data"]["taskId"]
    an.purge_task(other)
    assert c.get(f"/api/v1/warehouse_remains/tasks/{other}/status").json()["data"]["status"] == "purged"
    assert c.get(f"/api/v1/warehouse_remains/tasks/{other}/download").status_code == 400


def test_bad_report_dates(api: MakeApi) -> None:
    c = api("analytics")
    r = c.get("/api/v1/paid_storage", params={"dateFrom": "2026-11-05", "dateTo": "2026-11-01"})
    assert r.status_code == 400
    assert (
        c.get("/api/v1/acceptance_report", params={"dateFrom": "soon", "dateTo": "2026-11-01"}).status_code
        == 400
    )


def test_task_status_is_polled_once_per_5_seconds(frozen: Emulator) -> None:
    """The spec's rows: a burst of 5, then one per 5 seconds."""
    token = frozen.make_token(["analytics"])
    with httpx.Client(base_url=frozen.base_url, headers={"Authorization": token}, timeout=10) as c:
        task_id = c.get("/api/v1/warehouse_remains").json()["data"]["taskId"]
        url = f"/api/v1/warehouse_remains/tasks/{task_id}/status"
        assert [c.get(url).status_code for _ in range(6)] == [200] * 5 + [429]
        frozen.clock.advance(5)
        assert c.get(url).status_code == 200


# --- CSV reports -------------------------------------------------------------------------------------
def csv_body(report_id: str, **params: Any) -> dict[str, Any]:
    return {
        "id": report_id,
        "reportType": "DETAIL_HISTORY_REPORT",
        "userReportName": "November",
        "params": {"startDate": "2026-11-01", "endDate": "2026-11-03", **params},
    }


def test_csv_report_lifecycle(api: MakeApi, frozen: Emulator) -> None:
    c = api("analytics")
    rid = str(uuid.uuid4())
    assert c.post("/api/v2/nm-report/downloads", json=csv_body(rid)).status_code == 200

    def report() -> dict[str, Any]:
        [one] = c.get("/api/v2/nm-report/downloads", params={"filter[downloadIds]": rid}).json()["data"]
        return dict(one)

    assert report()["status"] == "WAITING" and report()["name"] == "November"
    assert c.get(f"/api/v2/nm-report/downloads/file/{rid}").status_code == 400
    frozen.clock.advance(5)
    assert report()["status"] == "PROCESSING"
    frozen.clock.advance(60)
    done = report()
    assert done["status"] == "SUCCESS" and done["size"] > 0
    r = c.get(f"/api/v2/nm-report/downloads/file/{rid}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert len(r.content) == done["size"]
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        assert z.namelist() == [f"{rid}.csv"]
        rows = list(csv.DictReader(io.StringIO(z.read(f"{rid}.csv").decode())))
    assert {row["dt"] for row in rows} == {"2026-11-01", "2026-11-02", "2026-11-03"}
    assert all(int(row["ordersCount"]) <= int(row["addToCartCount"]) for row in rows)
    # the id is the client's: a second report under it is refused
    assert c.post("/api/v2/nm-report/downloads", json=csv_body(rid)).status_code == 400


def test_a_failed_csv_report_is_retried(api: MakeApi, frozen: Emulator, an: AnalyticsStore) -> None:
    an.seed_csv_failures(1)
    c = api("analytics")
    failing, fine = str(uuid.uuid4()), str(uuid.uuid4())
    c.post("/api/v2/nm-report/downloads", json=csv_body(failing))
    c.post("/api/v2/nm-report/downloads", json=csv_body(fine))
    assert (
        c.post("/api/v2/nm-report/downloads/retry", json={"downloadId": failing}).status_code == 400
    )  # WAITING
    frozen.clock.advance(60)
    statuses = {r["id"]: r["status"] for r in c.get("/api/v2/nm-report/downloads").json()["data"]}
    assert statuses == {failing: "FAILED", fine: "SUCCESS"}
    assert c.get(f"/api/v2/nm-report/downloads/file/{failing}").status_code == 400
    r = c.post("/api/v2/nm-report/downloads/retry", json={"downloadId": failing})
    assert r.status_code == 200
    statuses = {r["id"]: r["status"] for r in c.get("/api/v2/nm-report/downloads").json()["data"]}
    assert statuses[failing] == "RETRY"
    frozen.clock.advance(60)
    assert c.get(f"/api/v2/nm-report/downloads/file/{failing}").status_code == 200


def test_csv_report_refusals(api: MakeApi) -> None:
    c = api("analytics")
    assert c.post("/api/v2/nm-report/downloads", json=csv_body("not-a-uuid")).status_code == 400
    bad_period = csv_body(str(uuid.uuid4()), startDate="2026-11-05", endDate="2026-11-01")
    assert c.post("/api/v2/nm-report/downloads", json=bad_period).status_code == 400
    unknown = str(uuid.uuid4())
    assert c.post("/api/v2/nm-report/downloads/retry", json={"downloadId": unknown}).status_code == 400
    assert c.get(f"/api/v2/nm-report/downloads/file/{unknown}").status_code == 400


# --- sales funnel and search queries -----------------------------------------------------------------
def test_sales_funnel_products_by_limit_and_offset(api: MakeApi, emu: Emulator) -> None:
    emu.state.default.store(ContentStore).seed_cards(12)
    c = api("analytics")
    body: dict[str, Any] = {
        "selectedPeriod": WEEK,
        "orderBy": {"field": "orderSum", "mode": "desc"},
        "limit": 5,
    }
    pages = [
        c.post("/api/analytics/v3/sales-funnel/products", json={**body, "offset": off}).json()["data"][
            "products"
        ]
        for off in (0, 5, 10, 15)
    ]
    assert [len(p) for p in pages] == [5, 5, 2, 0]
    rows = [p for page in pages for p in page]
    sums = [p["statistic"]["selected"]["orderSum"] for p in rows]
    assert sums == sorted(sums, reverse=True) and len({p["product"]["nmId"] for p in rows}) == 12
    one = rows[0]
    history = c.post(
        "/api/analytics/v3/sales-funnel/products/history",
        json={"selectedPeriod": WEEK, "nmIds": [one["product"]["nmId"]]},
    ).json()
    [product] = history
    assert len(product["history"]) == 7
    assert sum(d["orderSum"] for d in product["history"]) == one["statistic"]["selected"]["orderSum"]
    weekly = c.post(
        "/api/analytics/v3/sales-funnel/products/history",
        json={"selectedPeriod": WEEK, "nmIds": [one["product"]["nmId"]], "aggregationLevel": "week"},
    ).json()
    assert [d["date"] for d in weekly[0]["history"]] == ["2026-11-02"]
    too_many = {"selectedPeriod": WEEK, "nmIds": list(range(1, 22))}
    assert c.post("/api/analytics/v3/sales-funnel/products/history", json=too_many).status_code == 400


def test_sales_funnel_filters_and_past_period(api: MakeApi) -> None:
    c = api("analytics")
    every = c.post("/api/analytics/v3/sales-funnel/products", json={"selectedPeriod": WEEK}).json()["data"]
    brand = every["products"][0]["product"]["brandName"]
    body = {
        "selectedPeriod": WEEK,
        "pastPeriod": {"start": "2026-10-26", "end": "2026-11-01"},
        "brandNames": [brand],
    }
    some = c.post("/api/analytics/v3/sales-funnel/products", json=body).json()["data"]["products"]
    assert some and all(p["product"]["brandName"] == brand for p in some)
    assert all(p["statistic"]["past"]["period"]["start"] == "2026-10-26" for p in some)
    bad = {"selectedPeriod": {"start": "2026-11-08", "end": "2026-11-02"}}
    assert c.post("/api/analytics/v3/sales-funnel/products", json=bad).status_code == 400


def search_body(**more: Any) -> dict[str, Any]:
    return {
        "currentPeriod": WEEK,
        "orderBy": {"field": "orders", "mode": "desc"},
        "positionCluster": "all",
        "limit": 3,
        "offset": 0,
        **more,
    }


def test_search_report_tables(api: MakeApi) -> None:
    c = api("analytics")
    pages = [
        c.post("/api/v2/search-report/table/details", json=search_body(offset=off)).json()["data"]["products"]
        for off in (0, 3, 6, 9)
    ]
    nms = [p["nmId"] for page in pages for p in page]
    assert [len(p) for p in pages] == [3, 3, 1, 0] and len(set(nms)) == 7  # the fixed catalogue
    groups = c.post("/api/v2/search-report/table/groups", json=search_body(limit=100)).json()["data"][
        "groups"
    ]
    assert sorted(i["nmId"] for g in groups for i in g["items"]) == sorted(nms)
    texts = c.post(
        "/api/v2/search-report/product/search-texts",
        json={**search_body(), "nmIds": nms[:2], "topOrderBy": "orders", "limit": 2},
    ).json()["data"]["items"]
    assert len(texts) == 4 and {t["nmId"] for t in texts} == set(nms[:2])


# --- order feed --------------------------------------------------------------------------------------
def test_order_feed_pages_on_one_snapshot(api: MakeApi, frozen: Emulator, an: AnalyticsStore) -> None:
    srids = an.seed_order_feed(25, days=5, cancel_every=5)
    c = api("analytics")
    period = {"start": "2020-01-01T00:00:00+03:00"}
    first = c.post(
        "/api/analytics/v1/order-feed", json={"selectedPeriod": period, "pagination": {"limit": 10}}
    )
    data = first.json()["data"]
    snapshot = data["snapshotTime"]
    assert data["currency"] == "RUB" and len(data["orders"]) == 10
    # meanwhile: a new order and a status change; the snapshot does not see them
    frozen.clock.advance(120)
    an.add_order_feed()
    an.change_order_feed(data["orders"][0]["srid"], "buyout")
    seen = list(data["orders"])
    for offset in (10, 20, 30):
        page = c.post(
            "/api/analytics/v1/order-feed",
            json={
                "selectedPeriod": period,
                "pagination": {"limit": 10, "offset": offset, "snapshotTime": snapshot},
            },
        ).json()["data"]
        assert page["snapshotTime"] == snapshot
        seen += page["orders"]
    assert [o["srid"] for o in seen] == srids
    assert {o["status"] for o in seen} == {"created", "cancel"}
    assert all(o.get("cancelType") == "app" for o in seen if o["status"] == "cancel")
    fresh = c.post(
        "/api/analytics/v1/order-feed", json={"selectedPeriod": period, "pagination": {"limit": 100}}
    )
    now = fresh.json()["data"]
    assert len(now["orders"]) == 26 and now["orders"][0]["status"] == "buyout"


def test_order_feed_refusals(api: MakeApi) -> None:
    c = api("analytics")
    r = c.post("/api/analytics/v1/order-feed", json={"selectedPeriod": {"start": "later"}})
    assert r.status_code == 400
    future = {
        "selectedPeriod": {"start": "2026-01-01"},
        "pagination": {"snapshotTime": "2999-01-01T00:00:00Z"},
    }
    assert c.post("/api/analytics/v1/order-feed", json=future).status_code == 400
    assert (
        c.post(
            "/api/analytics/v1/order-feed",
            json={"selectedPeriod": {"start": "2026-01-01"}, "pagination": {"limit": 10001}},
        ).status_code
        == 400
    )


def test_stocks_on_wb_warehouses(api: MakeApi) -> None:
    c = api("analytics")
    items = c.post("/api/analytics/v1/stocks-report/wb-warehouses", json={}).json()["data"]["items"]
    assert items and all(i["warehouseName"] and i["quantity"] >= 0 for i in items)
    nm = items[0]["nmId"]
    mine = c.post("/api/analytics/v1/stocks-report/wb-warehouses", json={"nmIds": [nm]}).json()["data"][
        "items"
    ]
    assert mine and {i["nmId"] for i in mine} == {nm}
    page = c.post("/api/analytics/v1/stocks-report/wb-warehouses", json={"limit": 2, "offset": 1}).json()[
        "data"
    ]
    assert page["items"] == items[1:3]
