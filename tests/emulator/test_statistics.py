"""Statistics over HTTP: the orders and sales feeds by `lastChangeDate` (flag=0 pages, flag=1 one
day), Moscow time, rows changing again, rows still to come, WB's 400 and the 1-a-minute budget."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.statistics import StatisticsStore

from .conftest import MakeApi

ORDERS, SALES = "/api/v1/supplier/orders", "/api/v1/supplier/sales"


@pytest.fixture
def stats(emu: Emulator) -> StatisticsStore:
    return emu.state.default.store(StatisticsStore)


def ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def test_dates_are_moscow_wall_time(api: MakeApi, stats: StatisticsStore) -> None:
    row = stats.add_order(ts("2026-03-04T15:08:31"))
    [got] = api("statistics").get(ORDERS, params={"dateFrom": "2026-03-04"}).json()
    assert got["srid"] == row.srid
    assert got["date"] == got["lastChangeDate"] == "2026-03-04T18:08:31"  # UTC+3, no offset
    assert got["isCancel"] is False and got["cancelDate"] == "0001-01-01T00:00:00"


def test_flag0_pages_by_last_change_date(api: MakeApi, emu: Emulator, stats: StatisticsStore) -> None:
    """A client passes the last row's lastChangeDate until a page adds nothing: it sees every
    row once the repeats at each page's boundary second are dropped."""
    emu.settings["statistics.page_rows"] = 4
    seeded = set(stats.seed_orders(10, days=3))
    c = api("statistics")
    seen: dict[str, str] = {}
    date_from, pages = "2020-01-01", 0
    while True:
        rows = c.get(ORDERS, params={"dateFrom": date_from, "flag": 0}).json()
        pages += 1
        assert len(rows) <= 4
        changes = [r["lastChangeDate"] for r in rows]
        assert changes == sorted(changes) and all(ch >= date_from for ch in changes)
        new = {r["srid"]: r["lastChangeDate"] for r in rows if r["srid"] not in seen}
        if not new:
            break
        seen.update(new)
        date_from = rows[-1]["lastChangeDate"]
    assert set(seen) == seeded and pages >= 4


def test_the_boundary_second_comes_again(api: MakeApi, stats: StatisticsStore) -> None:
    first = stats.add_order(ts("2026-03-04T10:00:00"))
    second = stats.add_order(ts("2026-03-04T10:00:00"))
    later = stats.add_order(ts("2026-03-04T11:00:00"))
    rows = api("statistics").get(ORDERS, params={"dateFrom": "2026-03-04T13:00:00"}).json()
    assert [r["srid"] for r in rows] == [first.srid, second.srid, later.srid]  # 13:00 Moscow = 10:00 UTC
    rows = api("statistics").get(ORDERS, params={"dateFrom": "2026-03-04T13:00:01"}).json()
    assert [r["srid"] for r in rows] == [later.srid]
    rows = api("statistics").get(ORDERS, params={"dateFrom": "2026-03-04T10:00:00Z"}).json()
    assert len(rows) == 3  # an offset is read as given


def test_a_cancelled_order_moves_to_the_end(api: MakeApi, frozen: Emulator, stats: StatisticsStore) -> None:
    now = frozen.clock.now()
    old, other = stats.add_order(now - 7200), stats.add_order(now - 3600)
    c = api("statistics")
    rows = c.get(ORDERS, params={"dateFrom": "2020-01-01"}).json()
    assert [r["srid"] for r in rows] == [old.srid, other.srid]
    last_seen = rows[-1]["lastChangeDate"]
    frozen.clock.advance(600)
    stats.change("orders", old.srid, isCancel=True)
    rows = c.get(ORDERS, params={"dateFrom": last_seen}).json()
    assert [r["srid"] for r in rows] == [other.srid, old.srid]
    assert rows[-1]["isCancel"] is True and rows[-1]["cancelDate"] == rows[-1]["lastChangeDate"]
    assert rows[-1]["date"] < rows[-1]["lastChangeDate"]


def test_rows_show_when_the_clock_gets_there(api: MakeApi, frozen: Emulator, stats: StatisticsStore) -> None:
    now = frozen.clock.now()
    past, future = stats.add_order(now - 60), stats.add_order(now + 3600)
    c = api("statistics")

    def rows() -> dict[str, dict[str, Any]]:
        return {r["srid"]: r for r in c.get(ORDERS, params={"dateFrom": "2020-01-01"}).json()}

    assert list(rows()) == [past.srid]
    frozen.clock.advance(3601)
    assert list(rows()) == [past.srid, future.srid]
    # seeded cancellations wait for the clock too: the order shows uncancelled first
    cancelled = stats.add_order(frozen.clock.now() - 60, cancelled=True)
    assert rows()[cancelled.srid]["isCancel"] is False
    frozen.clock.advance(3600)
    assert rows()[cancelled.srid]["isCancel"] is True


def test_flag1_gives_the_whole_day_of_date_from(api: MakeApi, stats: StatisticsStore) -> None:
    on_day = [stats.add_order(ts("2026-03-04T08:00:00")), stats.add_order(ts("2026-03-04T20:30:00"))]
    stats.add_order(ts("2026-03-03T20:59:59"))  # 23:59:59 Moscow, the day before
    stats.add_order(ts("2026-03-04T21:00:00"))  # 00:00 Moscow, the day after
    stats.change("orders", on_day[0].srid, at=ts("2026-03-10T10:00:00"), isCancel=True)
    rows = api("statistics").get(ORDERS, params={"dateFrom": "2026-03-04T23:00:00", "flag": 1}).json()
    assert sorted(r["srid"] for r in rows) == sorted(o.srid for o in on_day)


def test_sales_and_returns(api: MakeApi, stats: StatisticsStore) -> None:
    stats.seed_sales(6, return_every=3)
    rows = api("statistics").get(SALES, params={"dateFrom": "2020-01-01"}).json()
    assert len(rows) == 6
    returns = [r for r in rows if r["saleID"].startswith("R")]
    sales = [r for r in rows if r["saleID"].startswith("S")]
    assert len(returns) == 2 and len(sales) == 4
    assert all(r["forPay"] < 0 and r["priceWithDisc"] < 0 for r in returns)
    assert all(r["forPay"] > 0 and r["nmId"] and r["barcode"] for r in sales)


@pytest.mark.parametrize("bad", ["yesterday", "2026-13-01", ""])
def test_an_unreadable_date_from_is_a_400(api: MakeApi, bad: str) -> None:
    r = api("statistics").get(ORDERS, params={"dateFrom": bad})
    assert r.status_code == 400, r.text
    assert "dateFrom" in r.json()["detail"]


def test_flag_must_be_0_or_1(api: MakeApi) -> None:
    r = api("statistics").get(SALES, params={"dateFrom": "2026-01-01", "flag": 2})
    assert r.status_code == 400 and "flag" in r.json()["detail"]


def test_sales_are_one_a_minute(frozen: Emulator) -> None:
    """The spec's budget: sales have a burst of 1, orders of 10, then one a minute."""
    token = frozen.make_token(["statistics"])
    with httpx.Client(base_url=frozen.base_url, headers={"Authorization": token}, timeout=10) as c:
        assert c.get(SALES, params={"dateFrom": "2026-01-01"}).status_code == 200
        r = c.get(SALES, params={"dateFrom": "2026-01-01"})
        assert r.status_code == 429 and float(r.headers["X-Ratelimit-Retry"]) > 0
        assert all(c.get(ORDERS, params={"dateFrom": "2026-01-01"}).status_code == 200 for _ in range(10))
        assert c.get(ORDERS, params={"dateFrom": "2026-01-01"}).status_code == 429
        frozen.clock.advance(60)
        assert c.get(SALES, params={"dateFrom": "2026-01-01"}).status_code == 200
