"""Analytics lists (seller-analytics-api): the sales funnel, its history and the search-query
reports, paged by limit/offset (up to 1,000 a page; the history 20 nmIDs a request, split)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wbseller_raw.analytics import ops

from ..errors import InvalidRequestError
from ..operations import Operation
from ..pagination import Pages, batches, offset_pages
from ..plans import Plan, SyncRunner, call
from ..validation import check_body, max_items, schema_at
from ._common import page_limit
from ._rows import Day, day, json_rows


def _size(op: Operation[Any, Any], path: str, size: int | None) -> int:
    return page_limit(size, int(schema_at(op, path).get("maximum") or 1000))


def _filters(**values: Any) -> dict[str, Any]:
    return {
        k: list(v) if isinstance(v, Iterable) and not isinstance(v, str) else v
        for k, v in values.items()
        if v
    }


class AnalyticsListsOps:
    """The analytics lists, a mixin of AnalyticsOps."""

    _runner: SyncRunner

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
        check_body(op, {**body, "limit": size, "offset": 0})

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
        parts = list(batches(ids, max_items(op, "nmIds")))
        for part in parts:
            check_body(
                op,
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
        check_body(op, {**body, "limit": size, "offset": 0})

        def page(limit: int, offset: int) -> Any:
            return call(op, body={**body, "limit": limit, "offset": offset})

        return Pages(self._runner, lambda s: offset_pages(page, lambda r: json_rows(r, key), size, s))
