# ruff: noqa: RUF001 (Russian texts as WB prints them)
"""Promotion (advert-api): campaigns with standard bid (type 8) and custom bid (type 9), their status
machine, bids and placements, search phrases, product cards, and finances (balance, budgets,
top-ups, costs).

Status machine (promotion.txt): 4 ready to launch, 9 active, 11 paused, 7 finished, 8 declined
(seeding only), -1 being deleted.

    start  4 | 11 -> 9     (needs product cards and a budget)
    pause  9      -> 11
    stop   4 | 9 | 11 -> 7
    delete 4      -> -1, gone after `promotion.delete_delay`

Money: the seller's wallet has three sources (BalanceResponse): `net` (the account, "Счет",
top-up type 0), `balance` (sales netting, "Баланс", type 1) and `bonus` ("Бонусы", type 3). A
budget top-up moves money from one source into a campaign budget (cash <- net, netting <-
balance, bonus stays in the total) and is recorded in the costs history (/adv/v1/upd).

Seed through `emu.state.default.store(PromotionStore)`: `add_product`/`seed_products`,
`add_campaign`/`seed_campaigns`, `set_balance`, `add_payment`, `set_config`, `set_category`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..errors import ApiError
from .base import Ctx, Reply, SellerState, handler

DEFAULTS: dict[str, Any] = {
    # virtual seconds before a start/pause/stop becomes visible (WB applies status changes every
    # minute; 0 = at once). Until then the old status shows, but further changes are checked
    # against the requested one ("the latest changes are saved within the intervals").
    "promotion.status_delay": 0.0,
    # virtual seconds a deleted campaign stays in status -1 before it disappears (WB: 3 to 10 min)
    "promotion.delete_delay": 180.0,
}

READY, ACTIVE, PAUSED, FINISHED, DECLINED, DELETING = 4, 9, 11, 7, 8, -1
STATUSES = (DELETING, READY, FINISHED, DECLINED, ACTIVE, PAUSED)
STANDARD, CUSTOM = 8, 9  # campaign types; 4-7 are legacy types (seeding only)
EDITABLE = (READY, ACTIVE, PAUSED)  # statuses where bids, placements and cards may change
PLACEMENTS = ("search", "recommendations")
# a custom bid's placement: one of PLACEMENTS, or "combined" (WB's current reference, issue 11),
# the same bid for both
BID_PLACEMENTS: dict[str, tuple[str, ...]] = {
    "search": ("search",),
    "recommendations": ("recommendations",),
    "combined": PLACEMENTS,
}
MSK = timezone(timedelta(hours=3))
FAR_FUTURE = "2100-01-01T00:00:00+03:00"  # WB's end time of a campaign that has not ended

# top-up source type -> (wallet field, budget part, payment type text in the costs history)
SOURCES: dict[int, tuple[str, str, str]] = {
    0: ("net", "cash", "Счет"),
    1: ("balance", "netting", "Баланс"),
    3: ("bonus", "bonus", "Бонусы"),
}

CONFIG_DEFAULTS: list[tuple[str, str, int]] = [
    ("budget_min", "Минимальный бюджет кампании", 1000),
    ("api_fullstat_day_depth", "Максимальный период в днях, за который можно получить статистику", 31),
    ("cpm_min_booster", "Минимальная ставка CPM для кампаний с ручной ставкой", 100),
    ("cpm_min_search_catalog", "Минимальная ставка CPM для кампаний с единой ставкой", 150),
    ("max_nm_count", "Максимальное количество товаров для кампаний с ручной ставкой", 50),
    ("max_auto_nms", "Максимальное количество товаров для кампаний с единой ставкой", 100),
]
# category id -> (name, minimum CPM bid)
CATEGORY_DEFAULTS: dict[int, tuple[str, int]] = {
    760: ("Автомобильные товары", 112),
    306: ("Одежда", 125),
    479: ("Электроника", 200),
    543: ("Дом", 110),
    9: ("Спорт", 130),
}
# subject id -> (name, category id)
SUBJECT_DEFAULTS: dict[int, tuple[str, int]] = {
    69: ("Платья", 306),
    2170: ("Футболки", 306),
    6945: ("Бельё", 306),
    342: ("Обложки", 760),
    2560: ("3D очки", 479),
    515: ("Наушники", 479),
    765: ("Пледы", 543),
    270: ("Парашюты", 9),
}


def iso(ts: float) -> str:
    """A Unix time as WB prints it: Moscow time with microseconds and offset."""
    return datetime.fromtimestamp(ts, MSK).isoformat()


def msk_date(ts: float) -> date:
    return datetime.fromtimestamp(ts, MSK).date()


@dataclass
class Product:
    nm: int
    title: str
    subject_id: int


@dataclass
class Campaign:
    advert_id: int
    type: int
    name: str
    status: int
    created: float
    changed: float
    subject_id: int | None = None  # standard bid campaigns are made for one subject
    nms: list[int] = field(default_factory=list)
    bids: dict[int, dict[str, int]] = field(default_factory=dict)  # nm -> placement -> bid
    placements: dict[str, bool] = field(default_factory=lambda: {"search": True, "recommendations": True})
    payment_type: str = "cpm"
    bid_type: str = "manual"  # custom bid campaigns: "manual" (per placement) or "unified"
    budget: dict[str, int] = field(default_factory=lambda: {"cash": 0, "netting": 0, "bonus": 0})
    started: float | None = None
    ended: float | None = None
    deleted: float | None = None
    pending: tuple[int, float] | None = None  # (status, when it shows) under promotion.status_delay
    fixed_active: bool = False
    plus_phrases: list[str] = field(default_factory=list)
    minus_phrase: list[str] = field(default_factory=list)  # phrase match (search/set-phrase)
    minus_strong: list[str] = field(default_factory=list)  # exact match (search/set-strong)
    minus_search: list[str] = field(default_factory=list)  # search (search/set-excluded)
    minus_auto: list[str] = field(default_factory=list)  # standard bid (auto/set-excluded)

    @property
    def target(self) -> int:
        """The status the campaign is heading to (the latest accepted change)."""
        return self.pending[0] if self.pending else self.status

    @property
    def total(self) -> int:
        return sum(self.budget.values())


@dataclass
class Cost:
    """A write-off into a campaign budget (one row of /adv/v1/upd)."""

    at: float
    sum: int
    advert_id: int
    camp_name: str
    advert_type: int
    payment_type: str
    advert_status: int
    upd_num: int = 0
    final: bool = True  # False: updTime is null (document not issued yet)


@dataclass
class Payment:
    """A top-up of the promotion account (one row of /adv/v1/payments)."""

    id: int
    at: float
    sum: int
    type: int = 0
    status_id: int = 1
    card_status: str = ""


class PromotionStore:
    """One seller's campaigns, product cards available for campaigns, wallet and histories."""

    def __init__(self, seller: SellerState) -> None:
        self._seller = seller
        self.campaigns: dict[int, Campaign] = {}
        self.products: dict[int, Product] = {}
        self.subjects: dict[int, tuple[str, int]] = dict(SUBJECT_DEFAULTS)
        self.categories: dict[int, tuple[str, int]] = dict(CATEGORY_DEFAULTS)
        self.config: dict[str, tuple[str, int]] = {n: (d, v) for n, d, v in CONFIG_DEFAULTS}
        self.wallet: dict[str, int] = {"balance": 0, "net": 0, "bonus": 0}
        self.cashbacks: list[dict[str, Any]] = []
        self.costs: list[Cost] = []
        self.payments: list[Payment] = []
        self._timed: set[int] = set()  # campaigns with a pending status change or being deleted
        self._next_id = 20_000_001
        self._next_nm = 300_000_001
        self._next_payment = 1_000_001

    # --- seeding and inspection --------------------------------------------------------------
    def set_balance(
        self, balance: int = 0, net: int = 0, bonus: int = 0, cashbacks: list[dict[str, Any]] | None = None
    ) -> None:
        """Set the wallet: `balance` (netting), `net` (account) and `bonus`; `cashbacks` as the
        balance lists them ({sum, percent, expiration_date}: promotion-finances-cashbacks)."""
        self.wallet = {"balance": balance, "net": net, "bonus": bonus}
        self.cashbacks = list(cashbacks or [])

    def balance(self) -> dict[str, Any]:
        """The wallet as /adv/v1/balance shows it, with the currency and cashbacks WB sends today."""
        return {**self.wallet, "currency": "RUB", "cashbacks": [dict(c) for c in self.cashbacks]}

    def set_config(self, name: str, value: int, description: str | None = None) -> None:
        """Set a configuration value (budget_min, cpm_min_booster, cpm_min_search_catalog,
        max_nm_count, max_auto_nms, api_fullstat_day_depth, …)."""
        old = self.config.get(name, (name, 0))
        self.config[name] = (description or old[0], value)

    def conf(self, name: str) -> int:
        return self.config[name][1]

    def set_category(self, category_id: int, name: str, cpm_min: int) -> None:
        """Add or change a category and its minimum CPM bid."""
        self.categories[category_id] = (name, cpm_min)

    def add_subject(self, subject_id: int, name: str, category_id: int) -> None:
        """Add a subject (its minimum bid comes from its category)."""
        self.subjects[subject_id] = (name, category_id)

    def add_product(self, nm: int, subject_id: int = 69, title: str | None = None) -> Product:
        """Add a product card available for campaigns."""
        if subject_id not in self.subjects:
            self.subjects[subject_id] = (f"Предмет {subject_id}", next(iter(self.categories)))
        p = self.products[nm] = Product(nm, title or f"{self.subjects[subject_id][0]} {nm}", subject_id)
        return p

    def seed_products(self, n: int, subject_ids: list[int] | None = None) -> list[int]:
        """Add `n` product cards, spread round-robin over the subjects; returns their nmIDs."""
        subjects = subject_ids or list(SUBJECT_DEFAULTS)
        out = []
        for i in range(n):
            nm = self._new_nm()
            self.add_product(nm, subjects[i % len(subjects)])
            out.append(nm)
        return out

    def add_campaign(
        self,
        *,
        type: int = STANDARD,
        status: int = READY,
        name: str | None = None,
        nms: list[int] | None = None,
        subject_id: int | None = None,
        budget: int = 0,
        bid: int | None = None,
        payment_type: str = "cpm",
        created: float | None = None,
    ) -> int:
        """Add a campaign directly in any status (8 declined and legacy types 4-7 only this way).
        Missing product cards are created (two, in `subject_id`); `budget` goes to the cash part.
        Returns the advertId."""
        now = self._seller.now()
        created = now if created is None else created
        if nms is None:
            sid = subject_id or 69
            nms = [self.add_product(self._new_nm(), sid).nm for _ in range(2)]
        for nm in nms:
            if nm not in self.products:
                self.add_product(nm, subject_id or 69)
        if subject_id is None and nms:
            subject_id = self.products[nms[0]].subject_id
        advert_id = self._new_id()
        c = Campaign(
            advert_id,
            type,
            name or f"Кампания {advert_id}",
            status,
            created,
            created,
            subject_id=subject_id,
            payment_type=payment_type,
        )
        c.budget["cash"] = budget
        self.campaigns[advert_id] = c
        self.add_nms(c, nms, bid)
        if status in (ACTIVE, PAUSED, FINISHED):
            c.started = created
        if status == FINISHED:
            c.ended = created
        if status == DELETING:
            c.deleted = now
            self._timed.add(advert_id)
        return advert_id

    def seed_campaigns(
        self,
        n: int,
        *,
        types: tuple[int, ...] = (STANDARD, CUSTOM),
        statuses: tuple[int, ...] = (READY, ACTIVE, PAUSED, FINISHED),
        budget: int = 0,
    ) -> list[int]:
        """Add `n` campaigns cycling through types and statuses (created an hour apart, the
        oldest first), each with two new product cards. Returns the advertIds."""
        now = self._seller.now()
        subjects = list(SUBJECT_DEFAULTS)
        out = []
        for i in range(n):
            out.append(
                self.add_campaign(
                    type=types[i % len(types)],
                    status=statuses[(i // len(types)) % len(statuses)],
                    subject_id=subjects[i % len(subjects)],
                    budget=budget,
                    created=now - (n - i) * 3600.0,
                )
            )
        return out

    def campaign(self, advert_id: int) -> Campaign | None:
        """A campaign by ID (None when unknown or fully deleted)."""
        self.settle()
        return self.campaigns.get(advert_id)

    def phrases(self, advert_id: int) -> dict[str, Any]:
        """A campaign's fixed phrases, their activity and its minus-phrases, by kind."""
        c = self.campaigns[advert_id]
        return {
            "fixed": c.plus_phrases,
            "fixed_active": c.fixed_active,
            "phrase": c.minus_phrase,
            "strong": c.minus_strong,
            "excluded": c.minus_search,
            "auto_excluded": c.minus_auto,
        }

    def add_payment(
        self, sum: int, *, type: int = 0, at: float | None = None, card_status: str = "", credit: bool = True
    ) -> int:
        """Record a top-up of the promotion account (credited to `net` unless credit=False)."""
        pid = self._next_payment
        self._next_payment += 1
        self.payments.append(
            Payment(pid, self._seller.now() if at is None else at, sum, type, card_status=card_status)
        )
        if credit:
            self.wallet["net"] += sum
        return pid

    def add_cost(
        self, advert_id: int, sum: int, *, at: float | None = None, source: int = 1, final: bool = True
    ) -> None:
        """Record a write-off into a campaign budget in the costs history (no money moves)."""
        c = self.campaigns[advert_id]
        self.costs.append(
            Cost(
                self._seller.now() if at is None else at,
                sum,
                advert_id,
                c.name,
                c.type,
                SOURCES[source][2],
                c.status,
                final=final,
            )
        )

    def spend(self, advert_id: int, amount: int) -> int:
        """Spend from a campaign budget (cash, then netting, then bonus); an active campaign whose
        budget runs out is paused (11). Returns the budget left."""
        c = self.campaigns[advert_id]
        for part in ("cash", "netting", "bonus"):
            take = min(amount, c.budget[part])
            c.budget[part] -= take
            amount -= take
        if c.total == 0 and c.status == ACTIVE:
            self.move(c, PAUSED, 0.0)
        return c.total

    # --- the model ---------------------------------------------------------------------------
    def settle(self) -> None:
        """Apply status changes whose time has come and drop campaigns whose deletion is done."""
        now = self._seller.now()
        delay_key = "promotion.delete_delay"
        delete_delay = float(self._seller.setting(delay_key, DEFAULTS[delay_key]))
        for advert_id in list(self._timed):  # only campaigns waiting for something: seeding may be big
            c = self.campaigns.get(advert_id)
            if c is not None and c.pending and c.pending[1] <= now:
                status, at = c.pending
                c.pending = None
                self._apply(c, status, at)
            if c is not None and c.status == DELETING and (c.deleted or now) + delete_delay <= now:
                del self.campaigns[advert_id]
            if c is None or advert_id not in self.campaigns or (c.pending is None and c.status != DELETING):
                self._timed.discard(advert_id)

    def move(self, c: Campaign, status: int, delay: float | None = None) -> None:
        """Change a campaign's status, now or after the status delay."""
        now = self._seller.now()
        if delay is None:
            delay = float(self._seller.setting("promotion.status_delay", DEFAULTS["promotion.status_delay"]))
        if delay <= 0 or status == DELETING:
            c.pending = None
            self._apply(c, status, now)
        elif status == c.status:
            c.pending = None  # back to where it is: nothing left to apply
        else:
            c.pending = (status, now + delay)
        if c.pending or c.status == DELETING:
            self._timed.add(c.advert_id)

    @staticmethod
    def _apply(c: Campaign, status: int, at: float) -> None:
        c.status, c.changed = status, at
        if status == ACTIVE:
            c.started = at
        elif status == FINISHED:
            c.ended = at
        elif status == DELETING:
            c.deleted = at

    def min_bid(self, campaign_type: int, nm: int) -> int:
        """The minimum bid of a product card in a campaign of a type: the larger of its category's
        minimum and the configuration minimum of the type (custom bid: cpm_min_booster, else
        cpm_min_search_catalog)."""
        base = self.conf("cpm_min_booster" if campaign_type == CUSTOM else "cpm_min_search_catalog")
        product = self.products.get(nm)
        subject = self.subjects.get(product.subject_id) if product else None
        category = self.categories.get(subject[1]) if subject else None
        return max(base, category[1]) if category else base

    def add_nms(self, c: Campaign, nms: list[int], bid: int | None = None) -> list[int]:
        """Add cards to a campaign with `bid` raised to their minimum (every placement); returns
        the cards actually added (not there before)."""
        added = []
        for nm in nms:
            if nm in c.bids:
                continue
            c.nms.append(nm)
            value = max(bid or 0, self.min_bid(c.type, nm))
            c.bids[nm] = dict.fromkeys(PLACEMENTS, value)
            added.append(nm)
        return added

    def remove_nms(self, c: Campaign, nms: list[int]) -> list[int]:
        """Remove cards from a campaign; returns the cards actually removed."""
        gone = [nm for nm in dict.fromkeys(nms) if nm in c.bids]
        for nm in gone:
            c.nms.remove(nm)
            del c.bids[nm]
        return gone

    def deposit(self, c: Campaign, amount: int, source: int) -> None:
        """Move money from a wallet source (0 net, 1 balance, 3 bonus) into a campaign budget and
        record it in the costs history (no checks: the handlers check)."""
        wallet_field, part, text = SOURCES[source]
        self.wallet[wallet_field] -= amount
        c.budget[part] += amount
        self.costs.append(Cost(self._seller.now(), amount, c.advert_id, c.name, c.type, text, c.status))

    def new_campaign(
        self, type: int, name: str, subject_id: int | None, payment_type: str = "cpm"
    ) -> Campaign:
        """A new campaign in status 4 (ready to launch), without cards."""
        now = self._seller.now()
        c = Campaign(
            self._new_id(), type, name, READY, now, now, subject_id=subject_id, payment_type=payment_type
        )
        self.campaigns[c.advert_id] = c
        return c

    def _new_id(self) -> int:
        advert_id = self._next_id
        self._next_id += 1
        return advert_id

    def _new_nm(self) -> int:
        while self._next_nm in self.products:
            self._next_nm += 1
        nm = self._next_nm
        self._next_nm += 1
        return nm


# --- helpers ------------------------------------------------------------------------------------
def _store(ctx: Ctx) -> PromotionStore:
    st = ctx.store(PromotionStore)
    st.settle()
    return st


def _ok() -> Reply:
    return Reply(200, no_body=True)


def _invalid(errors: list[tuple[str, str]]) -> ApiError:
    """400 in the problem style of /adv/v0/bids and /adv/v0/auction/* (per-field errors)."""
    return ApiError(
        400,
        errors[0][1],
        title="invalid payload",
        extra={
            "fields": {
                "type": "Bad Request",
                "request_id": uuid.uuid4().hex,
                "errors": [{"detail": d, "field": f} for f, d in errors],
            }
        },
    )


def _body(ctx: Ctx) -> dict[str, Any]:
    body = ctx.json()
    return body if isinstance(body, dict) else {}


def _campaign_id(ctx: Ctx) -> int:
    return int(ctx.arg("id", cast=int))


def _managed(ctx: Ctx) -> tuple[PromotionStore, Campaign]:
    """The campaign of start/pause/stop: unknown -> 400 with WB's text."""
    st = _store(ctx)
    c = st.campaigns.get(_campaign_id(ctx))
    if c is None:
        raise ApiError(400, "Incorrect campaign identifier (RC ID)")
    return st, c


def _status_refused(c: Campaign, action: str, allowed: tuple[int, ...]) -> ApiError:
    wanted = ", ".join(str(s) for s in allowed)
    return ApiError(
        422, f"campaign {c.advert_id} is in status {c.target}: it can be {action} only in status {wanted}"
    )


# --- campaigns ----------------------------------------------------------------------------------
@handler("promotion.campaigns_lists")
def campaigns_lists(ctx: Ctx) -> Any:
    st = _store(ctx)
    groups: dict[tuple[int, int], list[Campaign]] = {}
    for c in st.campaigns.values():
        groups.setdefault((c.type, c.status), []).append(c)
    adverts = [
        {
            "type": t,
            "status": s,
            "count": len(cs),
            "advert_list": [{"advertId": c.advert_id, "changeTime": iso(c.changed)} for c in cs],
        }
        for (t, s), cs in sorted(groups.items())
    ]
    return {"adverts": adverts, "all": len(st.campaigns)}


def _campaign_info(st: PromotionStore, c: Campaign) -> dict[str, Any]:
    out: dict[str, Any] = {
        "endTime": iso(c.ended) if c.ended is not None else FAR_FUTURE,
        "createTime": iso(c.created),
        "changeTime": iso(c.changed),
        "startTime": iso(c.started if c.started is not None else c.created),
        "name": c.name,
        "dailyBudget": 0,
        "advertId": c.advert_id,
        "status": c.status,
        "type": c.type,
        "paymentType": c.payment_type,
    }
    if c.type == STANDARD:
        subject = st.subjects.get(c.subject_id or 0, ("", 0))
        out["autoParams"] = {
            "subject": {"name": subject[0], "id": c.subject_id or 0},
            "sets": [],
            "nms": list(c.nms),
            "active": {
                "carousel": False,
                "recom": c.placements["recommendations"],
                "booster": c.placements["search"],
            },
            "nmCPM": [{"nm": nm, "cpm": c.bids[nm]["search"]} for nm in c.nms],
        }
    return out


SORT_KEYS = {"create": "created", "change": "changed", "id": "advert_id"}


@handler("promotion.campaigns_information")
def campaigns_information(ctx: Ctx) -> Any:
    """By IDs (body) and/or the status/type filters; campaigns with custom bid have their own method."""
    st = _store(ctx)
    ids = ctx.json() or []
    status, kind = ctx.arg("status", cast=int), ctx.arg("type", cast=int)
    found = [
        c
        for c in st.campaigns.values()
        if c.type != CUSTOM
        and (not ids or c.advert_id in ids)
        and (status is None or c.status == status)
        and (kind is None or c.type == kind)
    ]
    if not found:
        return Reply(204, no_body=True)
    attr = SORT_KEYS[ctx.arg("order")]
    found.sort(key=lambda c: (getattr(c, attr), c.advert_id), reverse=ctx.arg("direction", "desc") == "desc")
    return [_campaign_info(st, c) for c in found]


def _auction_info(st: PromotionStore, c: Campaign) -> dict[str, Any]:
    stamps = {"created": iso(c.created), "updated": iso(c.changed)}
    if c.started is not None:
        stamps["started"] = iso(c.started)
    if c.deleted is not None or c.ended is not None:
        stamps["deleted"] = iso(c.deleted if c.deleted is not None else c.ended or 0.0)
    nm_settings = []
    for nm in c.nms:
        sid = st.products[nm].subject_id if nm in st.products else 0
        nm_settings.append(
            {
                "bids": {"recommendations": c.bids[nm]["recommendations"], "search": c.bids[nm]["search"]},
                "subject": {"id": sid, "name": st.subjects.get(sid, ("", 0))[0]},
                "nm_id": nm,
            }
        )
    return {
        "id": c.advert_id,
        "nm_settings": nm_settings,
        "settings": {"name": c.name, "payment_type": c.payment_type, "placements": dict(c.placements)},
        "status": c.status,
        "timestamps": stamps,
    }


@handler("promotion.custom_bid_campaigns_information")
def custom_bid_campaigns_information(ctx: Ctx) -> Any:
    st = _store(ctx)
    for name in ("ids", "statuses"):  # comma-joined only (auction-adverts-csv)
        if len(ctx.query.get(name, [])) > 1:
            raise _invalid([(name, f"{name} goes comma-joined ({name}=4,9), not as repeated keys")])
    ids = set(ctx.args("ids", int))
    statuses = set(ctx.args("statuses", int))
    unknown = sorted(statuses - set(STATUSES))
    if unknown:
        raise _invalid([("statuses", f"unknown campaign status {s}") for s in unknown])
    payment_type = ctx.arg("payment_type")
    found = [
        c
        for c in sorted(st.campaigns.values(), key=lambda c: c.advert_id)
        if c.type == CUSTOM
        and (not ids or c.advert_id in ids)
        and (not statuses or c.status in statuses)
        and (payment_type is None or c.payment_type == payment_type)
    ]
    return {"adverts": [_auction_info(st, c) for c in found]}  # an object now (issue 11)


@handler("promotion.promotional_configuration_values")
def promotional_configuration_values(ctx: Ctx) -> Any:
    st = _store(ctx)
    return {
        "categories": [{"id": cid, "name": n, "cpm_min": m} for cid, (n, m) in sorted(st.categories.items())],
        "config": [{"description": d, "name": n, "value": str(v)} for n, (d, v) in st.config.items()],
    }


# --- campaign creation --------------------------------------------------------------------------
def _budget_source(st: PromotionStore, amount: int, source: Any) -> int:
    """Check a top-up (sum and source type) and return the source type; 400 with {"error"}."""
    if source not in SOURCES:
        raise ApiError(
            400, f"invalid top-up source type {source!r}: expected 0 (account), 1 (balance) or 3 (bonuses)"
        )
    if amount < st.conf("budget_min"):
        raise ApiError(400, f"the top-up sum {amount} is below the minimum budget {st.conf('budget_min')}")
    wallet_field = SOURCES[int(source)][0]
    if st.wallet[wallet_field] < amount:
        raise ApiError(
            400, f"insufficient funds: {wallet_field} is {st.wallet[wallet_field]}, the top-up needs {amount}"
        )
    return int(source)


@handler("promotion.creating_campaign_with_standard_bid")
def creating_campaign_with_standard_bid(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _body(ctx)
    if body.get("type", STANDARD) != STANDARD:
        raise ApiError(400, f"invalid campaign type {body.get('type')}: this method creates type 8")
    name = str(body.get("name") or "").strip()
    if not name:
        raise ApiError(400, "campaign name is empty")
    subject_id = body.get("subjectId")
    available = [p.nm for p in st.products.values() if p.subject_id == subject_id]
    if not available:
        raise ApiError(400, f"subject {subject_id} has no product cards available for campaigns")
    nms = list(dict.fromkeys(body.get("nms") or available))
    wrong = sorted(set(nms) - set(available))
    if wrong:
        raise ApiError(400, f"product cards {wrong} are not available for subject {subject_id}")
    if len(nms) > st.conf("max_auto_nms"):
        raise ApiError(400, f"too many product cards: at most {st.conf('max_auto_nms')}")
    amount = int(body.get("sum") or 0)
    source = _budget_source(st, amount, body.get("btype", 1)) if amount else None
    cpm = body.get("cpm")
    low = [nm for nm in nms if cpm is not None and cpm < st.min_bid(STANDARD, nm)]
    if low:
        raise ApiError(
            422, f"bid {cpm} is below the minimum {st.min_bid(STANDARD, low[0])} for product card {low[0]}"
        )
    c = st.new_campaign(STANDARD, name, subject_id)
    st.add_nms(c, nms, cpm)
    if source is not None:
        st.deposit(c, amount, source)
    if body.get("on_pause") is False and c.total > 0:
        st.move(c, ACTIVE)  # created running
    return str(c.advert_id)


@handler("promotion.create_campaign_with_custom_bid")
def create_campaign_with_custom_bid(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _body(ctx)
    name = str(body.get("name") or "").strip()  # `name` since WB's change; campaignName is gone
    if not name:
        raise ApiError(400, "name is empty")
    nms = list(dict.fromkeys(body.get("nms") or []))
    if not nms or not any(nm in st.products for nm in nms):
        raise ApiError(
            400, "Нет доступных категорий для рк. Создайте новую кампанию для попадания в текущие категории"
        )
    wrong = [nm for nm in nms if nm not in st.products]
    if wrong:
        raise ApiError(400, f"product cards {wrong} are not available for campaigns")
    c = st.new_campaign(CUSTOM, name, None, payment_type=str(body.get("payment_type") or "cpm"))
    if body.get("placement_types"):
        c.placements = {p: p in body["placement_types"] for p in PLACEMENTS}
    c.bid_type = str(body.get("bid_type") or "manual")
    st.add_nms(c, nms)
    return Reply(200, content=str(c.advert_id).encode(), media_type="text/plain; charset=utf-8")


@handler("promotion.subjects_for_campaigns")
def subjects_for_campaigns(ctx: Ctx) -> Any:
    st = _store(ctx)
    counts: dict[int, int] = {}
    for p in st.products.values():
        counts[p.subject_id] = counts.get(p.subject_id, 0) + 1
    # WB answers null, not [], when there is nothing (issue 11)
    return [{"name": st.subjects[sid][0], "id": sid, "count": n} for sid, n in sorted(counts.items())] or None


@handler("promotion.product_cards_for_campaigns")
def product_cards_for_campaigns(ctx: Ctx) -> Any:
    """Cards of the subjects in the body (all cards when the body is empty)."""
    st = _store(ctx)
    subject_ids = set(ctx.json() or [])
    found = [
        {"title": p.title, "nm": p.nm, "subjectId": p.subject_id}
        for p in sorted(st.products.values(), key=lambda p: p.nm)
        if not subject_ids or p.subject_id in subject_ids
    ]
    return found or None  # WB answers null, not [], when there is nothing (issue 11)


# --- campaign management ------------------------------------------------------------------------
@handler("promotion.delete_campaign")
def delete_campaign(ctx: Ctx) -> Any:
    st = _store(ctx)
    c = st.campaigns.get(_campaign_id(ctx))
    if c is None or c.status == DELETING:
        raise ApiError(400, "Invalid campaign identifier")
    if c.target != READY:
        raise ApiError(
            400, f"campaign {c.advert_id} is in status {c.target}: only a campaign in status 4 can be deleted"
        )
    st.move(c, DELETING)
    return _ok()


@handler("promotion.rename_campaign")
def rename_campaign(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _body(ctx)
    c = st.campaigns.get(body.get("advertId") or 0)
    if c is None:
        raise ApiError(400, "Incorrect campaign identifier (RC ID)")
    name = str(body.get("name") or "").strip()
    if not name:
        raise ApiError(400, "the new name is empty")
    if c.status == DELETING:
        raise ApiError(422, f"campaign {c.advert_id} is being deleted")
    c.name, c.changed = name, ctx.now()
    return _ok()


@handler("promotion.launch_campaign")
def launch_campaign(ctx: Ctx) -> Any:
    st, c = _managed(ctx)
    if c.target not in (READY, PAUSED):
        raise _status_refused(c, "launched", (READY, PAUSED))
    if not c.nms:
        raise ApiError(422, f"campaign {c.advert_id} has no product cards")
    if c.total <= 0:
        raise ApiError(422, f"campaign {c.advert_id} has no budget: top it up first")
    st.move(c, ACTIVE)
    return _ok()


@handler("promotion.pause_campaign")
def pause_campaign(ctx: Ctx) -> Any:
    st, c = _managed(ctx)
    if c.target != ACTIVE:
        raise _status_refused(c, "paused", (ACTIVE,))
    st.move(c, PAUSED)
    return _ok()


@handler("promotion.stop_campaign")
def stop_campaign(ctx: Ctx) -> Any:
    st, c = _managed(ctx)
    if c.target not in (READY, ACTIVE, PAUSED):
        raise _status_refused(c, "stopped", (ACTIVE, PAUSED, READY))
    st.move(c, FINISHED)
    return _ok()


# --- bids ---------------------------------------------------------------------------------------
@handler("promotion.bid_update")
def bid_update(ctx: Ctx) -> Any:
    """Deprecated: `param` is a subject of the campaign's cards; their bids (all placements) change."""
    st = _store(ctx)
    body = _body(ctx)
    c = st.campaigns.get(body["advertId"])
    if c is None:
        raise ApiError(400, "Incorrect campaign identifier (RC ID)")
    if body["type"] != c.type:
        raise ApiError(400, "Incorrect value for parameter `type`")
    nms = [nm for nm in c.nms if nm in st.products and st.products[nm].subject_id == body["param"]]
    if not nms:
        raise ApiError(400, "Incorrect value for parameter `param`")
    if c.target not in EDITABLE:
        raise _status_refused(c, "changed", EDITABLE)
    minimum = max(st.min_bid(c.type, nm) for nm in nms)
    if body["cpm"] < minimum:
        raise ApiError(422, f"bid {body['cpm']} is below the minimum {minimum}")
    for nm in nms:
        c.bids[nm] = dict.fromkeys(PLACEMENTS, body["cpm"])
    c.changed = ctx.now()
    return _ok()


def _editable(
    st: PromotionStore, items: list[dict[str, Any]], types: tuple[int, ...], where: str
) -> tuple[list[Campaign | None], list[tuple[str, str]]]:
    """The campaigns of a batch (by `advert_id`), with per-field errors: repeated, unknown, of
    another type, or in a status that allows no change."""
    seen: set[int] = set()
    out: list[Campaign | None] = []
    errors: list[tuple[str, str]] = []
    for i, item in enumerate(items):
        advert_id = item.get("advert_id")
        c = st.campaigns.get(advert_id or 0)
        path = f".{where}[{i}]"
        if advert_id in seen:
            errors.append((path, f"advert {advert_id} is not unique"))
            c = None
        elif c is None:
            errors.append((path + ".advert_id", f"advert {advert_id} not found"))
        elif c.type not in types:
            errors.append((path + ".advert_id", f"advert {advert_id} has type {c.type}, not {types}"))
            c = None
        elif c.target not in EDITABLE:
            errors.append(
                (
                    path + ".advert_id",
                    f"advert {advert_id} is in status {c.target}: changes are "
                    "allowed in statuses 4, 9 and 11",
                )
            )
            c = None
        seen.add(advert_id or 0)
        out.append(c)
    return out, errors


def _bid_errors(
    st: PromotionStore, c: Campaign, nm_bid: dict[str, Any], path: str, nm_key: str = "nm"
) -> list[tuple[str, str]]:
    nm, bid = nm_bid.get(nm_key), nm_bid.get("bid")
    if nm not in c.bids:
        return [(f"{path}.{nm_key}", f"nm {nm} is not in advert {c.advert_id}")]
    minimum = st.min_bid(c.type, nm)
    if not isinstance(bid, int) or bid < minimum:
        return [(path + ".bid", f"bid {bid} is less than the minimum {minimum} for nm {nm}")]
    return []


@handler("promotion.changing_bids")
def changing_bids(ctx: Ctx) -> Any:
    """Standard bid: the card's CPM; custom bid: the card's bid in every placement. All or nothing."""
    st = _store(ctx)
    items = _body(ctx)["bids"]
    campaigns, errors = _editable(st, items, (STANDARD, CUSTOM), "bids")
    for i, (item, c) in enumerate(zip(items, campaigns, strict=True)):
        for j, nb in enumerate(item.get("nm_bids") or []):
            if c is not None:
                errors += _bid_errors(st, c, nb, f".bids[{i}].nm_bids[{j}]")
    if errors:
        raise _invalid(errors)
    for item, c in zip(items, campaigns, strict=True):
        assert c is not None
        for nb in item.get("nm_bids") or []:
            c.bids[nb["nm"]] = dict.fromkeys(PLACEMENTS, nb["bid"])
        c.changed = ctx.now()
    return None


@handler("promotion.changing_placements_in_campaigns_with_custom_bid")
def changing_placements(ctx: Ctx) -> Any:
    st = _store(ctx)
    items = _body(ctx)["placements"]
    campaigns, errors = _editable(st, items, (CUSTOM,), "placements")
    for i, item in enumerate(items):
        if not isinstance(item.get("placements"), dict):
            errors.append((f".placements[{i}].placements", "placements are required"))
    if errors:
        raise _invalid(errors)
    for item, c in zip(items, campaigns, strict=True):
        assert c is not None
        c.placements.update({k: bool(v) for k, v in item["placements"].items() if k in PLACEMENTS})
        c.changed = ctx.now()
    return None


@handler("promotion.changing_bids_in_campaigns_with_custom_bid")
def changing_bids_custom(ctx: Ctx) -> Any:
    st = _store(ctx)
    items = _body(ctx)["bids"]
    campaigns, errors = _editable(st, items, (CUSTOM,), "bids")
    for i, (item, c) in enumerate(zip(items, campaigns, strict=True)):
        for j, nb in enumerate(item.get("nm_bids") or []):
            path = f".bids[{i}].nm_bids[{j}]"
            if nb.get("placement") not in BID_PLACEMENTS:
                errors.append(
                    (
                        path + ".placement",
                        f"placement {nb.get('placement')!r} is not one of {', '.join(BID_PLACEMENTS)}",
                    )
                )
            elif c is not None:
                errors += _bid_errors(st, c, nb, path, "nm_id")
    if errors:
        raise _invalid(errors)
    out = []
    for item, c in zip(items, campaigns, strict=True):
        assert c is not None
        nm_bids = item.get("nm_bids") or []
        for nb in nm_bids:
            for placement in BID_PLACEMENTS[nb["placement"]]:
                c.bids[nb["nm_id"]][placement] = nb["bid"]
        c.changed = ctx.now()
        out.append(
            {
                "advert_id": c.advert_id,
                "nm_bids": [
                    {"nm_id": nb["nm_id"], "bid": nb["bid"], "placement": nb["placement"]} for nb in nm_bids
                ],
            }
        )
    return {"bids": out}


# --- search phrases -----------------------------------------------------------------------------
# These operations declare no 4xx but 401/429: a request for an unknown campaign or a campaign of
# the wrong type changes nothing and still answers 200 (see the report: the spec lacks a 400).
def _campaign_of(ctx: Ctx, kind: int) -> Campaign | None:
    c = _store(ctx).campaigns.get(_campaign_id(ctx))
    return c if c is not None and c.type == kind and c.status != DELETING else None


def _phrases(ctx: Ctx, key: str) -> list[str]:
    return list(dict.fromkeys(str(p) for p in (_body(ctx).get(key) or [])))


@handler("promotion.managing_the_activity_of_fixed_phrases")
def fixed_phrases_activity(ctx: Ctx) -> Any:
    c = _campaign_of(ctx, CUSTOM)
    if c is not None:
        c.fixed_active = ctx.arg("fixed", "true").lower() == "true"
        c.changed = ctx.now()
    return _ok()


@handler("promotion.setting_deleting_fixed_phrases")
def setting_fixed_phrases(ctx: Ctx) -> Any:
    c = _campaign_of(ctx, CUSTOM)
    phrases = _phrases(ctx, "pluse")
    if c is None:
        return []
    c.plus_phrases = phrases
    if not phrases:
        c.fixed_active = False  # the docs: an empty array also turns fixed phrases off
    c.changed = ctx.now()
    return phrases


def _minus_phrases(ctx: Ctx, kind: int, key: str, attr: str) -> Reply:
    c = _campaign_of(ctx, kind)
    if c is not None:
        setattr(c, attr, _phrases(ctx, key))
        c.changed = ctx.now()
    return _ok()


@handler("promotion.setting_removing_minus_phrases_of_phrase_matching")
def minus_phrase_match(ctx: Ctx) -> Any:
    return _minus_phrases(ctx, CUSTOM, "phrase", "minus_phrase")


@handler("promotion.setting_removing_minus_of_exact_match_phrases")
def minus_exact_match(ctx: Ctx) -> Any:
    return _minus_phrases(ctx, CUSTOM, "strong", "minus_strong")


@handler("promotion.setting_removing_minus_phrases_from_search")
def minus_search(ctx: Ctx) -> Any:
    return _minus_phrases(ctx, CUSTOM, "excluded", "minus_search")


@handler("promotion.setting_removing_minus_phrases_for_campaigns_with_standard_bid")
def minus_standard(ctx: Ctx) -> Any:
    return _minus_phrases(ctx, STANDARD, "excluded", "minus_auto")


# --- product cards ------------------------------------------------------------------------------
def _addable(st: PromotionStore, c: Campaign) -> list[int]:
    """Cards of the campaign's subject that are not in it yet (standard bid campaigns)."""
    return [nm for nm, p in sorted(st.products.items()) if p.subject_id == c.subject_id and nm not in c.bids]


@handler("promotion.list_of_product_cards_for_campaign_with_standard_bid")
def getnmtoadd(ctx: Ctx) -> Any:
    st = _store(ctx)
    c = _campaign_of(ctx, STANDARD)
    return _addable(st, c) if c is not None else []


@handler("promotion.changing_the_list_of_product_cards_in_an_campaign_with_standard_bid")
def updatenm(ctx: Ctx) -> Any:
    """Unavailable cards in `add` are skipped silently (the docs: a 200 with no change means the
    request is wrong); a delete that would leave the campaign without cards is not applied."""
    st = _store(ctx)
    c = st.campaigns.get(_campaign_id(ctx))
    if c is None or c.type != STANDARD or c.status == DELETING:
        raise ApiError(400, "Not found")
    if c.target not in EDITABLE:
        raise ApiError(400, f"campaign {c.advert_id} is in status {c.target}: its cards cannot change")
    body = _body(ctx)
    addable = set(_addable(st, c))
    add = [nm for nm in dict.fromkeys(body.get("add") or []) if nm in addable]
    delete = [nm for nm in dict.fromkeys(body.get("delete") or []) if nm in c.bids]
    if len(c.nms) + len(add) - len(delete) > st.conf("max_auto_nms"):
        raise ApiError(400, f"too many product cards: at most {st.conf('max_auto_nms')}")
    st.add_nms(c, add)
    if len(c.nms) > len(delete):
        st.remove_nms(c, delete)
    c.changed = ctx.now()
    return _ok()


@handler("promotion.changing_the_list_of_product_cards_in_campaigns_with_custom_bid")
def auction_nms(ctx: Ctx) -> Any:
    """Cards that are unknown or already there are skipped; the answer lists the actual changes."""
    st = _store(ctx)
    items = _body(ctx)["nms"]
    campaigns, errors = _editable(st, items, (CUSTOM,), "nms")
    limit = st.conf("max_nm_count")
    for i, (item, c) in enumerate(zip(items, campaigns, strict=True)):
        change = item.get("nms") or {}
        if c is None:
            continue
        after = (set(c.bids) | {nm for nm in change.get("add") or [] if nm in st.products}) - set(
            change.get("delete") or []
        )
        if len(after) > limit:
            errors.append(
                (f".nms[{i}].nms.add", f"advert {c.advert_id} would have {len(after)} cards, at most {limit}")
            )
    if errors:
        raise _invalid(errors)
    out = []
    for item, c in zip(items, campaigns, strict=True):
        assert c is not None
        change = item.get("nms") or {}
        added = st.add_nms(c, [nm for nm in change.get("add") or [] if nm in st.products])
        deleted = st.remove_nms(c, change.get("delete") or [])
        c.changed = ctx.now()
        out.append({"advert_id": c.advert_id, "nms": {"added": added, "deleted": deleted}})
    return {"nms": out}


# --- finances -----------------------------------------------------------------------------------
@handler("promotion.balance")
def balance(ctx: Ctx) -> Any:
    return _store(ctx).balance()


def _budget_campaign(ctx: Ctx) -> tuple[PromotionStore, Campaign]:
    st = _store(ctx)
    c = st.campaigns.get(_campaign_id(ctx))
    if c is None:
        raise ApiError(400, "Invalid campaign identifier")
    return st, c


@handler("promotion.campaign_budget")
def campaign_budget(ctx: Ctx) -> Any:
    _, c = _budget_campaign(ctx)
    return {"cash": c.budget["cash"], "netting": c.budget["netting"], "total": c.total}


@handler("promotion.top_up_of_the_campaign_budget")
def top_up(ctx: Ctx) -> Any:
    st, c = _budget_campaign(ctx)
    if c.target not in EDITABLE:
        raise ApiError(400, f"campaign {c.advert_id} is in status {c.target}: its budget cannot be topped up")
    body = _body(ctx)
    amount = body.get("sum")
    if not isinstance(amount, int) or amount <= 0:
        raise ApiError(400, "sum must be a positive integer")
    st.deposit(c, amount, _budget_source(st, amount, body.get("type", 1)))
    if body.get("return"):  # the cashback fields WB sends today (deposit-cashback); none is spent here
        return {"total": c.total, "cashback_sum": 0, "cashback_percent": 0}
    return _ok()


def _dates(ctx: Ctx) -> tuple[date | None, date | None]:
    try:
        start = date.fromisoformat(ctx.arg("from")) if ctx.arg("from") else None
        end = date.fromisoformat(ctx.arg("to")) if ctx.arg("to") else None
    except ValueError as e:
        raise ApiError(400, f"invalid date: {e}") from e
    if start and end and start > end:
        raise ApiError(400, "`from` is after `to`")
    return start, end


def _within(ts: float, start: date | None, end: date | None) -> bool:
    day = msk_date(ts)
    return (start is None or day >= start) and (end is None or day <= end)


@handler("promotion.receiving_costs_history")
def costs_history(ctx: Ctx) -> Any:
    st = _store(ctx)
    start, end = _dates(ctx)
    out = []
    for k in st.costs:
        if not _within(k.at, start, end):
            continue
        live = st.campaigns.get(k.advert_id)
        out.append(
            {
                "updNum": k.upd_num,
                "updTime": iso(k.at) if k.final else None,
                "updSum": k.sum,
                "advertId": k.advert_id,
                "campName": live.name if live else k.camp_name,
                "advertType": k.advert_type,
                "paymentType": k.payment_type,
                "advertStatus": live.status if live else k.advert_status,
            }
        )
    return out


@handler("promotion.receiving_the_history_of_account_top_ups")
def payments_history(ctx: Ctx) -> Any:
    st = _store(ctx)
    start, end = _dates(ctx)
    out = [
        {
            "id": p.id,
            "date": iso(p.at),
            "sum": p.sum,
            "type": p.type,
            "statusId": p.status_id,
            "cardStatus": p.card_status,
        }
        for p in st.payments
        if _within(p.at, start, end)
    ]
    return out if out else Reply(204, no_body=True)
