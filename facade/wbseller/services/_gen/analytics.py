"""client.analytics and AsyncClient.analytics: AnalyticsService and AsyncAnalyticsService, and the
AsyncClient's twins of the upload handles. Written by scripts/async_types.py from
services/analytics.py: do not edit (`make generate` rewrites it, `make check` fails when it is out
of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.analytics import AnalyticsOps
from wbseller.services.base import AsyncService, Service
from wbseller.services.report_tasks import CsvReport, ReportTask

if TYPE_CHECKING:
    from collections.abc import Awaitable, Sequence
    from typing import Any

    from wbseller.pagination import AsyncPages
    from wbseller.services._rows import Day
    from wbseller_raw.analytics.client import AuthenticatedClient as AnalyticsRaw


class AsyncCsvReport(CsvReport, twin_of=CsvReport):
    """CsvReport of an AsyncClient: wait() is awaitable."""

    if TYPE_CHECKING:

        def wait(  # type: ignore[override]
            self, timeout: float | None = None, poll: float | None = None
        ) -> Awaitable[bytes]: ...


class AsyncReportTask(ReportTask, twin_of=ReportTask):
    """ReportTask of an AsyncClient: wait() is awaitable."""

    if TYPE_CHECKING:

        def wait(  # type: ignore[override]
            self, timeout: float | None = None, poll: float | None = None
        ) -> Awaitable[list[dict[str, Any]]]: ...


class AnalyticsService(AnalyticsOps, Service):
    """client.analytics: Analytics and reports (seller-analytics-api)."""

    raw: AnalyticsRaw


class AsyncAnalyticsService(AnalyticsOps, AsyncService):
    """AsyncClient.analytics: the operations of AnalyticsService, awaitable / async-iterable."""

    raw: AnalyticsRaw

    if TYPE_CHECKING:

        def create_report(  # type: ignore[override]
            self, kind: str, *, date_from: Day | None = None, date_to: Day | None = None, **params: Any
        ) -> Awaitable[AsyncReportTask]:
            """Start a report task: "warehouse_remains" (params: its grouping flags, e.g.
            group_by_nm=True, locale), "paid_storage" or "acceptance_report" (date_from, date_to).
            Returns its handle at once (`task_id`); `wait()` gives the rows. WB operations:
            `GET /api/v1/warehouse_remains`, `/api/v1/paid_storage`, `/api/v1/acceptance_report`.
            """

        def report_task(self, kind: str, task_id: str) -> AsyncReportTask:
            """The handle of a task created earlier (by this process or another), to wait on or
            download; nothing is sent.
            """

        def create_csv_report(  # type: ignore[override]
            self,
            report_type: str,
            params: dict[str, Any],
            *,
            name: str | None = None,
            download_id: str | None = None,
            retries: int = 3,
        ) -> Awaitable[AsyncCsvReport]:
            """Order a CSV report (`report_type` and its `params`, as WB documents them, e.g.
            "DETAIL_HISTORY_REPORT" with startDate/endDate) under an id of ours (a new UUID, or
            `download_id`): the handle is known before WB answers, so a crash never loses it. A
            FAILED report is retried up to `retries` times while waiting. WB operation:
            `POST /api/v2/nm-report/downloads` (nm_report_download_create).
            """

        def csv_report(self, download_id: str, *, retries: int = 3) -> AsyncCsvReport:
            """The handle of a CSV report ordered earlier; nothing is sent."""

        def csv_reports(  # type: ignore[override]
            self,
        ) -> Awaitable[list[dict[str, Any]]]:
            """The CSV reports WB keeps, with their status.
            WB operation: `GET /api/v2/nm-report/downloads`.
            """

        def iter_wb_warehouse_stocks(
            self,
            *,
            nm_ids: Sequence[int] | None = None,
            chrt_ids: Sequence[int] | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[dict[str, Any]]:
            """Stocks on WB's warehouses, a row per size and warehouse (the successor of the retired
            statistics stocks); limit/offset. WB operation:
            `POST /api/analytics/v1/stocks-report/wb-warehouses` (stocks_report_wb_warehouses).
            """

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
        ) -> AsyncPages[dict[str, Any]]:
            """The sales funnel of each product over the period (dicts: product, statistic), filtered,
            sorted by `order_by` ({field, mode}); limit/offset up to 1,000 a page. WB operation:
            `POST /api/analytics/v3/sales-funnel/products` (sales_funnel_products).
            """

        def sales_funnel_history(  # type: ignore[override]
            self, nm_ids: Sequence[int], date_from: Day, date_to: Day, *, aggregation: str = "day"
        ) -> Awaitable[list[dict[str, Any]]]:
            """Each product's funnel by day (or `aggregation="week"`) over the period, any number of
            nmIDs (20 a request: more are split). WB operation:
            `POST /api/analytics/v3/sales-funnel/products/history`.
            """

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
        ) -> AsyncPages[dict[str, Any]]:
            """The products' search figures over the period (dicts), sorted by `order_by` (default
            {"field": "openCard", "mode": "desc"}); limit/offset up to 1,000 a page. WB operation:
            `POST /api/v2/search-report/table/details` (search_report_table_details).
            """

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
        ) -> AsyncPages[dict[str, Any]]:
            """The same figures by subject and brand (dicts), as iter_search_queries. WB operation:
            `POST /api/v2/search-report/table/groups` (search_report_table_groups).
            """
