# ruff: noqa: RUF001  (Russian names, as WB prints them)
"""Finance (finance-api): the balance, the realization (sales) reports and the acquiring reports.

The model, per seller: reports (a realization report is weekly or daily; an acquiring report
covers a period), each with its rows; every row has an `rrdId`, ascending across the seller's
rows. The balance is a fixed pair of sums until `set_balance()`.

- Rows of a period [POST .../sales-reports/detailed, .../acquiring/detailed]: the rows of the
  reports that overlap dateFrom..dateTo (and, for realization reports, of the asked `period`,
  weekly by default), in rrdId order, those after the body's `rrdId` (0: from the start), at most
  `limit`; none left: 204 — a client pages with the last row's rrdId until then. `fields` keeps
  only the named fields of each row.
- One report's rows [.../detailed/{reportId}]: the same paging over one report; an unknown
  reportId is a 400.
- The lists [.../list]: the reports overlapping the period (realization: of that `period`),
  limit/offset; none: 204.
- Dates are YYYY-MM-DD (an RFC 3339 date-time is read as its Moscow day); unreadable or
  reversed: 400.
Token types (acquiring, the lists, one report: personal and service only) and the 1-a-minute
budgets are the pipeline's, from the spec.

Seed with `seed_realization(weeks, rows, start, period)` (consecutive weekly or daily reports,
`rows` rows each, ending before today unless `start` is given), `seed_acquiring(reports, rows,
start)`, or `add_report(kind, date_from, date_to, rows, period)`; `set_balance(current,
for_withdraw, currency)`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ._common import WAREHOUSES, Good, goods, msk_day, parse_day, path_int, rng
from .base import Ctx, Reply, SellerState, handler

SALES, ACQUIRING = "sales", "acquiring"
WEEKLY, DAILY = "weekly", "daily"


@dataclass
class FinReport:
    kind: str  # SALES | ACQUIRING
    report_id: int
    date_from: date
    date_to: date
    created: date
    period: str  # WEEKLY | DAILY (acquiring: WEEKLY)
    rows: list[dict[str, Any]] = field(default_factory=list)
    currency: str = "RUB"

    def overlaps(self, first: date, last: date) -> bool:
        return self.date_from <= last and self.date_to >= first


class FinanceStore:
    """One seller's balance and financial reports. Get it with `ctx.store(FinanceStore)` or
    `emu.state.default.store(FinanceStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self.balance: dict[str, Any] = {"currency": "RUB", "current": 10196.21, "for_withdraw": 6395.8}
        self._reports: dict[int, FinReport] = {}
        self._next_report = 300_000_001
        self._next_rrd = itertools.count(1_200_000_001)
        self._rng = rng(seller, "finance")

    # --- seeding and inspection (public: other tests seed through these) ---
    def set_balance(self, current: float, for_withdraw: float, currency: str = "RUB") -> None:
        self.balance = {"currency": currency, "current": current, "for_withdraw": for_withdraw}

    def seed_realization(
        self, weeks: int = 4, rows: int = 50, start: str | None = None, period: str = WEEKLY
    ) -> list[int]:
        """`weeks` consecutive realization reports (weekly, Monday to Sunday; `period="daily"`:
        one a day) of `rows` rows each, from `start` (default: the last ones before today).
        Returns their reportIds."""
        span = 7 if period == WEEKLY else 1
        if start is None:
            today = msk_day(self.seller.now())
            last_monday = today - timedelta(days=today.weekday() + 7) if span == 7 else today
            first = last_monday - timedelta(days=span * (weeks - 1 if span == 7 else weeks))
        else:
            parsed = parse_day(start)
            if parsed is None:
                raise ValueError(f"start {start!r} is not a date")
            first = parsed
        return [
            self.add_report(
                SALES,
                first + timedelta(days=span * i),
                first + timedelta(days=span * i + span - 1),
                rows,
                period,
            ).report_id
            for i in range(weeks)
        ]

    def seed_acquiring(self, reports: int = 2, rows: int = 20, start: str | None = None) -> list[int]:
        """`reports` consecutive weekly acquiring reports of `rows` rows each."""
        today = msk_day(self.seller.now())
        first = parse_day(start) if start else today - timedelta(days=today.weekday() + 7 * reports)
        if first is None:
            raise ValueError(f"start {start!r} is not a date")
        return [
            self.add_report(
                ACQUIRING, first + timedelta(days=7 * i), first + timedelta(days=7 * i + 6), rows
            ).report_id
            for i in range(reports)
        ]

    def add_report(
        self, kind: str, date_from: date | str, date_to: date | str, rows: int = 10, period: str = WEEKLY
    ) -> FinReport:
        first, last = _as_day(date_from), _as_day(date_to)
        report = FinReport(kind, self._next_report, first, last, last + timedelta(days=1), period)
        self._next_report += 1
        build = self._sales_row if kind == SALES else self._acquiring_row
        report.rows = [build(report, i) for i in range(rows)]
        self._reports[report.report_id] = report
        return report

    def reports(self, kind: str) -> list[FinReport]:
        return sorted((r for r in self._reports.values() if r.kind == kind), key=lambda r: r.report_id)

    def report(self, kind: str, report_id: int) -> FinReport | None:
        r = self._reports.get(report_id)
        return r if r is not None and r.kind == kind else None

    # --- rows ---
    def _sales_row(self, rep: FinReport, i: int) -> dict[str, Any]:
        r = self._rng
        good: Good = r.choice(goods(self.seller))
        office_id, office, _ = r.choice(WAREHOUSES)
        day = rep.date_from + timedelta(days=r.randrange((rep.date_to - rep.date_from).days + 1))
        kind = r.choices(("Продажа", "Логистика", "Возврат", "Хранение"), (70, 20, 6, 4))[0]
        sale = kind in ("Продажа", "Возврат")
        price = good.price
        with_disc = round(price * 0.8, 2) if sale else 0
        commission = 24.0
        for_pay = round(with_disc * (100 - commission) / 100, 2) * (-1 if kind == "Возврат" else 1)
        delivery = round(r.uniform(40, 120), 2) if kind == "Логистика" else 0
        return {
            "reportId": rep.report_id,
            "dateFrom": rep.date_from.isoformat(),
            "dateTo": rep.date_to.isoformat(),
            "createDate": rep.created.isoformat(),
            "currency": rep.currency,
            "reportType": 1,
            "rrdId": next(self._next_rrd),
            "giId": 100_000 + r.randrange(900_000),
            "subjectName": good.subject,
            "nmId": good.nm_id,
            "brandName": good.brand,
            "vendorCode": good.vendor_code,
            "title": good.title,
            "techSize": good.tech_size,
            "sku": good.barcode,
            "docTypeName": "Возврат" if kind == "Возврат" else "Продажа" if sale else "",
            "quantity": 1 if sale else 0,
            "retailPrice": f"{price}" if sale else "0",
            "retailAmount": f"{with_disc}",
            "salePercent": 20 if sale else 0,
            "commissionPercent": commission if sale else 0.0,
            "officeName": office,
            "sellerOperName": kind,
            "orderDt": f"{(day - timedelta(days=2)).isoformat()}T00:00:00Z",
            "saleDt": f"{day.isoformat()}T00:00:00Z",
            "rrDate": day.isoformat(),
            "shkId": 1_000_000_000 + r.randrange(10**9),
            "retailPriceWithDisc": f"{with_disc}",
            "deliveryAmount": 1 if kind == "Логистика" else 0,
            "returnAmount": 1 if kind == "Возврат" else 0,
            "deliveryService": f"{delivery}",
            "ppvzSalesCommission": f"{round(with_disc * commission / 100, 2)}",
            "forPay": f"{for_pay}",
            "ppvzReward": "0",
            "acquiringFee": f"{round(with_disc * 0.015, 2)}",
            "acquiringPercent": 1.5 if sale else 0.0,
            "acquiringBank": "Тинькофф" if sale else "",
            "ppvzOfficeId": office_id,
            "ppvzOfficeName": office,
            "penalty": "0",
            "additionalPayment": "0",
            "paidStorage": f"{round(r.uniform(1, 30), 2)}" if kind == "Хранение" else "0",
            "deduction": "0",
            "paidAcceptance": "0",
            "orderId": 2_800_000_000 + r.randrange(10**8),
            "srid": f"{r.randrange(10**18, 10**19)}.0.0",
            "isB2b": False,
            "spp": 10.0,
            "srvDbs": False,
        }

    def _acquiring_row(self, rep: FinReport, i: int) -> dict[str, Any]:
        r = self._rng
        good: Good = r.choice(goods(self.seller))
        day = rep.date_from + timedelta(days=r.randrange((rep.date_to - rep.date_from).days + 1))
        amount = round(good.price * 0.8, 2)
        return {
            "rrdId": next(self._next_rrd),
            "reportId": rep.report_id,
            "acqDate": day.isoformat(),
            "acquiringBank": "Тинькофф",
            "tin": "010101010101",
            "taxRegistrationReasonCode": "7701123301",
            "saleDate": day.isoformat(),
            "srid": f"{r.randrange(10**18, 10**19)}.0.0",
            "docTypeName": "Продажа",
            "nmId": good.nm_id,
            "retailAmount": f"{amount}",
            "acquiringFee": f"{round(amount * 0.015, 2)}",
            "acquiringFeeVat": f"{round(amount * 0.015 * 0.2, 2)}",
            "invoiceNumber": f"INV-{rep.report_id}",
            "invoiceDate": rep.created.isoformat(),
            "shkId": 1_000_000_000 + r.randrange(10**9),
            "currency": rep.currency,
        }


def _as_day(value: date | str) -> date:
    if isinstance(value, date):
        return value
    parsed = parse_day(value)
    if parsed is None:
        raise ValueError(f"{value!r} is not a date")
    return parsed


def _range(ctx: Ctx, body: dict[str, Any]) -> tuple[date, date]:
    first, last = parse_day(body.get("dateFrom")), parse_day(body.get("dateTo"))
    if first is None or last is None:
        raise ctx.refuse(
            f"dateFrom and dateTo must be dates: {body.get('dateFrom')!r}, {body.get('dateTo')!r}"
        )
    if last < first:
        raise ctx.refuse(f"dateTo ({last}) is before dateFrom ({first})")
    return first, last


def _body(ctx: Ctx) -> dict[str, Any]:
    body = ctx.json()
    if not isinstance(body, dict):
        raise ctx.refuse("the request body must be a JSON object")
    return body


def _rows_page(ctx: Ctx, body: dict[str, Any], rows: list[dict[str, Any]]) -> Any:
    """Rows after the body's rrdId, at most its limit; none left: 204."""
    after = int(body.get("rrdId") or 0)
    limit = int(body.get("limit") or 100_000)
    out = [row for row in rows if row["rrdId"] > after][:limit]
    if not out:
        return Reply(204, no_body=True)
    wanted = body.get("fields")
    if wanted:
        keep = set(wanted)
        out = [{k: v for k, v in row.items() if k in keep} for row in out]
    return out


def _report_rows(reports: list[FinReport]) -> list[dict[str, Any]]:
    return sorted((row for rep in reports for row in rep.rows), key=lambda row: int(row["rrdId"]))


def _one_report(ctx: Ctx, kind: str) -> FinReport:
    report_id = path_int(ctx, "reportId")
    rep = ctx.store(FinanceStore).report(kind, report_id)
    if rep is None:
        raise ctx.refuse(f"report {report_id} not found")
    return rep


def _period_of(ctx: Ctx, body: dict[str, Any]) -> str:
    value = body.get("period") or WEEKLY
    if value not in (WEEKLY, DAILY):
        raise ctx.refuse(f"period must be daily or weekly, got {value!r}")
    return str(value)


# --- handlers ----------------------------------------------------------------------------------------
@handler("finance.account_balance")
def account_balance(ctx: Ctx) -> Any:
    return dict(ctx.store(FinanceStore).balance)


@handler("finance.sales_report_detailed")
def sales_report_detailed(ctx: Ctx) -> Any:
    body = _body(ctx)
    first, last = _range(ctx, body)
    per = _period_of(ctx, body)
    reports = [
        r for r in ctx.store(FinanceStore).reports(SALES) if r.period == per and r.overlaps(first, last)
    ]
    return _rows_page(ctx, body, _report_rows(reports))


@handler("finance.sales_report_by_id")
def sales_report_by_id(ctx: Ctx) -> Any:
    body = _body(ctx) if ctx.body else {}
    return _rows_page(ctx, body, _report_rows([_one_report(ctx, SALES)]))


@handler("finance.acquiring_report_detailed")
def acquiring_report_detailed(ctx: Ctx) -> Any:
    body = _body(ctx)
    first, last = _range(ctx, body)
    reports = [r for r in ctx.store(FinanceStore).reports(ACQUIRING) if r.overlaps(first, last)]
    return _rows_page(ctx, body, _report_rows(reports))


@handler("finance.acquiring_report_by_id")
def acquiring_report_by_id(ctx: Ctx) -> Any:
    body = _body(ctx) if ctx.body else {}
    return _rows_page(ctx, body, _report_rows([_one_report(ctx, ACQUIRING)]))


def _list(ctx: Ctx, kind: str) -> Any:
    body = _body(ctx)
    first, last = _range(ctx, body)
    per = _period_of(ctx, body) if kind == SALES else None
    limit, offset = int(body.get("limit") or 1000), int(body.get("offset") or 0)
    reports = [
        r
        for r in ctx.store(FinanceStore).reports(kind)
        if r.overlaps(first, last) and (per is None or r.period == per)
    ][offset : offset + limit]
    if not reports:
        return Reply(204, no_body=True)
    return [_summary(r) for r in reports]


def _money(rows: list[dict[str, Any]], name: str) -> str:
    return f"{round(sum(float(row.get(name) or 0) for row in rows), 2)}"


def _summary(rep: FinReport) -> dict[str, Any]:
    out: dict[str, Any] = {
        "reportId": rep.report_id,
        "sellerFinanceName": "ООО «Продавец»",
        "dateFrom": rep.date_from.isoformat(),
        "dateTo": rep.date_to.isoformat(),
        "createDate": rep.created.isoformat(),
        "currency": rep.currency,
    }
    if rep.kind == ACQUIRING:
        out.update(
            acquiringFeeSum=_money(rep.rows, "acquiringFee"),
            acquiringFeeVatSum=_money(rep.rows, "acquiringFeeVat"),
        )
        return out
    out.update(
        reportType=1,
        retailAmountSum=_money(rep.rows, "retailAmount"),
        forPaySum=_money(rep.rows, "forPay"),
        avgSalePercent=20,
        deliveryServiceSum=_money(rep.rows, "deliveryService"),
        paidStorageSum=_money(rep.rows, "paidStorage"),
        paidAcceptanceSum=_money(rep.rows, "paidAcceptance"),
        deductionSum=_money(rep.rows, "deduction"),
        penaltySum=_money(rep.rows, "penalty"),
        additionalPaymentSum=_money(rep.rows, "additionalPayment"),
        bankPaymentSum=_money(rep.rows, "forPay"),
    )
    return out


@handler("finance.sales_reports_list")
def sales_reports_list(ctx: Ctx) -> Any:
    return _list(ctx, SALES)


@handler("finance.acquiring_reports_list")
def acquiring_reports_list(ctx: Ctx) -> Any:
    return _list(ctx, ACQUIRING)
