"""client.analytics against the emulator: the report tasks (create, wait at WB's polling pace,
rows or a file; rebuilt from the task id; canceled and purged ones raise), the CSV reports (our own
id, a FAILED one retried, the ZIP written, extracted or read as rows), the sales funnel and
search-query lists (limit/offset), the funnel history split 20 nmIDs a request, the order feed
read at one snapshot and resumed, and the stocks on WB warehouses. Each test runs with a Client and
an AsyncClient."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from wbseller.errors import InvalidRequestError, MalformedResponseError, ReportFailedError
from wbseller.services.report_tasks import UNLISTED_ROUNDS, csv_rows
from wbseller_emulator import Emulator
from wbseller_emulator.handlers._common import goods
from wbseller_emulator.handlers.analytics import AnalyticsStore

from .conftest import Drive, Run

CATS = ["analytics"]


def store(emu: Emulator) -> AnalyticsStore:
    return emu.state.default.store(AnalyticsStore)


def sent(emu: Emulator, op: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"analytics.{op}"]


def bodies(emu: Emulator, op: str) -> list[Any]:
    return [r.json() for r in sent(emu, op)]


def nm_ids(emu: Emulator) -> list[int]:
    return list(dict.fromkeys(g.nm_id for g in goods(emu.state.default)))


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("paid_storage", {"date_from": "2026-03-01", "date_to": "2026-03-07"}),
        ("acceptance_report", {"date_from": "2026-03-01", "date_to": "2026-03-07"}),
        ("warehouse_remains", {"group_by_nm": True}),
    ],
)
def test_a_report_task_is_created_waited_on_and_read(
    emu: Emulator, run: Run, tmp_path: Path, kind: str, params: dict[str, Any]
) -> None:
    async def scenario(d: Drive) -> None:
        task = await d(d.client.analytics.create_report(kind, **params))
        (made,) = store(emu).tasks()
        assert task.task_id == made.task_id and task.kind == kind
        rows = await d.wait(task)
        assert rows == made.rows and rows
        statuses = sent(emu, f"{kind}_status")
        assert len(statuses) >= 2 and all(r.status == 200 for r in statuses)  # paced: never a 429
        # rebuilt from its id (another process, later): the file holds the rows as WB sent them
        again = d.client.analytics.report_task(kind, task.task_id)
        path = await d(again.download(tmp_path / "report.json", poll=d.poll))
        assert json.loads(path.read_bytes()) == made.rows

    run(scenario, categories=CATS)


@pytest.mark.parametrize("end", ["canceled", "purged"])
def test_a_canceled_or_purged_task_raises(emu: Emulator, run: Run, end: str) -> None:
    async def scenario(d: Drive) -> None:
        task = await d(d.client.analytics.create_report("warehouse_remains"))
        s = store(emu)
        {"canceled": s.cancel_task, "purged": s.purge_task}[end](task.task_id)
        with pytest.raises(ReportFailedError) as caught:
            await d.wait(task)
        assert caught.value.task_status == end and caught.value.task_id == task.task_id
        assert sent(emu, "warehouse_remains_download") == []

    run(scenario, categories=CATS)


def test_report_task_arguments_are_checked_before_sending(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        a = d.client.analytics
        with pytest.raises(InvalidRequestError):
            a.create_report("sales")
        with pytest.raises(InvalidRequestError):
            a.create_report("paid_storage", date_from="2026-03-01")
        with pytest.raises(InvalidRequestError) as caught:
            a.create_report("warehouse_remains", group_by_colour=True)
        assert caught.value.field == "group_by_colour"
        assert emu.requests == []

    run(scenario, categories=CATS)


def test_a_csv_report_under_our_id_is_retried_once_failed(emu: Emulator, run: Run, tmp_path: Path) -> None:
    store(emu).seed_csv_failures(1)
    params = {"nmIDs": [], "startDate": "2026-03-01", "endDate": "2026-03-03"}

    async def scenario(d: Drive) -> None:
        report = await d(d.client.analytics.create_csv_report("DETAIL_HISTORY_REPORT", params, name="march"))
        (created,) = bodies(emu, "nm_report_download_create")
        assert created["id"] == report.download_id and created["userReportName"] == "march"
        zipped = await d.wait(report)
        assert [b["downloadId"] for b in bodies(emu, "nm_report_download_retry")] == [report.download_id]
        (made,) = store(emu).csv_reports()
        assert zipped == made.file
        rows = list(csv_rows(zipped))
        assert len(rows) == 3 * len(nm_ids(emu)) and {r["dt"] for r in rows} == {
            "2026-03-01",
            "2026-03-02",
            "2026-03-03",
        }
        # rebuilt from the id: the ZIP written, extracted, read
        again = d.client.analytics.csv_report(report.download_id)
        path = await d(again.download(tmp_path / "r.zip", poll=d.poll))
        assert path.read_bytes() == made.file
        files = await d(again.extract(tmp_path / "out", poll=d.poll))
        assert [f.name for f in files] == [f"{report.download_id}.csv"]
        assert await d(again.rows(poll=d.poll)) == rows
        listed = await d(d.client.analytics.csv_reports())
        assert [x["id"] for x in listed] == [report.download_id]

    run(scenario, categories=CATS)


def test_a_csv_report_failing_past_its_retries_raises(emu: Emulator, run: Run) -> None:
    store(emu).seed_csv_failures(1)
    params = {"nmIDs": [], "startDate": "2026-03-01", "endDate": "2026-03-01"}

    async def scenario(d: Drive) -> None:
        report = await d(d.client.analytics.create_csv_report("DETAIL_HISTORY_REPORT", params, retries=0))
        with pytest.raises(ReportFailedError) as caught:
            await d.wait(report)
        assert caught.value.task_status == "FAILED"
        assert sent(emu, "nm_report_download_retry") == [] and sent(emu, "nm_report_download_file") == []

    run(scenario, categories=CATS)


def test_a_csv_report_wb_never_lists_is_an_error(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        report = d.client.analytics.csv_report("3f2b6c1e-0d4a-4c8e-9a51-7b0e2f6d9c11")
        with pytest.raises(MalformedResponseError, match="does not list it"):
            await d.wait(report)
        assert len(sent(emu, "nm_report_downloads_list")) == UNLISTED_ROUNDS + 1

    run(scenario, categories=CATS)


def test_sales_funnel_pages_and_history_split_by_twenty(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        ids = nm_ids(emu)
        a = d.client.analytics
        products = await d.list(a.iter_sales_funnel("2026-03-01", "2026-03-07", page_size=4))
        assert sorted(p["product"]["nmId"] for p in products) == sorted(ids)
        pages = [(b["limit"], b["offset"]) for b in bodies(emu, "sales_funnel_products")]
        assert pages == [(4, offset) for offset in [*range(0, len(ids), 4), len(ids)]]  # until an empty page
        wanted = [*ids, *range(900_000_001, 900_000_001 + 45 - len(ids))]
        await d(a.sales_funnel_history(wanted, "2026-03-01", "2026-03-02"))
        assert [len(b["nmIds"]) for b in bodies(emu, "sales_funnel_products_history")] == [20, 20, 5]

    run(scenario, categories=CATS)


def test_search_queries_page_by_limit_and_offset(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        ids = nm_ids(emu)
        rows = await d.list(d.client.analytics.iter_search_queries("2026-03-01", "2026-03-07", page_size=5))
        assert sorted(r["nmId"] for r in rows) == sorted(ids)
        sent_ = bodies(emu, "search_report_table_details")
        assert [b["offset"] for b in sent_] == [*range(0, len(ids), 5), len(ids)]
        assert sent_[0]["orderBy"] == {"field": "openCard", "mode": "desc"}
        with pytest.raises(InvalidRequestError):
            d.client.analytics.iter_search_queries("2026-03-01", "2026-03-07", page_size=1001)

    run(scenario, categories=CATS)


def test_search_query_groups_page_the_same_way(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        a = d.client.analytics
        whole = await d.list(a.iter_search_query_groups("2026-03-01", "2026-03-07"))
        assert whole and len(sent(emu, "search_report_table_groups")) == 2  # the page, then an empty one
        paged = await d.list(a.iter_search_query_groups("2026-03-01", "2026-03-07", page_size=2))
        assert paged == whole
        offsets = [b["offset"] for b in bodies(emu, "search_report_table_groups")[2:]]
        assert offsets == [*range(0, len(whole), 2), len(whole)]

    run(scenario, categories=CATS)


def test_the_order_feed_keeps_one_snapshot_and_resumes(emu: Emulator, run: Run) -> None:
    srids = store(emu).seed_order_feed(25, days=5)

    async def scenario(d: Drive) -> None:
        a = d.client.analytics
        feed = a.iter_order_feed("2020-01-01T00:00:00+03:00", page_size=10)
        first: list[dict[str, Any]] = []
        if d.is_async:
            async for row in feed:
                first.append(row)
                if len(first) == 10:
                    break
        else:
            for row in feed:
                first.append(row)
                if len(first) == 10:
                    break
        store(emu).change_order_feed(srids[15], "cancel")  # after the snapshot: not seen by this walk
        saved = feed.position
        assert saved["offset"] == 10 and saved["snapshotTime"]
        rest = await d.list(a.iter_order_feed("2020-01-01T00:00:00+03:00", page_size=10, resume=saved))
        rows = first + rest
        assert [r["srid"] for r in rows] == srids
        assert all(r["status"] == "created" for r in rows)
        sent_ = [b["pagination"] for b in bodies(emu, "order_feed")]
        assert "snapshotTime" not in sent_[0]
        assert [(p["offset"], p["snapshotTime"]) for p in sent_[1:]] == [
            (10, saved["snapshotTime"]),
            (20, saved["snapshotTime"]),
        ]
        fresh = await d.list(a.iter_order_feed("2020-01-01T00:00:00+03:00"))
        assert [r["status"] for r in fresh if r["srid"] == srids[15]] == ["cancel"]

    run(scenario, categories=CATS)


def test_stocks_on_wb_warehouses(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        ids = nm_ids(emu)
        rows = await d.list(d.client.analytics.iter_wb_warehouse_stocks(nm_ids=ids[:2]))
        assert rows and {r["nmId"] for r in rows} == set(ids[:2])
        assert len(sent(emu, "stocks_report_wb_warehouses")) == 1  # a short page is the last

    run(scenario, categories=CATS)


def test_csv_rows_reads_every_csv_of_a_zip() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.csv", "\ufeffnmID,dt\n1,2026-03-01\n")
        z.writestr("b.csv", "nmID,dt\n2,2026-03-02\n")
        z.writestr("readme.txt", "not a table")
    assert list(csv_rows(buf.getvalue())) == [
        {"nmID": "1", "dt": "2026-03-01"},
        {"nmID": "2", "dt": "2026-03-02"},
    ]
