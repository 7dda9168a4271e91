"""Prices and discounts (discounts-prices-api): goods with prices, asynchronous uploads, quarantine.

The model, per seller:
- goods: nmID, vendorCode, sizes (sizeID, techSizeName, price), a product-level discount and WB Club
  discount, and `editableSizePrice` (only those goods take per-size prices). Goods without size
  pricing keep one price on every size.
- uploads (set prices and discounts / size prices / club discounts): checked when received (request
  errors → 400 in the section's envelope; item errors such as an unknown nmID are kept on the item),
  answered with a new upload ID. An upload sits in the buffer (the unprocessed state/details methods,
  status 1) for `prices.buffer_seconds` virtual seconds, then is processed: the items without errors
  are applied to the goods, and the upload moves to the history (processed state/details) with status
  3 (all applied), 5 (some items have errors) or 6 (all have errors); 4 after `cancel_upload()`.
- quarantine: a product-level upload whose new price with discount is at least 3 times lower than the
  current one is not applied; the item gets the quarantine error and the product is listed in the
  quarantine until a later upload for it is applied or `release_quarantine()` is called (the seller's
  account action). Per the docs, quarantine does not apply to size-based pricing (size uploads and
  goods with editableSizePrice).
- the same upload resent within `prices.duplicate_window_seconds` → 208 with the first upload's ID
  (`alreadyExists` true); an upload that changes nothing (all its values are already set) → 422.

Reading an upload from the "wrong" list (the history while it is in the buffer, or the buffer after
it was processed) answers `data: null`; an upload ID the seller never had → 400.
Processing is lazy: every handler and inspection method first settles the uploads that are due.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError
from ._common import iso_msk, limit_offset, page
from .base import Ctx, Reply, SellerState, handler

DEFAULTS: dict[str, Any] = {
    # virtual seconds an upload stays in the buffer (status 1) before it is processed
    "prices.buffer_seconds": 5.0,
    # an identical upload resent within this many virtual seconds answers 208 with the first upload's ID
    "prices.duplicate_window_seconds": 60.0,
}

QUARANTINE_TEXT = "You've reduced the price by several times. Item moved to Price Qurantine"  # WB's spelling
UNCHANGED_TEXT = "The specified prices and discounts are already set"
ALREADY_EXISTS_TEXT = "Task already exists"
QUARANTINE_FACTOR = 3  # "at least 3 times lower" than the current price with discount

# upload statuses (the spec's x-wb-enum) and item statuses in the details
BUFFERED, APPLIED, CANCELED, PARTIAL, FAILED = 1, 3, 4, 5, 6
ITEM_OK, ITEM_ERROR = 2, 3

PRICES, SIZES, CLUB, B2B = "prices", "sizes", "club", "b2b"


# --- the model ---------------------------------------------------------------------------------
@dataclass(slots=True)
class Size:
    size_id: int
    tech_size_name: str
    price: int


@dataclass(slots=True)
class Good:
    nm_id: int
    vendor_code: str
    sizes: list[Size]
    discount: int = 0
    club_discount: int = 0
    editable_size_price: bool = False
    currency: str = "RUB"
    bad_turnover: bool = False  # illiquid (low stock index): WB sends isBadTurnover only then
    # wholesale (B2B) discounts: (level, minQuantity, wholesaleDiscount), lowest level first
    wholesale: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def price(self) -> int:
        """The product-level price (every size has it unless editableSizePrice)."""
        return self.sizes[0].price if self.sizes else 0

    def size(self, size_id: int) -> Size | None:
        return next((s for s in self.sizes if s.size_id == size_id), None)


@dataclass(slots=True)
class Item:
    """One line of an upload: what was asked, and the error (found on receipt or on processing)."""

    nm_id: int
    size_id: int | None = None
    price: int | None = None
    discount: int | None = None
    club_discount: int | None = None
    error: str = ""
    # a B2B upload's wholesale discounts: (level, minQuantity, wholesaleDiscount)
    wholesale: list[tuple[int, int, int]] | None = None


@dataclass
class Upload:
    upload_id: int
    kind: str  # PRICES | SIZES | CLUB
    items: list[Item]
    created: float
    activation: float
    fingerprint: str
    processed: bool = False
    canceled: bool = False

    @property
    def failed(self) -> int:
        return sum(1 for i in self.items if i.error)

    @property
    def status(self) -> int:
        if not self.processed:
            return BUFFERED
        if self.canceled:
            return CANCELED
        failed = self.failed
        return APPLIED if failed == 0 else FAILED if failed == len(self.items) else PARTIAL


@dataclass(slots=True)
class QuarantineEntry:
    nm_id: int
    new_price: int
    old_price: int
    new_discount: int
    old_discount: int
    currency: str
    upload_id: int


def discounted(price: float, discount: int) -> float:
    return round(price * (100 - discount) / 100, 2)


# --- the store ---------------------------------------------------------------------------------
class PricesStore:
    """One seller's goods, uploads and quarantine. Get it with `ctx.store(PricesStore)` or
    `emu.state.default.store(PricesStore)`; seed with `seed_goods(n)` or `add_good(...)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._goods: dict[int, Good] = {}
        self._uploads: dict[int, Upload] = {}
        self._pending: list[Upload] = []  # not yet processed, by activation time
        self._quarantine: dict[int, QuarantineEntry] = {}
        self._recent: dict[str, Upload] = {}  # fingerprint -> latest upload with it (208 detection)
        self._next_upload_id = 7_000_001
        self._next_nm_id = 210_000_001
        self._next_size_id = 30_000_000_001
        self._rng = random.Random(f"prices:{seller.seller_id}")

    # --- seeding and inspection (public: other tests seed through these) ---
    def add_good(
        self,
        nm_id: int | None = None,
        *,
        vendor_code: str | None = None,
        price: int = 1000,
        discount: int = 0,
        club_discount: int = 0,
        sizes: Sequence[str] | Sequence[tuple[int, str]] = ("0",),
        size_prices: Sequence[int] | None = None,
        editable_size_price: bool = False,
        currency: str = "RUB",
        bad_turnover: bool = False,
        wholesale: Sequence[tuple[int, int, int]] = (),
    ) -> Good:
        """Add (or replace) one product. `sizes` are techSizeNames ("0" = one size) or
        (sizeID, techSizeName) pairs; `size_prices` gives per-size prices (default: `price` on all).
        `bad_turnover`: an illiquid product; `wholesale`: its B2B discounts as (level, minQuantity,
        wholesaleDiscount)."""
        if nm_id is None:
            nm_id = self._next_nm_id
        self._next_nm_id = max(self._next_nm_id, nm_id + 1)
        built: list[Size] = []
        for i, s in enumerate(sizes):
            if isinstance(s, tuple):
                size_id, name = s
                self._next_size_id = max(self._next_size_id, size_id + 1)
            else:
                size_id, name = self._next_size_id, s
                self._next_size_id += 1
            built.append(Size(size_id, name, size_prices[i] if size_prices else price))
        good = Good(
            nm_id,
            vendor_code or f"art-{nm_id}",
            built,
            discount,
            club_discount,
            editable_size_price,
            currency,
            bad_turnover,
            list(wholesale),
        )
        self._goods[nm_id] = good
        return good

    def seed_goods(self, n: int, *, editable_every: int = 5) -> list[Good]:
        """Add `n` plausible goods (deterministic per seller), fast enough for tens of thousands.
        Every `editable_every`-th product has editableSizePrice (0: none), with distinct size prices."""
        rng = self._rng
        out = []
        for k in range(n):
            editable = editable_every > 0 and k % editable_every == editable_every - 1
            names = (
                ("S", "M", "L", "XL")[: rng.randint(2, 4)] if editable else rng.choice((("0",), ("42", "44")))
            )
            price = rng.randrange(300, 20000, 10)
            out.append(
                self.add_good(
                    price=price,
                    discount=rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 50)),
                    club_discount=rng.choice((0, 0, 3, 5, 10)),
                    sizes=names,
                    size_prices=[price + 100 * i for i in range(len(names))] if editable else None,
                    editable_size_price=editable,
                )
            )
        return out

    def good(self, nm_id: int) -> Good | None:
        """The product as it is now (uploads due are applied first)."""
        self.settle()
        return self._goods.get(nm_id)

    def goods(self) -> list[Good]:
        self.settle()
        return list(self._goods.values())

    def upload(self, upload_id: int) -> Upload | None:
        self.settle()
        return self._uploads.get(upload_id)

    def uploads(self) -> list[Upload]:
        self.settle()
        return list(self._uploads.values())

    def quarantine(self) -> list[QuarantineEntry]:
        self.settle()
        return list(self._quarantine.values())

    def release_quarantine(self, nm_id: int) -> bool:
        """The seller's account action: apply the quarantined price and discount, leave quarantine."""
        self.settle()
        entry = self._quarantine.pop(nm_id, None)
        good = self._goods.get(nm_id)
        if entry is None or good is None:
            return False
        for s in good.sizes:
            s.price = entry.new_price
        good.discount = entry.new_discount
        return True

    def cancel_upload(self, upload_id: int) -> bool:
        """Cancel an upload still in the buffer: it goes to the history with status 4, nothing applied."""
        self.settle()
        up = self._uploads.get(upload_id)
        if up is None or up.processed:
            return False
        up.processed = up.canceled = True
        for item in up.items:
            item.error = item.error or "The upload was canceled"
        self._pending.remove(up)
        return True

    def settle(self, now: float | None = None) -> None:
        """Process every upload whose buffer time is over, in activation order."""
        now = self.seller.now() if now is None else now
        while self._pending and self._pending[0].activation <= now:
            self._process(self._pending.pop(0))

    # --- uploads ---
    def submit(self, kind: str, items: list[Item], delay: float | None = None) -> Upload:
        """Check the items (item errors are kept on them) and put a new upload in the buffer.
        kind: "prices", "sizes" or "club". `delay` overrides `prices.buffer_seconds` (e.g. a
        promo-calendar upload waiting for the promo start)."""
        self.settle()
        for item in items:
            item.error = self.check_item(kind, item)
        now = self.seller.now()
        if delay is None:
            delay = float(self.seller.setting("prices.buffer_seconds", DEFAULTS["prices.buffer_seconds"]))
        up = Upload(self._next_upload_id, kind, items, now, now + delay, _fingerprint(kind, items))
        self._next_upload_id += 1
        self._uploads[up.upload_id] = up
        self._recent[up.fingerprint] = up
        self._pending.append(up)
        self._pending.sort(key=lambda u: (u.activation, u.upload_id))
        return up

    def recent_duplicate(self, kind: str, items: list[Item]) -> Upload | None:
        """The upload with the same content sent within `prices.duplicate_window_seconds`, if any."""
        window = self.seller.setting(
            "prices.duplicate_window_seconds", DEFAULTS["prices.duplicate_window_seconds"]
        )
        recent = self._recent.get(_fingerprint(kind, items))
        if recent is not None and self.seller.now() - recent.created <= float(window):
            return recent
        return None

    def check_item(self, kind: str, item: Item) -> str:
        """The item error found on receipt ("" when the item is fine)."""
        good = self._goods.get(item.nm_id)
        if good is None:
            return f"Product with nmID {item.nm_id} not found"
        if item.price is not None and item.price <= 0:
            return "The price must be greater than 0"
        if item.discount is not None and not 0 <= item.discount <= 99:
            return "The discount must be from 0 to 99"
        if item.club_discount is not None and not 0 <= item.club_discount <= 100:
            return "The WB Club discount must be from 0 to 100"
        if kind == SIZES:
            if not good.editable_size_price:
                return "Size prices can't be set for this product: editableSizePrice is false"
            if item.size_id is None or good.size(item.size_id) is None:
                return f"Size with sizeID {item.size_id} not found for nmID {item.nm_id}"
        return ""

    def unchanged(self, kind: str, items: list[Item]) -> bool:
        """True when every item asks for what is already set (WB answers 422)."""
        if kind == B2B:  # WB states no 422 for wholesale discounts
            return False
        for item in items:
            good = self._goods.get(item.nm_id)
            if good is None:
                return False
            if kind == CLUB and item.club_discount != good.club_discount:
                return False
            if kind == SIZES:
                size = good.size(item.size_id) if item.size_id is not None else None
                if size is None or size.price != item.price:
                    return False
            if kind == PRICES:
                if item.discount is not None and item.discount != good.discount:
                    return False
                if item.price is not None and any(s.price != item.price for s in good.sizes):
                    return False
        return True

    def _process(self, up: Upload) -> None:
        up.processed = True
        for item in up.items:
            if item.error:
                continue
            item.error = self.check_item(up.kind, item)  # the goods may have changed meanwhile
            if not item.error:
                item.error = self._apply(up, item)

    def _apply(self, up: Upload, item: Item) -> str:
        good = self._goods[item.nm_id]
        if up.kind == CLUB:
            good.club_discount = item.club_discount or 0
            return ""
        if up.kind == B2B:
            good.wholesale = sorted(item.wholesale or [])
            return ""
        if up.kind == SIZES:
            size = good.size(item.size_id or 0)
            if size is not None and item.price is not None:
                size.price = item.price
            return ""
        new_price = good.price if item.price is None else item.price
        new_discount = good.discount if item.discount is None else item.discount
        old_final = discounted(good.price, good.discount)
        if (
            not good.editable_size_price
            and discounted(new_price, new_discount) * QUARANTINE_FACTOR <= old_final
        ):
            self._quarantine.pop(good.nm_id, None)  # re-inserted last: the newest entry
            self._quarantine[good.nm_id] = QuarantineEntry(
                good.nm_id, new_price, good.price, new_discount, good.discount, good.currency, up.upload_id
            )
            return QUARANTINE_TEXT
        if item.price is not None:
            for s in good.sizes:
                s.price = item.price
        good.discount = new_discount
        self._quarantine.pop(good.nm_id, None)  # a new accepted price ends the quarantine
        return ""


def _fingerprint(kind: str, items: list[Item]) -> str:
    rows = sorted(
        (i.nm_id, i.size_id or 0, i.price, i.discount, i.club_discount, repr(i.wholesale)) for i in items
    )
    return kind + json.dumps(rows)


# --- request parsing -----------------------------------------------------------------------------
def _items(ctx: Ctx, kind: str) -> list[Item]:
    """The upload's items; request-level problems (empty, both price and discount missing,
    duplicates) are 400s in the section's envelope."""
    body = ctx.json() or {}
    rows = body.get("data") or []
    if not rows:
        raise ApiError(400, "Invalid data format: no goods in the upload")
    items: list[Item] = []
    seen: set[tuple[int, int | None]] = set()
    for row in rows:
        item = Item(
            int(row["nmID"]),
            size_id=row.get("sizeID"),
            price=row.get("price"),
            discount=row.get("discount"),
            club_discount=row.get("clubDiscount"),
        )
        if kind == PRICES and item.price is None and item.discount is None:
            raise ApiError(
                400, f"Invalid data format: price and discount can't both be empty (nmID {item.nm_id})"
            )
        key = (item.nm_id, item.size_id)
        if key in seen:
            what = f"nmID {item.nm_id}" + (f" sizeID {item.size_id}" if kind == SIZES else "")
            raise ApiError(400, f"Invalid data format: duplicate {what} in the upload")
        seen.add(key)
        items.append(item)
    return items


def _upload(ctx: Ctx, kind: str) -> Any:
    store = ctx.store(PricesStore)
    store.settle()
    items = _items(ctx, kind)
    # a resend of a recent upload is a 208 even when that upload was already applied
    recent = store.recent_duplicate(kind, items)
    if recent is not None:
        data = {"id": recent.upload_id, "alreadyExists": True}
        return Reply(208, json={"data": data, "error": False, "errorText": ALREADY_EXISTS_TEXT})
    if store.unchanged(kind, items):
        raise ApiError(422, UNCHANGED_TEXT)
    up = store.submit(kind, items)
    return _envelope({"id": up.upload_id, "alreadyExists": False})


def _find_upload(ctx: Ctx) -> Upload:
    store = ctx.store(PricesStore)
    store.settle()
    upload_id = int(ctx.arg("uploadID", 0, int))
    up = store._uploads.get(upload_id)
    if up is None:
        raise ApiError(400, f"Upload with uploadID {upload_id} not found")
    return up


# --- JSON shapes -----------------------------------------------------------------------------------
def _envelope(data: Any, error_text: str = "") -> dict[str, Any]:
    return {"data": data, "error": False, "errorText": error_text}


def _task_json(up: Upload) -> dict[str, Any]:
    return {
        "uploadID": up.upload_id,
        "status": up.status,
        "uploadDate": iso_msk(up.created),
        "activationDate": iso_msk(up.activation),
        "overAllGoodsNumber": len(up.items),
        "successGoodsNumber": len(up.items) - up.failed,
    }


def _item_json(store: PricesStore, up: Upload, item: Item) -> dict[str, Any]:
    good = store._goods.get(item.nm_id)
    size = good.size(item.size_id) if good is not None and item.size_id is not None else None
    # fields the item did not set are reported with the product's values
    price = item.price if item.price is not None else (good.price if good else 0)
    status = BUFFERED if not up.processed else ITEM_ERROR if item.error else ITEM_OK
    return {
        "nmID": item.nm_id,
        "vendorCode": good.vendor_code if good else "",
        "sizeID": item.size_id if up.kind == SIZES else None,
        "techSizeName": size.tech_size_name if size else "",
        "price": price,
        "currencyIsoCode4217": good.currency if good else "RUB",
        "discount": item.discount if item.discount is not None else (good.discount if good else 0),
        "clubDiscount": item.club_discount
        if item.club_discount is not None
        else (good.club_discount if good else 0),
        "status": status,
        "errorText": item.error,
    }


def _size_prices(good: Good, size: Size) -> dict[str, Any]:
    final = discounted(size.price, good.discount)
    return {
        "sizeID": size.size_id,
        "price": size.price,
        "discountedPrice": final,
        "clubDiscountedPrice": discounted(final, good.club_discount),
        "techSizeName": size.tech_size_name,
    }


def _good_json(good: Good) -> dict[str, Any]:
    return {
        "nmID": good.nm_id,
        "vendorCode": good.vendor_code,
        "sizes": [_size_prices(good, s) for s in good.sizes],
        "currencyIsoCode4217": good.currency,
        "discount": good.discount,
        "clubDiscount": good.club_discount,
        "editableSizePrice": good.editable_size_price,
        **_turnover(good),
        **(
            {
                "wholesaleDiscountThreshold": [
                    {"level": level, "minQuantity": quantity, "wholesaleDiscount": discount}
                    for level, quantity, discount in good.wholesale
                ]
            }
            if good.wholesale
            else {}
        ),
    }


def _turnover(good: Good) -> dict[str, Any]:
    # WB: true for an illiquid product, the field absent for a liquid one
    return {"isBadTurnover": True} if good.bad_turnover else {}


def _goods_size_json(good: Good, size: Size) -> dict[str, Any]:
    return {
        "nmID": good.nm_id,
        "vendorCode": good.vendor_code,
        "currencyIsoCode4217": good.currency,
        "discount": good.discount,
        "clubDiscount": good.club_discount,
        "editableSizePrice": good.editable_size_price,
        **_turnover(good),
        **_size_prices(good, size),
    }


def _quarantine_json(e: QuarantineEntry) -> dict[str, Any]:
    new_final, old_final = discounted(e.new_price, e.new_discount), discounted(e.old_price, e.old_discount)
    return {
        "nmID": e.nm_id,
        "sizeID": None,
        "techSizeName": "",
        "currencyIsoCode4217": e.currency,
        "newPrice": e.new_price,
        "oldPrice": e.old_price,
        "newDiscount": e.new_discount,
        "oldDiscount": e.old_discount,
        "priceDiff": round(new_final - old_final, 2),
    }


# --- handlers ----------------------------------------------------------------------------------------
@handler("prices.set_prices_and_discounts")
def set_prices_and_discounts(ctx: Ctx) -> Any:
    return _upload(ctx, PRICES)


@handler("prices.sets_size_prices")
def sets_size_prices(ctx: Ctx) -> Any:
    return _upload(ctx, SIZES)


@handler("prices.set_wb_club_discounts")
def set_wb_club_discounts(ctx: Ctx) -> Any:
    return _upload(ctx, CLUB)


@handler("prices.processed_upload_state")
def processed_upload_state(ctx: Ctx) -> Any:
    up = _find_upload(ctx)
    if not up.processed:
        return _envelope(None)
    quarantined = any(i.error == QUARANTINE_TEXT for i in up.items)
    return _envelope(_task_json(up), QUARANTINE_TEXT if quarantined else "")


@handler("prices.unprocessed_upload_state")
def unprocessed_upload_state(ctx: Ctx) -> Any:
    up = _find_upload(ctx)
    return _envelope(None if up.processed else _task_json(up))


@handler("prices.processed_upload_details")
def processed_upload_details(ctx: Ctx) -> Any:
    return _details(ctx, processed=True, key="historyGoods")


@handler("prices.unprocessed_upload_details")
def unprocessed_upload_details(ctx: Ctx) -> Any:
    return _details(ctx, processed=False, key="bufferGoods")


def _details(ctx: Ctx, *, processed: bool, key: str) -> Any:
    def wrap(data: Any) -> dict[str, Any]:
        # WB's processed details answer `data` alone (prices-history-goods-data-only)
        return {"data": data} if processed else _envelope(data)

    up = _find_upload(ctx)
    if up.processed != processed:
        return wrap(None)
    store = ctx.store(PricesStore)
    limit, offset = limit_offset(ctx)
    items = [_item_json(store, up, i) for i in page(up.items, limit, offset)]
    return wrap({"uploadID": up.upload_id, key: items or None})  # WB: null past the end


@handler("prices.get_products_with_prices")
def get_products_with_prices(ctx: Ctx) -> Any:
    store = ctx.store(PricesStore)
    store.settle()
    limit, offset = limit_offset(ctx)
    nm_id = ctx.arg("filterNmID", None, int)
    goods: Iterator[Good] | list[Good]
    if nm_id is not None:
        found = store._goods.get(nm_id)
        goods = [found] if found else []
    else:
        goods = iter(store._goods.values())
    # WB sends null, not [], for an empty page (issue 11)
    return _envelope({"listGoods": [_good_json(g) for g in page(goods, limit, offset)] or None})


@handler("prices.get_product_sizes_with_prices")
def get_product_sizes_with_prices(ctx: Ctx) -> Any:
    store = ctx.store(PricesStore)
    store.settle()
    limit, offset = limit_offset(ctx)
    good = store._goods.get(int(ctx.arg("nmID", 0, int)))
    # sizes are listed only for goods with size pricing (editableSizePrice), as the docs say
    if good is None or not good.editable_size_price:
        return _envelope({"listGoods": None})  # WB sends null, not [] (issue 11)
    return _envelope(
        {"listGoods": [_goods_size_json(good, s) for s in page(good.sizes, limit, offset)] or None}
    )


@handler("prices.get_products_in_quarantine")
def get_products_in_quarantine(ctx: Ctx) -> Any:
    store = ctx.store(PricesStore)
    store.settle()
    limit, offset = limit_offset(ctx)
    return _envelope(
        {"quarantineGoods": [_quarantine_json(e) for e in page(store._quarantine.values(), limit, offset)]}
    )


# --- wholesale (B2B) discounts and goods by nmIDs (WB's additions of 2026) ---------------------------
@handler("prices.set_b2b_wholesale_discounts")
def set_b2b_wholesale_discounts(ctx: Ctx) -> Any:
    """An upload like the others (buffer, then history; the same upload states), answered with its
    `id` and a result per product: an unknown nmID fails at once and is not in the upload."""
    store = ctx.store(PricesStore)
    store.settle()
    rows = (ctx.json() or {}).get("data") or []
    if not rows:
        raise ApiError(400, "Invalid data format: no goods in the upload")
    items, results = [], []
    for row in rows:
        nm_id = int(row.get("nmId") or 0)
        levels = [
            (int(t.get("level") or 0), int(t.get("minQuantity") or 0), int(t.get("wholesaleDiscount") or 0))
            for t in row.get("wholesaleDiscountThreshold") or []
        ]
        if nm_id not in store._goods:
            error = {"status": 400, "title": "Bad Request", "detail": f"Product with nmID {nm_id} not found"}
            results.append({"nmId": nm_id, "success": False, "error": error})
            continue
        items.append(Item(nm_id, wholesale=levels))
        results.append({"nmId": nm_id, "success": True})
    if not items:
        return {"id": 0, "alreadyExists": False, "results": results}
    recent = store.recent_duplicate(B2B, items)
    if recent is not None:
        return Reply(
            208,
            json={
                "status": 208,
                "title": "Already Reported",
                "detail": "This task already exists",
                "requestId": "",
                "origin": "discounts-prices",
            },
        )
    up = store.submit(B2B, items)
    return {"id": up.upload_id, "alreadyExists": False, "results": results}


@handler("prices.get_products_with_prices_by_nm_ids")
def get_products_with_prices_by_nm_ids(ctx: Ctx) -> Any:
    store = ctx.store(PricesStore)
    store.settle()
    wanted = [int(n) for n in (ctx.json() or {}).get("nmList") or []]
    found = [store._goods[n] for n in dict.fromkeys(wanted) if n in store._goods]
    return _envelope({"listGoods": [_good_json(g) for g in found]})
