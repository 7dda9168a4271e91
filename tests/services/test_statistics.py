"""client.statistics against the emulator: the orders and sales feeds walked by WB's lastChangeDate
rule (each next call passes the last row's lastChangeDate; the rows of that second come again and
are dropped; a page with nothing new ends it), a cancelled order coming again with its new
lastChangeDate, resuming from a saved position, the calls paced by the limiter (WB's 1 a minute,
time-scaled: the emulator answers 429 to a call that comes early), and the retired methods that
raise before sending anything. Each test runs with a Client and an AsyncClient."""

from __future__ import annotations

import itertools
from typing import Any
from urllib.parse import parse_qs

import pytest

import wbseller
from wbseller.errors import InvalidRequestError
from wbseller.services.statistics import FeedPosition, row_key
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.statistics import StatisticsStore

from .conftest import Drive, Run

CATS = ["statistics"]


def store(emu: Emulator) -> StatisticsStore:
    return emu.state.default.store(StatisticsStore)


def sent(emu: Emulator, op: str) -> list[tuple[str, int | None]]:
    """(dateFrom, status) of each call of a feed."""
    return [
        (parse_qs(r.query)["dateFrom"][0], r.status)
        for r in emu.requests
        if r.operation == f"statistics.{op}"
    ]


def served(emu: Emulator, kind: str) -> list[dict[str, Any]]:
    now = emu.state.default.now()
    return [r.json() for r in store(emu).rows(kind) if r.changed <= now]


def test_orders_follow_last_change_date_each_row_once(emu: Emulator, run: Run) -> None:
    store(emu).seed_orders(30, days=3, cancel_every=4)  # 7 cancelled an hour later: their rows moved on
    emu.settings["statistics.page_rows"] = 8

    async def scenario(d: Drive) -> None:
        feed = d.client.statistics.iter_orders("2020-01-01")
        rows = await d.list(feed)
        expected = served(emu, "orders")
        assert len(expected) == 30
        assert rows == expected
        cancelled = [r for r in rows if r["isCancel"]]
        assert len(cancelled) == 7 and all(r["cancelDate"] == r["lastChangeDate"] for r in cancelled)
        calls = sent(emu, "supplier_orders")
        assert all(status == 200 for _, status in calls)
        assert calls[0][0] == "2020-01-01"
        # each next call passes the lastChangeDate of the last row WB sent before it
        pages = [expected[min(7 * i, len(expected) - 1)]["lastChangeDate"] for i in range(1, len(calls))]
        assert [c for c, _ in calls[1:]] == pages
        assert len(calls) == 6  # 30 rows, 7 new a page (the boundary row comes again), then nothing new
        assert feed.position == FeedPosition(rows[-1]["lastChangeDate"], (row_key(rows[-1]),))

    run(scenario, categories=CATS)


def test_rows_of_the_boundary_second_are_dropped_once_seen(emu: Emulator, run: Run) -> None:
    s = store(emu)
    t0 = emu.state.default.now() - 3600
    for at in (t0, t0 + 1, t0 + 2, t0 + 2, t0 + 2, t0 + 3):  # three orders in one second
        s.add_order(at)
    emu.settings["statistics.page_rows"] = 4

    async def scenario(d: Drive) -> None:
        rows = await d.list(d.client.statistics.iter_orders("2020-01-01"))
        assert [r["srid"] for r in rows] == [r.srid for r in s.rows("orders")]
        assert len({r["srid"] for r in rows}) == 6
        # 1st: rows 1-4; 2nd from t0+2: rows 3-6 (5, 6 new); 3rd from t0+3: row 6 only, nothing new
        assert len(sent(emu, "supplier_orders")) == 3

    run(scenario, categories=CATS)


def test_a_feed_resumes_from_its_saved_position(emu: Emulator, run: Run) -> None:
    store(emu).seed_orders(20, days=2)
    emu.settings["statistics.page_rows"] = 6

    async def scenario(d: Drive) -> None:
        feed = d.client.statistics.iter_orders("2020-01-01")
        first: list[dict[str, Any]] = []
        if d.is_async:
            async for row in feed:
                first.append(row)
                if len(first) == 8:
                    break
        else:
            for row in feed:
                first.append(row)
                if len(first) == 8:
                    break
        saved = feed.position
        assert saved is not None and saved.last_change_date == first[-1]["lastChangeDate"]
        mark = len(sent(emu, "supplier_orders"))
        rest = await d.list(d.client.statistics.iter_orders(resume=saved.as_dict()))
        assert first + rest == served(emu, "orders")
        assert sent(emu, "supplier_orders")[mark][0] == saved.last_change_date

    run(scenario, categories=CATS)


def test_sales_and_returns_each_once_a_call_a_minute(emu: Emulator, run: Run) -> None:
    store(emu).seed_sales(12, days=2, return_every=4)
    emu.settings["statistics.page_rows"] = 5

    async def scenario(d: Drive) -> None:
        rows = await d.list(d.client.statistics.iter_sales("2020-01-01T00:00:00+03:00"))
        assert rows == served(emu, "sales")
        returns = [r for r in rows if r["saleID"].startswith("R")]
        assert len(returns) == 3 and all(r["forPay"] < 0 for r in returns)
        assert sent(emu, "supplier_sales")[0][0] == "2020-01-01T00:00:00+03:00"
        # WB's sales budget is 1 a minute with no burst: the limiter spaces the calls at least
        # that far apart (time-scaled), so none is refused
        calls = [r for r in emu.requests if r.operation == "statistics.supplier_sales"]
        assert len(calls) == 4 and all(r.status == 200 for r in calls)
        gaps = [b.at - a.at for a, b in itertools.pairwise(calls)]
        assert min(gaps) >= 60 * emu.limits_clock.time_scale * 0.95

    run(scenario, categories=CATS)


def test_an_empty_feed_is_one_call(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        feed = d.client.statistics.iter_orders("2026-01-01")
        assert await d.list(feed) == []
        assert feed.position is None
        assert len(sent(emu, "supplier_orders")) == 1

    run(scenario, categories=CATS)


@pytest.mark.parametrize(
    ("method", "successor"),
    [
        ("incomes", "client.supplies"),
        ("stocks", "POST /api/analytics/v1/stocks-report/wb-warehouses"),
        ("report_detail_by_period", "POST /api/finance/v1/sales-reports/detailed"),
    ],
)
def test_retired_reports_raise_naming_their_successor(
    emu: Emulator, run: Run, method: str, successor: str
) -> None:
    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.OperationRemovedError) as caught:
            getattr(d.client.statistics, method)("2026-01-01")
        assert successor in caught.value.instead and "removed" in str(caught.value)
        assert caught.value.operation.split()[1].startswith(("/api/v1/supplier/", "/api/v5/supplier/"))
        assert emu.requests == []

    run(scenario, categories=CATS)


def test_bad_dates_are_refused_before_sending(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        with pytest.raises(InvalidRequestError) as caught:
            d.client.statistics.iter_orders("yesterday")
        assert caught.value.field == "date_from"
        with pytest.raises(InvalidRequestError):
            d.client.statistics.iter_sales()
        assert emu.requests == []

    run(scenario, categories=CATS)
