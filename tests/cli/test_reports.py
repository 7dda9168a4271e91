"""`wbseller reports` over HTTP against the emulator: sales and orders to CSV / JSON lines, resumed
after a crash from what the output holds (a line cut short dropped, the walk going on after the
last lastChangeDate / rrdId written, nothing written twice), the realization report, a report task,
and the --json summary."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.analytics import AnalyticsStore
from wbseller_emulator.handlers.finance import FinanceStore
from wbseller_emulator.handlers.statistics import StatisticsStore

from .conftest import Run

CATS = ["statistics", "finance", "analytics"]


@pytest.fixture
def token(emu: Emulator) -> str:
    return emu.make_token(CATS)


def stats(emu: Emulator) -> StatisticsStore:
    return emu.state.default.store(StatisticsStore)


def served(emu: Emulator, kind: str) -> list[dict[str, Any]]:
    now = emu.state.default.now()
    return [r.json() for r in stats(emu).rows(kind) if r.changed <= now]


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def crash(path: Path, keep: int) -> None:
    """The output as a run killed mid-write leaves it: `keep` whole lines and half of the next."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:keep]) + lines[keep][: len(lines[keep]) // 2], encoding="utf-8")


def test_sales_to_csv_with_a_json_summary(wb: Run, emu: Emulator, token: str, tmp_path: Path) -> None:
    stats(emu).seed_sales(15, days=2, return_every=5)
    out = tmp_path / "sales.csv"
    result = wb(
        "reports", "sales", "--from", "2020-01-01", "-o", str(out), "--format", "csv", "--json", token=token
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    expected = served(emu, "sales")
    assert [r["srid"] for r in rows] == [r["srid"] for r in expected]
    assert [float(r["forPay"]) for r in rows] == [r["forPay"] for r in expected]  # "-123.4": no quote added
    summary = json.loads(result.stdout)
    assert summary["rows"] == 15 and summary["position"]["lastChangeDate"] == expected[-1]["lastChangeDate"]


def test_orders_resume_after_a_crash_each_row_once(
    wb: Run, emu: Emulator, token: str, tmp_path: Path
) -> None:
    stats(emu).seed_orders(20, days=2)
    out = tmp_path / "orders.jsonl"
    assert wb("reports", "orders", "--from", "2020-01-01", "-o", str(out), token=token).exit_code == 0
    full = jsonl(out)
    assert full == served(emu, "orders")
    crash(out, 7)
    mark = len(emu.requests)
    result = wb("reports", "orders", "--resume", "-o", str(out), "--json", token=token)
    assert result.exit_code == 0, result.stderr
    assert jsonl(out) == full
    assert json.loads(result.stdout)["rows"] == 13
    first = emu.requests[mark]
    assert parse_qs(first.query)["dateFrom"] == [full[6]["lastChangeDate"]]


def test_a_run_stopped_by_wb_says_how_to_go_on(wb: Run, emu: Emulator, token: str, tmp_path: Path) -> None:
    stats(emu).seed_orders(12, days=2)
    emu.settings["statistics.page_rows"] = 5
    emu.faults.add(
        "status", status=500, route="statistics.supplier_orders", skip=1, times=None
    )  # page 2 fails
    out = tmp_path / "orders.csv"
    result = wb("reports", "orders", "--from", "2020-01-01", "-o", str(out), "--format", "csv", token=token)
    assert result.exit_code == 1
    assert "5 row(s) written to" in result.stderr and "--resume" in result.stderr
    emu.faults.clear()
    assert wb("reports", "orders", "--resume", "-o", str(out), "--format", "csv", token=token).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["srid"] for r in rows] == [r["srid"] for r in served(emu, "orders")]


def test_realization_to_csv_resumed_by_rrd_id(wb: Run, emu: Emulator, token: str, tmp_path: Path) -> None:
    s = emu.state.default.store(FinanceStore)
    s.seed_realization(weeks=4, rows=30, start="2026-03-02")
    expected = sorted((row for r in s.reports("sales") for row in r.rows), key=lambda row: row["rrdId"])
    out = tmp_path / "march.csv"
    args = [
        "reports",
        "realization",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "-o",
        str(out),
        "--format",
        "csv",
    ]
    assert wb(*args, token=token).exit_code == 0
    assert [int(r["rrdId"]) for r in csv.DictReader(out.open(encoding="utf-8", newline=""))] == [
        row["rrdId"] for row in expected
    ]
    crash(out, 51)  # the header and 50 rows
    mark = len(emu.requests)
    result = wb(*args, "--resume", "--json", token=token)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [int(r["rrdId"]) for r in rows] == [row["rrdId"] for row in expected]
    # WB's sums are text ("-246.0" for a return): a number is no formula, written as it is
    assert [r["forPay"] for r in rows] == [row["forPay"] for row in expected]
    assert any(row["forPay"].startswith("-") for row in expected)
    assert emu.requests[mark].json()["rrdId"] == expected[49]["rrdId"]
    assert json.loads(result.stdout) == {
        "report": "realization",
        "rows": 70,
        "output": str(out),
        "position": {"rrdId": expected[-1]["rrdId"]},
    }


def test_a_report_task_to_csv(wb: Run, emu: Emulator, token: str, tmp_path: Path) -> None:
    out = tmp_path / "storage.jsonl"
    result = wb(
        "reports", "task", "paid_storage", "--from", "2026-03-01", "--to", "2026-03-03",
        "--poll", "0.02", "-o", str(out), "--json", token=token,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    (made,) = emu.state.default.store(AnalyticsStore).tasks()
    assert jsonl(out) == made.rows
    assert json.loads(result.stdout)["position"] == {"task_id": made.task_id}
    assert made.task_id in result.stderr
    again = tmp_path / "again.jsonl"
    args = ["reports", "task", "paid_storage", "--task-id", made.task_id, "--poll", "0.02", "-o", str(again)]
    assert wb(*args, token=token).exit_code == 0
    assert jsonl(again) == made.rows and len(emu.state.default.store(AnalyticsStore).tasks()) == 1


def test_resume_needs_an_output_file(wb: Run, emu: Emulator, token: str) -> None:
    result = wb("reports", "sales", "--from", "2026-03-01", "--resume", token=token)
    assert result.exit_code == 2 and "--output" in result.stderr
    assert wb("reports", "orders", "-o", "-", token=token).exit_code == 2
    assert emu.requests == []
