"""client.finance against the emulator: a full month's realization report walked by rrdId (three
pages, then WB's 204), resumed from a saved rrdId, one report's rows, the report lists, the
acquiring reports, the balance, and the checks that refuse a request before it leaves. The rrdId
calls are paced by the limiter at WB's 1 a minute (time-scaled: an early call would be a 429).
Each test runs with a Client and an AsyncClient."""

from __future__ import annotations

from typing import Any

import pytest

from wbseller.errors import InvalidRequestError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.finance import FinanceStore

from .conftest import Drive, Run

CATS = ["finance"]
MARCH = ("2026-03-01", "2026-03-31")


def store(emu: Emulator) -> FinanceStore:
    return emu.state.default.store(FinanceStore)


def calls(emu: Emulator, op: str) -> list[tuple[Any, int | None]]:
    """(the body's rrdId, status) of each call of an operation."""
    return [(r.json().get("rrdId"), r.status) for r in emu.requests if r.operation == f"finance.{op}"]


def march(emu: Emulator) -> list[dict[str, Any]]:
    """The rows of the weekly reports that overlap March, in rrdId order."""
    s = store(emu)
    s.seed_realization(weeks=1, rows=10, start="2026-02-16")  # before the month: not in it
    s.seed_realization(weeks=5, rows=40, start="2026-03-02")  # Mar 2 .. Apr 5
    s.seed_realization(weeks=2, rows=5, start="2026-03-02", period="daily")  # daily: another period
    reports = [r for r in s.reports("sales") if r.period == "weekly" and r.date_from.month == 3]
    return sorted((row for r in reports for row in r.rows), key=lambda row: row["rrdId"])


def test_a_full_month_is_three_pages_and_the_204(emu: Emulator, run: Run) -> None:
    expected = march(emu)
    assert len(expected) == 200

    async def scenario(d: Drive) -> None:
        pages = d.client.finance.iter_realization(*MARCH, page_size=70)
        rows = await d.list(pages)
        assert rows == expected
        assert pages.rrd_id == expected[-1]["rrdId"]
        sent = calls(emu, "sales_report_detailed")
        assert sent == [
            (0, 200),
            (expected[69]["rrdId"], 200),
            (expected[139]["rrdId"], 200),
            (expected[199]["rrdId"], 204),
        ]
        body = next(r.json() for r in emu.requests if r.operation == "finance.sales_report_detailed")
        assert body == {
            "dateFrom": "2026-03-01",
            "dateTo": "2026-03-31",
            "limit": 70,
            "period": "weekly",
            "rrdId": 0,
        }

    run(scenario, categories=CATS)


def test_the_walk_resumes_after_a_saved_rrd_id(emu: Emulator, run: Run) -> None:
    expected = march(emu)

    async def scenario(d: Drive) -> None:
        pages = d.client.finance.iter_realization(*MARCH, page_size=70)
        first: list[dict[str, Any]] = []
        if d.is_async:
            async for row in pages:
                first.append(row)
                if len(first) == 90:
                    break
        else:
            for row in pages:
                first.append(row)
                if len(first) == 90:
                    break
        saved = pages.rrd_id
        assert saved == first[-1]["rrdId"]
        mark = len(calls(emu, "sales_report_detailed"))
        rest = await d.list(d.client.finance.iter_realization(*MARCH, page_size=70, resume=saved))
        assert first + rest == expected
        assert calls(emu, "sales_report_detailed")[mark] == (saved, 200)

    run(scenario, categories=CATS)


def test_daily_reports_fields_and_one_report(emu: Emulator, run: Run) -> None:
    march(emu)
    s = store(emu)
    daily = [r for r in s.reports("sales") if r.period == "daily"]
    one = s.reports("sales")[1]

    async def scenario(d: Drive) -> None:
        rows = await d.list(
            d.client.finance.iter_realization(*MARCH, period="daily", fields=["rrdId", "forPay"])
        )
        assert [r["rrdId"] for r in rows] == [row["rrdId"] for rep in daily for row in rep.rows]
        assert all(set(r) == {"rrdId", "forPay"} for r in rows)
        mine = await d.list(d.client.finance.iter_realization_report(one.report_id))
        assert mine == one.rows
        listed = await d(d.client.finance.reports(*MARCH))
        assert [r["reportId"] for r in listed] == [
            r.report_id for r in s.reports("sales") if r.period == "weekly" and r.date_from.month == 3
        ]

    run(scenario, categories=CATS)


def test_acquiring_reports_and_balance(emu: Emulator, run: Run) -> None:
    s = store(emu)
    ids = s.seed_acquiring(reports=2, rows=15, start="2026-03-02")
    s.set_balance(1500.5, 1200.25)

    async def scenario(d: Drive) -> None:
        rows = await d.list(d.client.finance.iter_acquiring(*MARCH))
        assert [r["rrdId"] for r in rows] == [
            row["rrdId"] for i in ids for row in s.report("acquiring", i).rows
        ]
        listed = await d(d.client.finance.acquiring_reports(*MARCH))
        assert [r["reportId"] for r in listed] == ids
        one = await d.list(d.client.finance.iter_acquiring_report(ids[1]))
        assert one == s.report("acquiring", ids[1]).rows
        balance = await d(d.client.finance.balance())
        assert (balance.current, balance.for_withdraw, balance.currency) == (1500.5, 1200.25, "RUB")

    run(scenario, categories=CATS)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"date_from": "2026-03-31", "date_to": "2026-03-01"}, "date_from"),
        ({"date_from": "March", "date_to": "2026-03-31"}, "date_from"),
        ({"period": "monthly"}, "period"),
        ({"page_size": 100_001}, "page_size"),
        ({"resume": -1}, "resume"),
    ],
)
def test_bad_requests_are_refused_before_sending(
    emu: Emulator, run: Run, kwargs: dict[str, Any], field: str
) -> None:
    async def scenario(d: Drive) -> None:
        args = {"date_from": MARCH[0], "date_to": MARCH[1], **kwargs}
        with pytest.raises(InvalidRequestError) as caught:
            d.client.finance.iter_realization(**args)
        assert caught.value.field == field
        assert emu.requests == []

    run(scenario, categories=CATS)
