"""Statistics (statistics-api): the orders and sales feeds, read by their `lastChangeDate`.

The model, per seller: rows of two feeds, orders and sales (a sale or a return), each with its
`date` (when it happened) and `lastChangeDate` (when WB last changed it: a cancelled order's row
changes again). Only rows whose lastChangeDate has come (the virtual clock) are served.

- `flag=0` (the default): the rows whose lastChangeDate is at or after `dateFrom`, oldest change
  first, at most `statistics.page_rows` of them (WB: about 80,000); the next call passes the last
  row's lastChangeDate, so the rows of that second come again (a client drops what it has seen).
- `flag=1`: every row whose `date` falls on the Moscow calendar day of `dateFrom`, at once.
- `dateFrom` is a date or an RFC 3339 date-time; without an offset it is Moscow time, as WB reads
  it. Dates are printed as WB prints them: Moscow wall time without an offset (2026-03-04T18:08:31).
  An unreadable dateFrom or flag is WB's 400.
The 1-a-minute budget is the rate limiter's (the spec's rows).

Seed with `seed_orders(n, start, days, cancel_every)` / `seed_sales(n, start, days, return_every)`
(rows spread over the days before now, or from `start`), `add_order(**fields)` / `add_sale(...)`,
and `change(kind, srid, at, **fields)` (the row changes again, now or when the virtual clock gets
there: a cancellation moves an order to the feed's end).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._common import DAY, REGIONS, WAREHOUSES, Good, goods, msk_day, msk_local, parse_moment, rng, setting
from .base import Ctx, SellerState, handler

DEFAULTS: dict[str, Any] = {
    # rows one flag=0 answer holds at most (WB: "about 80,000")
    "statistics.page_rows": 80_000,
}
ORDERS, SALES = "orders", "sales"
NEVER = "0001-01-01T00:00:00"  # WB's cancelDate of an order that was not cancelled


@dataclass(slots=True)
class Row:
    kind: str
    srid: str
    happened: int  # `date`, Unix seconds
    changed: int  # `lastChangeDate`, Unix seconds
    fields: dict[str, Any]
    seq: int

    def json(self) -> dict[str, Any]:
        return {"date": msk_local(self.happened), "lastChangeDate": msk_local(self.changed), **self.fields}


class StatisticsStore:
    """One seller's orders and sales feeds. Get it with `ctx.store(StatisticsStore)` or
    `emu.state.default.store(StatisticsStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._rows: dict[str, dict[str, Row]] = {ORDERS: {}, SALES: {}}  # kind -> srid -> row
        self._sorted: dict[str, list[tuple[int, int, str]] | None] = {ORDERS: None, SALES: None}
        self._seq = itertools.count(1)
        self._pending: list[tuple[int, int, str, str, dict[str, Any]]] = []  # changes yet to come
        self._rng = rng(seller, "statistics")
        self._next_g = 1_000_000_001

    # --- seeding and inspection (public: other tests seed through these) ---
    def seed_orders(
        self, n: int, start: str | float | None = None, days: float = 7, cancel_every: int = 0
    ) -> list[str]:
        """`n` orders spread evenly over `days` days from `start` (a date, RFC 3339 or a Unix time;
        default: `days` days before now, the last one a minute ago); every `cancel_every`-th is
        cancelled an hour after it was placed. Returns their srids."""
        return [
            self.add_order(at, cancelled=bool(cancel_every) and i % cancel_every == cancel_every - 1).srid
            for i, at in enumerate(self._spread(n, start, days))
        ]

    def seed_sales(
        self, n: int, start: str | float | None = None, days: float = 7, return_every: int = 0
    ) -> list[str]:
        """`n` sales spread like seed_orders; every `return_every`-th is a return."""
        return [
            self.add_sale(at, is_return=bool(return_every) and i % return_every == return_every - 1).srid
            for i, at in enumerate(self._spread(n, start, days))
        ]

    def add_order(
        self, at: float | None = None, *, cancelled: bool = False, good: Good | None = None, **fields: Any
    ) -> Row:
        """One order placed at `at` (default: now); `cancelled`: cancelled an hour later (its
        lastChangeDate then). `fields` override the row's (e.g. srid, totalPrice)."""
        happened = int(self.seller.now() if at is None else at)
        row = self._base(happened, good)
        row.update(isCancel=False, cancelDate=NEVER)
        row.update(fields)
        out = self._put(ORDERS, happened, happened, row)
        if cancelled:
            self.change(ORDERS, out.srid, happened + 3600, isCancel=True)
        return out

    def add_sale(
        self, at: float | None = None, *, is_return: bool = False, good: Good | None = None, **fields: Any
    ) -> Row:
        """One sale (or return: negative amounts, saleID R…) at `at` (default: now)."""
        happened = int(self.seller.now() if at is None else at)
        row = self._base(happened, good)
        sign = -1 if is_return else 1
        price = row["priceWithDisc"]
        row.update(
            paymentSaleAmount=0,
            forPay=round(sign * price * 0.82, 2),
            finishedPrice=round(sign * row["finishedPrice"], 2),
            priceWithDisc=round(sign * price, 2),
            totalPrice=round(sign * row["totalPrice"], 2),
            saleID=f"{'R' if is_return else 'S'}{self._rng.randrange(10**9, 10**10)}",
        )
        row.update(fields)
        return self._put(SALES, happened, happened, row)

    def change(self, kind: str, srid: str, at: float | None = None, **fields: Any) -> Row:
        """WB changes a row again at `at` (default: now; a later time: the change waits for the
        virtual clock): its lastChangeDate moves there and `fields` apply (an order cancelled:
        `change("orders", srid, isCancel=True)`, cancelDate set too)."""
        row = self._rows[kind][srid]
        when = int(self.seller.now() if at is None else at)
        if kind == ORDERS and fields.get("isCancel") and "cancelDate" not in fields:
            fields["cancelDate"] = msk_local(when)
        heapq.heappush(self._pending, (when, next(self._seq), kind, srid, fields))
        self._settle()
        return row

    def rows(self, kind: str) -> list[Row]:
        """Every row of a feed, served or not yet, in feed order."""
        self._settle()
        return [self._rows[kind][srid] for _, _, srid in self._index(kind)]

    def feed(self, kind: str, date_from: float, flag: int) -> list[Row]:
        """What one call answers (see the module docstring)."""
        self._settle()
        now = int(self.seller.now())
        index = self._index(kind)
        if flag == 1:
            day = msk_day(date_from)
            return [
                r
                for _, _, srid in index
                if (r := self._rows[kind][srid]).changed <= now and msk_day(r.happened) == day
            ]
        cap = int(setting(self.seller, "statistics.page_rows", DEFAULTS))
        # the client passes a printed lastChangeDate (whole seconds): the rows of that second come again
        first = bisect.bisect_left(index, (int(date_from), 0, ""))
        out: list[Row] = []
        for changed, _, srid in itertools.islice(index, first, None):
            if changed > now or len(out) >= cap:
                break
            out.append(self._rows[kind][srid])
        return out

    # --- internals ---
    def _settle(self) -> None:
        """Apply the changes whose time has come."""
        now = self.seller.now()
        while self._pending and self._pending[0][0] <= now:
            when, _, kind, srid, fields = heapq.heappop(self._pending)
            row = self._rows[kind][srid]
            row.changed = when
            row.fields.update(fields)
            self._sorted[kind] = None

    def _spread(self, n: int, start: str | float | None, days: float) -> Iterable[float]:
        if start is None:
            first = self.seller.now() - days * DAY
        else:
            parsed = start if isinstance(start, (int, float)) else parse_moment(start)
            if parsed is None:
                raise ValueError(f"start {start!r} is not a date")
            first = float(parsed)
        step = (days * DAY - 60) / max(n, 1)
        return (first + i * step for i in range(n))

    def _base(self, happened: int, good: Good | None) -> dict[str, Any]:
        r = self._rng
        good = good or r.choice(goods(self.seller))
        office, warehouse, _ = r.choice(WAREHOUSES)
        country, district, region, _city = r.choice(REGIONS)
        discount = r.choice((0, 10, 15, 25, 30))
        spp = r.choice((0, 5, 10, 21))
        with_disc = round(good.price * (100 - discount) / 100, 2)
        g = self._next_g
        self._next_g += 1
        return {
            "warehouseName": warehouse,
            "warehouseType": "Склад WB" if r.random() < 0.8 else "Склад продавца",
            "countryName": country,
            "oblastOkrugName": district,
            "regionName": region,
            "supplierArticle": good.vendor_code,
            "nmId": good.nm_id,
            "barcode": good.barcode,
            "category": good.category,
            "subject": good.subject,
            "brand": good.brand,
            "techSize": good.tech_size,
            "incomeID": 20_000_000 + office,
            "isSupply": False,
            "isRealization": True,
            "totalPrice": float(good.price),
            "discountPercent": discount,
            "spp": float(spp),
            "finishedPrice": round(with_disc * (100 - spp) / 100, 2),
            "priceWithDisc": with_disc,
            "sticker": str(r.randrange(10**10, 10**11)),
            "gNumber": f"{g:020d}",
            "srid": f"{r.randrange(10**18, 10**19)}.0.0",
        }

    def _put(self, kind: str, happened: int, changed: int, fields: dict[str, Any]) -> Row:
        row = Row(kind, str(fields["srid"]), happened, changed, fields, next(self._seq))
        self._rows[kind][row.srid] = row
        self._sorted[kind] = None
        return row

    def _index(self, kind: str) -> list[tuple[int, int, str]]:
        index = self._sorted[kind]
        if index is None:
            index = self._sorted[kind] = sorted((r.changed, r.seq, r.srid) for r in self._rows[kind].values())
        return index


def _feed(ctx: Ctx, kind: str) -> Any:
    raw = ctx.arg("dateFrom", "")
    date_from = parse_moment(raw)
    if date_from is None:
        raise ctx.refuse(f"dateFrom {raw!r} is not an RFC 3339 date or date-time")
    flag = ctx.arg("flag", 0, int)
    if flag not in (0, 1):
        raise ctx.refuse(f"flag must be 0 or 1, got {flag}")
    return [r.json() for r in ctx.store(StatisticsStore).feed(kind, date_from, flag)]


@handler("statistics.supplier_orders")
def supplier_orders(ctx: Ctx) -> Any:
    return _feed(ctx, ORDERS)


@handler("statistics.supplier_sales")
def supplier_sales(ctx: Ctx) -> Any:
    return _feed(ctx, SALES)
