"""Finance over HTTP: the realization report paged by rrdId until 204 (a month in 3 pages), its
periods and fields, the report list and one report, the acquiring reports, the balance, token
types and WB's 400s."""

from __future__ import annotations

from typing import Any

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.finance import ACQUIRING, SALES, FinanceStore

from .conftest import Api, MakeApi

DETAILED = "/api/finance/v1/sales-reports/detailed"
MONTH = {"dateFrom": "2026-11-01", "dateTo": "2026-11-30"}


@pytest.fixture
def fin(emu: Emulator) -> FinanceStore:
    return emu.state.default.store(FinanceStore)


def all_pages(c: Api, url: str, body: dict[str, Any]) -> tuple[list[list[dict[str, Any]]], int]:
    """Page by rrdId as a client does; the pages and the status that ended it."""
    pages: list[list[dict[str, Any]]] = []
    rrd = 0
    while True:
        r = c.post(url, json={**body, "rrdId": rrd})
        if r.status_code != 200:
            return pages, r.status_code
        pages.append(r.json())
        rrd = pages[-1][-1]["rrdId"]


def test_a_month_in_three_pages_and_the_204(api: MakeApi, fin: FinanceStore) -> None:
    fin.seed_realization(weeks=4, rows=30, start="2026-11-02")  # Mondays 2, 9, 16, 23
    pages, end = all_pages(api("finance"), DETAILED, {**MONTH, "limit": 50})
    assert end == 204
    assert [len(p) for p in pages] == [50, 50, 20]
    ids = [row["rrdId"] for p in pages for row in p]
    assert ids == sorted(ids) and len(set(ids)) == 120
    assert {row["reportId"] for p in pages for row in p} == {r.report_id for r in fin.reports(SALES)}


def test_the_204_has_no_body(api: MakeApi, fin: FinanceStore) -> None:
    fin.seed_realization(weeks=1, rows=3, start="2026-11-02")
    r = api("finance").post(DETAILED, json={**MONTH, "rrdId": 10**12})
    assert r.status_code == 204 and r.content == b""


def test_only_the_reports_of_the_period(api: MakeApi, fin: FinanceStore) -> None:
    fin.add_report(SALES, "2026-10-26", "2026-11-01", rows=5)  # overlaps November by a day
    fin.add_report(SALES, "2026-10-19", "2026-10-25", rows=5)  # October only
    fin.add_report(SALES, "2026-11-03", "2026-11-03", rows=4, period="daily")
    weekly, _ = all_pages(api("finance"), DETAILED, MONTH)
    assert sum(len(p) for p in weekly) == 5
    daily, _ = all_pages(api("finance"), DETAILED, {**MONTH, "period": "daily"})
    assert [len(p) for p in daily] == [4]
    assert daily[0][0]["dateFrom"] == daily[0][0]["dateTo"] == "2026-11-03"


def test_fields_keep_only_the_named_ones(api: MakeApi, fin: FinanceStore) -> None:
    fin.seed_realization(weeks=1, rows=3, start="2026-11-02")
    rows = api("finance").post(DETAILED, json={**MONTH, "fields": ["rrdId", "nmId", "forPay"]}).json()
    assert len(rows) == 3 and all(set(r) == {"rrdId", "nmId", "forPay"} for r in rows)


def test_rows_look_like_a_realization_report(api: MakeApi, fin: FinanceStore) -> None:
    fin.seed_realization(weeks=1, rows=40, start="2026-11-02")
    rows = api("finance").post(DETAILED, json=MONTH).json()
    assert {r["sellerOperName"] for r in rows} >= {"Продажа", "Логистика"}
    for r in rows:
        assert "2026-11-02" <= r["rrDate"] <= "2026-11-08"
        assert r["currency"] == "RUB" and isinstance(r["forPay"], str)
        assert abs(float(r["forPay"])) < 10**6  # money as WB sends it: a decimal in a string


def test_report_list_and_one_report(api: MakeApi, fin: FinanceStore) -> None:
    ids = fin.seed_realization(weeks=3, rows=7, start="2026-11-02")
    c = api("finance")
    listed = c.post("/api/finance/v1/sales-reports/list", json={**MONTH, "limit": 2}).json()
    assert [r["reportId"] for r in listed] == ids[:2]
    rest = c.post("/api/finance/v1/sales-reports/list", json={**MONTH, "limit": 2, "offset": 2}).json()
    assert [r["reportId"] for r in rest] == ids[2:]
    assert listed[0]["dateFrom"] == "2026-11-02" and listed[0]["dateTo"] == "2026-11-08"
    rows = fin.report(SALES, ids[1])
    assert rows is not None
    assert float(listed[1]["forPaySum"]) == pytest.approx(
        sum(float(r["forPay"]) for r in rows.rows), abs=0.01
    )
    empty = c.post(
        "/api/finance/v1/sales-reports/list", json={"dateFrom": "2025-01-01", "dateTo": "2025-01-31"}
    )
    assert empty.status_code == 204
    pages, end = all_pages(c, f"/api/finance/v1/sales-reports/detailed/{ids[1]}", {"limit": 5})
    assert end == 204 and [len(p) for p in pages] == [5, 2]
    assert {row["reportId"] for p in pages for row in p} == {ids[1]}
    r = c.post("/api/finance/v1/sales-reports/detailed/42", json={})
    assert r.status_code == 400 and "42" in r.json()["detail"]


def test_acquiring_reports(api: MakeApi, fin: FinanceStore) -> None:
    ids = fin.seed_acquiring(reports=2, rows=6, start="2026-11-02")
    c = api("finance")
    listed = c.post("/api/finance/v1/acquiring/list", json=MONTH).json()
    assert [r["reportId"] for r in listed] == ids
    assert float(listed[0]["acquiringFeeSum"]) > 0
    pages, end = all_pages(c, "/api/finance/v1/acquiring/detailed", {**MONTH, "limit": 5})
    assert end == 204 and [len(p) for p in pages] == [5, 5, 2]
    pages, end = all_pages(c, f"/api/finance/v1/acquiring/detailed/{ids[0]}", {})
    assert end == 204 and [len(p) for p in pages] == [6]
    assert fin.report(ACQUIRING, ids[0]) is not None and fin.report(SALES, ids[0]) is None


def test_lists_and_acquiring_refuse_a_base_token(api: MakeApi, fin: FinanceStore) -> None:
    """WB's rows: the lists, one report and the acquiring reports take personal and service tokens."""
    fin.seed_realization(weeks=1, rows=2, start="2026-11-02")
    base = api("finance", token_type="base")
    assert base.post("/api/finance/v1/sales-reports/list", json=MONTH).status_code == 401
    assert base.post("/api/finance/v1/acquiring/list", json=MONTH).status_code == 401
    assert base.post(DETAILED, json=MONTH).status_code == 200  # the detailed report takes any token
    assert (
        api("finance", token_type="service")
        .post("/api/finance/v1/sales-reports/list", json=MONTH)
        .status_code
        == 200
    )


@pytest.mark.parametrize(
    "body",
    [
        {"dateFrom": "November", "dateTo": "2026-11-30"},
        {"dateFrom": "2026-11-30", "dateTo": "2026-11-01"},
        {"dateFrom": "2026-11-01", "dateTo": "2026-11-30", "period": "monthly"},
        {"dateTo": "2026-11-30"},
    ],
)
def test_bad_bodies_are_400s(api: MakeApi, body: dict[str, Any]) -> None:
    r = api("finance").post(DETAILED, json=body)
    assert r.status_code == 400, r.text


def test_balance(api: MakeApi, fin: FinanceStore) -> None:
    c = api("finance")
    assert set(c.get("/api/v1/account/balance").json()) == {"currency", "current", "for_withdraw"}
    fin.set_balance(1234.5, 1000.0)
    assert c.get("/api/v1/account/balance").json() == {
        "currency": "RUB",
        "current": 1234.5,
        "for_withdraw": 1000.0,
    }
