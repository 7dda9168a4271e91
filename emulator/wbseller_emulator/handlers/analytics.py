# ruff: noqa: RUF001  (Russian names, as WB prints them)
"""Analytics and reports (seller-analytics-api): generated reports, CSV reports, the sales funnel,
the search-query reports, the order feed and the stocks on WB warehouses.

Every figure comes from the seller's goods (its product cards, else a fixed catalogue) and a
per-seller random source: the same seeding gives the same numbers, and a product's figures for a
day are the same whichever report asks.

- Generated reports (warehouse remains, paid storage, acceptance): creating one [GET
  /api/v1/warehouse_remains, /paid_storage, /acceptance_report] answers `data.taskId` (a UUID) and
  takes its rows then; its status [.../tasks/{task_id}/status] is `new`, then `processing` after
  `analytics.task_processing_after`, then `done` after `analytics.task_done_after` virtual
  seconds (`canceled` / `purged` after `cancel_task()` / `purge_task()`); the rows
  [.../tasks/{task_id}/download] once done (before: 400; a done report without rows: 204). A
  task id unknown to that report kind: 404. Paid storage and acceptance take `dateFrom`/`dateTo`
  (unreadable or reversed: 400); the remains' grouping flags are read but do not group.
- CSV reports: created under the client's own UUID [POST /api/v2/nm-report/downloads] (an id in
  use: 400); listed with their status [GET ...] (filter[downloadIds]): WAITING, PROCESSING after
  `analytics.csv_processing_after`, then SUCCESS (or FAILED for the ones `seed_csv_failures()`
  marked) after `analytics.csv_done_after`; a FAILED one is retried [POST .../retry] (another
  status: 400) and goes RETRY, PROCESSING, SUCCESS; the file [GET .../file/{downloadId}] is a ZIP
  holding one CSV (`<id>.csv`, a row per product and day of the period) once SUCCESS (before, or
  an unknown id: 400).
- Sales funnel: the products [POST /api/analytics/v3/sales-funnel/products] of the period,
  filtered by nmIds, brandNames, subjectIds, sorted by `orderBy`, paged by limit/offset; their
  history by day or week [.../products/history] (up to 20 nmIds: the spec) and the same history
  summed over all products [.../grouped/history].
- Search queries: the products [POST /api/v2/search-report/table/details] and the groups
  (subject and brand) [.../table/groups], paged by limit/offset; a product's search texts
  [.../product/search-texts] (the first `limit` per product).
- Order feed [POST /api/analytics/v1/order-feed]: the orders created in `selectedPeriod`, as they
  stood at `pagination.snapshotTime` (absent: now, and the answer names it; a later page passes it
  back and sees the same orders in the same states, whatever happened since; a time to come: 400),
  paged by offset and limit (up to 10,000). WB's copy names the answer's fields (currency, orders,
  snapshotTime) but not where they sit: the emulator answers them under `data`, as WB's other
  analytics answers (an assumption, see the spec's x-wb-uncertain).
- Stocks on WB warehouses [POST /api/analytics/v1/stocks-report/wb-warehouses]: a row per size and
  warehouse, filtered by nmIds and chrtIds, limit/offset.
The other operations answer from their schemas. The budgets (one status poll per 5 s, one
download a minute, 3 CSV operations a minute...) are the rate limiter's, from the spec.

Seed with `seed_order_feed(n, days, cancel_every, buyout_every)` / `change_order_feed(srid,
status, at)`, `seed_csv_failures(n)`, `cancel_task(task_id)`, `purge_task(task_id)`; the goods
with the content store's `seed_cards`.
"""

from __future__ import annotations

import csv
import io
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..errors import ApiError
from ._common import (
    DAY,
    REGIONS,
    WAREHOUSES,
    Good,
    body_dict,
    days,
    goods,
    iso_msk,
    parse_day,
    parse_moment,
    phase,
    setting,
    zip_bytes,
)
from .base import Ctx, Reply, SellerState, handler

DEFAULTS: dict[str, Any] = {
    # generated reports: virtual seconds from creation to `processing`, and to `done`
    "analytics.task_processing_after": 3.0,
    "analytics.task_done_after": 15.0,
    # CSV reports: virtual seconds from creation (or retry) to PROCESSING, and to SUCCESS/FAILED
    "analytics.csv_processing_after": 3.0,
    "analytics.csv_done_after": 20.0,
}
BASKET = "https://basket-01.wbbasket.ru"  # where WB's product photos live
REMAINS, PAID_STORAGE, ACCEPTANCE = "warehouse_remains", "paid_storage", "acceptance_report"


# --- figures -----------------------------------------------------------------------------------------
def _products(seller: SellerState) -> list[Good]:
    """One good per product (its first size)."""
    seen: dict[int, Good] = {}
    for g in goods(seller):
        seen.setdefault(g.nm_id, g)
    return list(seen.values())


def day_figures(seller: SellerState, nm_id: int, day: date) -> dict[str, int]:
    """A product's funnel for a day: the same numbers whichever report asks."""
    r = random.Random(f"funnel:{seller.seller_id}:{nm_id}:{day.isoformat()}")
    opens = r.randrange(20, 400)
    carts = r.randrange(0, max(1, opens // 4))
    orders = r.randrange(0, carts + 1)
    buyouts = r.randrange(0, orders + 1)
    cancels = orders - buyouts
    return {
        "openCount": opens,
        "cartCount": carts,
        "orderCount": orders,
        "buyoutCount": buyouts,
        "cancelCount": cancels,
        "addToWishlist": r.randrange(0, 10),
    }


def _sum(seller: SellerState, g: Good, first: date, last: date) -> dict[str, Any]:
    total: dict[str, Any] = {
        "openCount": 0,
        "cartCount": 0,
        "orderCount": 0,
        "buyoutCount": 0,
        "cancelCount": 0,
        "addToWishlist": 0,
    }
    for d in days(first, last):
        for k, v in day_figures(seller, g.nm_id, d).items():
            total[k] += v
    n = (last - first).days + 1
    total.update(
        orderSum=total["orderCount"] * g.price,
        buyoutSum=total["buyoutCount"] * g.price,
        cancelSum=total["cancelCount"] * g.price,
        avgPrice=g.price,
        avgOrdersCountPerDay=round(total["orderCount"] / n, 2),
    )
    return total


def _pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


# --- the store ---------------------------------------------------------------------------------------
@dataclass
class Task:
    task_id: str
    kind: str
    created: float
    rows: list[dict[str, Any]]
    ended: str | None = None  # canceled | purged


@dataclass
class CsvReport:
    id: str
    report_type: str
    name: str
    created: float
    first: date
    last: date
    started: float  # this attempt's start
    fails: bool  # this attempt ends FAILED
    retrying: bool = False
    file: bytes = b""


@dataclass
class FeedOrder:
    srid: str
    good: Good
    created: float
    warehouse: str
    city: str
    district: str
    price: float
    versions: list[tuple[float, str, str | None]] = field(default_factory=list)  # (at, status, cancelType)

    def at(self, snapshot: float) -> tuple[float, str, str | None] | None:
        """Its latest version by the snapshot (None: not yet created then)."""
        seen = [v for v in self.versions if v[0] <= snapshot]
        return seen[-1] if seen else None


class AnalyticsStore:
    """One seller's report tasks, CSV reports and order feed. Get it with
    `ctx.store(AnalyticsStore)` or `emu.state.default.store(AnalyticsStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._tasks: dict[str, Task] = {}
        self._csv: dict[str, CsvReport] = {}
        self._csv_failures = 0
        self._feed: list[FeedOrder] = []
        self._rng = random.Random(f"analytics:{seller.seller_id}")

    # --- seeding and inspection (public: other tests seed through these) ---
    def seed_csv_failures(self, n: int = 1) -> list[int]:
        """The next `n` CSV reports created fail their first attempt (FAILED; a retry succeeds)."""
        self._csv_failures += n
        return list(range(n))

    def cancel_task(self, task_id: str) -> None:
        self._tasks[task_id].ended = "canceled"

    def purge_task(self, task_id: str) -> None:
        self._tasks[task_id].ended = "purged"

    def seed_order_feed(
        self, n: int, days: float = 7, cancel_every: int = 0, buyout_every: int = 0
    ) -> list[str]:
        """`n` orders created over the last `days` days; every `cancel_every`-th cancelled and
        every `buyout_every`-th bought out a day after (if that day has come, else then). Returns
        their srids."""
        now = self.seller.now()
        step = (days * DAY - 60) / max(n, 1)
        out = []
        for i in range(n):
            order = self.add_order_feed(now - days * DAY + i * step)
            if cancel_every and i % cancel_every == cancel_every - 1:
                self.change_order_feed(order.srid, "cancel", order.created + DAY)
            elif buyout_every and i % buyout_every == buyout_every - 1:
                self.change_order_feed(order.srid, "buyout", order.created + DAY)
            out.append(order.srid)
        return out

    def add_order_feed(self, at: float | None = None, good: Good | None = None) -> FeedOrder:
        r = self._rng
        good = good or r.choice(goods(self.seller))
        _, warehouse, _ = r.choice(WAREHOUSES)
        _, district, _, city = r.choice(REGIONS)
        created = self.seller.now() if at is None else at
        order = FeedOrder(
            f"{r.randrange(10**18, 10**19)}.1.0", good, created, warehouse, city, district, float(good.price)
        )
        order.versions.append((created, "created", None))
        self._feed.append(order)
        return order

    def change_order_feed(self, srid: str, status: str, at: float | None = None) -> None:
        """An order's status changes at `at` (default now): buyout, cancel, return, returnDefective."""
        order = next(o for o in self._feed if o.srid == srid)
        when = self.seller.now() if at is None else at
        order.versions.append((when, status, "app" if status == "cancel" else None))
        order.versions.sort(key=lambda v: v[0])

    def tasks(self) -> list[Task]:
        return list(self._tasks.values())

    def csv_reports(self) -> list[CsvReport]:
        return list(self._csv.values())

    # --- rules ---
    def task_status(self, task: Task) -> str:
        if task.ended:
            return task.ended
        steps = (
            (0.0, "new"),
            (float(setting(self.seller, "analytics.task_processing_after", DEFAULTS)), "processing"),
            (float(setting(self.seller, "analytics.task_done_after", DEFAULTS)), "done"),
        )
        return phase(self.seller.now() - task.created, steps)

    def new_task(self, kind: str, rows: list[dict[str, Any]]) -> Task:
        task = Task(str(uuid.UUID(int=self._rng.getrandbits(128), version=4)), kind, self.seller.now(), rows)
        self._tasks[task.task_id] = task
        return task

    def task(self, kind: str, task_id: str) -> Task:
        task = self._tasks.get(task_id)
        if task is None or task.kind != kind:
            raise ApiError(404, f"task {task_id!r} not found")
        return task

    def csv_status(self, rep: CsvReport) -> str:
        done = "FAILED" if rep.fails else "SUCCESS"
        steps = (
            (0.0, "RETRY" if rep.retrying else "WAITING"),
            (float(setting(self.seller, "analytics.csv_processing_after", DEFAULTS)), "PROCESSING"),
            (float(setting(self.seller, "analytics.csv_done_after", DEFAULTS)), done),
        )
        return phase(self.seller.now() - rep.started, steps)

    def new_csv(self, report_id: str, report_type: str, name: str, first: date, last: date) -> CsvReport:
        if report_id in self._csv:
            raise ApiError(400, f"a report with id {report_id} exists already")
        now = self.seller.now()
        fails = self._csv_failures > 0
        self._csv_failures -= int(fails)
        rep = CsvReport(report_id, report_type, name, now, first, last, now, fails)
        rep.file = zip_bytes({f"{report_id}.csv": self._csv_body(first, last)})
        self._csv[report_id] = rep
        return rep

    def csv_report(self, report_id: str) -> CsvReport | None:
        return self._csv.get(report_id)

    def retry_csv(self, rep: CsvReport) -> None:
        rep.started, rep.fails, rep.retrying = self.seller.now(), False, True

    def _csv_body(self, first: date, last: date) -> bytes:
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(
            ["nmID", "dt", "openCardCount", "addToCartCount", "ordersCount", "ordersSumRub", "buyoutsCount",
             "buyoutsSumRub", "cancelCount", "cancelSumRub"]
        )  # fmt: skip
        for g in _products(self.seller):
            for d in days(first, last):
                f = day_figures(self.seller, g.nm_id, d)
                w.writerow(
                    [g.nm_id, d.isoformat(), f["openCount"], f["cartCount"], f["orderCount"],
                     f["orderCount"] * g.price, f["buyoutCount"], f["buyoutCount"] * g.price,
                     f["cancelCount"], f["cancelCount"] * g.price]
                )  # fmt: skip
        return out.getvalue().encode("utf-8")

    def feed(self) -> list[FeedOrder]:
        return sorted(self._feed, key=lambda o: (o.created, o.srid))


# --- generated reports -------------------------------------------------------------------------------
def _dates(ctx: Ctx) -> tuple[date, date]:
    first, last = parse_day(ctx.arg("dateFrom")), parse_day(ctx.arg("dateTo"))
    if first is None or last is None:
        raise ctx.refuse(f"dateFrom and dateTo must be dates: {ctx.arg('dateFrom')!r}, {ctx.arg('dateTo')!r}")
    if last < first:
        raise ctx.refuse(f"dateTo ({last}) is before dateFrom ({first})")
    return first, last


def _remains_rows(seller: SellerState) -> list[dict[str, Any]]:
    r = random.Random(f"remains:{seller.seller_id}")
    rows = []
    for g in goods(seller):
        quantities = {w: r.randrange(0, 50) for _, w, _ in r.sample(WAREHOUSES, 3)}
        stock = [{"warehouseName": w, "quantity": q} for w, q in quantities.items()]
        total = sum(quantities.values())
        rows.append(
            {
                "brand": g.brand,
                "subjectName": g.subject,
                "vendorCode": g.vendor_code,
                "nmId": g.nm_id,
                "barcode": g.barcode,
                "techSize": g.tech_size,
                "volume": 1.2,
                "warehouses": [
                    {"warehouseName": "В пути до получателей", "quantity": r.randrange(0, 5)},
                    {"warehouseName": "Всего находится на складах", "quantity": total},
                    *stock,
                ],
            }
        )
    return rows


def _paid_storage_rows(seller: SellerState, first: date, last: date) -> list[dict[str, Any]]:
    rows = []
    for d in days(first, last):
        for g in goods(seller):
            r = random.Random(f"storage:{seller.seller_id}:{g.chrt_id}:{d.isoformat()}")
            office, warehouse, _ = WAREHOUSES[g.chrt_id % len(WAREHOUSES)]
            count = r.randrange(1, 30)
            rows.append(
                {
                    "date": d.isoformat(),
                    "logWarehouseCoef": 1.0,
                    "officeId": office,
                    "warehouse": warehouse,
                    "warehouseCoef": 1.7,
                    "giId": 20_000_000 + office,
                    "chrtId": g.chrt_id,
                    "size": g.tech_size,
                    "barcode": g.barcode,
                    "subject": g.subject,
                    "brand": g.brand,
                    "vendorCode": g.vendor_code,
                    "nmId": g.nm_id,
                    "volume": 1.2,
                    "calcType": "короба: без габаритов",
                    "warehousePrice": round(count * 0.07 * 1.7, 2),
                    "barcodesCount": count,
                    "palletPlaceCode": 0,
                    "palletCount": 0.0,
                    "originalDate": d.isoformat(),
                    "loyaltyDiscount": 0.0,
                    "tariffFixDate": "",
                    "tariffLowerDate": "",
                }
            )
    return rows


def _acceptance_rows(seller: SellerState, first: date, last: date) -> list[dict[str, Any]]:
    rows = []
    for d in days(first, last):
        if d.toordinal() % 3:  # supplies are accepted every third day
            continue
        for g in goods(seller):
            count = 1 + g.chrt_id % 7
            rows.append(
                {
                    "count": count,
                    "giCreateDate": d.isoformat(),
                    "incomeId": 20_000_000 + d.toordinal() % 10_000,
                    "nmID": g.nm_id,
                    "shkCreateDate": d.isoformat(),
                    "subjectName": g.subject,
                    "total": round(count * 1.5, 2),
                }
            )
    return rows


def _task_created(task: Task) -> Any:
    return {"data": {"taskId": task.task_id}}


@handler("analytics.warehouse_remains_create")
def warehouse_remains_create(ctx: Ctx) -> Any:
    store = ctx.store(AnalyticsStore)
    return _task_created(store.new_task(REMAINS, _remains_rows(ctx.seller)))


@handler("analytics.paid_storage_create")
def paid_storage_create(ctx: Ctx) -> Any:
    first, last = _dates(ctx)
    store = ctx.store(AnalyticsStore)
    return _task_created(store.new_task(PAID_STORAGE, _paid_storage_rows(ctx.seller, first, last)))


@handler("analytics.acceptance_report_create")
def acceptance_report_create(ctx: Ctx) -> Any:
    first, last = _dates(ctx)
    store = ctx.store(AnalyticsStore)
    return _task_created(store.new_task(ACCEPTANCE, _acceptance_rows(ctx.seller, first, last)))


def _status(ctx: Ctx, kind: str) -> Any:
    store = ctx.store(AnalyticsStore)
    task = store.task(kind, ctx.path_params["task_id"])
    return {"data": {"id": task.task_id, "status": store.task_status(task)}}


def _download(ctx: Ctx, kind: str) -> Any:
    store = ctx.store(AnalyticsStore)
    task = store.task(kind, ctx.path_params["task_id"])
    status = store.task_status(task)
    if status != "done":
        raise ctx.refuse(f"the report is not ready: its status is {status}")
    if not task.rows:
        return Reply(204, no_body=True)
    return task.rows


@handler("analytics.warehouse_remains_status")
def warehouse_remains_status(ctx: Ctx) -> Any:
    return _status(ctx, REMAINS)


@handler("analytics.warehouse_remains_download")
def warehouse_remains_download(ctx: Ctx) -> Any:
    return _download(ctx, REMAINS)


@handler("analytics.paid_storage_status")
def paid_storage_status(ctx: Ctx) -> Any:
    return _status(ctx, PAID_STORAGE)


@handler("analytics.paid_storage_download")
def paid_storage_download(ctx: Ctx) -> Any:
    return _download(ctx, PAID_STORAGE)


@handler("analytics.acceptance_report_status")
def acceptance_report_status(ctx: Ctx) -> Any:
    return _status(ctx, ACCEPTANCE)


@handler("analytics.acceptance_report_download")
def acceptance_report_download(ctx: Ctx) -> Any:
    return _download(ctx, ACCEPTANCE)


# --- CSV reports -------------------------------------------------------------------------------------
def _csv_json(store: AnalyticsStore, rep: CsvReport) -> dict[str, Any]:
    status = store.csv_status(rep)
    return {
        "id": rep.id,
        "createdAt": iso_msk(rep.created),
        "status": status,
        "name": rep.name,
        "size": len(rep.file) if status == "SUCCESS" else 0,
        "startDate": rep.first.isoformat(),
        "endDate": rep.last.isoformat(),
    }


@handler("analytics.nm_report_download_create")
def nm_report_download_create(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    params = body.get("params") or {}
    period = params.get("currentPeriod") or {}
    start, end = params.get("startDate") or period.get("start"), params.get("endDate") or period.get("end")
    first, last = parse_day(start), parse_day(end)
    if first is None or last is None or last < first:
        raise ctx.refuse(f"params: the period {start!r}..{end!r} is not two dates in order")
    try:
        report_id = str(uuid.UUID(str(body.get("id"))))
    except ValueError:
        raise ctx.refuse(f"id {body.get('id')!r} is not a UUID") from None
    name = str(body.get("userReportName") or body.get("reportType") or "report")
    ctx.store(AnalyticsStore).new_csv(report_id, str(body.get("reportType")), name, first, last)
    return {"data": "Начали формировать файл/отчет"}


@handler("analytics.nm_report_downloads_list")
def nm_report_downloads_list(ctx: Ctx) -> Any:
    store = ctx.store(AnalyticsStore)
    wanted = set(ctx.args("filter[downloadIds]"))
    reports = [r for r in store.csv_reports() if not wanted or r.id in wanted]
    return {"data": [_csv_json(store, r) for r in reports]}


@handler("analytics.nm_report_download_retry")
def nm_report_download_retry(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    store = ctx.store(AnalyticsStore)
    rep = store.csv_report(str(body.get("downloadId")))
    if rep is None:
        raise ctx.refuse(f"no report {body.get('downloadId')!r}")
    status = store.csv_status(rep)
    if status != "FAILED":
        raise ctx.refuse(f"only a FAILED report is retried; this one is {status}")
    store.retry_csv(rep)
    return {"data": "Retry"}


@handler("analytics.nm_report_download_file")
def nm_report_download_file(ctx: Ctx) -> Any:
    store = ctx.store(AnalyticsStore)
    rep = store.csv_report(ctx.path_params["downloadId"])
    if rep is None:
        raise ctx.refuse(f"no report {ctx.path_params['downloadId']!r}")
    status = store.csv_status(rep)
    if status != "SUCCESS":
        raise ctx.refuse(f"the file is not ready: the report is {status}")
    return Reply(200, content=rep.file, media_type="application/zip")


# --- sales funnel ------------------------------------------------------------------------------------
FUNNEL_ORDER = {
    "openCard": "openCount",
    "addToCart": "cartCount",
    "orderCount": "orderCount",
    "orderSum": "orderSum",
    "buyoutCount": "buyoutCount",
    "buyoutSum": "buyoutSum",
    "cancelCount": "cancelCount",
    "cancelSum": "cancelSum",
    "avgPrice": "avgPrice",
    "addToWishlist": "addToWishlist",
}


def _filtered(ctx: Ctx, body: dict[str, Any]) -> list[Good]:
    nm_ids = set(body.get("nmIds") or body.get("nmIDs") or [])
    brands = set(body.get("brandNames") or ([body["brandName"]] if body.get("brandName") else []))
    subjects = set(body.get("subjectIds") or ([body["subjectId"]] if body.get("subjectId") else []))
    return [
        g
        for g in _products(ctx.seller)
        if (not nm_ids or g.nm_id in nm_ids)
        and (not brands or g.brand in brands)
        and (not subjects or g.subject_id in subjects)
    ]


def _period(ctx: Ctx, body: dict[str, Any], name: str) -> tuple[date, date]:
    p = body.get(name) or {}
    first, last = parse_day(p.get("start")), parse_day(p.get("end"))
    if first is None or last is None or last < first:
        raise ctx.refuse(
            f"{name}: start and end must be dates in order, got {p.get('start')!r}, {p.get('end')!r}"
        )
    return first, last


def _funnel_stat(seller: SellerState, g: Good, first: date, last: date) -> dict[str, Any]:
    s = _sum(seller, g, first, last)
    return {
        "period": {"start": first.isoformat(), "end": last.isoformat()},
        **s,
        "shareOrderPercent": 0.0,
        "timeToReady": {"days": 1, "hours": 2, "mins": 0},
        "localizationPercent": 80,
        "conversions": {
            "addToCartPercent": _pct(s["cartCount"], s["openCount"]),
            "cartToOrderPercent": _pct(s["orderCount"], s["cartCount"]),
            "buyoutPercent": _pct(s["buyoutCount"], s["orderCount"]),
        },
    }


@handler("analytics.sales_funnel_products")
def sales_funnel_products(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    first, last = _period(ctx, body, "selectedPeriod")
    past = _period(ctx, body, "pastPeriod") if body.get("pastPeriod") else None
    rows = []
    for g in _filtered(ctx, body):
        stat: dict[str, Any] = {"selected": _funnel_stat(ctx.seller, g, first, last)}
        if past:
            stat["past"] = _funnel_stat(ctx.seller, g, *past)
        product = {
            "nmId": g.nm_id,
            "title": g.title,
            "vendorCode": g.vendor_code,
            "brandName": g.brand,
            "subjectId": g.subject_id,
            "subjectName": g.subject,
            "tags": [],
            "productRating": 4.7,
            "feedbackRating": 4.8,
            "stocks": {"wb": 10, "mp": 0, "balanceSum": 10 * g.price},
        }
        rows.append({"product": product, "statistic": stat})
    order = body.get("orderBy") or {}
    key = FUNNEL_ORDER.get(str(order.get("field", "openCard")))
    if key:
        rows.sort(key=lambda r: (r["statistic"]["selected"][key], r["product"]["nmId"]))
        if order.get("mode", "desc") == "desc":
            rows.reverse()
    limit, offset = int(body.get("limit") or 50), int(body.get("offset") or 0)
    return {"data": {"products": rows[offset : offset + limit], "currency": "RUB"}}


_HISTORY_KEYS = (
    "openCount",
    "cartCount",
    "orderCount",
    "buyoutCount",
    "cancelCount",
    "addToWishlist",
    "orderSum",
    "buyoutSum",
)


def _history(ctx: Ctx, goods_: list[Good], first: date, last: date, weekly: bool) -> list[dict[str, Any]]:
    buckets: dict[date, dict[str, int]] = {}
    for d in days(first, last):
        key = d - timedelta(days=d.weekday()) if weekly else d
        slot = buckets.setdefault(key, dict.fromkeys(_HISTORY_KEYS, 0))
        for g in goods_:
            f = day_figures(ctx.seller, g.nm_id, d)
            f = {**f, "orderSum": f["orderCount"] * g.price, "buyoutSum": f["buyoutCount"] * g.price}
            for k, v in f.items():
                slot[k] = slot.get(k, 0) + v
    return [
        {
            "date": k.isoformat(),
            "openCount": v["openCount"],
            "cartCount": v["cartCount"],
            "orderCount": v["orderCount"],
            "orderSum": v["orderSum"],
            "buyoutCount": v["buyoutCount"],
            "buyoutSum": v["buyoutSum"],
            "buyoutPercent": _pct(v["buyoutCount"], v["orderCount"]),
            "addToCartConversion": _pct(v["cartCount"], v["openCount"]),
            "cartToOrderConversion": _pct(v["orderCount"], v["cartCount"]),
            "addToWishlistCount": v["addToWishlist"],
        }
        for k, v in buckets.items()
    ]


def _short(g: Good) -> dict[str, Any]:
    return {
        "nmId": g.nm_id,
        "title": g.title,
        "vendorCode": g.vendor_code,
        "brandName": g.brand,
        "subjectId": g.subject_id,
        "subjectName": g.subject,
    }


@handler("analytics.sales_funnel_products_history")
def sales_funnel_products_history(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    first, last = _period(ctx, body, "selectedPeriod")
    weekly = body.get("aggregationLevel") == "week"
    return [
        {"product": _short(g), "history": _history(ctx, [g], first, last, weekly), "currency": "RUB"}
        for g in _filtered(ctx, {"nmIds": body.get("nmIds") or [-1]})
    ]


@handler("analytics.sales_funnel_grouped_history")
def sales_funnel_grouped_history(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    first, last = _period(ctx, body, "selectedPeriod")
    chosen = _filtered(ctx, body)
    weekly = body.get("aggregationLevel") == "week"
    return {"data": [{"history": _history(ctx, chosen, first, last, weekly), "currency": "RUB"}]}


# --- search queries ----------------------------------------------------------------------------------
def _metric(r: random.Random, low: int, high: int) -> dict[str, int]:
    return {"current": r.randrange(low, high), "dynamics": r.randrange(-20, 21)}


def _search_product(ctx: Ctx, g: Good, first: date) -> dict[str, Any]:
    r = random.Random(f"search:{ctx.seller.seller_id}:{g.nm_id}:{first.isoformat()}")
    return {
        "nmId": g.nm_id,
        "name": g.title,
        "vendorCode": g.vendor_code,
        "subjectName": g.subject,
        "brandName": g.brand,
        "mainPhoto": f"{BASKET}/vol{g.nm_id // 100000}/part{g.nm_id // 1000}/{g.nm_id}/images/big/1.webp",
        "isAdvertised": False,
        "isSubstitutedSKU": False,
        "isCardRated": True,
        "rating": 4.7,
        "feedbackRating": 4.8,
        "price": {"minPrice": g.price, "maxPrice": g.price},
        "avgPosition": _metric(r, 1, 300),
        "openCard": _metric(r, 10, 500),
        "addToCart": _metric(r, 0, 100),
        "openToCart": _metric(r, 0, 40),
        "orders": _metric(r, 0, 50),
        "cartToOrder": _metric(r, 0, 60),
        "visibility": _metric(r, 0, 100),
    }


def _search_page(ctx: Ctx, body: dict[str, Any], rows: list[Any]) -> list[Any]:
    limit, offset = int(body.get("limit") or 0), int(body.get("offset") or 0)
    return rows[offset : offset + limit]


@handler("analytics.search_report_table_details")
def search_report_table_details(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    first, _ = _period(ctx, body, "currentPeriod")
    rows = [_search_product(ctx, g, first) for g in _filtered(ctx, body)]
    return {"data": {"products": _search_page(ctx, body, rows), "currency": "RUB"}}


@handler("analytics.search_report_table_groups")
def search_report_table_groups(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    first, _ = _period(ctx, body, "currentPeriod")
    groups: dict[tuple[int, str], list[Good]] = {}
    for g in _filtered(ctx, body):
        groups.setdefault((g.subject_id, g.brand), []).append(g)
    rows = []
    for (subject_id, brand), members in sorted(groups.items()):
        items = [_search_product(ctx, g, first) for g in members]
        r = random.Random(f"group:{subject_id}:{brand}")
        rows.append(
            {
                "subjectName": members[0].subject,
                "subjectId": subject_id,
                "brandName": brand,
                "tagName": "",
                "tagId": 0,
                "metrics": {
                    k: _metric(r, 0, 100)
                    for k in (
                        "avgPosition",
                        "openCard",
                        "addToCart",
                        "openToCart",
                        "orders",
                        "cartToOrder",
                        "visibility",
                    )
                },
                "items": items,
            }
        )
    return {"data": {"groups": _search_page(ctx, body, rows), "currency": "RUB"}}


@handler("analytics.search_report_product_search_texts")
def search_report_product_search_texts(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    first, _ = _period(ctx, body, "currentPeriod")
    limit = int(body.get("limit") or 30)
    items = []
    for g in _filtered(ctx, {"nmIds": body.get("nmIds") or [-1]}):
        base = _search_product(ctx, g, first)
        for i, text in enumerate(
            (g.subject.lower(), g.brand.lower(), g.title.lower(), f"{g.subject.lower()} {g.brand.lower()}")[
                :limit
            ]
        ):
            r = random.Random(f"text:{g.nm_id}:{i}")
            items.append(
                {
                    "text": text,
                    "nmId": g.nm_id,
                    "subjectName": g.subject,
                    "brandName": g.brand,
                    "vendorCode": g.vendor_code,
                    "name": g.title,
                    "isCardRated": True,
                    "rating": 4.7,
                    "feedbackRating": 4.8,
                    "price": base["price"],
                    "frequency": _metric(r, 100, 10000),
                    "weekFrequency": r.randrange(100, 50000),
                    "medianPosition": _metric(r, 1, 300),
                    "avgPosition": _metric(r, 1, 300),
                    "openCard": {**_metric(r, 0, 300), "percentile": r.randrange(0, 100)},
                    "addToCart": {**_metric(r, 0, 100), "percentile": r.randrange(0, 100)},
                    "openToCart": {**_metric(r, 0, 40), "percentile": r.randrange(0, 100)},
                    "orders": {**_metric(r, 0, 50), "percentile": r.randrange(0, 100)},
                    "cartToOrder": {**_metric(r, 0, 60), "percentile": r.randrange(0, 100)},
                    "visibility": _metric(r, 0, 100),
                }
            )
    return {"data": {"items": items, "currency": "RUB"}}


# --- order feed --------------------------------------------------------------------------------------
@handler("analytics.order_feed")
def order_feed(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    period = body.get("selectedPeriod") or {}
    start = parse_moment(period.get("start"))
    end = parse_moment(period.get("end")) if period.get("end") else ctx.now()
    if start is None or end is None or end < start:
        raise ctx.refuse(f"selectedPeriod: {period.get('start')!r}..{period.get('end')!r} is not a period")
    pagination = body.get("pagination") or {}
    now = ctx.now()
    raw_snapshot = pagination.get("snapshotTime")
    snapshot = parse_moment(raw_snapshot) if raw_snapshot else now
    if snapshot is None or snapshot > now + 1:
        raise ctx.refuse(f"pagination.snapshotTime {raw_snapshot!r} is not a moment that has come")
    nm_ids = set(body.get("nmIds") or [])
    brands = set(body.get("brandNames") or [])
    subjects = set(body.get("subjectIds") or [])
    rows = []
    for o in ctx.store(AnalyticsStore).feed():
        version = o.at(snapshot)
        if version is None or not start <= o.created <= end:
            continue
        if (nm_ids and o.good.nm_id not in nm_ids) or (brands and o.good.brand not in brands):
            continue
        if subjects and o.good.subject_id not in subjects:
            continue
        at, status, cancel_type = version
        row = {
            "nmId": o.good.nm_id,
            "chrtId": o.good.chrt_id,
            "srid": o.srid,
            "createdAt": iso_msk(o.created),
            "updatedAt": iso_msk(at),
            "status": status,
            "warehouseName": o.warehouse,
            "warehouseRegion": "",
            "isMp": False,
            "destinationCity": o.city,
            "destinationDistrict": o.district,
            "sellerPrice": o.price,
            "isB2b": False,
        }
        if cancel_type:
            row["cancelType"] = cancel_type
        rows.append(row)
    limit, offset = int(pagination.get("limit") or 50), int(pagination.get("offset") or 0)
    snapshot_text = raw_snapshot or iso_msk(snapshot)
    return {
        "data": {"currency": "RUB", "orders": rows[offset : offset + limit], "snapshotTime": snapshot_text}
    }


# --- stocks on WB warehouses -------------------------------------------------------------------------
@handler("analytics.stocks_report_wb_warehouses")
def stocks_report_wb_warehouses(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    nm_ids, chrt_ids = set(body.get("nmIds") or []), set(body.get("chrtIds") or [])
    rows = []
    for g in goods(ctx.seller):
        if (nm_ids and g.nm_id not in nm_ids) or (chrt_ids and g.chrt_id not in chrt_ids):
            continue
        r = random.Random(f"wbstock:{ctx.seller.seller_id}:{g.chrt_id}")
        for office, name, region in r.sample(WAREHOUSES, 2):
            rows.append(
                {
                    "nmId": g.nm_id,
                    "chrtId": g.chrt_id,
                    "warehouseId": office,
                    "warehouseName": name,
                    "regionName": region,
                    "quantity": r.randrange(0, 100),
                    "inWayToClient": r.randrange(0, 5),
                    "inWayFromClient": r.randrange(0, 3),
                }
            )
    limit, offset = int(body.get("limit") or 250_000), int(body.get("offset") or 0)
    return {"data": {"items": rows[offset : offset + limit]}}
