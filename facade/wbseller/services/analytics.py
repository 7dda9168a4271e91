"""Analytics and reports (seller-analytics-api).

    task = wb.analytics.create_report("paid_storage", date_from="2026-03-01", date_to="2026-03-07")
    keep = task.task_id                                      # or later, elsewhere:
    rows = wb.analytics.report_task("paid_storage", keep).wait()
    report = wb.analytics.create_csv_report("DETAIL_HISTORY_REPORT", {"startDate": ..., "endDate": ...})
    report.extract("out/")                                   # or report.rows()
    for p in wb.analytics.iter_sales_funnel("2026-03-01", "2026-03-31"): ...
    feed = wb.analytics.iter_order_feed("2026-03-01T00:00:00+03:00")   # one snapshot throughout

Lists page by limit/offset (the sales funnel and search queries: up to 1,000 a page; the order
feed: up to 10,000, all pages at the `snapshotTime` of the first); the history of the sales funnel
takes 20 nmIDs a request (more are split). Rows come as WB sent them (dicts).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from wbseller_raw.analytics import ops

from ..errors import InvalidRequestError, MalformedResponseError
from ..operations import Operation
from ..pagination import Pages, PageState
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_body
from ._rows import Day, day, json_body, json_rows, moment
from .analytics_lists import AnalyticsListsOps, _filters, _size
from .report_tasks import TASKS, CsvReport, ReportTask

SPEC = "analytics"
# the report tasks, by kind: the operation that creates one (report_tasks: the rest)
CREATE: dict[str, Operation[Any, Any]] = {
    "warehouse_remains": ops.WAREHOUSE_REMAINS_CREATE,
    "paid_storage": ops.PAID_STORAGE_CREATE,
    "acceptance_report": ops.ACCEPTANCE_REPORT_CREATE,
}


class OrderFeedState(PageState):
    """Where the order feed stands: its snapshotTime (from WB's first answer) and the offset of
    the next row."""

    def __init__(self, snapshot_time: str | None = None, offset: int = 0) -> None:
        super().__init__()
        self.snapshot_time = snapshot_time
        self.offset = offset


class OrderFeed(Pages[dict[str, Any]]):
    """The order feed's rows; `.position` ({snapshotTime, offset}) resumes it with `resume=`."""

    state: OrderFeedState

    @property
    def position(self) -> dict[str, Any]:
        return {"snapshotTime": self.state.snapshot_time, "offset": self.state.offset}


def _order_feed_plan(body: dict[str, Any], limit: int, state: OrderFeedState) -> Plan[None]:
    while True:
        pagination: dict[str, Any] = {"limit": limit, "offset": state.offset}
        if state.snapshot_time:
            pagination["snapshotTime"] = state.snapshot_time
        response = yield call(ops.ORDER_FEED, body={**body, "pagination": pagination})
        data = (json_body(response) or {}).get("data") or {}
        response = None
        rows = [r for r in data.get("orders") or [] if isinstance(r, dict)]
        state.pages += 1
        if state.snapshot_time is None and data.get("snapshotTime"):
            state.snapshot_time = str(data["snapshotTime"])  # every later page sees the same orders
        for row in rows:
            state.offset += 1  # before handing it out: a caller that stops there has it counted
            yield EmitAll([row], state)
        if len(rows) < limit:
            return


class AnalyticsOps(AnalyticsListsOps):
    """Analytics operations shared by the sync and async analytics services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

    # --- report tasks ---------------------------------------------------------------------------------
    def create_report(
        self,
        kind: str,
        *,
        date_from: Day | None = None,
        date_to: Day | None = None,
        **params: Any,
    ) -> ReportTask:
        """Start a report task: "warehouse_remains" (params: its grouping flags, e.g.
        group_by_nm=True, locale), "paid_storage" or "acceptance_report" (date_from, date_to).
        Returns its handle at once (`task_id`); `wait()` gives the rows. WB operations:
        `GET /api/v1/warehouse_remains`, `/api/v1/paid_storage`, `/api/v1/acceptance_report`."""
        if kind not in TASKS:
            raise InvalidRequestError(
                f"kind: {kind!r} is not one of {', '.join(TASKS)}",
                field="kind",
                value=kind,
                limit=tuple(TASKS),
            )
        create = CREATE[kind]
        if "date_from" in create.params:
            if date_from is None or date_to is None:
                raise InvalidRequestError(
                    f"date_from, date_to: {kind} needs both", field="date_from", value=None
                )
            params = {**params, "date_from": day(date_from, "date_from"), "date_to": day(date_to, "date_to")}
        unknown = set(params) - set(create.params)
        if unknown:
            first = sorted(unknown)[0]
            takes = ", ".join(create.params) or "none"
            raise InvalidRequestError(
                f"{first}: not a parameter of {kind} (it takes {takes})", field=first, value=params[first]
            )
        runner = self._runner

        def plan() -> Plan[ReportTask]:
            response = yield call(create, **params)
            task_id = ((json_body(response) or {}).get("data") or {}).get("taskId")
            if not task_id:
                raise MalformedResponseError(f"{create.key}: WB answered no taskId", operation=create.key)
            return ReportTask(runner, kind, str(task_id))

        return self._runner.run(plan())

    def report_task(self, kind: str, task_id: str) -> ReportTask:
        """The handle of a task created earlier (by this process or another), to wait on or
        download; nothing is sent."""
        if kind not in TASKS:
            raise InvalidRequestError(
                f"kind: {kind!r} is not one of {', '.join(TASKS)}", field="kind", value=kind
            )
        return ReportTask(self._runner, kind, str(task_id))

    # --- CSV reports ----------------------------------------------------------------------------------
    def create_csv_report(
        self,
        report_type: str,
        params: dict[str, Any],
        *,
        name: str | None = None,
        download_id: str | None = None,
        retries: int = 3,
    ) -> CsvReport:
        """Order a CSV report (`report_type` and its `params`, as WB documents them, e.g.
        "DETAIL_HISTORY_REPORT" with startDate/endDate) under an id of ours (a new UUID, or
        `download_id`): the handle is known before WB answers, so a crash never loses it. A
        FAILED report is retried up to `retries` times while waiting. WB operation:
        `POST /api/v2/nm-report/downloads` (nm_report_download_create)."""
        report_id = str(uuid.UUID(download_id)) if download_id else str(uuid.uuid4())
        body: dict[str, Any] = {"id": report_id, "reportType": report_type, "params": params}
        if name:
            body["userReportName"] = name
        check_body(ops.NM_REPORT_DOWNLOAD_CREATE, body)
        handle = CsvReport(self._runner, report_id, retries)

        def plan() -> Plan[CsvReport]:
            yield call(ops.NM_REPORT_DOWNLOAD_CREATE, body=body)
            return handle

        return self._runner.run(plan())

    def csv_report(self, download_id: str, *, retries: int = 3) -> CsvReport:
        """The handle of a CSV report ordered earlier; nothing is sent."""
        return CsvReport(self._runner, download_id, retries)

    def csv_reports(self) -> list[dict[str, Any]]:
        """The CSV reports WB keeps, with their status.
        WB operation: `GET /api/v2/nm-report/downloads`."""

        def plan() -> Plan[list[dict[str, Any]]]:
            return json_rows((yield call(ops.NM_REPORT_DOWNLOADS_LIST)), "data")

        return self._runner.run(plan())

    # --- the order feed and the stocks ----------------------------------------------------------------
    def iter_order_feed(
        self,
        start: Day,
        end: Day | None = None,
        *,
        nm_ids: Sequence[int] | None = None,
        brand_names: Sequence[str] | None = None,
        subject_ids: Sequence[int] | None = None,
        resume: dict[str, Any] | None = None,
        page_size: int | None = None,
    ) -> OrderFeed:
        """The orders created start..end (RFC 3339 moments; no end: until now) as they stood at
        one moment: the first answer's `snapshotTime`, passed back with each next offset, so the
        pages agree whatever changes meanwhile. `resume`: a `.position` from an earlier run. Up to
        10,000 a page. WB operation: `POST /api/analytics/v1/order-feed` (order_feed)."""
        op = ops.ORDER_FEED
        size = _size(op, "pagination.limit", page_size)
        period = {"start": moment(start, "start")}
        if end is not None:
            period["end"] = moment(end, "end")
        body: dict[str, Any] = {
            "selectedPeriod": period,
            **_filters(nmIds=nm_ids, brandNames=brand_names, subjectIds=subject_ids),
        }
        check_body(op, body)
        state = OrderFeedState()
        if resume:
            state.snapshot_time, state.offset = resume.get("snapshotTime"), int(resume.get("offset") or 0)
        return OrderFeed(self._runner, lambda _: _order_feed_plan(body, size, state), state)

    def iter_wb_warehouse_stocks(
        self,
        *,
        nm_ids: Sequence[int] | None = None,
        chrt_ids: Sequence[int] | None = None,
        page_size: int | None = None,
    ) -> Pages[dict[str, Any]]:
        """Stocks on WB's warehouses, a row per size and warehouse (the successor of the retired
        statistics stocks); limit/offset. WB operation:
        `POST /api/analytics/v1/stocks-report/wb-warehouses` (stocks_report_wb_warehouses)."""
        op = ops.STOCKS_REPORT_WB_WAREHOUSES
        size = _size(op, "limit", page_size)
        body = _filters(nmIds=nm_ids, chrtIds=chrt_ids)
        check_body(op, {**body, "limit": size, "offset": 0})

        def page(limit: int, offset: int) -> Any:
            return call(op, body={**body, "limit": limit, "offset": offset})

        def plan(s: PageState) -> Plan[None]:
            # a short page is the last one: no empty page needed (250,000 rows a page)
            offset = 0
            while True:
                rows = json_rows((yield page(size, offset)), "data.items")
                s.pages += 1
                yield EmitAll(rows, s)
                offset += len(rows)
                if len(rows) < size:
                    return

        return Pages(self._runner, plan)
