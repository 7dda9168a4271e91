# ruff: noqa: RUF001 (Russian texts as WB prints them)
"""Promotion (advert-api): campaigns (type 9 with manual or unified bid; type 8, the legacy
standard bid, shows as unified), their status machine, bids in kopecks and placements, search
clusters with their bids and minus phrases, product cards, statistics and finances (balance,
budgets, top-ups, costs). The operations WB removed (x-wb-removed) answer 404 as WB does now
(app.py), so none of them has a handler here.

Status machine (promotion.txt): 4 ready to launch, 9 active, 11 paused, 7 finished, 8 declined
(seeding only), -1 being deleted.

    start  4 | 11 -> 9     (needs product cards and a budget)
    pause  9      -> 11
    stop   4 | 9 | 11 -> 7
    delete 4      -> -1, gone after `promotion.delete_delay`

Bids are kopecks (0.01 rouble), per card and placement (search, recommendations); a card's minimum
(`min_bid`) is its category's or the configuration's minimum CPM, in roubles, times 100 for cpm
campaigns, and `cpc_min` kopecks for cpc ones. Each card of a campaign has search clusters (three
active ones from its subject's name unless seeded with `set_clusters`); a cluster in the card's
minus phrases is `excluded`. Statistics come from rows seeded with `seed_stats`/`add_stat` (per
campaign, day, card and platform) and `add_cluster_stat` (per cluster and day).

Money: the seller's wallet has three sources (BalanceResponse): `net` (the account, "Счет",
top-up type 0), `balance` (sales netting, "Баланс", type 1) and `bonus` ("Бонусы", type 3). A
budget top-up moves money from one source into a campaign budget (cash <- net, netting <-
balance, bonus stays in the total) and is recorded in the costs history (/adv/v1/upd).

Seed through `emu.state.default.store(PromotionStore)`: `add_product`/`seed_products`,
`add_campaign`/`seed_campaigns`, `set_balance`, `add_payment`, `set_config`, `set_category`,
`set_clusters`, `seed_stats`/`add_stat`/`add_cluster_stat`.
"""

from __future__ import annotations

import random
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
WITH_STATS = (FINISHED, ACTIVE, PAUSED)  # statuses fullstats serves
PLACEMENTS = ("search", "recommendations")
# a bid's placement: one of PLACEMENTS (manual bid), or "combined" (unified bid), both at once
BID_PLACEMENTS: dict[str, tuple[str, ...]] = {
    "search": ("search",),
    "recommendations": ("recommendations",),
    "combined": PLACEMENTS,
}
MIN_BID_TYPES = ("combined", "search", "recommendation")  # bids/min says "recommendation"
APP_TYPES = (1, 32, 64)  # site, Android, iOS
FULLSTATS_MAX_DAYS = 31
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


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


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
    bid_type: str = "manual"  # "manual" (per placement) or "unified" (type 8 campaigns: unified)
    budget: dict[str, int] = field(default_factory=lambda: {"cash": 0, "netting": 0, "bonus": 0})
    started: float | None = None
    ended: float | None = None
    deleted: float | None = None
    pending: tuple[int, float] | None = None  # (status, when it shows) under promotion.status_delay
    clusters: dict[int, dict[str, str]] = field(default_factory=dict)  # nm -> query -> active/archived
    cluster_bids: dict[tuple[int, str], int] = field(default_factory=dict)  # (nm, query) -> kopecks
    minus: dict[int, list[str]] = field(default_factory=dict)  # nm -> minus phrases (set-minus)

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
class StatRow:
    """One day of a campaign's card on one platform (what fullstats adds up)."""

    advert_id: int
    day: date
    nm: int
    app_type: int
    views: int
    clicks: int
    atbs: int = 0
    orders: int = 0
    shks: int = 0
    canceled: int = 0
    sum: float = 0.0  # spend, roubles
    sum_price: float = 0.0  # orders' value, roubles


@dataclass
class ClusterRow:
    """One day of a card's search cluster in a campaign (the search cluster statistics)."""

    advert_id: int
    nm: int
    query: str
    day: date
    views: int
    clicks: int
    atbs: int = 0
    orders: int = 0
    shks: int = 0
    spend: float = 0.0
    avg_pos: float = 1.0


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
        self.stats: list[StatRow] = []
        self.cluster_stats: list[ClusterRow] = []
        self.cpc_min = 150  # kopecks: the minimum cpc bid of every card
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
        bid_type: str | None = None,
        created: float | None = None,
    ) -> int:
        """Add a campaign directly in any status (8 declined and legacy types 4-7 only this way).
        Missing product cards are created (two, in `subject_id`); `budget` goes to the cash part;
        `bid` (kopecks) is raised to each card's minimum; `bid_type` defaults to "manual" (type 9)
        or "unified" (the legacy standard bid, type 8). Returns the advertId."""
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
            bid_type=bid_type or ("manual" if type == CUSTOM else "unified"),
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

    def set_clusters(
        self, advert_id: int, nm: int, active: list[str], archived: list[str] | None = None
    ) -> None:
        """Replace a card's search clusters in a campaign (active and archived; the minus phrases
        are the excluded ones)."""
        c = self.campaigns[advert_id]
        c.clusters[nm] = {**dict.fromkeys(archived or [], "archived"), **dict.fromkeys(active, "active")}

    def add_stat(self, advert_id: int, day: date | str, nm: int, app_type: int = 32, **counts: Any) -> None:
        """Record one day of a card on a platform: views, clicks, atbs, orders, shks, canceled,
        sum (spend) and sum_price, as keywords (the rest 0)."""
        self.stats.append(StatRow(advert_id, _day(day), nm, app_type, **{"views": 0, "clicks": 0, **counts}))

    def add_cluster_stat(self, advert_id: int, nm: int, query: str, day: date | str, **counts: Any) -> None:
        """Record one day of a search cluster: views, clicks, atbs, orders, shks, spend, avg_pos."""
        row = ClusterRow(advert_id, nm, query, _day(day), **{"views": 0, "clicks": 0, **counts})
        self.cluster_stats.append(row)

    def seed_stats(self, advert_id: int, first: date | str, days: int) -> list[StatRow]:
        """Statistics for `days` days from `first`: every card of the campaign on each platform,
        and each of its active clusters, with made-up but repeatable numbers. Returns the card rows."""
        c = self.campaigns[advert_id]
        start, made = _day(first), []
        for n in range(days):
            day = start + timedelta(days=n)
            for nm in c.nms:
                rng = random.Random(f"{advert_id}/{nm}/{day}")
                for app in APP_TYPES:
                    views = rng.randint(50, 500)
                    clicks = rng.randint(0, views // 10)
                    orders = rng.randint(0, clicks // 3 + 1)
                    row = StatRow(advert_id, day, nm, app, views, clicks, atbs=rng.randint(0, clicks))
                    row.orders = row.shks = orders
                    row.sum, row.sum_price = round(clicks * rng.uniform(2, 12), 2), float(orders * 990)
                    self.stats.append(row)
                    made.append(row)
                for query, state in c.clusters.get(nm, {}).items():
                    if state != "active":
                        continue
                    views = rng.randint(10, 200)
                    clicks = rng.randint(0, views // 8)
                    spend, pos = round(clicks * rng.uniform(2, 12), 2), round(rng.uniform(1, 20), 1)
                    self.cluster_stats.append(
                        ClusterRow(advert_id, nm, query, day, views, clicks, spend=spend, avg_pos=pos)
                    )
        return made

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

    def min_bid(self, c: Campaign, nm: int, payment_type: str | None = None) -> int:
        """A card's minimum bid in a campaign, in kopecks: cpm, the larger of its category's
        minimum and the configuration minimum of the bid type (manual: cpm_min_booster, unified:
        cpm_min_search_catalog), roubles times 100; cpc, `cpc_min`."""
        if (payment_type or c.payment_type) == "cpc":
            return self.cpc_min
        base = self.conf("cpm_min_booster" if c.bid_type == "manual" else "cpm_min_search_catalog")
        product = self.products.get(nm)
        subject = self.subjects.get(product.subject_id) if product else None
        category = self.categories.get(subject[1]) if subject else None
        return 100 * (max(base, category[1]) if category else base)

    def add_nms(self, c: Campaign, nms: list[int], bid: int | None = None) -> list[int]:
        """Add cards to a campaign with `bid` (kopecks) raised to their minimum (every placement),
        each with three active search clusters from its subject's name; returns the cards actually
        added (not there before)."""
        added = []
        for nm in nms:
            if nm in c.bids:
                continue
            c.nms.append(nm)
            value = max(bid or 0, self.min_bid(c, nm))
            c.bids[nm] = dict.fromkeys(PLACEMENTS, value)
            product = self.products.get(nm)
            name = (self.subjects.get(product.subject_id, ("товар", 0))[0] if product else "товар").lower()
            c.clusters.setdefault(nm, dict.fromkeys([name, f"{name} купить", f"{name} недорого"], "active"))
            added.append(nm)
        return added

    def remove_nms(self, c: Campaign, nms: list[int]) -> list[int]:
        """Remove cards from a campaign; returns the cards actually removed."""
        gone = [nm for nm in dict.fromkeys(nms) if nm in c.bids]
        for nm in gone:
            c.nms.remove(nm)
            del c.bids[nm]
            c.clusters.pop(nm, None)
            c.minus.pop(nm, None)
            c.cluster_bids = {k: v for k, v in c.cluster_bids.items() if k[0] != nm}
        return gone

    def deposit(self, c: Campaign, amount: int, source: int, cashback: int = 0) -> None:
        """Move money from a wallet source (0 net, 1 balance, 3 bonus) into a campaign budget and
        record it in the costs history; `cashback` of `amount` comes from the promo bonuses
        instead (no checks: the handlers check)."""
        wallet_field, part, text = SOURCES[source]
        self.wallet[wallet_field] -= amount - cashback
        c.budget[part] += amount - cashback
        now = self._seller.now()
        self.costs.append(Cost(now, amount - cashback, c.advert_id, c.name, c.type, text, c.status))
        if cashback:
            left = cashback
            for cb in self.cashbacks:
                take = min(left, int(cb.get("sum") or 0))
                cb["sum"] = int(cb.get("sum") or 0) - take
                left -= take
            c.budget["bonus"] += cashback
            self.costs.append(Cost(now, cashback, c.advert_id, c.name, c.type, "Кэшбэк", c.status))

    def new_campaign(
        self,
        type: int,
        name: str,
        subject_id: int | None,
        payment_type: str = "cpm",
        bid_type: str = "manual",
    ) -> Campaign:
        """A new campaign in status 4 (ready to launch), without cards."""
        now = self._seller.now()
        c = Campaign(
            self._new_id(),
            type,
            name,
            READY,
            now,
            now,
            subject_id=subject_id,
            payment_type=payment_type,
            bid_type=bid_type,
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


def _budget_source(st: PromotionStore, amount: int, source: Any, cashback: int = 0) -> int:
    """Check a top-up (sum and source type; `cashback` of the sum paid by promo bonuses) and
    return the source type; 400 with {"error"}."""
    if source not in SOURCES:
        raise ApiError(
            400, f"invalid top-up source type {source!r}: expected 0 (account), 1 (balance) or 3 (bonuses)"
        )
    if amount < st.conf("budget_min"):
        # WB's text ("Invalid Params: minimum deposit amount is 1000")
        raise ApiError(400, f"Invalid Params: minimum deposit amount is {st.conf('budget_min')}")
    wallet_field = SOURCES[int(source)][0]
    if st.wallet[wallet_field] < amount - cashback:
        raise ApiError(
            400,
            f"insufficient funds: {wallet_field} is {st.wallet[wallet_field]}, "
            f"the top-up needs {amount - cashback}",
        )
    return int(source)


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
    bid_type = str(body.get("bid_type") or "manual")  # WB's defaults: manual, cpm, [search]
    c = st.new_campaign(
        CUSTOM, name, None, payment_type=str(body.get("payment_type") or "cpm"), bid_type=bid_type
    )
    placements = body.get("placement_types") or ["search"]
    c.placements = (
        dict.fromkeys(PLACEMENTS, True)  # unified: one bid for search and recommendations
        if bid_type == "unified"
        else {p: p in placements for p in PLACEMENTS}
    )
    st.add_nms(c, nms)
    return c.advert_id  # a JSON integer (seacat-save-ad-answer)


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
    return {"cash": c.budget["cash"], "netting": c.budget["netting"], "total": c.total, "currency": "RUB"}


@handler("promotion.top_up_of_the_campaign_budget")
def top_up(ctx: Ctx) -> Any:
    """`cashback_sum` of the sum comes from the promo bonuses (sources 0 and 1 only), at most the
    balance's cashback `percent` of it, which `cashback_percent` must repeat."""
    st, c = _budget_campaign(ctx)
    if c.target not in EDITABLE:
        raise ApiError(400, f"campaign {c.advert_id} is in status {c.target}: its budget cannot be topped up")
    body = _body(ctx)
    amount = body.get("sum")
    if not isinstance(amount, int) or amount <= 0:
        raise ApiError(400, "sum must be a positive integer")
    cashback = body.get("cashback_sum") or 0
    source = _budget_source(st, amount, body.get("type", 1), cashback)
    if cashback:
        percent = int(st.cashbacks[0].get("percent") or 0) if st.cashbacks else 0
        left = sum(int(cb.get("sum") or 0) for cb in st.cashbacks)
        if body.get("cashback_percent") != percent:
            raise ApiError(400, f"cashback_percent must be the balance's cashback percent {percent}")
        if source not in (0, 1):
            raise ApiError(400, "promo bonuses pay only top-ups from the account (0) or the balance (1)")
        if cashback > amount * percent // 100 or cashback > left:
            raise ApiError(
                400,
                f"cashback_sum {cashback} is above {percent}% of {amount} or the {left} promo bonuses left",
            )
    st.deposit(c, amount, source, cashback)
    if body.get("return"):  # the new budget and the currency (finances-currency)
        return {"total": c.total, "currency": "RUB"}
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
            "currency": "RUB",
        }
        for p in st.payments
        if _within(p.at, start, end)
    ]
    return out if out else Reply(204, no_body=True)


# --- today's WB: campaigns v2, bids in kopecks, configuration v1 (wb-facts/2026-08) ----------------
def _advert_v2(st: PromotionStore, c: Campaign) -> dict[str, Any]:
    nm_settings = []
    for nm in c.nms:
        sid = st.products[nm].subject_id if nm in st.products else 0
        nm_settings.append(
            {
                "bids_kopecks": {
                    "search": c.bids[nm]["search"],
                    "recommendations": c.bids[nm]["recommendations"],
                },
                "subject": {"id": sid, "name": st.subjects.get(sid, ("", 0))[0]},
                "nm_id": nm,
            }
        )
    ended = c.deleted if c.deleted is not None else c.ended
    return {
        "bid_type": c.bid_type,
        "currency": "RUB",
        "id": c.advert_id,
        "nm_settings": nm_settings,
        "settings": {"payment_type": c.payment_type, "name": c.name, "placements": dict(c.placements)},
        "restrictions": {"can_change_nms": c.status in EDITABLE},
        "status": c.status,
        "timestamps": {
            "created": iso(c.created),
            "updated": iso(c.changed),
            "started": iso(c.started) if c.started is not None else None,
            "deleted": iso(ended) if ended is not None else FAR_FUTURE,  # WB: in the future if not deleted
        },
    }


@handler("promotion.campaigns_information_v2")
def campaigns_information_v2(ctx: Ctx) -> Any:
    """By comma-joined `ids` (at most 50) and `statuses`, and `payment_type`; none: every campaign."""
    st = _store(ctx)
    for name in ("ids", "statuses"):  # comma-joined, as WB's examples show them
        if len(ctx.query.get(name, [])) > 1:
            raise _invalid([(name, f"{name} goes comma-joined ({name}=4,9), not as repeated keys")])
    ids = set(ctx.args("ids", int))
    statuses = set(ctx.args("statuses", int))
    unknown = sorted(statuses - set(STATUSES))
    if unknown:
        raise _invalid([("statuses", f"invalid statuses value {s}") for s in unknown])
    payment_type = ctx.arg("payment_type")
    found = [
        c
        for c in sorted(st.campaigns.values(), key=lambda c: c.advert_id)
        if (not ids or c.advert_id in ids)
        and (not statuses or c.status in statuses)
        and (payment_type is None or c.payment_type == payment_type)
    ]
    return {"adverts": [_advert_v2(st, c) for c in found]}


@handler("promotion.promotional_configuration_values_v1")
def promotional_configuration_values_v1(ctx: Ctx) -> Any:
    st = _store(ctx)
    return {
        "currency": "RUB",
        "currencyCode": 643,
        "cpmStep": 100,
        "cpcStep": 100,
        "minTopUp": st.conf("budget_min"),
    }


@handler("promotion.changing_campaigns_bids")
def changing_campaigns_bids(ctx: Ctx) -> Any:
    """All or nothing: every card in its campaign, the placement fitting the bid type (unified:
    combined; manual: search or recommendations), every bid at least the card's minimum."""
    st = _store(ctx)
    items = _body(ctx)["bids"]
    campaigns, errors = _editable(st, items, (STANDARD, CUSTOM), "bids")
    for i, (item, c) in enumerate(zip(items, campaigns, strict=True)):
        for j, nb in enumerate(item.get("nm_bids") or []):
            path = f".bids[{i}].nm_bids[{j}]"
            nm, bid, placement = nb.get("nm_id"), nb.get("bid_kopecks"), nb.get("placement")
            if c is None:
                continue
            if nm not in c.bids:
                errors.append((path + ".nm_id", f"nm {nm} is not in advert {c.advert_id}"))
            elif (placement == "combined") != (c.bid_type == "unified"):
                wanted = "combined" if c.bid_type == "unified" else "search or recommendations"
                errors.append(
                    (path + ".placement", f"advert {c.advert_id} has {c.bid_type} bid: use {wanted}")
                )
            elif not isinstance(bid, int) or bid < st.min_bid(c, nm):
                errors.append((path + ".bid_kopecks", f"wrong bid value: {bid}; min: {st.min_bid(c, nm)}"))
    if errors:
        raise _invalid(errors)
    out = []
    for item, c in zip(items, campaigns, strict=True):
        assert c is not None
        nm_bids = item.get("nm_bids") or []
        for nb in nm_bids:
            for placement in BID_PLACEMENTS[nb["placement"]]:
                c.bids[nb["nm_id"]][placement] = nb["bid_kopecks"]
        c.changed = ctx.now()
        out.append(
            {
                "advert_id": c.advert_id,
                "nm_bids": [
                    {"nm_id": nb["nm_id"], "bid_kopecks": nb["bid_kopecks"], "placement": nb["placement"]}
                    for nb in nm_bids
                ],
            }
        )
    return {"bids": out, "currency": "RUB"}


@handler("promotion.minimum_bids_for_product_cards")
def minimum_bids_for_product_cards(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _body(ctx)
    c = st.campaigns.get(body.get("advert_id") or 0)
    if c is None:
        raise _invalid([(".advert_id", f"advert {body.get('advert_id')} not found")])
    nms = list(dict.fromkeys(body.get("nm_ids") or []))
    if any(nm not in c.bids for nm in nms):
        raise _invalid([(".nm_ids", "some nms are not belong to advert")])  # WB's text
    types = list(dict.fromkeys(body.get("placement_types") or []))
    return {
        "bids": [
            {
                "nm_id": nm,
                "bids": [
                    {"type": kind, "value": st.min_bid(c, nm, body.get("payment_type")), "currency": "RUB"}
                    for kind in types
                ],
            }
            for nm in nms
        ]
    }


@handler("promotion.recommended_bids_for_items_and_search_clusters")
def recommended_bids(ctx: Ctx) -> Any:
    """Made up from the card's minimum bid (m): competitive 2m, leaders 3m; per active cluster,
    the maximum reach 3m (at least 2m), medium 2m (at least m), minimum m."""
    st = _store(ctx)
    c = st.campaigns.get(ctx.arg("advertId", cast=int))
    nm = ctx.arg("nmId", cast=int)
    if c is None:
        raise ApiError(400, "Incorrect campaign identifier (RC ID)")
    if c.payment_type != "cpm":
        raise ApiError(400, f"advert {c.advert_id} is paid per click: recommendations are for cpm campaigns")
    if nm not in c.bids:
        raise ApiError(400, f"nm {nm} is not in advert {c.advert_id}")
    m = st.min_bid(c, nm)
    return {
        "advertId": c.advert_id,
        "nmId": nm,
        "base": {
            "competitiveBid": {"bidKopecks": 2 * m},
            "leadersBid": {"bidKopecks": 3 * m},
            "top2": {"bidKopecks": 0},
        },
        "normQueries": [
            {
                "normQuery": q,
                "reachMax": {"bidKopecks": 3 * m, "bidKopecksMin": 2 * m},
                "reachMedium": {"bidKopecks": 2 * m, "bidKopecksMin": m},
                "reachMin": {"bidKopecks": m, "bidKopecksMin": m},
            }
            for q, state in c.clusters.get(nm, {}).items()
            if state == "active" and q not in c.minus.get(nm, [])
        ],
    }


# --- search clusters ----------------------------------------------------------------------------
def _pairs(st: PromotionStore, items: list[dict[str, Any]], a: str, n: str) -> list[tuple[Campaign, int]]:
    """The (campaign, card) pairs of a request that exist (others are left out of the answer)."""
    out = []
    for item in items:
        c = st.campaigns.get(item.get(a) or 0)
        nm = item.get(n)
        if c is not None and nm in c.bids:
            out.append((c, int(nm)))
    return out


def _cluster_target(
    st: PromotionStore, item: dict[str, Any], a: str, n: str, q: str
) -> tuple[Campaign | None, str | None]:
    """The campaign of a cluster bid, or why it cannot have one (manual cpm campaigns only)."""
    c = st.campaigns.get(item.get(a) or 0)
    nm, query = item.get(n), item.get(q)
    if c is None:
        return None, f"advert {item.get(a)} not found"
    if c.payment_type != "cpm" or c.bid_type != "manual":
        return None, "invalid payment_type value"  # WB's text for a campaign that is not manual cpm
    if nm not in c.bids:
        return None, f"nm {nm} is not in advert {c.advert_id}"
    if query not in c.clusters.get(nm, {}):
        return None, f"norm query {query!r} is not a cluster of nm {nm}"
    return c, None


@handler("promotion.active_and_inactive_search_cluster_lists")
def cluster_lists(ctx: Ctx) -> Any:
    st = _store(ctx)
    out = []
    for c, nm in _pairs(st, _body(ctx)["items"], "advertId", "nmId"):
        minus = c.minus.get(nm, [])
        clusters = c.clusters.get(nm, {})
        active = [q for q, s in clusters.items() if s == "active" and q not in minus]
        archived = [q for q, s in clusters.items() if s == "archived" and q not in minus]
        out.append(
            {
                "advertId": c.advert_id,
                "nmId": nm,
                "normQueries": {
                    "active": active or None,
                    "excluded": list(minus) or None,
                    "archived": archived or None,
                },
            }
        )
    return {"items": out}


@handler("promotion.list_of_search_clusters_bids")
def cluster_bids(ctx: Ctx) -> Any:
    st = _store(ctx)
    out = []
    for c, nm in _pairs(st, _body(ctx)["items"], "advert_id", "nm_id"):
        for (bid_nm, query), kopecks in sorted(c.cluster_bids.items()):
            if bid_nm == nm:
                out.append(
                    {
                        "advert_id": c.advert_id,
                        "nm_id": nm,
                        "norm_query": query,
                        "bid": kopecks // 100,
                        "bid_kopecks": kopecks,
                        "currency": "RUB",
                    }
                )
    return {"bids": out}


@handler("promotion.set_bids_for_search_clusters")
def set_cluster_bids_v0(ctx: Ctx) -> Any:
    """Bids in roubles (stored in kopecks); all or nothing."""
    st = _store(ctx)
    items = _body(ctx)["bids"]
    errors, targets = [], []
    for i, item in enumerate(items):
        c, why = _cluster_target(st, item, "advert_id", "nm_id", "norm_query")
        if c is not None and item["bid"] * 100 < st.min_bid(c, item["nm_id"]):
            why = f"wrong bid value: {item['bid']}; min: {-(-st.min_bid(c, item['nm_id']) // 100)}"
        if why:
            errors.append((f".bids[{i}]", why))
        targets.append(c)
    if errors:
        raise _invalid(errors)
    for item, c in zip(items, targets, strict=True):
        assert c is not None
        c.cluster_bids[(item["nm_id"], item["norm_query"])] = item["bid"] * 100
    return _ok()


@handler("promotion.delete_bids_from_search_clusters")
def delete_cluster_bids(ctx: Ctx) -> Any:
    st = _store(ctx)
    items = _body(ctx)["bids"]
    errors = []
    for i, item in enumerate(items):
        _, why = _cluster_target(st, item, "advert_id", "nm_id", "norm_query")
        if why:
            errors.append((f".bids[{i}]", why))
    if errors:
        raise _invalid(errors)
    for item in items:
        st.campaigns[item["advert_id"]].cluster_bids.pop((item["nm_id"], item["norm_query"]), None)
    return _ok()


@handler("promotion.set_bids_for_search_clusters_in_account_currency")
def set_cluster_bids_v1(ctx: Ctx) -> Any:
    """Bids in minor units; each one set or refused on its own (`success`, `failed` with a reason)."""
    st = _store(ctx)
    success, failed = [], []
    for item in _body(ctx)["bids"]:
        c, why = _cluster_target(st, item, "advertId", "nmId", "normQuery")
        key = {"advertId": item["advertId"], "nmId": item["nmId"], "normQuery": item["normQuery"]}
        if c is not None and item["bidMinorUnits"] < st.min_bid(c, item["nmId"]):
            why = f"bid {item['bidMinorUnits']} is below the minimum {st.min_bid(c, item['nmId'])}"
        if c is None or why:
            failed.append({**key, "reason": why})
            continue
        c.cluster_bids[(item["nmId"], item["normQuery"])] = item["bidMinorUnits"]
        success.append({**key, "currency": "RUB"})
    return {"success": success, "failed": failed}


@handler("promotion.list_of_campaign_minus_phrases")
def minus_phrases(ctx: Ctx) -> Any:
    st = _store(ctx)
    return {
        "items": [
            {"advert_id": c.advert_id, "nm_id": nm, "norm_queries": list(c.minus.get(nm, []))}
            for c, nm in _pairs(st, _body(ctx)["items"], "advert_id", "nm_id")
        ]
    }


@handler("promotion.setting_and_deleting_minus_phrases")
def set_minus_phrases(ctx: Ctx) -> Any:
    """Replaces the card's minus phrases (an empty list removes them all)."""
    st = _store(ctx)
    body = _body(ctx)
    c = st.campaigns.get(body["advert_id"])
    if c is None:
        raise _invalid([(".advert_id", f"advert {body['advert_id']} not found")])
    if body["nm_id"] not in c.bids:
        raise _invalid([(".nm_id", f"nm {body['nm_id']} is not in advert {c.advert_id}")])
    c.minus[body["nm_id"]] = list(dict.fromkeys(str(q) for q in body["norm_queries"]))
    c.changed = ctx.now()
    return _ok()


# --- statistics ---------------------------------------------------------------------------------
def _period(start: Any, end: Any, where: tuple[str, str]) -> tuple[date, date]:
    try:
        first, last = date.fromisoformat(str(start)), date.fromisoformat(str(end))
    except ValueError as e:
        raise _invalid([(where[0], f"invalid date: {e}")]) from None
    if first > last:
        raise _invalid([(f"{where[0]} and {where[1]}", f"{where[0]} is after {where[1]}")])
    return first, last


def _ratios(out: dict[str, Any]) -> dict[str, Any]:
    """CTR, CPC and CR of totals, as WB rounds them (percentages and roubles, 2 decimals)."""
    views, clicks = out["views"], out["clicks"]
    out["ctr"] = round(100 * clicks / views, 2) if views else 0
    out["cpc"] = round(out["sum"] / clicks, 2) if clicks else 0
    out["cr"] = round(100 * out["orders"] / clicks, 2) if clicks else 0
    out["sum"] = round(out["sum"], 2)
    out["sum_price"] = round(out["sum_price"], 2)
    return out


COUNTS = ("views", "clicks", "atbs", "orders", "shks", "canceled", "sum", "sum_price")


def _totals(rows: list[StatRow]) -> dict[str, Any]:
    return _ratios({k: sum(getattr(r, k) for r in rows) for k in COUNTS})


@handler("promotion.campaigns_statistics")
def campaigns_statistics(ctx: Ctx) -> Any:
    """Totals per campaign, day, platform and card of the seeded rows; campaigns in statuses 7, 9
    and 11 only; at most 31 days (400 in WB's words: "max date range 31 days")."""
    st = _store(ctx)
    first, last = _period(ctx.arg("beginDate"), ctx.arg("endDate"), ("beginDate", "endDate"))
    if (last - first).days >= FULLSTATS_MAX_DAYS:
        raise ApiError(
            400,
            "max date range 31 days",
            title="Invalid payload",
            extra={
                "fields": {
                    "type": "bad request",
                    "request_id": uuid.uuid4().hex,
                    "origin": "camp-api-public-cache",
                    "errors": [{"detail": "max date range 31 days", "field": "begin and end"}],
                }
            },
        )
    out = []
    for advert_id in dict.fromkeys(ctx.args("ids", int)):
        c = st.campaigns.get(advert_id)
        rows = [r for r in st.stats if r.advert_id == advert_id and first <= r.day <= last]
        if c is None or c.status not in WITH_STATS or not rows:
            continue
        days = []
        for day in sorted({r.day for r in rows}):
            on_day = [r for r in rows if r.day == day]
            apps = []
            for app in sorted({r.app_type for r in on_day}):
                on_app = [r for r in on_day if r.app_type == app]
                nms = [
                    {
                        **_totals([r for r in on_app if r.nm == nm]),
                        "nmId": nm,
                        "name": st.products[nm].title if nm in st.products else "",
                    }
                    for nm in sorted({r.nm for r in on_app})
                ]
                apps.append({**_totals(on_app), "appType": app, "nms": nms})
            days.append({**_totals(on_day), "date": f"{day.isoformat()}T00:00:00Z", "apps": apps})
        out.append(
            {**_totals(rows), "advertId": advert_id, "days": days, "boosterStats": [], "currency": "RUB"}
        )
    return out


def _cluster_numbers(c: Campaign, rows: list[ClusterRow]) -> dict[str, Any]:
    """A cluster's figures over rows (views, CTR and CPM are null for cpc campaigns)."""
    views = sum(r.views for r in rows)
    clicks = sum(r.clicks for r in rows)
    spend = round(sum(r.spend for r in rows), 2)
    cpc = c.payment_type == "cpc"
    return {
        "views": None if cpc else views,
        "clicks": clicks,
        "atbs": sum(r.atbs for r in rows),
        "orders": sum(r.orders for r in rows),
        "ctr": None if cpc else (round(100 * clicks / views, 2) if views else 0),
        "cpc": round(spend / clicks, 2) if clicks else 0,
        "cpm": None if cpc else (round(1000 * spend / views, 2) if views else 0),
        "shks": sum(r.shks for r in rows),
        "spend": spend,
        "avg_pos": round(sum(r.avg_pos for r in rows) / len(rows), 1) if rows else 0,
    }


def _cluster_rows(st: PromotionStore, c: Campaign, nm: int, first: date, last: date) -> list[ClusterRow]:
    return [
        r for r in st.cluster_stats if r.advert_id == c.advert_id and r.nm == nm and first <= r.day <= last
    ]


@handler("promotion.search_clusters_statistics")
def cluster_statistics(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _body(ctx)
    first, last = _period(body["from"], body["to"], ("from", "to"))
    out = []
    for c, nm in _pairs(st, body["items"], "advert_id", "nm_id"):
        rows = _cluster_rows(st, c, nm, first, last)
        stats = [
            {"norm_query": q, **_cluster_numbers(c, [r for r in rows if r.query == q]), "currency": "RUB"}
            for q in dict.fromkeys(r.query for r in rows)
        ]
        out.append({"advert_id": c.advert_id, "nm_id": nm, "stats": stats})
    return {"stats": out}


@handler("promotion.daily_search_clusters_statistics")
def daily_cluster_statistics(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _body(ctx)
    first, last = _period(body["from"], body["to"], ("from", "to"))
    out = []
    for c, nm in _pairs(st, body["items"], "advertId", "nmId"):
        daily = []
        for r in sorted(_cluster_rows(st, c, nm, first, last), key=lambda r: (r.day, r.query)):
            numbers = _cluster_numbers(c, [r])
            numbers["avgPos"] = numbers.pop("avg_pos")
            daily.append({"date": r.day.isoformat(), "stat": {"normQuery": r.query, **numbers}})
        out.append({"advertId": c.advert_id, "nmId": nm, "dailyStats": daily})
    return {"items": out}
