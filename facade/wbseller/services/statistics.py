"""Statistics (statistics-api): the orders and sales feeds, read by WB's `lastChangeDate` rule.

    feed = wb.statistics.iter_orders(date_from="2026-03-01")
    for row in feed:                      # dicts, WB's field names (srid, lastChangeDate, ...)
        save(row)
    keep = feed.position.as_dict()        # persist it; later:
    for row in wb.statistics.iter_sales(resume=keep): ...

WB's rule: the first call sends `dateFrom` with flag=0 and gets the rows changed at or after it
(about 80,000 at most); the next call passes the last row's `lastChangeDate`, which brings the
rows of that second again (they are dropped here, by srid); a page with nothing new ends the
feed. Each call costs a minute of WB's budget (1 a minute): the rate limiter paces them.

Incomes (`/api/v1/supplier/incomes`), stocks (`/api/v1/supplier/stocks`) and the v5 report
(`/api/v5/supplier/reportDetailByPeriod`) are retired by WB: their methods raise
OperationRemovedError, naming what replaces them, and send nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from wbseller_raw.statistics import ops

from ..errors import InvalidRequestError
from ..operations import Operation, removed_error
from ..pagination import Pages, PageState
from ..plans import Emit, Plan, SyncRunner, call
from ._rows import json_rows, moment

SPEC = "statistics"


@dataclass(frozen=True)
class FeedPosition:
    """Where a statistics feed stands: after the rows up to `last_change_date`, of which the rows
    with exactly that lastChangeDate already handed out are `seen` (their keys: srid, and the
    saleID for sales). Persist `as_dict()`; pass it (or the dict) back as `resume=`."""

    last_change_date: str
    seen: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"lastChangeDate": self.last_change_date, "seen": list(self.seen)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedPosition:
        return cls(str(data["lastChangeDate"]), tuple(str(s) for s in data.get("seen") or ()))


def row_key(row: dict[str, Any]) -> str:
    """What tells a feed's rows apart within one second: srid (and saleID: a sale and its return
    share the srid); a row without them (WB drifted) by its whole content."""
    srid, sale = row.get("srid"), row.get("saleID")
    if srid is None and sale is None:
        return json.dumps(row, sort_keys=True, ensure_ascii=False)
    return f"{srid}|{sale or ''}"


class FeedState(PageState):
    """Progress of a feed: the boundary second and the keys of its rows handed out so far."""

    def __init__(self) -> None:
        super().__init__()
        self.boundary: str | None = None
        self.seen: set[str] = set()

    @property
    def position(self) -> FeedPosition | None:
        if self.boundary is None:
            return None
        return FeedPosition(self.boundary, tuple(sorted(self.seen)))


class Feed(Pages[dict[str, Any]]):
    """The rows of a statistics feed (iterate it; `async for` on an AsyncClient). `.position` is
    where it stands after the last row handed out: persist it to resume."""

    state: FeedState

    @property
    def position(self) -> FeedPosition | None:
        return self.state.position


def feed_plan(op: Operation[Any, Any], date_from: str, state: FeedState) -> Plan[None]:
    """WB's lastChangeDate walk (see the module docstring), one row at a time so that `position`
    is right wherever the caller stops."""
    since = state.boundary or date_from
    while True:
        response = yield call(op, date_from=since, flag=0)
        rows = json_rows(response)
        response = None
        state.pages += 1
        handed = 0
        for row in rows:
            changed = str(row.get("lastChangeDate") or "")
            key = row_key(row)
            if changed == state.boundary and key in state.seen:
                continue  # the boundary second comes again: seen already
            if changed != state.boundary:
                state.boundary, state.seen = changed, set()
            state.seen.add(key)
            state.items += 1
            handed += 1
            yield Emit(row)
        if not handed or state.boundary is None:
            return
        since = state.boundary


def _start(
    date_from: date | datetime | str | None, resume: FeedPosition | dict[str, Any] | str | None
) -> tuple[str, FeedState]:
    state = FeedState()
    if resume is not None:
        position = (
            resume
            if isinstance(resume, FeedPosition)
            else FeedPosition.from_dict(resume)
            if isinstance(resume, dict)
            else FeedPosition(moment(resume, "resume"))
        )
        state.boundary, state.seen = position.last_change_date, set(position.seen)
        return position.last_change_date, state
    if date_from is None:
        raise InvalidRequestError("date_from: required (or resume=)", field="date_from", value=None)
    return moment(date_from, "date_from"), state


class StatisticsOps:
    """The statistics feeds, shared by the sync and async services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def iter_orders(
        self,
        date_from: date | datetime | str | None = None,
        *,
        resume: FeedPosition | dict[str, Any] | str | None = None,
    ) -> Feed:
        """Every order row changed at or after `date_from` (a date or RFC 3339 date-time; without
        an offset WB reads Moscow time), oldest change first, each once (a cancelled order comes
        again with its new lastChangeDate), as dicts with WB's fields. `resume`: a FeedPosition
        (or its dict) from an earlier run, to go on after it; a bare lastChangeDate string
        repeats the rows of that second. One call a minute (WB's budget). WB operation:
        `GET /api/v1/supplier/orders` (supplier_orders)."""
        since, state = _start(date_from, resume)
        return Feed(self._runner, lambda _: feed_plan(ops.SUPPLIER_ORDERS, since, state), state)

    def iter_sales(
        self,
        date_from: date | datetime | str | None = None,
        *,
        resume: FeedPosition | dict[str, Any] | str | None = None,
    ) -> Feed:
        """Every sale and return row (a return: saleID R…, negative sums) changed at or after
        `date_from`, as iter_orders. WB operation: `GET /api/v1/supplier/sales` (supplier_sales)."""
        since, state = _start(date_from, resume)
        return Feed(self._runner, lambda _: feed_plan(ops.SUPPLIER_SALES, since, state), state)

    # --- retired by WB: nothing is sent ---------------------------------------------------------------
    def incomes(self, date_from: date | datetime | str | None = None) -> Iterator[dict[str, Any]]:
        """Removed: WB removed `GET /api/v1/supplier/incomes` by 2026-03-19 and named no successor
        (FBW supplies: client.supplies). Raises OperationRemovedError (nothing is sent)."""
        op = ops.SUPPLIER_INCOMES
        raise removed_error(
            op.spec,
            op.operation_id,
            "WB named no successor; the FBW supplies themselves are in the supplies API (client.supplies).",
        )

    def stocks(self, date_from: date | datetime | str | None = None) -> Iterator[dict[str, Any]]:
        """Removed: WB removed `GET /api/v1/supplier/stocks` by 2026-07-22; its successor is
        `POST /api/analytics/v1/stocks-report/wb-warehouses` (client.analytics.iter_wb_warehouse_stocks).
        Raises OperationRemovedError (nothing is sent)."""
        op = ops.SUPPLIER_STOCKS
        raise removed_error(
            op.spec,
            op.operation_id,
            "Use its successor POST /api/analytics/v1/stocks-report/wb-warehouses: "
            "client.analytics.iter_wb_warehouse_stocks(), or the warehouse remains report "
            "(client.analytics.create_report('warehouse_remains')).",
        )

    def report_detail_by_period(
        self, date_from: date | datetime | str | None = None, date_to: date | datetime | str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Removed: WB removed `GET /api/v5/supplier/reportDetailByPeriod` by 2026-07-22; its
        successor is `POST /api/finance/v1/sales-reports/detailed` (client.finance.iter_realization).
        Raises OperationRemovedError (nothing is sent)."""
        op = ops.REPORT_DETAIL_BY_PERIOD
        raise removed_error(
            op.spec,
            op.operation_id,
            "Use its successor POST /api/finance/v1/sales-reports/detailed: "
            "client.finance.iter_realization(date_from, date_to), paged by rrdId the same way.",
        )
