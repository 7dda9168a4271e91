# ruff: noqa: RUF001  (Russian names and addresses, as WB prints them)
"""Marketplace orders (marketplace-api): FBS orders and supplies, DBS, click & collect and DBW
orders, passes. Written against WB's facts (wb-facts/2026-08-groups, the README's workflow facts):
each handler is registered by WB's method and path (`route`), so it serves the operation as soon
as marketplace.yaml has it, whatever its operationId.

The model, per seller: orders of four kinds, each with its own id range, a product (the seller's
goods), a supplier status and WB's status, the label keys WB asks for (requiredMeta /
optionalMeta: sgtin, uin, imei, gtin, expiration, customsDeclaration) and the values attached.

FBS (supplierStatus new -> confirm -> complete, or cancel):
- New orders [GET /api/v3/orders/new]: every order in `new`, no paging. History [GET /api/v3/orders]:
  every order, by id, `next` cursor from 0 (the answer's `next` is the last id it holds),
  `limit` 1..1000, optional `dateFrom`/`dateTo` (Unix seconds of createdAt). The archive [GET
  /api/marketplace/v3/fbs/orders/archive]: complete and cancelled orders of a year and month.
- Supplies: created with a name [POST /api/v3/supplies] (id WB-GI-…); listed with a `next` cursor;
  one [GET .../{supplyId}] (unknown: 404); deleted only while empty and open (else 409).
- Orders into a supply [PATCH /api/marketplace/v3/supplies/{supplyId}/orders]: up to 100 ids; each
  must be an FBS order in `new` (or in this supply already), the supply open, all of one cargo
  type; any failing: 409 (unknown order or supply: 404) and nothing moves; else they go `confirm`.
  Their ids [GET .../order-ids].
- Deliver [PATCH /api/v3/supplies/{supplyId}/deliver]: an open supply with orders (else 409); it
  closes (done, closedAt) and its `confirm` orders go `complete`, WB's status `sorted`. Its
  barcode [GET .../barcode] once delivered (before: 409).
- Stickers [POST /api/v3/orders/stickers?type=svg|zplv|zplh|png&width=58|40&height=40|30]: 58x40 or
  40x30 (another pair: 400), up to 100 orders, only orders in confirm or complete (others: 409);
  each {orderId, partA, partB, barcode, file} with the file base64.
- Statuses in bulk [POST /api/v3/orders/status]: up to 1000 ids; the unknown ones are left out
  (as from the history [POST /api/v3/orders/status/history] and the label ids).
- Cancel [PATCH /api/v3/orders/{orderId}/cancel]: a new or confirm order goes `cancel` (WB's
  `canceled`); complete or cancelled: 409; unknown: 404.
- Label ids [POST /api/marketplace/v3/orders/meta]: up to 100 orders' metaDetails. Marking codes
  [PUT /api/v3/orders/{orderId}/meta/sgtin (1..100), uin, imei, gtin, expiration,
  .../customs-declaration]: only on an order in `confirm` whose label keys list that key (else
  409); delete [DELETE .../meta?key=] on a confirm order (no key: all).
- Passes: the offices that need one, the list, create (1 per 10 minutes: the rate limiter), change
  and delete (unknown: 404; an office that needs none: 404 on create).
DBS (new -> confirm -> deliver -> receive | reject, or cancel), click & collect (new -> confirm ->
prepare -> receive | reject, or cancel) and DBW (new -> confirm -> complete via deliver, or cancel;
confirm and cancel one by one): the batch calls take up to 1000 ids and answer per order
{orderId, isError, errors: [{code, detail}]} (404: not such an order of that kind; 409: not in
the status the step starts from; 400: a required label is missing for deliver/prepare, with its
metaDetails; DBS receive/reject: 400 for a wrong buyer's code). Click & collect's identity check
[POST /api/v3/click-collect/orders/client/identity] {orderCode, passcode}: unknown orderCode 404,
an order not prepared 409, else {ok}; receive needs a passed check (else 409 for that order).
Their marking codes come in batches with per-order results, on the same rules as FBS. DBS
stickers are PDF 58x40 only (the spec); DBW's like FBS's. Every 4xx counts 10 requests: the
pipeline charges x-wb-4xx-cost from the spec.

Seed with `seed_fbs_orders(n, required_meta, optional_meta)`, `seed_dbs_orders(n, ...)`,
`seed_cc_orders(n, ...)`, `seed_dbw_orders(n, ...)`, `add_order(kind, ...)`,
`set_wb_status(order_id, status)`; passes offices are fixed (`OFFICES`).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

from ..errors import ApiError
from ._common import DAY, MSK, TINY_PNG, Good, b64, body_dict, goods, rng, tiny_pdf
from .base import Ctx, Reply, SellerState, route
from .marketplace import MarketplaceStore

FBS, DBS, CC, DBW = "fbs", "dbs", "click_collect", "dbw"
NEW, CONFIRM, COMPLETE, CANCEL = "new", "confirm", "complete", "cancel"
DELIVER, RECEIVE, REJECT, PREPARE = "deliver", "receive", "reject", "prepare"
META_KEYS = ("sgtin", "uin", "imei", "gtin", "expiration", "customsDeclaration")
STICKER_SIZES = {(58, 40), (40, 30)}
FIRST_ID = {FBS: 5_000_000_001, DBS: 6_000_000_001, CC: 7_000_000_001, DBW: 8_000_000_001}
# offices that need a pass to unload at: (id, name, address), WB's offices (marketplace.OFFICES)
OFFICES = (
    (15, "Коледино", "Московская обл., г. Подольск, д. Коледино, ул. Троицкая, 20"),
    (120762, "Электросталь", "Московская обл., г. Электросталь, Ногинское ш., 2"),
    (206348, "Тула", "Тульская обл., г. Тула, Алексинское ш., 34"),
)


@dataclass
class Order:
    id: int
    kind: str
    good: Good
    created: float
    warehouse_id: int
    office_id: int
    rid: str
    order_uid: str
    sticker_id: int
    status: str = NEW
    wb_status: str = "waiting"
    supply_id: str | None = None
    required_meta: list[str] = field(default_factory=list)
    optional_meta: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    history: list[tuple[float, str]] = field(default_factory=list)
    cargo_type: int = 1
    group_id: str = ""
    code: str = ""  # DBS: the buyer's code; click & collect: the order code
    passcode: str = ""  # click & collect: what the buyer shows
    identified: bool = False
    courier: bool = False

    @property
    def price(self) -> int:
        return self.good.price * 100  # WB's prices here are in kopecks

    @property
    def labels(self) -> list[str]:
        return [*self.required_meta, *self.optional_meta]


@dataclass
class Supply:
    id: str
    seq: int
    name: str
    created: float
    order_ids: list[int] = field(default_factory=list)
    done: bool = False
    closed: float | None = None
    cargo_type: int = 0  # 0: no order yet


@dataclass
class Pass:
    id: int
    first_name: str
    last_name: str
    car_model: str
    car_number: str
    office_id: int
    ends: float


class OrdersStore:
    """One seller's marketplace orders, FBS supplies and passes. Get it with
    `ctx.store(OrdersStore)` or `emu.state.default.store(OrdersStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._orders: dict[int, Order] = {}
        self._next_id = dict(FIRST_ID)
        self._supplies: dict[str, Supply] = {}
        self._supply_seq = itertools.count(1)
        self._passes: dict[int, Pass] = {}
        self._next_pass = itertools.count(101)
        self._rng = rng(seller, "orders")

    # --- seeding and inspection (public: other tests seed through these) ---
    def seed_fbs_orders(
        self, n: int, required_meta: list[str] | None = None, optional_meta: list[str] | None = None
    ) -> list[int]:
        """`n` new FBS orders placed over the last hour; `required_meta` / `optional_meta`: the
        label keys every one of them lists. Returns their ids."""
        return self._seed(FBS, n, required_meta, optional_meta)

    def seed_dbs_orders(
        self, n: int, required_meta: list[str] | None = None, optional_meta: list[str] | None = None
    ) -> list[int]:
        return self._seed(DBS, n, required_meta, optional_meta)

    def seed_cc_orders(
        self, n: int, required_meta: list[str] | None = None, optional_meta: list[str] | None = None
    ) -> list[int]:
        return self._seed(CC, n, required_meta, optional_meta)

    def seed_dbw_orders(
        self, n: int, required_meta: list[str] | None = None, optional_meta: list[str] | None = None
    ) -> list[int]:
        return self._seed(DBW, n, required_meta, optional_meta)

    def add_order(
        self,
        kind: str = FBS,
        *,
        created: float | None = None,
        good: Good | None = None,
        required_meta: Iterable[str] = (),
        optional_meta: Iterable[str] = (),
        cargo_type: int = 1,
    ) -> Order:
        r = self._rng
        oid = self._next_id[kind]
        self._next_id[kind] += 1
        at = self.seller.now() if created is None else created
        order = Order(
            oid,
            kind,
            good or r.choice(goods(self.seller)),
            at,
            self._warehouse_id(),
            507,
            uuid.UUID(int=r.getrandbits(128), version=4).hex,
            f"{r.randrange(10**8, 10**9)}_{oid}",
            r.randrange(10**9, 10**10),
            required_meta=list(required_meta),
            optional_meta=list(optional_meta),
            cargo_type=cargo_type,
            group_id=str(uuid.UUID(int=r.getrandbits(128), version=4)) if kind in (DBS, DBW) else "",
            code=f"{r.randrange(1000, 10000)}" if kind == DBS else f"{r.randrange(10**7, 10**8)}",
            passcode=f"{r.randrange(1000, 10000)}",
        )
        order.history.append((at, "created"))
        self._orders[oid] = order
        return order

    def set_wb_status(self, order_id: int, wb_status: str) -> None:
        """WB moves an order on its side (sorted, sold, canceled_by_client...)."""
        order = self._orders[order_id]
        order.wb_status = wb_status
        order.history.append((self.seller.now(), wb_status))
        if wb_status in ("canceled_by_client", "declined_by_client", "canceled"):
            order.status = CANCEL

    def order(self, order_id: int, kind: str | None = None) -> Order | None:
        o = self._orders.get(order_id)
        return o if o is not None and (kind is None or o.kind == kind) else None

    def orders(self, kind: str) -> list[Order]:
        return sorted((o for o in self._orders.values() if o.kind == kind), key=lambda o: o.id)

    def supplies(self) -> list[Supply]:
        return sorted(self._supplies.values(), key=lambda s: s.seq)

    def supply(self, supply_id: str) -> Supply | None:
        return self._supplies.get(supply_id)

    def passes(self) -> list[Pass]:
        return list(self._passes.values())

    def add_pass(
        self,
        office_id: int = OFFICES[0][0],
        first_name: str = "Иван",
        last_name: str = "Петров",
        car_model: str = "Газель",
        car_number: str = "A123BC77",
    ) -> Pass:
        """A pass to an office, valid for two days from now."""
        p = Pass(
            next(self._next_pass),
            first_name,
            last_name,
            car_model,
            car_number,
            office_id,
            self.seller.now() + 2 * DAY,
        )
        self._passes[p.id] = p
        return p

    def pass_(self, pass_id: int) -> Pass | None:
        return self._passes.get(pass_id)

    def delete_pass(self, pass_id: int) -> None:
        del self._passes[pass_id]

    # --- FBS rules (ApiError as the API answers) ---
    def new_supply(self, name: str) -> Supply:
        seq = next(self._supply_seq)
        supply = Supply(f"WB-GI-{10_000_000 + self._rng.randrange(90_000_000)}", seq, name, self.seller.now())
        while supply.id in self._supplies:
            supply.id = f"WB-GI-{10_000_000 + self._rng.randrange(90_000_000)}"
        self._supplies[supply.id] = supply
        return supply

    def open_supply(self, supply_id: str) -> Supply:
        supply = self._supplies.get(supply_id)
        if supply is None:
            raise ApiError(404, f"supply {supply_id} not found", extra={"code": "NotFound"})
        return supply

    def add_to_supply(self, supply_id: str, order_ids: list[int]) -> None:
        supply = self.open_supply(supply_id)
        if supply.done:
            raise ApiError(
                409, f"supply {supply_id} is delivered already", extra={"code": "FailedToAddSupplyOrder"}
            )
        orders = []
        for oid in dict.fromkeys(order_ids):
            o = self.order(oid, FBS)
            if o is None:
                raise ApiError(404, f"order {oid} not found", extra={"code": "NotFound"})
            if not (o.status == NEW or (o.status == CONFIRM and o.supply_id == supply_id)):
                raise ApiError(
                    409, f"order {oid} is {o.status}, not new", extra={"code": "FailedToAddSupplyOrder"}
                )
            orders.append(o)
        cargo = {o.cargo_type for o in orders} | ({supply.cargo_type} if supply.cargo_type else set())
        if len(cargo) > 1:
            raise ApiError(
                409, "a supply holds orders of one cargo type", extra={"code": "FailedToAddSupplyOrder"}
            )
        now = self.seller.now()
        for o in orders:
            if o.supply_id != supply_id:
                o.status, o.supply_id = CONFIRM, supply_id
                o.history.append((now, "confirm"))
                supply.order_ids.append(o.id)
        if orders:
            supply.cargo_type = orders[0].cargo_type

    def deliver(self, supply_id: str) -> None:
        supply = self.open_supply(supply_id)
        if supply.done:
            raise ApiError(409, f"supply {supply_id} is delivered already", extra={"code": "SupplyDelivered"})
        if not supply.order_ids:
            raise ApiError(409, f"supply {supply_id} has no orders", extra={"code": "SupplyEmpty"})
        now = self.seller.now()
        supply.done, supply.closed = True, now
        for oid in supply.order_ids:
            o = self._orders[oid]
            if o.status == CONFIRM:
                o.status, o.wb_status = COMPLETE, "sorted"
                o.history.append((now, "complete"))

    def delete_supply(self, supply_id: str) -> None:
        supply = self.open_supply(supply_id)
        if supply.done or supply.order_ids:
            raise ApiError(
                409, "only an open supply without orders can be deleted", extra={"code": "SupplyNotEmpty"}
            )
        del self._supplies[supply_id]

    def cancel(self, order: Order) -> None:
        if order.status not in (NEW, CONFIRM):
            raise ApiError(
                409,
                f"order {order.id} is {order.status}: it cannot be cancelled",
                extra={"code": "StatusMismatch"},
            )
        order.status, order.wb_status = CANCEL, "canceled"
        order.history.append((self.seller.now(), "cancel"))

    def attach(self, order: Order, key: str, value: Any) -> str | None:
        """Attach a label value; the reason it cannot be, or None."""
        if order.status != CONFIRM:
            return f"order {order.id} is {order.status}: labels are attached to orders in confirm"
        if key not in order.labels:
            listed = ", ".join(order.labels) or "none"
            return f"order {order.id} takes no {key} (its label keys: {listed})"
        order.meta[key] = value
        return None

    def detach(self, order: Order, key: str | None) -> str | None:
        if order.status != CONFIRM:
            return f"order {order.id} is {order.status}: labels are deleted from orders in confirm"
        if key is None:
            order.meta.clear()
        else:
            order.meta.pop(key, None)
        return None

    def missing_meta(self, order: Order) -> list[str]:
        return [k for k in order.required_meta if order.meta.get(k) in (None, [], "")]

    # --- internals ---
    def _seed(self, kind: str, n: int, required: list[str] | None, optional: list[str] | None) -> list[int]:
        now = self.seller.now()
        return [
            self.add_order(
                kind,
                created=now - 3600 + i * 3600 / max(n, 1),
                required_meta=required or (),
                optional_meta=optional or (),
            ).id
            for i in range(n)
        ]

    def _warehouse_id(self) -> int:
        warehouses = self.seller.store(MarketplaceStore).warehouses()
        return warehouses[0].id if warehouses else 658434


# --- helpers -----------------------------------------------------------------------------------------
def _store(ctx: Ctx) -> OrdersStore:
    return ctx.store(OrdersStore)


def _utc(ts: float) -> str:
    return datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _month(ts: float) -> tuple[int, int]:
    d = datetime.fromtimestamp(ts, MSK)
    return d.year, d.month


def _status_error(ctx: Ctx, status: int, detail: str, code: str) -> ApiError:
    """`status` where the operation declares it, else its refusal (WB's spec is the bound)."""
    if not ctx.op.declares(status):
        status = ctx.op.refusal_status or 400
    return ApiError(status, detail, extra={"code": code})


def _order_id(ctx: Ctx) -> int:
    raw = ctx.path_value()
    try:
        return int(raw)
    except ValueError:
        raise _status_error(ctx, 404, f"order {raw!r} not found", "NotFound") from None


def _one(ctx: Ctx, kind: str) -> Order:
    order = _store(ctx).order(_order_id(ctx), kind)
    if order is None:
        raise _status_error(ctx, 404, f"order {ctx.path_value()} not found", "NotFound")
    return order


def _ids(ctx: Ctx, body: dict[str, Any], *names: str) -> list[int]:
    """The ids of a batch body, under whichever of `names` WB uses for this call."""
    for name in names:
        value = body.get(name)
        if value is not None:
            if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
                raise ctx.refuse(f"{name} must be a list of order ids")
            return list(value)
    raise ctx.refuse(f"the body needs {' or '.join(names)}")


def _sticker(order: Order, kind: str, width: int, height: int) -> dict[str, Any]:
    text = f"{order.sticker_id}"
    part_a, part_b = text[:-4], text[-4:]
    barcode = f"*{order.sticker_id}"
    if kind == "svg":
        data = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}mm" height="{height}mm">'
            f'<text x="2" y="12">{part_a} {part_b}</text></svg>'
        ).encode()
    elif kind in ("zplv", "zplh"):
        rotate = "R" if kind == "zplv" else "N"  # vertical: the fields turned 90 degrees
        zpl = f"^XA^FW{rotate}^FO20,20^BCN,80^FD{barcode}^FS^FO20,120^A0N,30^FD{part_a} {part_b}^FS^XZ"
        data = zpl.encode()
    elif kind == "pdf":
        data = tiny_pdf(f"{part_a} {part_b}")
    else:
        data = TINY_PNG
    return {"orderId": order.id, "partA": part_a, "partB": part_b, "barcode": barcode, "file": b64(data)}


def _stickers(ctx: Ctx, kind: str, eligible: tuple[str, ...]) -> Any:
    fmt = ctx.arg("type", "")
    width, height = ctx.arg("width", 0, int), ctx.arg("height", 0, int)
    if (width, height) not in STICKER_SIZES and fmt != "pdf":
        raise ctx.refuse(f"a sticker is 58x40 or 40x30, not {width}x{height}")
    store = _store(ctx)
    ids = _ids(ctx, body_dict(ctx), "orders")
    orders = []
    for oid in dict.fromkeys(ids):
        o = store.order(oid, kind)
        if o is None:
            raise _status_error(ctx, 404, f"order {oid} not found", "NotFound")
        if o.status not in eligible:
            raise _status_error(
                ctx,
                409,
                f"order {oid} is {o.status}: stickers are for orders in {' or '.join(eligible)}",
                "StatusMismatch",
            )
        orders.append(o)
    return {"stickers": [_sticker(o, fmt, width, height) for o in orders]}


def _meta_details(order: Order) -> list[dict[str, Any]]:
    """The order's label keys with their values. WB's `decision` values are not all known (its
    examples: uinMaySell, sgtinIntroduced): the emulator says <key>Required or <key>MaySell. A
    value not attached yet is null for FBS; DBS, click & collect and DBW leave it out (their
    schemas do not take a null)."""
    out = []
    for key in order.labels:
        value = order.meta.get(key)
        if isinstance(value, list):
            value = ",".join(value)
        decision = f"{key}Required" if key in order.required_meta else f"{key}MaySell"
        item: dict[str, Any] = {"key": key, "value": value, "decision": decision}
        if value is None and order.kind != FBS:
            del item["value"]
        out.append(item)
    return out


def _address() -> dict[str, Any]:
    return {"fullAddress": "г. Москва, ул. Тверская, д. 1, кв. 1", "longitude": 37.6109, "latitude": 55.7573}


def _order_json(o: Order, *, new: bool = False) -> dict[str, Any]:
    """An order as the lists show it (the fields all kinds share, and each kind's own)."""
    out: dict[str, Any] = {
        "id": o.id,
        "rid": o.rid,
        "orderUid": o.order_uid,
        "article": o.good.vendor_code,
        "colorCode": "",
        "createdAt": _utc(o.created),
        "skus": [o.good.barcode],
        "warehouseId": o.warehouse_id,
        "nmId": o.good.nm_id,
        "chrtId": o.good.chrt_id,
        "price": o.price,
        "convertedPrice": o.price,
        "currencyCode": 643,
        "convertedCurrencyCode": 643,
        "cargoType": o.cargo_type,
        "isZeroOrder": False,
    }
    if o.kind == FBS:
        out.update(
            address=None,
            deliveryType="fbs",
            supplyId=o.supply_id or "",
            offices=["Коледино"],
            officeId=o.office_id,
            crossBorderType=0,
            comment="",
            scanPrice=None,
            options={"isB2B": False},
        )
        if new:
            out.update(
                ddate=datetime.fromtimestamp(o.created + 2 * DAY, MSK).strftime("%d.%m.%Y"),
                salePrice=o.price,
                requiredMeta=list(o.required_meta),
                optionalMeta=list(o.optional_meta),
                finalPrice=o.price,
                convertedFinalPrice=o.price,
                isPickupPointShipmentAllowed=True,
            )
        return out
    out.update(finalPrice=o.price, convertedFinalPrice=o.price, options={"isB2b": False})
    if o.kind == CC:
        out.update(
            warehouseAddress="г. Москва, ул. Складочная, 1с5",
            orderCode=o.code,
            payMode="prepaid",
            ddate=datetime.fromtimestamp(o.created + 2 * DAY, MSK).strftime("%d.%m.%Y"),
        )
    else:
        out.update(address=_address(), groupId=o.group_id, comment="")
        if o.kind == DBS:
            out["deliveryType"] = "dbs"
            out["wbStickerId"] = o.sticker_id
    if new:
        out.update(salePrice=o.price, requiredMeta=list(o.required_meta))
    return out


def _page(ctx: Ctx, orders: list[Order]) -> tuple[list[Order], int]:
    """A `next`/`limit` page of orders by id (optional dateFrom/dateTo on createdAt)."""
    after = ctx.arg("next", 0, int)
    limit = ctx.arg("limit", 1000, int)
    date_from, date_to = ctx.arg("dateFrom", None, int), ctx.arg("dateTo", None, int)
    chosen = [
        o
        for o in orders
        if o.id > after
        and (date_from is None or o.created >= date_from)
        and (date_to is None or o.created <= date_to)
    ][:limit]
    return chosen, chosen[-1].id if chosen else after


def _result(
    order_id: Any, error: tuple[int, str] | None = None, meta: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"orderId": order_id, "isError": error is not None}
    if error is not None:
        item: dict[str, Any] = {"code": error[0], "detail": error[1]}
        if meta:
            item["metaDetails"] = meta
        out["errors"] = [item]
    return out


def _batch(results: list[dict[str, Any]]) -> dict[str, Any]:
    return {"requestId": uuid.uuid4().hex, "results": results}


# --- FBS ---------------------------------------------------------------------------------------------
@route("GET", "/api/v3/orders/new")
def fbs_new_orders(ctx: Ctx) -> Any:
    return {"orders": [_order_json(o, new=True) for o in _store(ctx).orders(FBS) if o.status == NEW]}


@route("GET", "/api/v3/orders")
def fbs_orders(ctx: Ctx) -> Any:
    chosen, cursor = _page(ctx, _store(ctx).orders(FBS))
    return {"next": cursor, "orders": [_order_json(o) for o in chosen]}


@route("GET", "/api/marketplace/v3/fbs/orders/archive")
def fbs_orders_archive(ctx: Ctx) -> Any:
    year, month = ctx.arg("year", 0, int), ctx.arg("month", 0, int)
    archived = [
        o
        for o in _store(ctx).orders(FBS)
        if o.status in (COMPLETE, CANCEL) and _month(o.created) == (year, month)
    ]
    after, limit = ctx.arg("next", 0, int), ctx.arg("limit", 100, int)
    chosen = [o for o in archived if o.id > after][:limit]
    return {
        "next": chosen[-1].id if len(chosen) == limit else None,
        "orders": [
            {
                "cargoType": str(o.cargo_type),
                "colorCode": None,
                "createdAt": _utc(o.created),
                "crossBorder": None,
                "crossBorderType": "0",
                "id": o.id,
                "isZeroOrder": False,
                "metaDetails": _meta_details(o),
                "options": {"isB2B": False},
                "orderUid": o.order_uid,
                "priceInfo": {
                    "convertedCurrencyCode": 643,
                    "convertedPrice": o.price,
                    "currencyCode": 643,
                    "price": o.price,
                },
                "product": {
                    "article": o.good.vendor_code,
                    "chrtId": o.good.chrt_id,
                    "nmId": o.good.nm_id,
                    "skus": [o.good.barcode],
                },
                "rid": o.rid,
                "scanPrice": None,
                "status": {"supplierStatus": o.status, "wbStatus": o.wb_status},
                "stickerId": o.sticker_id,
                "supplyId": o.supply_id,
                "warehouseId": o.warehouse_id,
            }
            for o in chosen
        ],
    }


@route("POST", "/api/v3/orders/status")
def fbs_orders_status(ctx: Ctx) -> Any:
    store = _store(ctx)
    found = [o for oid in _ids(ctx, body_dict(ctx), "orders") if (o := store.order(oid, FBS)) is not None]
    return {
        "orders": [
            {
                "id": o.id,
                "supplierStatus": o.status,
                "wbStatus": o.wb_status,
                "isCancellable": o.status in (NEW, CONFIRM),
            }
            for o in found
        ]
    }


@route("POST", "/api/v3/orders/status/history")
def fbs_orders_status_history(ctx: Ctx) -> Any:
    store = _store(ctx)
    found = [o for oid in _ids(ctx, body_dict(ctx), "orders") if (o := store.order(oid, FBS)) is not None]
    return {
        "orders": [
            {
                "orderID": o.id,
                "deliveryDate": _utc(o.created + 3 * DAY),
                "statuses": [{"date": _utc(at), "code": code} for at, code in o.history],
            }
            for o in found
        ]
    }


@route("PATCH", "/api/v3/orders/{orderId}/cancel")
def fbs_cancel(ctx: Ctx) -> Any:
    _store(ctx).cancel(_one(ctx, FBS))
    return Reply(204, no_body=True)


@route("POST", "/api/v3/orders/stickers")
def fbs_stickers(ctx: Ctx) -> Any:
    return _stickers(ctx, FBS, (CONFIRM, COMPLETE))


@route("POST", "/api/v3/supplies")
def fbs_create_supply(ctx: Ctx) -> Any:
    name = str(body_dict(ctx).get("name") or "")
    return Reply(201, json={"id": _store(ctx).new_supply(name).id})


def _supply_json(s: Supply) -> dict[str, Any]:
    return {
        "id": s.id,
        "isB2b": False,
        "isPickupPointShipmentAllowed": True,
        "done": s.done,
        "createdAt": _utc(s.created),
        "closedAt": _utc(s.closed) if s.closed is not None else None,
        "scanDt": None,
        "name": s.name,
        "cargoType": s.cargo_type,
        "crossBorderType": 0,
        "destinationOfficeId": None,
    }


@route("GET", "/api/v3/supplies")
def fbs_supplies(ctx: Ctx) -> Any:
    after, limit = ctx.arg("next", 0, int), ctx.arg("limit", 1000, int)
    chosen = [s for s in _store(ctx).supplies() if s.seq > after][:limit]
    return {"next": chosen[-1].seq if chosen else after, "supplies": [_supply_json(s) for s in chosen]}


@route("GET", "/api/v3/supplies/{supplyId}")
def fbs_supply(ctx: Ctx) -> Any:
    return _supply_json(_store(ctx).open_supply(ctx.path_value()))


@route("DELETE", "/api/v3/supplies/{supplyId}")
def fbs_delete_supply(ctx: Ctx) -> Any:
    _store(ctx).delete_supply(ctx.path_value())
    return Reply(204, no_body=True)


@route("PATCH", "/api/marketplace/v3/supplies/{supplyId}/orders")
def fbs_add_orders(ctx: Ctx) -> Any:
    _store(ctx).add_to_supply(ctx.path_value(), _ids(ctx, body_dict(ctx), "orders"))
    return Reply(204, no_body=True)


@route("GET", "/api/marketplace/v3/supplies/{supplyId}/order-ids")
def fbs_supply_order_ids(ctx: Ctx) -> Any:
    return {"orderIds": list(_store(ctx).open_supply(ctx.path_value()).order_ids)}


@route("PATCH", "/api/v3/supplies/{supplyId}/deliver")
def fbs_deliver(ctx: Ctx) -> Any:
    _store(ctx).deliver(ctx.path_value())
    return Reply(204, no_body=True)


@route("GET", "/api/v3/supplies/{supplyId}/barcode")
def fbs_supply_barcode(ctx: Ctx) -> Any:
    supply = _store(ctx).open_supply(ctx.path_value())
    if not supply.done:
        raise _status_error(ctx, 409, f"supply {supply.id} is not delivered yet", "SupplyNotClosed")
    kind = ctx.arg("type", "png")
    data = TINY_PNG if kind == "png" else f"^XA^FO20,20^BQN,2,6^FD{supply.id}^FS^XZ".encode()
    if kind == "svg":
        data = f'<svg xmlns="http://www.w3.org/2000/svg"><text>{supply.id}</text></svg>'.encode()
    return {"barcode": supply.id, "file": b64(data)}


@route("POST", "/api/marketplace/v3/orders/meta")
def fbs_orders_meta(ctx: Ctx) -> Any:
    store = _store(ctx)
    found = [o for oid in _ids(ctx, body_dict(ctx), "orders") if (o := store.order(oid, FBS)) is not None]
    return {"orders": [{"id": o.id, "metaDetails": _meta_details(o)} for o in found]}


def _put_meta(ctx: Ctx, kind: str, key: str, field_name: str) -> Any:
    order = _one(ctx, kind)
    value = body_dict(ctx).get(field_name)
    if value in (None, "", []):
        raise ctx.refuse(f"{field_name} is required")
    problem = _store(ctx).attach(order, key, value)
    if problem:
        raise _status_error(ctx, 409, problem, "FailedToSetOrderMeta")
    return Reply(204, no_body=True)


@route("PUT", "/api/v3/orders/{orderId}/meta/sgtin")
def fbs_meta_sgtin(ctx: Ctx) -> Any:
    return _put_meta(ctx, FBS, "sgtin", "sgtins")


@route("PUT", "/api/v3/orders/{orderId}/meta/uin")
def fbs_meta_uin(ctx: Ctx) -> Any:
    return _put_meta(ctx, FBS, "uin", "uin")


@route("PUT", "/api/v3/orders/{orderId}/meta/imei")
def fbs_meta_imei(ctx: Ctx) -> Any:
    return _put_meta(ctx, FBS, "imei", "imei")


@route("PUT", "/api/v3/orders/{orderId}/meta/gtin")
def fbs_meta_gtin(ctx: Ctx) -> Any:
    return _put_meta(ctx, FBS, "gtin", "gtin")


@route("PUT", "/api/v3/orders/{orderId}/meta/expiration")
def fbs_meta_expiration(ctx: Ctx) -> Any:
    return _put_meta(ctx, FBS, "expiration", "expiration")


@route("PUT", "/api/marketplace/v3/orders/{orderId}/meta/customs-declaration")
def fbs_meta_customs(ctx: Ctx) -> Any:
    return _put_meta(ctx, FBS, "customsDeclaration", "customsDeclaration")


@route("DELETE", "/api/v3/orders/{orderId}/meta")
def fbs_meta_delete(ctx: Ctx) -> Any:
    order = _one(ctx, FBS)
    problem = _store(ctx).detach(order, ctx.arg("key"))
    if problem:
        raise _status_error(ctx, 409, problem, "FailedToDeleteOrderMeta")
    return Reply(204, no_body=True)


# --- passes ------------------------------------------------------------------------------------------
@route("GET", "/api/v3/passes/offices")
def passes_offices(ctx: Ctx) -> Any:
    return [{"id": i, "name": n, "address": a} for i, n, a in OFFICES]


def _pass_json(p: Pass) -> dict[str, Any]:
    office = next(o for o in OFFICES if o[0] == p.office_id)
    return {
        "id": p.id,
        "firstName": p.first_name,
        "lastName": p.last_name,
        "carModel": p.car_model,
        "carNumber": p.car_number,
        "officeId": p.office_id,
        "officeName": office[1],
        "officeAddress": office[2],
        "dateEnd": _utc(p.ends),
    }


def _pass_fields(ctx: Ctx) -> tuple[str, str, str, str, int]:
    body = body_dict(ctx)
    office_id = int(body.get("officeId") or 0)
    if office_id not in {o[0] for o in OFFICES}:
        raise _status_error(
            ctx, 404, f"office {office_id} needs no pass (see the passes offices)", "NotFound"
        )
    return (
        str(body.get("firstName")),
        str(body.get("lastName")),
        str(body.get("carModel")),
        str(body.get("carNumber")),
        office_id,
    )


@route("GET", "/api/v3/passes")
def passes_list(ctx: Ctx) -> Any:
    return [_pass_json(p) for p in _store(ctx).passes()]


@route("POST", "/api/v3/passes")
def passes_create(ctx: Ctx) -> Any:
    first, last, model, number, office_id = _pass_fields(ctx)
    p = _store(ctx).add_pass(office_id, first, last, model, number)
    return Reply(201, json={"id": p.id})


def _pass(ctx: Ctx) -> Pass:
    try:
        p = _store(ctx).pass_(int(ctx.path_value()))
    except ValueError:
        p = None
    if p is None:
        raise _status_error(ctx, 404, f"pass {ctx.path_value()} not found", "NotFound")
    return p


@route("PUT", "/api/v3/passes/{passId}")
def passes_update(ctx: Ctx) -> Any:
    p = _pass(ctx)
    p.first_name, p.last_name, p.car_model, p.car_number, p.office_id = _pass_fields(ctx)
    return Reply(204, no_body=True)


@route("DELETE", "/api/v3/passes/{passId}")
def passes_delete(ctx: Ctx) -> Any:
    _store(ctx).delete_pass(_pass(ctx).id)
    return Reply(204, no_body=True)


# --- DBS, click & collect, DBW: batch steps ---------------------------------------------------------
# (kind, step) -> (the statuses it starts from, the status it leads to, WB's status then)
STEPS: dict[tuple[str, str], tuple[tuple[str, ...], str, str]] = {
    (DBS, CONFIRM): ((NEW,), CONFIRM, "waiting"),
    (DBS, DELIVER): ((CONFIRM,), DELIVER, "waiting"),
    (DBS, RECEIVE): ((DELIVER,), RECEIVE, "sold"),
    (DBS, REJECT): ((DELIVER,), REJECT, "declined_by_client"),
    (DBS, CANCEL): ((NEW, CONFIRM, DELIVER), CANCEL, "canceled"),
    (CC, CONFIRM): ((NEW,), CONFIRM, "waiting"),
    (CC, PREPARE): ((CONFIRM,), PREPARE, "ready_for_pickup"),
    (CC, RECEIVE): ((PREPARE,), RECEIVE, "sold"),
    (CC, REJECT): ((PREPARE,), REJECT, "declined_by_client"),
    (CC, CANCEL): ((NEW, CONFIRM, PREPARE), CANCEL, "canceled"),
    (DBW, CONFIRM): ((NEW,), CONFIRM, "waiting"),
    (DBW, DELIVER): ((CONFIRM,), COMPLETE, "sold"),
    (DBW, CANCEL): ((NEW, CONFIRM), CANCEL, "canceled"),
}


def step(store: OrdersStore, kind: str, name: str, order_id: Any, code: str | None = None) -> dict[str, Any]:
    """One order's step of a batch call: its result item."""
    order = store.order(order_id, kind) if isinstance(order_id, int) else None
    if order is None:
        return _result(order_id, (404, f"order {order_id} not found"))
    starts, target, wb_status = STEPS[(kind, name)]
    if order.status not in starts:
        return _result(order.id, (409, f"order {order.id} is {order.status}, not {' or '.join(starts)}"))
    if name in (DELIVER, PREPARE) and (missing := store.missing_meta(order)):
        details = [d for d in _meta_details(order) if d["key"] in missing]
        return _result(order.id, (400, f"order {order.id} needs {', '.join(missing)} first"), details)
    if kind == DBS and name in (RECEIVE, REJECT) and code != order.code:
        return _result(order.id, (400, f"order {order.id}: the buyer's code does not match"))
    if kind == CC and name == RECEIVE and not order.identified:
        return _result(order.id, (409, f"order {order.id}: check the buyer's identity first"))
    order.status, order.wb_status = target, wb_status
    order.history.append((store.seller.now(), target))
    return _result(order.id)


def _batch_step(ctx: Ctx, kind: str, name: str) -> Any:
    store = _store(ctx)
    body = body_dict(ctx)
    if kind == DBS and name in (RECEIVE, REJECT):
        items = body.get("orders") or []
        if not isinstance(items, list):
            raise ctx.refuse("orders must be a list of {orderId, code}")
        return _batch([step(store, kind, name, i.get("orderId"), str(i.get("code") or "")) for i in items])
    ids = _ids(ctx, body, "ordersIds", "orderIds", "orders")
    return _batch([step(store, kind, name, oid) for oid in ids])


def _status_info(ctx: Ctx, kind: str) -> Any:
    store = _store(ctx)
    out = []
    for oid in _ids(ctx, body_dict(ctx), "ordersIds", "orderIds", "orders"):
        o = store.order(oid, kind)
        if o is None:
            out.append({"orderId": oid, "errors": [{"code": 404, "detail": f"order {oid} not found"}]})
        else:
            out.append({"orderId": o.id, "supplierStatus": o.status, "wbStatus": o.wb_status})
    return {"orders": out}


def _batch_meta(ctx: Ctx, kind: str, key: str, field_name: str) -> Any:
    store = _store(ctx)
    items = body_dict(ctx).get("orders") or []
    results = []
    for item in items:
        oid = item.get("orderId") if isinstance(item, dict) else None
        order = store.order(oid, kind) if isinstance(oid, int) else None
        if order is None:
            results.append(_result(oid, (404, f"order {oid} not found")))
            continue
        problem = store.attach(order, key, item.get(field_name))
        results.append(_result(order.id, (409, problem) if problem else None))
    return _batch(results)


def _batch_meta_delete(ctx: Ctx, kind: str) -> Any:
    store = _store(ctx)
    body = body_dict(ctx)
    key = body.get("key")
    results = []
    for oid in _ids(ctx, body, "ordersIds", "orderIds"):
        order = store.order(oid, kind)
        if order is None:
            results.append(_result(oid, (404, f"order {oid} not found")))
            continue
        problem = store.detach(order, key)
        results.append(_result(order.id, (409, problem) if problem else None))
    return _batch(results)


def _batch_meta_details(ctx: Ctx, kind: str) -> Any:
    store = _store(ctx)
    out = []
    for oid in _ids(ctx, body_dict(ctx), "ordersIds", "orderIds"):
        o = store.order(oid, kind)
        if o is None:
            out.append(
                {
                    "orderId": oid,
                    "isError": True,
                    "errors": [{"code": 404, "detail": f"order {oid} not found"}],
                    "metaDetails": [],
                }
            )
        else:
            out.append({"orderId": o.id, "isError": False, "metaDetails": _meta_details(o)})
    return {"requestId": uuid.uuid4().hex, "orders": out}


def _new(ctx: Ctx, kind: str) -> Any:
    return {"orders": [_order_json(o, new=True) for o in _store(ctx).orders(kind) if o.status == NEW]}


def _history(ctx: Ctx, kind: str) -> Any:
    chosen, cursor = _page(ctx, _store(ctx).orders(kind))
    return {"next": cursor, "orders": [_order_json(o) for o in chosen]}


def _register_batch(kind: str, base: str) -> None:
    """The batch steps, statuses and labels of one kind, under its path prefix."""
    names = [CONFIRM, CANCEL, RECEIVE, REJECT] + ([DELIVER] if kind != CC else [PREPARE])
    if kind == DBW:
        names = [DELIVER]  # DBW confirms and cancels one order at a time
    for name in names:
        route("POST", f"{base}/status/{name}")(partial(_batch_step, kind=kind, name=name))
    if kind != DBW:
        route("POST", f"{base}/status/info")(partial(_status_info, kind=kind))
    keys = ["sgtin"] if kind == DBW else ["sgtin", "uin", "imei", "gtin", "customs-declaration"]
    for key in keys:
        meta_key = "customsDeclaration" if key == "customs-declaration" else key
        field_name = "sgtins" if key == "sgtin" else meta_key
        route("POST", f"{base}/meta/{key}")(
            partial(_batch_meta, kind=kind, key=meta_key, field_name=field_name)
        )
    route("POST", f"{base}/meta/delete")(partial(_batch_meta_delete, kind=kind))
    route("POST", f"{base}/meta/details")(partial(_batch_meta_details, kind=kind))


_register_batch(DBS, "/api/marketplace/v3/dbs/orders")
_register_batch(CC, "/api/marketplace/v3/click-collect/orders")
_register_batch(DBW, "/api/marketplace/v3/dbw/orders")
for _kind, _prefix in (
    (DBS, "/api/v3/dbs/orders"),
    (CC, "/api/v3/click-collect/orders"),
    (DBW, "/api/v3/dbw/orders"),
):
    route("GET", f"{_prefix}/new")(partial(_new, kind=_kind))
    route("GET", _prefix)(partial(_history, kind=_kind))


@route("POST", "/api/marketplace/v3/dbs/orders/stickers")
def dbs_stickers(ctx: Ctx) -> Any:
    return _stickers(ctx, DBS, (CONFIRM, DELIVER))


@route("POST", "/api/v3/dbw/orders/stickers")
def dbw_stickers(ctx: Ctx) -> Any:
    return _stickers(ctx, DBW, (CONFIRM, COMPLETE))


@route("POST", "/api/v3/dbw/orders/status")
def dbw_status(ctx: Ctx) -> Any:
    store = _store(ctx)
    found = [o for oid in _ids(ctx, body_dict(ctx), "orders") if (o := store.order(oid, DBW)) is not None]
    return {"orders": [{"id": o.id, "supplierStatus": o.status, "wbStatus": o.wb_status} for o in found]}


def _dbw_single(ctx: Ctx, name: str) -> Any:
    order = _one(ctx, DBW)
    result = step(_store(ctx), DBW, name, order.id)
    if result["isError"]:
        code, detail = result["errors"][0]["code"], result["errors"][0]["detail"]
        raise _status_error(ctx, code, detail, "StatusMismatch")
    return Reply(204, no_body=True)


@route("PATCH", "/api/v3/dbw/orders/{orderId}/confirm")
def dbw_confirm(ctx: Ctx) -> Any:
    return _dbw_single(ctx, CONFIRM)


@route("PATCH", "/api/v3/dbw/orders/{orderId}/cancel")
def dbw_cancel(ctx: Ctx) -> Any:
    return _dbw_single(ctx, CANCEL)


for _key, _field in (("gtin", "gtin"), ("imei", "imei"), ("uin", "uin")):
    route("PUT", f"/api/v3/dbw/orders/{{orderId}}/meta/{_key}")(
        partial(_put_meta, kind=DBW, key=_key, field_name=_field)
    )


@route("POST", "/api/v3/dbw/orders/courier")
def dbw_courier(ctx: Ctx) -> Any:
    """A courier for the confirmed orders (WB assigns one at once here); others get none."""
    store = _store(ctx)
    now = ctx.now()
    out = []
    for oid in _ids(ctx, body_dict(ctx), "orders"):
        o = store.order(oid, DBW)
        if o is None:
            continue
        info: dict[str, Any] = {"mustBeAssigned": o.status == CONFIRM, "updatedAt": _utc(now)}
        if o.status == CONFIRM:
            o.courier = True
            info["contacts"] = {
                "carNumber": "А123ВС777",
                "fullName": "Иванов Иван",
                "phone": "+79990000000",
                "pTimeFrom": _utc(now + 3600),
                "pTimeTo": _utc(now + 3 * 3600),
            }
        out.append({"orderID": o.id, "courierInfo": info})
    return {"orders": out}


@route("POST", "/api/v3/click-collect/orders/client/identity")
def cc_identity(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    code = str(body.get("orderCode") or "")
    order = next((o for o in _store(ctx).orders(CC) if o.code == code), None)
    if order is None:
        raise _status_error(ctx, 404, f"no order with the code {code!r}", "NotFound")
    if order.status != PREPARE:
        raise _status_error(
            ctx, 409, f"order {order.id} is {order.status}, not ready at the store", "StatusMismatch"
        )
    ok = str(body.get("passcode") or "") == order.passcode
    order.identified = order.identified or ok
    return {"ok": ok}
