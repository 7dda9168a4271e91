"""FBW supplies (supplies-api): the seller's supplies to WB warehouses, their goods and packages.

The model, per seller: supplies, each with a preorderID and, once planned (status 2 and on), a
supplyID; a status (1 not planned, 2 planned, 3 unloading allowed, 4 accepting, 5 accepted,
6 unloaded at the gate), a warehouse, dates (createDate, supplyDate, factDate, updatedDate), its
goods (barcode, quantity, accepted...) and packages (boxes with barcodes).

- List [POST /api/v1/supplies]: filtered by `statusIDs` and by `dates` ({type, from, till}: each
  range on that date; a supply without that date does not match), newest created first, paged by
  the `limit` (1..1000) and `offset` query parameters.
- Details [GET /api/v1/supplies/{ID}]: by supplyID, or by preorderID with `isPreorderID=true`;
  none: 404.
- Goods [.../goods] (limit/offset) and packages [.../package] by the same ID rule; none: 400 (the
  spec declares no 404 there).
The other operations of the host (acceptance options, warehouses, transit tariffs: WB marks them
temporarily disabled) answer from their schemas.

Seed with `seed_supplies(n, statuses)` or `add_supply(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import ApiError
from ._common import (
    DAY,
    WAREHOUSES,
    Good,
    body_dict,
    goods,
    iso_msk,
    limit_offset,
    msk_day,
    parse_day,
    path_int,
    rng,
)
from .base import Ctx, SellerState, handler

NOT_PLANNED, PLANNED, UNLOADING, ACCEPTING, ACCEPTED, AT_GATE = 1, 2, 3, 4, 5, 6
DATE_TYPES = ("createDate", "supplyDate", "factDate", "updatedDate")


@dataclass
class SupplyLine:
    good: Good
    quantity: int
    accepted: int


@dataclass
class Supply:
    preorder_id: int
    supply_id: int | None
    status: int
    warehouse: tuple[int, str, str]
    created: float
    planned: float | None
    fact: float | None
    updated: float | None
    lines: list[SupplyLine] = field(default_factory=list)
    box_type: int = 2  # 2 boxes, 5 monopallets, 6 supersafe
    box_on_pallet: bool = False

    def date(self, kind: str) -> float | None:
        return {"createDate": self.created, "supplyDate": self.planned, "factDate": self.fact}.get(
            kind, self.updated
        )


class SuppliesStore:
    """One seller's FBW supplies. Get it with `ctx.store(SuppliesStore)` or
    `emu.state.default.store(SuppliesStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._supplies: list[Supply] = []
        self._next_preorder = 40_000_001
        self._next_supply = 25_000_001
        self._rng = rng(seller, "supplies")

    def seed_supplies(self, n: int, statuses: list[int] | None = None) -> list[int]:
        """`n` supplies created a day apart (the newest yesterday), their statuses taken in turn
        from `statuses` (default 1..6). Returns their preorderIDs."""
        cycle = statuses or [NOT_PLANNED, PLANNED, UNLOADING, ACCEPTING, ACCEPTED, AT_GATE]
        now = self.seller.now()
        return [
            self.add_supply(cycle[i % len(cycle)], created=now - (n - i) * DAY).preorder_id for i in range(n)
        ]

    def add_supply(self, status: int = PLANNED, *, created: float | None = None, lines: int = 3) -> Supply:
        r = self._rng
        at = self.seller.now() - DAY if created is None else created
        planned = at + 3 * DAY if status >= PLANNED else None
        fact = planned + 3600 if planned is not None and status >= ACCEPTING else None
        supply = Supply(
            self._next_preorder,
            self._next_supply if status >= PLANNED else None,
            status,
            r.choice(WAREHOUSES),
            at,
            planned,
            fact,
            fact or at,
        )
        self._next_preorder += 1
        if supply.supply_id is not None:
            self._next_supply += 1
        pool = goods(self.seller)
        for good in r.sample(pool, min(lines, len(pool))):
            qty = r.randrange(5, 60)
            supply.lines.append(SupplyLine(good, qty, qty if status >= ACCEPTED else 0))
        self._supplies.append(supply)
        return supply

    def supplies(self) -> list[Supply]:
        return list(self._supplies)

    def find(self, ident: int, preorder: bool) -> Supply | None:
        for s in self._supplies:
            if (s.preorder_id if preorder else s.supply_id) == ident:
                return s
        return None


def _when(ts: float | None) -> str | None:
    return None if ts is None else iso_msk(ts)


def _supply_row(s: Supply) -> dict[str, Any]:
    return {
        "phone": "+7 999 *** ** 12",
        "supplyID": s.supply_id,
        "preorderID": s.preorder_id,
        "createDate": iso_msk(s.created),
        "supplyDate": _when(s.planned),
        "factDate": _when(s.fact),
        "updatedDate": _when(s.updated),
        "statusID": s.status,
        "boxTypeID": s.box_type,
        "isBoxOnPallet": s.box_on_pallet,
    }


def _in_range(ts: float | None, first: date | None, last: date | None) -> bool:
    if ts is None:
        return False
    day = msk_day(ts)
    return (first is None or day >= first) and (last is None or day <= last)


@handler("supplies.fbw_supplies_list")
def fbw_supplies_list(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    statuses = set(body.get("statusIDs") or [])
    ranges = []
    for d in body.get("dates") or []:
        first, last = parse_day(d.get("from")), parse_day(d.get("till"))
        if (d.get("from") and first is None) or (d.get("till") and last is None):
            raise ctx.refuse(f"dates: from/till must be dates, got {d.get('from')!r}, {d.get('till')!r}")
        ranges.append((d.get("type"), first, last))
    found = [
        s
        for s in ctx.store(SuppliesStore).supplies()
        if (not statuses or s.status in statuses)
        and all(_in_range(s.date(kind), first, last) for kind, first, last in ranges)
    ]
    found.sort(key=lambda s: (s.created, s.preorder_id), reverse=True)
    limit, offset = limit_offset(ctx, 1000)
    return [_supply_row(s) for s in found[offset : offset + limit]]


def _supply(ctx: Ctx, status: int) -> Supply:
    ident = path_int(ctx, "ID", status)
    preorder = ctx.arg("isPreorderID", "false").lower() == "true"
    s = ctx.store(SuppliesStore).find(ident, preorder)
    if s is None:
        raise ApiError(status, f"supply {ident} not found")
    return s


@handler("supplies.fbw_supply_details")
def fbw_supply_details(ctx: Ctx) -> Any:
    s = _supply(ctx, 404)
    office_id, name, _ = s.warehouse
    quantity = sum(line.quantity for line in s.lines)
    accepted = sum(line.accepted for line in s.lines)
    return {
        "phone": "+7 999 *** ** 12",
        "statusID": s.status,
        "virtualTypeID": 0,
        "boxTypeID": s.box_type,
        "createDate": iso_msk(s.created),
        "supplyDate": _when(s.planned),
        "factDate": _when(s.fact),
        "updatedDate": _when(s.updated),
        "warehouseID": office_id,
        "warehouseName": name,
        "actualWarehouseID": office_id if s.fact else None,
        "actualWarehouseName": name if s.fact else "",
        "transitWarehouseID": None,
        "transitWarehouseName": "",
        "acceptanceCost": 0.0 if s.status >= PLANNED else None,
        "paidAcceptanceCoefficient": 0.0 if s.status >= PLANNED else None,
        "rejectReason": None,
        "supplierAssignName": None,
        "storageCoef": None,
        "deliveryCoef": None,
        "quantity": quantity,
        "readyForSaleQuantity": accepted,
        "acceptedQuantity": accepted,
        "unloadingQuantity": accepted,
        "depersonalizedQuantity": 0,
        "isBoxOnPallet": s.box_on_pallet,
    }


@handler("supplies.fbw_supply_goods")
def fbw_supply_goods(ctx: Ctx) -> Any:
    s = _supply(ctx, 400)
    limit, offset = limit_offset(ctx, 100)
    return [
        {
            "barcode": line.good.barcode,
            "vendorCode": line.good.vendor_code,
            "nmID": line.good.nm_id,
            "needKiz": False,
            "tnved": None,
            "techSize": line.good.tech_size,
            "color": None,
            "supplierBoxAmount": line.quantity,
            "quantity": line.quantity,
            "readyForSaleQuantity": line.accepted,
            "acceptedQuantity": line.accepted,
            "unloadingQuantity": line.accepted,
        }
        for line in s.lines[offset : offset + limit]
    ]


@handler("supplies.fbw_supply_packages")
def fbw_supply_packages(ctx: Ctx) -> Any:
    s = _supply(ctx, 400)
    return [
        {
            "packageCode": f"WB_{s.preorder_id}_{i + 1}",
            "quantity": line.quantity,
            "barcodes": [{"barcode": line.good.barcode, "quantity": line.quantity}],
        }
        for i, line in enumerate(s.lines)
    ]
