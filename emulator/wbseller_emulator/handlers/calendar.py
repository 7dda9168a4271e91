"""Calendar promotions (dp-calendar-api): the promotions of a period, their details, the products
(nomenclatures) that can take part, and uploads of products into a promotion.

An upload is processed asynchronously: `calendar.upload_delay` virtual seconds after it was made it
is applied, and its products show `inAction: true` — at once with `uploadNow: true`, otherwise
once the promotion has started. Auto promotions take no uploads and list no products (422), nor do a
promotion that has ended or an unknown one (422: WB's "promotion completed or does not exist").
Errors are WB's {"errorText": ...} (the spec's CalendarError).

Seed through `emu.state.default.store(CalendarStore)`: `seed_promotions`, `add_promotion`,
`seed_nomenclatures`; inspect with `promotion`, `uploads`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import ApiError
from .base import Ctx, SellerState, handler
from .media import page

DEFAULTS: dict[str, Any] = {
    # virtual seconds between an upload and its products showing inAction=true
    "calendar.upload_delay": 5.0,
}

RANGING_DEFAULT = [
    {"condition": "productsInPromotion", "participationRate": 10, "boost": 7},
    {"condition": "calculateProducts", "participationRate": 20, "boost": 17},
    {"condition": "allProducts", "participationRate": 35, "boost": 30},
]
NAMES = (
    "Распродажа недели",
    "ХИТЫ ГОДА",
    "Скидки выходного дня",
    "Чёрная пятница",
    "Весенний старт",
    "Товары для дома",
    "Детский мир",
    "Новогодняя распродажа",
)


def rfc3339(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Nomenclature:
    id: int
    price: float
    plan_price: float
    discount: int
    plan_discount: int
    stock: int = 10
    in_action: bool = False
    currency: str = "RUB"


@dataclass
class Promotion:
    id: int
    name: str
    start: float
    end: float
    type: str = "regular"  # or "auto"
    available: bool = True  # listed with allPromo=false (while it has not ended)
    description: str = ""
    advantages: list[str] = field(default_factory=lambda: ["Плашка", "Баннер", "Топ выдачи товаров"])
    ranging: list[dict[str, Any]] = field(default_factory=lambda: [dict(r) for r in RANGING_DEFAULT])
    exception_products_count: int = 0
    nomenclatures: dict[int, Nomenclature] = field(default_factory=dict)


@dataclass
class Upload:
    id: int
    promotion_id: int
    nms: tuple[int, ...]
    upload_now: bool
    created: float
    applied: float | None = None  # when its products went in


class CalendarStore:
    """One seller's calendar promotions, their nomenclatures and uploads."""

    def __init__(self, seller: SellerState) -> None:
        self._seller = seller
        self.promotions: dict[int, Promotion] = {}
        self.uploads_by_id: dict[int, Upload] = {}
        self._next_id = 1001
        self._next_upload = 1

    # --- seeding and inspection --------------------------------------------------------------
    def add_promotion(
        self,
        name: str,
        start: float,
        end: float,
        *,
        type: str = "regular",
        available: bool = True,
        description: str | None = None,
        exception_products_count: int = 0,
    ) -> int:
        """Add a promotion running [start, end] (Unix times). Returns its ID."""
        pid = self._next_id
        self._next_id += 1
        self.promotions[pid] = Promotion(
            pid,
            name,
            start,
            end,
            type,
            available,
            description or f"Акция «{name}»: товары участников получают плашку и место в подборках.",
            exception_products_count=exception_products_count,
        )
        return pid

    def seed_promotions(self, n: int, *, days: float = 7.0, auto_every: int = 4) -> list[int]:
        """Add `n` promotions of `days` days each, starting every `days / 2` days from a third of
        the way in the past (so some are over, some running, some ahead); every `auto_every`-th
        is an auto promotion. Returns their IDs."""
        now = self._seller.now()
        span = days * 86400.0
        out = []
        for i in range(n):
            start = now + (i - n // 3) * span / 2
            kind = "auto" if auto_every and i % auto_every == auto_every - 1 else "regular"
            out.append(
                self.add_promotion(
                    NAMES[i % len(NAMES)],
                    start,
                    start + span,
                    type=kind,
                    exception_products_count=3 if kind == "auto" else 0,
                )
            )
        return out

    def seed_nomenclatures(
        self, promotion_id: int, n: int = 0, *, nms: list[int] | None = None, in_action: bool = False
    ) -> list[int]:
        """Make products suitable for a promotion: the given `nms`, or `n` generated ones.
        Prices and discounts are deterministic per product. Returns the nmIDs."""
        promo = self.promotions[promotion_id]
        rng = random.Random(promotion_id)
        ids = nms if nms is not None else [162_000_000 + promotion_id * 10_000 + i for i in range(n)]
        for nm in ids:
            price = float(rng.randrange(500, 10_000, 50))
            discount = rng.randint(0, 30)
            plan_discount = min(90, discount + rng.randint(5, 30))
            promo.nomenclatures[nm] = Nomenclature(
                nm,
                price,
                round(price * (100 - plan_discount) / (100 - discount), 2),
                discount,
                plan_discount,
                stock=rng.choice([0, 3, 10, 50]),
                in_action=in_action,
            )
        return list(ids)

    def promotion(self, promotion_id: int) -> Promotion | None:
        """A promotion with its nomenclatures (uploads due by now applied)."""
        self.settle()
        return self.promotions.get(promotion_id)

    def uploads(self) -> list[Upload]:
        """All uploads, oldest first."""
        self.settle()
        return list(self.uploads_by_id.values())

    # --- the model ---------------------------------------------------------------------------
    def settle(self) -> None:
        """Apply the uploads that are processed and whose promotion allows it."""
        now = self._seller.now()
        delay = float(self._seller.setting("calendar.upload_delay", DEFAULTS["calendar.upload_delay"]))
        for up in self.uploads_by_id.values():
            promo = self.promotions.get(up.promotion_id)
            if up.applied is not None or promo is None:
                continue
            due = up.created + delay if up.upload_now else max(up.created + delay, promo.start)
            if due <= now:
                up.applied = due
                for nm in up.nms:
                    promo.nomenclatures[nm].in_action = True

    def upload(self, promo: Promotion, nms: tuple[int, ...], upload_now: bool) -> tuple[Upload, bool]:
        """A new upload, or the identical one still being processed (alreadyExists)."""
        for up in self.uploads_by_id.values():
            if (
                up.applied is None
                and up.promotion_id == promo.id
                and set(up.nms) == set(nms)
                and up.upload_now == upload_now
            ):
                return up, True
        up = Upload(self._next_upload, promo.id, nms, upload_now, self._seller.now())
        self._next_upload += 1
        self.uploads_by_id[up.id] = up
        return up, False


# --- handlers -----------------------------------------------------------------------------------
def _store(ctx: Ctx) -> CalendarStore:
    st = ctx.store(CalendarStore)
    st.settle()
    return st


def _flag(ctx: Ctx, name: str) -> bool:
    """A required boolean query parameter (the request validator lets a missing one through
    because the spec gives it a default)."""
    if name not in ctx.query:
        raise ApiError(400, f"query parameter {name} is required")
    return str(ctx.arg(name)).lower() == "true"


def _time(ctx: Ctx, name: str) -> float:
    raw = ctx.arg(name)
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).timestamp()
    except ValueError as e:
        raise ApiError(400, f"invalid {name}: {raw!r} is not RFC 3339") from e


def _listed(p: Promotion) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "startDateTime": rfc3339(p.start),
        "endDateTime": rfc3339(p.end),
        "type": p.type,
    }


@handler("calendar.promotions_list")
def promotions_list(ctx: Ctx) -> Any:
    """Promotions overlapping the period; allPromo=false keeps those available for participation."""
    st = _store(ctx)
    start, end = _time(ctx, "startDateTime"), _time(ctx, "endDateTime")
    if start > end:
        raise ApiError(400, "startDateTime is after endDateTime")
    every = _flag(ctx, "allPromo")
    now = ctx.now()
    found = [
        p
        for p in sorted(st.promotions.values(), key=lambda p: (p.start, p.id))
        if p.start <= end and p.end >= start and (every or (p.available and p.end > now))
    ]
    found = page(found, ctx.arg("limit", cast=int), ctx.arg("offset", cast=int))
    return {"data": {"promotions": [_listed(p) for p in found]}}


def _details(p: Promotion) -> dict[str, Any]:
    noms = p.nomenclatures.values()
    inside = [n for n in noms if n.in_action]
    outside = [n for n in noms if not n.in_action]
    return {
        **_listed(p),
        "description": p.description,
        "advantages": list(p.advantages),
        "inPromoActionLeftovers": sum(1 for n in inside if n.stock > 0),
        "inPromoActionTotal": len(inside),
        "notInPromoActionLeftovers": sum(1 for n in outside if n.stock > 0),
        "notInPromoActionTotal": len(outside),
        "participationPercentage": round(100 * len(inside) / len(noms)) if noms else 0,
        "exceptionProductsCount": p.exception_products_count,
        "ranging": [dict(r) for r in p.ranging],
    }


@handler("calendar.promotions_details")
def promotions_details(ctx: Ctx) -> Any:
    """Unknown IDs are left out."""
    st = _store(ctx)
    ids = list(dict.fromkeys(ctx.args("promotionIDs", int)))
    return {"data": {"promotions": [_details(st.promotions[i]) for i in ids if i in st.promotions]}}


def _regular(st: CalendarStore, promotion_id: Any) -> Promotion:
    promo = st.promotions.get(promotion_id)
    if promo is None:
        # WB's reference: 422 "promotion completed, or no promotion with this ID"
        raise ApiError(422, f"promotion {promotion_id} not found")
    if promo.type == "auto":
        raise ApiError(422, f"promotion {promotion_id} is an auto promotion: not applicable")
    return promo


@handler("calendar.list_of_products_for_participating_in_the_promotion")
def promotion_nomenclatures(ctx: Ctx) -> Any:
    st = _store(ctx)
    promo = _regular(st, ctx.arg("promotionID", cast=int))
    in_action = _flag(ctx, "inAction")
    found = [n for _, n in sorted(promo.nomenclatures.items()) if n.in_action == in_action]
    found = page(found, ctx.arg("limit", cast=int), ctx.arg("offset", cast=int))
    return {
        "data": {
            "nomenclatures": [
                {
                    "id": n.id,
                    "inAction": n.in_action,
                    "price": n.price,
                    "currencyCode": n.currency,
                    "planPrice": n.plan_price,
                    "discount": n.discount,
                    "planDiscount": n.plan_discount,
                }
                for n in found
            ]
        }
    }


@handler("calendar.add_product_to_the_promotion")
def add_product_to_the_promotion(ctx: Ctx) -> Any:
    st = _store(ctx)
    # WB's reference requires none of these fields: a missing one is WB's refusal of its value
    data = (ctx.json() or {}).get("data") or {}
    promo = _regular(st, data.get("promotionID"))
    if promo.end <= ctx.now():
        raise ApiError(422, f"promotion {promo.id} has ended")
    nms = tuple(dict.fromkeys(data.get("nomenclatures") or ()))
    if not nms:
        raise ApiError(400, "nomenclatures is empty")
    unsuitable = [nm for nm in nms if nm not in promo.nomenclatures]
    if unsuitable:
        raise ApiError(400, f"nomenclatures {unsuitable} are not suitable for promotion {promo.id}")
    up, exists = st.upload(promo, nms, bool(data.get("uploadNow", False)))
    return {"data": {"alreadyExists": exists, "uploadID": up.id}}
