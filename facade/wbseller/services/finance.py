"""Finances (finance-api): the balance, the realization (sales) reports and the acquiring reports.

    rows = wb.finance.iter_realization("2026-03-01", "2026-03-31")
    for row in rows:                       # dicts, WB's field names (rrdId, nmId, forPay, ...)
        book(row)
    keep = rows.rrd_id                     # persist it; later: iter_realization(..., resume=keep)
    print(wb.finance.balance().for_withdraw)

The detailed reports page by `rrdId`: the first call sends 0, each next one the last row's rrdId,
until WB answers 204. Each call costs a minute of WB's budget (1 a minute): the rate limiter
paces them. Rows come as WB wrote them (plain dicts): sums are strings there, kept to the digit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.finance import ops

from ..errors import InvalidRequestError
from ..operations import Operation
from ..pagination import Pages, PageState
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_body
from ._common import page_limit
from ._rows import Day, json_rows, period

if TYPE_CHECKING:
    from wbseller_raw.finance.models import AccountBalanceResponse

SPEC = "finance"
PERIODS = ("weekly", "daily")


class RrdState(PageState):
    """Progress of an rrdId walk: the rrdId of the last row handed out (0: none yet)."""

    def __init__(self, rrd_id: int = 0) -> None:
        super().__init__()
        self.rrd_id = rrd_id


class RrdPages(Pages[dict[str, Any]]):
    """The rows of a detailed report (iterate it; `async for` on an AsyncClient). `.rrd_id` is the
    rrdId of the last row handed out: persist it and pass it as `resume=` to go on after it."""

    state: RrdState

    @property
    def rrd_id(self) -> int:
        return self.state.rrd_id


def rrd_plan(op: Operation[Any, Any], body: dict[str, Any], state: RrdState, **params: Any) -> Plan[None]:
    """Page by rrdId until 204 (an empty page ends it too). The position moves row by row as
    they are handed out, a page at a time."""
    while True:
        response = yield call(op, body={**body, "rrdId": state.rrd_id}, **params)
        rows = json_rows(response)
        response = None
        state.pages += 1
        if not rows:
            return
        last = rows[-1].get("rrdId")
        if not isinstance(last, int) or last <= state.rrd_id:
            # WB's rrdId did not advance (or went missing): stop instead of asking the same page again
            yield EmitAll(rows, state)
            return
        yield from _hand_out(rows, state)


def _hand_out(rows: list[dict[str, Any]], state: RrdState) -> Plan[None]:
    for row in rows:
        rrd = row.get("rrdId")
        if isinstance(rrd, int) and rrd <= state.rrd_id:
            continue  # a resumed walk: WB repeats nothing after rrdId, but be safe
        if isinstance(rrd, int):
            state.rrd_id = rrd  # before handing it out: a caller that stops there has it
        yield EmitAll([row], state)


def _period(value: str) -> str:
    if value not in PERIODS:
        raise InvalidRequestError(
            f"period: {value!r} is not one of {', '.join(PERIODS)}",
            field="period",
            value=value,
            limit=PERIODS,
        )
    return value


class FinanceOps:
    """Finance operations shared by the sync and async finance services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def balance(self) -> AccountBalanceResponse:
        """The seller's balance: `current`, `for_withdraw`, `currency`. WB operation:
        `GET /api/v1/account/balance` (account_balance)."""

        def plan() -> Plan[Any]:
            return (yield call(ops.ACCOUNT_BALANCE)).parsed

        return cast("AccountBalanceResponse", self._runner.run(plan()))

    def iter_realization(
        self,
        date_from: Day,
        date_to: Day,
        *,
        period: str = "weekly",
        fields: list[str] | None = None,
        resume: int = 0,
        page_size: int | None = None,
    ) -> RrdPages:
        """Every row of the realization reports over `date_from`..`date_to` (weekly reports, or
        `period="daily"`), rrdId order, as dicts (`fields`: only those). `resume`: the rrdId of
        the last row already read (RrdPages.rrd_id). Pages of up to 100,000 rows, 1 a minute.
        WB operation: `POST /api/finance/v1/sales-reports/detailed` (sales_report_detailed)."""
        return self._rrd(ops.SALES_REPORT_DETAILED, date_from, date_to, period, fields, resume, page_size)

    def iter_realization_report(
        self,
        report_id: int,
        *,
        fields: list[str] | None = None,
        resume: int = 0,
        page_size: int | None = None,
    ) -> RrdPages:
        """The rows of one realization report (from reports()). WB operation:
        `POST /api/finance/v1/sales-reports/detailed/{reportId}` (sales_report_by_id)."""
        return self._rrd_one(ops.SALES_REPORT_BY_ID, report_id, fields, resume, page_size)

    def reports(self, date_from: Day, date_to: Day, *, period: str = "weekly") -> list[dict[str, Any]]:
        """The realization reports overlapping the period (reportId, dates, sums), all of them
        (limit/offset until none). WB operation: `POST /api/finance/v1/sales-reports/list`."""
        return self._list(ops.SALES_REPORTS_LIST, date_from, date_to, {"period": _period(period)})

    def iter_acquiring(
        self,
        date_from: Day,
        date_to: Day,
        *,
        fields: list[str] | None = None,
        resume: int = 0,
        page_size: int | None = None,
    ) -> RrdPages:
        """Every row of the acquiring reports over the period, paged by rrdId like
        iter_realization. WB operation: `POST /api/finance/v1/acquiring/detailed`."""
        return self._rrd(ops.ACQUIRING_REPORT_DETAILED, date_from, date_to, None, fields, resume, page_size)

    def iter_acquiring_report(
        self,
        report_id: int,
        *,
        fields: list[str] | None = None,
        resume: int = 0,
        page_size: int | None = None,
    ) -> RrdPages:
        """The rows of one acquiring report. WB operation:
        `POST /api/finance/v1/acquiring/detailed/{reportId}` (acquiring_report_by_id)."""
        return self._rrd_one(ops.ACQUIRING_REPORT_BY_ID, report_id, fields, resume, page_size)

    def acquiring_reports(self, date_from: Day, date_to: Day) -> list[dict[str, Any]]:
        """The acquiring reports overlapping the period. WB operation:
        `POST /api/finance/v1/acquiring/list` (acquiring_reports_list)."""
        return self._list(ops.ACQUIRING_REPORTS_LIST, date_from, date_to, {})

    # --- shared -------------------------------------------------------------------------------------
    def _rrd(
        self,
        op: Operation[Any, Any],
        date_from: Day,
        date_to: Day,
        per: str | None,
        fields: list[str] | None,
        resume: int,
        page_size: int | None,
    ) -> RrdPages:
        first, last = period(date_from, date_to)
        body: dict[str, Any] = {"dateFrom": first, "dateTo": last, "limit": page_limit(page_size, 100_000)}
        if per is not None:
            body["period"] = _period(per)
        if fields:
            body["fields"] = list(fields)
        check_body(op, {**body, "rrdId": resume})
        state = RrdState(_resume(resume))
        return RrdPages(self._runner, lambda _: rrd_plan(op, body, state), state)

    def _rrd_one(
        self,
        op: Operation[Any, Any],
        report_id: int,
        fields: list[str] | None,
        resume: int,
        page_size: int | None,
    ) -> RrdPages:
        if isinstance(report_id, bool) or not isinstance(report_id, int):
            raise InvalidRequestError(
                f"report_id: {report_id!r} is not an integer", field="report_id", value=report_id
            )
        body: dict[str, Any] = {"limit": page_limit(page_size, 100_000)}
        if fields:
            body["fields"] = list(fields)
        state = RrdState(_resume(resume))
        return RrdPages(self._runner, lambda _: rrd_plan(op, body, state, report_id=report_id), state)

    def _list(
        self, op: Operation[Any, Any], date_from: Day, date_to: Day, extra: dict[str, Any]
    ) -> list[dict[str, Any]]:
        first, last = period(date_from, date_to)
        body: dict[str, Any] = {"dateFrom": first, "dateTo": last, "limit": 1000, **extra}
        check_body(op, body)

        def plan() -> Plan[list[dict[str, Any]]]:
            out: list[dict[str, Any]] = []
            while True:
                page = json_rows((yield call(op, body={**body, "offset": len(out)})))
                out.extend(page)
                if len(page) < body["limit"]:
                    return out

        return self._runner.run(plan())


def _resume(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequestError(
            f"resume: {value!r} is not an rrdId (an integer ≥ 0)", field="resume", value=value
        )
    return value
