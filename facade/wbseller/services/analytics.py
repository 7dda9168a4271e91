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
from collections.abc import Iterable, Sequence
from typing import Any

from wbseller_raw.analytics import ops

from ..errors import InvalidRequestError, MalformedResponseError
from ..operations import Operation
from ..pagination import Pages, PageState, batches, offset_pages
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_body, max_items, schema_at
from ._rows import Day, day, json_body, json_rows, moment
from .report_tasks import TASKS, CsvReport, ReportTask

SPEC = "analytics"
# the report tasks, by kind: the operation that creates one (report_tasks: the rest)
CREATE: dict[str, Operation[Any, Any]] = {
    "warehouse_remains": ops.WAREHOUSE_REMAINS_CREATE,
    "paid_storage": ops.PAID_STORAGE_CREATE,
    "acceptance_report": ops.ACCEPTANCE_REPORT_CREATE,
}


def _size(op: Operation[Any, Any], path: str, size: int | None) -> int:
    maximum = int(schema_at(SPEC, op.operation_id, path).get("maximum") or 1000)
    if size is None:
        return maximum
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= maximum:
        raise InvalidRequestError(
            f"page_size: {size!r} is outside 1..{maximum} (WB's limit)",
            field="page_size",
            value=size,
            limit=maximum,
        )
    return size


def _filters(**values: Any) -> dict[str, Any]:
    return {
        k: list(v) if isinstance(v, Iterable) and not isinstance(v, str) else v
        for k, v in values.items()
        if v
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


class AnalyticsOps:
    """Analytics operations shared by the sync and async analytics services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

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
        check_body(SPEC, ops.NM_REPORT_DOWNLOAD_CREATE.operation_id, body)
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

    # --- sales funnel ---------------------------------------------------------------------------------
    def iter_sales_funnel(
        self,
        date_from: Day,
        date_to: Day,
        *,
        nm_ids: Sequence[int] | None = None,
        brand_names: Sequence[str] | None = None,
        subject_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        order_by: dict[str, str] | None = None,
        past_period: tuple[Day, Day] | None = None,
        page_size: int | None = None,
    ) -> Pages[dict[str, Any]]:
        """The sales funnel of each product over the period (dicts: product, statistic), filtered,
        sorted by `order_by` ({field, mode}); limit/offset up to 1,000 a page. WB operation:
        `POST /api/analytics/v3/sales-funnel/products` (sales_funnel_products)."""
        op = ops.SALES_FUNNEL_PRODUCTS
        size = _size(op, "limit", page_size)
        body: dict[str, Any] = {
            "selectedPeriod": {"start": day(date_from, "date_from"), "end": day(date_to, "date_to")},
            **_filters(nmIds=nm_ids, brandNames=brand_names, subjectIds=subject_ids, tagIds=tag_ids),
        }
        if order_by:
            body["orderBy"] = order_by
        if past_period:
            body["pastPeriod"] = {
                "start": day(past_period[0], "past_period"),
                "end": day(past_period[1], "past_period"),
            }
        check_body(SPEC, op.operation_id, {**body, "limit": size, "offset": 0})

        def page(limit: int, offset: int) -> Any:
            return call(op, body={**body, "limit": limit, "offset": offset})

        return Pages(
            self._runner, lambda s: offset_pages(page, lambda r: json_rows(r, "data.products"), size, s)
        )

    def sales_funnel_history(
        self, nm_ids: Sequence[int], date_from: Day, date_to: Day, *, aggregation: str = "day"
    ) -> list[dict[str, Any]]:
        """Each product's funnel by day (or `aggregation="week"`) over the period, any number of
        nmIDs (20 a request: more are split). WB operation:
        `POST /api/analytics/v3/sales-funnel/products/history`."""
        op = ops.SALES_FUNNEL_PRODUCTS_HISTORY
        ids = list(dict.fromkeys(nm_ids))
        if not ids:
            raise InvalidRequestError("nm_ids: empty (name at least one)", field="nm_ids", value=[])
        period = {"start": day(date_from, "date_from"), "end": day(date_to, "date_to")}
        parts = list(batches(ids, max_items(SPEC, op.operation_id, "nmIds")))
        for part in parts:
            check_body(
                SPEC,
                op.operation_id,
                {"selectedPeriod": period, "nmIds": part, "aggregationLevel": aggregation},
            )

        def plan() -> Plan[list[dict[str, Any]]]:
            out: list[dict[str, Any]] = []
            for part in parts:
                body = {"selectedPeriod": period, "nmIds": part, "aggregationLevel": aggregation}
                out.extend(json_rows((yield call(op, body=body))))
            return out

        return self._runner.run(plan())

    # --- search queries -------------------------------------------------------------------------------
    def iter_search_queries(
        self,
        date_from: Day,
        date_to: Day,
        *,
        order_by: dict[str, str] | None = None,
        position_cluster: str = "all",
        nm_ids: Sequence[int] | None = None,
        subject_id: int | None = None,
        brand_name: str | None = None,
        page_size: int | None = None,
    ) -> Pages[dict[str, Any]]:
        """The products' search figures over the period (dicts), sorted by `order_by` (default
        {"field": "openCard", "mode": "desc"}); limit/offset up to 1,000 a page. WB operation:
        `POST /api/v2/search-report/table/details` (search_report_table_details)."""
        filters = _filters(nmIds=nm_ids, subjectId=subject_id, brandName=brand_name)
        return self._search(ops.SEARCH_REPORT_TABLE_DETAILS, "data.products", (date_from, date_to), order_by,
                            position_cluster, filters, page_size)  # fmt: skip

    def iter_search_query_groups(
        self,
        date_from: Day,
        date_to: Day,
        *,
        order_by: dict[str, str] | None = None,
        position_cluster: str = "all",
        subject_ids: Sequence[int] | None = None,
        brand_names: Sequence[str] | None = None,
        page_size: int | None = None,
    ) -> Pages[dict[str, Any]]:
        """The same figures by subject and brand (dicts), as iter_search_queries. WB operation:
        `POST /api/v2/search-report/table/groups` (search_report_table_groups)."""
        filters = _filters(subjectIds=subject_ids, brandNames=brand_names)
        return self._search(ops.SEARCH_REPORT_TABLE_GROUPS, "data.groups", (date_from, date_to), order_by,
                            position_cluster, filters, page_size)  # fmt: skip

    def _search(
        self,
        op: Operation[Any, Any],
        key: str,
        period: tuple[Day, Day],
        order_by: dict[str, str] | None,
        position_cluster: str,
        filters: dict[str, Any],
        page_size: int | None,
    ) -> Pages[dict[str, Any]]:
        size = _size(op, "limit", page_size)
        body: dict[str, Any] = {
            "currentPeriod": {"start": day(period[0], "date_from"), "end": day(period[1], "date_to")},
            "orderBy": order_by or {"field": "openCard", "mode": "desc"},
            "positionCluster": position_cluster,
            **filters,
        }
        check_body(SPEC, op.operation_id, {**body, "limit": size, "offset": 0})

        def page(limit: int, offset: int) -> Any:
            return call(op, body={**body, "limit": limit, "offset": offset})

        return Pages(self._runner, lambda s: offset_pages(page, lambda r: json_rows(r, key), size, s))

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
        check_body(SPEC, op.operation_id, body)
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
        check_body(SPEC, op.operation_id, {**body, "limit": size, "offset": 0})

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
