# ruff: noqa: RUF001  (the office data is Russian text, as WB returns it)
"""Marketplace (marketplace-api): WB offices, the seller's warehouses and the stocks in them.

The model, per seller:
- offices: a fixed, plausible list of WB offices (ids, names, addresses, cargo and delivery types);
  `selected` is true for the offices linked to one of the seller's warehouses. `add_office()` adds more.
- warehouses: created with a name and an officeId. An office already linked to another of the seller's
  warehouses → 409; an unknown office → 400. Changing the linked office is allowed once per
  `marketplace.office_change_interval` virtual seconds (a day) → else 409. Unknown warehouse → 404.
  Deleting a warehouse drops its stocks.
- stocks: per warehouse, chrtID (a card's size ID) → amount, as WB does since 2026-05-20. Read
  (POST chrtIds) answers the sizes that have a stock there; update (PUT stocks [{chrtId, amount}])
  sets amounts (WB does not validate a row's names: a row without chrtId or amount is skipped,
  still 204); delete (DELETE chrtIds) removes them. A body still using `skus` / `sku` is refused
  with 400, as WB does now. The known sizes are the chrtIDs of the seller's cards in the content
  store, plus any `register_chrt_ids()`; an update naming other sizes is refused with 409, WB's
  list of errors ([{code: NotFound, message, data: [{sku, chrtId, amount}]}]), a delete naming them
  with 404 {code: NotFound, message, data: {chrtId: ""}}, as WB's reference shows. With no cards
  and nothing registered, any chrtID is accepted.
Errors are shaped as the spec declares (WB's reference: {code, message} objects; marketplace's 403
{code: AccessDenied}). 409 answers cost 5 rate-limit tokens: the core charges that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from .base import Ctx, Reply, SellerState, handler
from .content import ContentStore

DEFAULTS: dict[str, Any] = {
    # virtual seconds between two changes of a warehouse's linked office ("once per day")
    "marketplace.office_change_interval": 86400.0,
}

CENTRAL, NORTHWEST, SOUTH, VOLGA, URALS, SIBERIA, FAR_EAST = (
    "Центральный федеральный округ",
    "Северо-Западный федеральный округ",
    "Южный федеральный округ",
    "Приволжский федеральный округ",
    "Уральский федеральный округ",
    "Сибирский федеральный округ",
    "Дальневосточный федеральный округ",
)
SMALL, OVERSIZED, LARGE = 1, 2, 3  # cargoType
FBS, DBS, DBW, PICKUP, EDBS = 1, 2, 3, 5, 6  # deliveryType


@dataclass(slots=True)
class Office:
    id: int
    name: str
    address: str
    city: str
    latitude: float
    longitude: float
    cargo_type: int = SMALL
    delivery_type: int = FBS
    federal_district: str | None = CENTRAL


OFFICES: tuple[Office, ...] = (
    Office(
        15,
        "Коледино",
        "Московская обл., г. Подольск, д. Коледино, ул. Троицкая, 20",
        "Подольск",
        55.358640,
        37.542580,
    ),
    Office(
        507,
        "Подольск",
        "Московская обл., г. Подольск, ул. Поливановская, 9",
        "Подольск",
        55.431100,
        37.545400,
    ),
    Office(
        120762,
        "Электросталь",
        "Московская обл., г. Электросталь, Ногинское ш., 2",
        "Электросталь",
        55.771800,
        38.470900,
    ),
    Office(206348, "Тула", "Тульская обл., г. Тула, Алексинское ш., 34", "Тула", 54.205300, 37.567600),
    Office(
        2737,
        "Санкт-Петербург Уткина Заводь",
        "Ленинградская обл., Всеволожский р-н, д. Уткина Заводь, 4",
        "Санкт-Петербург",
        59.843400,
        30.500500,
        federal_district=NORTHWEST,
    ),
    Office(
        130744,
        "Краснодар",
        "г. Краснодар, ул. Тихорецкая, 40",
        "Краснодар",
        45.060400,
        38.998600,
        federal_district=SOUTH,
    ),
    Office(
        117986,
        "Казань",
        "Республика Татарстан, г. Зеленодольск, промышленный парк Зеленодольск, 20",
        "Казань",
        55.853300,
        48.514700,
        federal_district=VOLGA,
    ),
    Office(
        1733,
        "Екатеринбург Испытателей",
        "г. Екатеринбург, ул. Испытателей, 14Г",
        "Екатеринбург",
        56.757100,
        60.743700,
        federal_district=URALS,
    ),
    Office(
        686,
        "Новосибирск",
        "г. Новосибирск, ул. Петухова, 71",
        "Новосибирск",
        54.942600,
        82.908900,
        federal_district=SIBERIA,
    ),
    Office(
        1193,
        "Хабаровск",
        "г. Хабаровск, ул. Индустриальная, 23",
        "Хабаровск",
        48.515700,
        135.104900,
        federal_district=FAR_EAST,
    ),
    Office(
        300168,
        "Коледино КГТ",
        "Московская обл., г. Подольск, д. Коледино, ул. Троицкая, 20к2",
        "Подольск",
        55.359100,
        37.543900,
        cargo_type=LARGE,
    ),
    Office(
        300169,
        "Подольск СГТ",
        "Московская обл., г. Подольск, ул. Поливановская, 9с3",
        "Подольск",
        55.431700,
        37.546900,
        cargo_type=OVERSIZED,
    ),
    Office(
        302988,
        "Москва DBS",
        "г. Москва, ул. Складочная, 1с5",
        "Москва",
        55.803800,
        37.592300,
        delivery_type=DBS,
    ),
    Office(
        302989,
        "Москва Курьер WB",
        "г. Москва, Варшавское ш., 125",
        "Москва",
        55.623100,
        37.608500,
        delivery_type=DBW,
    ),
    Office(
        204939,
        "Астана",
        "Казахстан, г. Астана, ул. Бейсекбаева, 24/1",
        "Астана",
        51.128200,
        71.430400,
        federal_district=None,
    ),
)


@dataclass(slots=True)
class Warehouse:
    id: int
    name: str
    office_id: int
    cargo_type: int
    delivery_type: int
    office_changed_at: float | None = None  # virtual time of the last office change (None: never)


class MarketplaceStore:
    """One seller's offices view, warehouses and stocks. Get it with `ctx.store(MarketplaceStore)`
    or `emu.state.default.store(MarketplaceStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._offices: dict[int, Office] = {o.id: o for o in OFFICES}
        self._warehouses: dict[int, Warehouse] = {}
        self._stocks: dict[int, dict[int, int]] = {}  # warehouse -> chrtID -> amount
        self._registered: set[int] = set()
        self._next_warehouse_id = 1_000_001
        self._next_chrt = 700_000_001  # sizes seeded without cards (a range apart from content's)

    # --- seeding and inspection (public: other tests seed through these) ---
    def add_office(self, office: Office) -> Office:
        """Add (or replace) an office this seller can link to."""
        self._offices[office.id] = office
        return office

    def offices(self) -> list[Office]:
        return list(self._offices.values())

    def add_warehouse(self, name: str, office_id: int) -> Warehouse:
        """Create a warehouse as the API does; ApiError(400/409) on an unknown or used office."""
        office = self._office(office_id)
        self._check_office_free(office_id, None)
        wh = Warehouse(self._next_warehouse_id, name, office_id, office.cargo_type, office.delivery_type)
        self._next_warehouse_id += 1
        self._warehouses[wh.id] = wh
        self._stocks[wh.id] = {}
        return wh

    def warehouses(self) -> list[Warehouse]:
        return list(self._warehouses.values())

    def warehouse(self, warehouse_id: int) -> Warehouse:
        """The warehouse, or ApiError(404) as the API answers for an unknown ID."""
        wh = self._warehouses.get(warehouse_id)
        if wh is None:
            raise ApiError(404, f"warehouse {warehouse_id} not found")
        return wh

    def update_warehouse(self, warehouse_id: int, name: str, office_id: int) -> Warehouse:
        """Rename / relink a warehouse as the API does (404, 400, 409 like the API)."""
        wh = self.warehouse(warehouse_id)
        if office_id != wh.office_id:
            office = self._office(office_id)
            self._check_office_free(office_id, warehouse_id)
            now = self.seller.now()
            interval = float(
                self.seller.setting(
                    "marketplace.office_change_interval", DEFAULTS["marketplace.office_change_interval"]
                )
            )
            if wh.office_changed_at is not None and now - wh.office_changed_at < interval:
                raise ApiError(
                    409, "the linked office can be changed once per day", extra={"code": "OfficeChangeLimit"}
                )
            wh.office_id, wh.cargo_type, wh.delivery_type = office_id, office.cargo_type, office.delivery_type
            wh.office_changed_at = now
        wh.name = name
        return wh

    def delete_warehouse(self, warehouse_id: int) -> None:
        self.warehouse(warehouse_id)
        del self._warehouses[warehouse_id]
        del self._stocks[warehouse_id]

    def register_chrt_ids(self, chrt_ids: Iterable[int]) -> None:
        """Declare sizes (chrtIDs) besides those of the content store's cards: from now on, stocks
        of any other size get 409."""
        self._registered.update(int(c) for c in chrt_ids)

    def known_chrt_ids(self) -> set[int] | None:
        """The sizes stocks may be kept for, or None when any chrtID is accepted (no cards in the
        content store and nothing registered)."""
        known = self.seller.store(ContentStore).chrt_ids() | self._registered
        return known or None

    def set_stocks(self, warehouse_id: int, amounts: Mapping[int, int]) -> None:
        """Set stock amounts (no check of the sizes): {chrtId: amount}."""
        self.warehouse(warehouse_id)
        self._stocks[warehouse_id].update(amounts)

    def seed_stocks(self, warehouse_id: int, n: int, amount: int = 10) -> list[int]:
        """Give `n` sizes a stock of `amount` in the warehouse; returns their chrtIDs. With cards
        in the content store, those cards' sizes (the first `n`; ValueError if there are fewer);
        else `n` new chrtIDs, registered. Fast for large counts."""
        cards = sorted(self.seller.store(ContentStore).chrt_ids())
        if cards:
            if len(cards) < n:
                raise ValueError(f"the content store has {len(cards)} sizes, not {n}: seed more cards")
            chrt_ids = cards[:n]
        else:
            chrt_ids = list(range(self._next_chrt, self._next_chrt + n))
            self._next_chrt += n
            self._registered.update(chrt_ids)
        self.set_stocks(warehouse_id, dict.fromkeys(chrt_ids, amount))
        return chrt_ids

    def stocks(self, warehouse_id: int) -> dict[int, int]:
        """A copy of the warehouse's stocks, {chrtId: amount}."""
        return dict(self._stocks[self.warehouse(warehouse_id).id])

    def update_stocks(self, warehouse_id: int, amounts: Mapping[int, int]) -> None:
        """Set amounts as the API does: 404 for an unknown warehouse, 409 (a list with one NotFound
        error naming the rows) for unknown sizes; nothing is changed then."""
        self.warehouse(warehouse_id)
        unknown = self._unknown(amounts)
        if unknown:
            rows = [{"sku": "", "chrtId": c, "amount": amounts[c]} for c in unknown]
            raise ApiError(409, "Not found", extra={"code": "NotFound", "fields": {"data": rows}})
        self._stocks[warehouse_id].update(amounts)

    def delete_stocks(self, warehouse_id: int, chrt_ids: Iterable[int]) -> None:
        """Remove stocks as the API does: 404 for an unknown warehouse, and for unknown sizes
        (NotFound, `data` keyed by the sizes, as WB's reference shows it by barcode)."""
        self.warehouse(warehouse_id)
        chrt_ids = list(chrt_ids)
        unknown = self._unknown(chrt_ids)
        if unknown:
            data = {str(c): "" for c in unknown}
            raise ApiError(404, "", extra={"code": "NotFound", "fields": {"data": data}})
        stock = self._stocks[warehouse_id]
        for chrt in chrt_ids:
            stock.pop(chrt, None)

    # --- rules ---
    def _office(self, office_id: int) -> Office:
        office = self._offices.get(office_id)
        if office is None:
            raise ApiError(400, f"office {office_id} not found", extra={"code": "IncorrectRequestBody"})
        return office

    def _check_office_free(self, office_id: int, warehouse_id: int | None) -> None:
        for wh in self._warehouses.values():
            if wh.office_id == office_id and wh.id != warehouse_id:
                raise ApiError(
                    409,
                    f"office {office_id} is already linked to warehouse {wh.id}",
                    extra={"code": "OfficeAlreadyUsed"},
                )

    def _unknown(self, chrt_ids: Iterable[int]) -> list[int]:
        """The sizes that are not among the seller's products (none when any size is accepted)."""
        known = self.known_chrt_ids()
        return [] if known is None else sorted(set(chrt_ids) - known)


def _office_json(office: Office, selected: bool) -> dict[str, Any]:
    return {
        "address": office.address,
        "name": office.name,
        "city": office.city,
        "id": office.id,
        "longitude": office.longitude,
        "latitude": office.latitude,
        "cargoType": office.cargo_type,
        "deliveryType": office.delivery_type,
        "federalDistrict": office.federal_district,
        "selected": selected,
    }


def _warehouse_json(wh: Warehouse) -> dict[str, Any]:
    return {
        "name": wh.name,
        "officeId": wh.office_id,
        "id": wh.id,
        "cargoType": wh.cargo_type,
        "deliveryType": wh.delivery_type,
        "isDeleting": False,
        "isProcessing": False,
    }


def _warehouse_id(ctx: Ctx) -> int:
    raw = ctx.path_params["warehouseId"]
    try:
        return int(raw)
    except ValueError:
        # no warehouse has such an ID: WB's NotFound (delete declares no 400 to refuse it with)
        raise ApiError(404, f"warehouse {raw!r} not found") from None


def _no_skus(body: Any, where: str) -> None:
    # WB phased `sku` out on 2026-05-20 and answers 400 to it (even next to chrtIds)
    if isinstance(body, dict) and ("skus" in body or "sku" in body):
        raise ApiError(
            400,
            f"{where}: sku is no longer supported, send chrtIds (size IDs)",
            extra={"code": "IncorrectRequestBody"},
        )


def _chrt_ids(ctx: Ctx) -> list[int]:
    body = ctx.json() or {}
    _no_skus(body, "body")
    return [int(c) for c in dict.fromkeys(body.get("chrtIds") or [])]  # de-duplicated, in order


# --- handlers ----------------------------------------------------------------------------------------
@handler("marketplace.get_offices")
def get_offices(ctx: Ctx) -> Any:
    store = ctx.store(MarketplaceStore)
    used = {wh.office_id for wh in store.warehouses()}
    return [_office_json(o, o.id in used) for o in store.offices()]


@handler("marketplace.get_warehouses")
def get_warehouses(ctx: Ctx) -> Any:
    return [_warehouse_json(wh) for wh in ctx.store(MarketplaceStore).warehouses()]


@handler("marketplace.create_warehouse")
def create_warehouse(ctx: Ctx) -> Any:
    body = ctx.json()
    wh = ctx.store(MarketplaceStore).add_warehouse(body["name"], int(body["officeId"]))
    return {"id": wh.id}


@handler("marketplace.update_warehouse")
def update_warehouse(ctx: Ctx) -> Any:
    body = ctx.json()
    ctx.store(MarketplaceStore).update_warehouse(_warehouse_id(ctx), body["name"], int(body["officeId"]))
    return Reply(204, no_body=True)


@handler("marketplace.delete_warehouse")
def delete_warehouse(ctx: Ctx) -> Any:
    ctx.store(MarketplaceStore).delete_warehouse(_warehouse_id(ctx))
    return Reply(204, no_body=True)


@handler("marketplace.get_inventory")
def get_inventory(ctx: Ctx) -> Any:
    stock = ctx.store(MarketplaceStore).stocks(_warehouse_id(ctx))
    return {"stocks": [{"chrtId": c, "amount": stock[c]} for c in _chrt_ids(ctx) if c in stock]}


@handler("marketplace.update_inventory")
def update_inventory(ctx: Ctx) -> Any:
    # the docs: unknown parameter names still answer 204, but nothing is updated: a row without
    # chrtId or amount is skipped (stocks-update-rows-lenient)
    body = ctx.json() or {}
    _no_skus(body, "body")
    rows = body.get("stocks") or []
    for i, row in enumerate(rows):
        _no_skus(row, f"stocks[{i}]")
    amounts = {
        int(r["chrtId"]): int(r["amount"])
        for r in rows
        if isinstance(r, dict) and r.get("chrtId") is not None and r.get("amount") is not None
    }
    ctx.store(MarketplaceStore).update_stocks(_warehouse_id(ctx), amounts)
    return Reply(204, no_body=True)


@handler("marketplace.delete_inventory")
def delete_inventory(ctx: Ctx) -> Any:
    ctx.store(MarketplaceStore).delete_stocks(_warehouse_id(ctx), _chrt_ids(ctx))
    return Reply(204, no_body=True)
