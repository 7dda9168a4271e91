"""Media campaigns (advert-media-api): their number, a filtered/sorted/paged list (`status` takes
several statuses, comma-joined: `status=1,3,7`), one campaign's details and their statistics.
Read-only in the API: campaigns come from seeding (`MediaStore.seed_media_campaigns`,
`MediaStore.add_media_campaign`), statistics from `MediaStore.seed_media_stats`/`add_media_stat`.

The docs' value lists for status and type are collapsed; the values WB's reference uses are:
status 1 draft, 2 moderation, 3 rejected (can return to moderation), 4 approved, 5 scheduled,
6 showing, 7 finished, 8 refused, 9 paused by the seller, 10 paused by the daily limit, 11 paused
by budget; type 1 placement by days, 2 placement by views; order `create` or `id`; direction
`desc` or `asc`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from ..errors import ApiError
from .base import Ctx, Reply, SellerState, handler
from .promotion import iso

DEFAULTS: dict[str, Any] = {}  # no knobs: media campaigns are read-only

FINISHED_STATUSES = (7, 8)  # campaigns with an endTime
STATUS_REASONS = {
    9: "Приостановлена продавцом",
    10: "Пауза по дневному лимиту",
    11: "Для возобновления показов пополните бюджет медиакампании",
}
T = TypeVar("T")


def page(items: list[T], limit: int | None, offset: int | None) -> list[T]:
    """A limit/offset slice (a missing or non-positive limit means all; negative offsets are 0).
    Shared by the calendar handlers; a candidate for a common helper."""
    start = max(0, offset or 0)
    return items[start:] if not limit or limit < 1 else items[start : start + limit]


@dataclass
class MediaCampaign:
    advert_id: int
    name: str
    brand: str
    type: int
    status: int
    created: float
    ended: float | None = None
    extended: dict[str, Any] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MediaStat:
    """One day of a media campaign's banner (item) on one platform."""

    advert_id: int
    item_id: int
    day: date
    app_type: int
    views: int
    clicks: int
    atbs: int = 0
    orders: int = 0
    expenses: float = 0.0


class MediaStore:
    """One seller's media campaigns."""

    def __init__(self, seller: SellerState) -> None:
        self._seller = seller
        self.campaigns: dict[int, MediaCampaign] = {}
        self.stats: list[MediaStat] = []
        self._next_id = 50_001
        self._next_item = 70_001

    def add_media_campaign(
        self,
        *,
        name: str | None = None,
        brand: str = "Plank",
        type: int = 2,
        status: int = 6,
        created: float | None = None,
        ended: float | None = None,
        budget: int = 100_000,
        nms: list[int] | None = None,
    ) -> int:
        """Add a media campaign with one item (banner) advertising `nms`. Finished (7) and
        refused (8) campaigns get an end time. Returns the advertId."""
        now = self._seller.now()
        created = now if created is None else created
        if ended is None and status in FINISHED_STATUSES:
            ended = created + 7 * 86400.0
        advert_id = self._next_id
        self._next_id += 1
        rng = random.Random(advert_id)
        c = MediaCampaign(
            advert_id, name or f"Медиакампания {advert_id}", brand, type, status, created, ended
        )
        start, end = created + 3600.0, ended if ended is not None else created + 30 * 86400.0
        c.extended = {
            "reason": STATUS_REASONS.get(status, ""),
            "expenses": rng.randrange(0, budget + 1, 100) if budget else 0,
            "from": iso(start),
            "to": iso(end),
            "updated_at": iso(max(created, min(now, end))),
            "price": 0,
            "budget": budget,
            "operation": 1,
            "contract_id": 0,
        }
        c.items = [self._item(c, rng, nms or [rng.randrange(100_000_000, 300_000_000) for _ in range(2)])]
        self.campaigns[advert_id] = c
        return advert_id

    def _item(self, c: MediaCampaign, rng: random.Random, nms: list[int]) -> dict[str, Any]:
        item_id = self._next_item
        self._next_item += 1
        return {
            "id": item_id,
            "name": f"Баннер {item_id}",
            "status": c.status,
            "place": rng.randint(1, 10),
            "budget": c.extended["budget"],
            "daily_limit": 500,
            "category_name": "Главная",
            "cpm": rng.randint(150, 600),
            "url": f"https://www.wildberries.ru/promotions/banner-{item_id}",
            "advert_type": c.type,
            "created_at": iso(c.created),
            "updated_at": c.extended["updated_at"],
            "date_from": c.extended["from"],
            "date_to": c.extended["to"],
            "nms": nms,
            "bottomText1": "",
            "bottomText2": "",
            "message": "",
            "additionalSettings": 0,
            "receiversCount": 0,
            "subject_id": 6945,
            "subject_name": "Бельё",
            "action_name": "",
            "show_hours": [{"From": 7, "To": 23}],
            "Erid": f"2Vtzqx{item_id}",
        }

    def seed_media_campaigns(
        self, n: int, *, types: tuple[int, ...] = (1, 2), statuses: tuple[int, ...] = (6, 9, 11, 7, 4)
    ) -> list[int]:
        """Add `n` media campaigns cycling through types and statuses, created a day apart (the
        oldest first). Returns the advertIds."""
        now = self._seller.now()
        return [
            self.add_media_campaign(
                type=types[i % len(types)],
                status=statuses[(i // len(types)) % len(statuses)],
                brand=("Plank", "goosb", "bobr")[i % 3],
                created=now - (n - i) * 86400.0,
            )
            for i in range(n)
        ]

    def add_media_stat(
        self, advert_id: int, day: date | str, app_type: int = 32, item_id: int | None = None, **counts: Any
    ) -> None:
        """Record one day of a campaign's banner (its first unless `item_id`) on a platform:
        views, clicks, atbs, orders, expenses."""
        c = self.campaigns[advert_id]
        item = item_id if item_id is not None else int(c.items[0]["id"])
        day = day if isinstance(day, date) else date.fromisoformat(day)
        self.stats.append(MediaStat(advert_id, item, day, app_type, **{"views": 0, "clicks": 0, **counts}))

    def seed_media_stats(self, advert_id: int, first: date | str, days: int) -> list[MediaStat]:
        """Statistics of every banner of a campaign on each platform for `days` days from `first`,
        with made-up but repeatable numbers."""
        c = self.campaigns[advert_id]
        start = first if isinstance(first, date) else date.fromisoformat(first)
        made = []
        for n in range(days):
            day = start + timedelta(days=n)
            for item in c.items:
                rng = random.Random(f"{advert_id}/{item['id']}/{day}")
                for app in (1, 32, 64):
                    views = rng.randint(100, 2000)
                    clicks = rng.randint(0, views // 20)
                    stat = MediaStat(
                        advert_id, int(item["id"]), day, app, views, clicks, rng.randint(0, clicks)
                    )
                    stat.expenses = round(views * item["cpm"] / 1000, 2)
                    self.stats.append(stat)
                    made.append(stat)
        return made

    def media_campaigns(self) -> list[MediaCampaign]:
        """All media campaigns, by ID."""
        return sorted(self.campaigns.values(), key=lambda c: c.advert_id)


def _summary(c: MediaCampaign) -> dict[str, Any]:
    out: dict[str, Any] = {
        "advertId": c.advert_id,
        "name": c.name,
        "brand": c.brand,
        "type": c.type,
        "status": c.status,
        "createTime": iso(c.created),
    }
    if c.ended is not None:
        out["endTime"] = iso(c.ended)
    return out


@handler("media.media_campaigns_number")
def media_campaigns_number(ctx: Ctx) -> Any:
    """`adverts` is one group in the docs (not a list): the largest type/status group is shown."""
    campaigns = ctx.store(MediaStore).media_campaigns()
    out: dict[str, Any] = {"all": len(campaigns)}
    groups: dict[tuple[int, int], int] = {}
    for c in campaigns:
        groups[(c.type, c.status)] = groups.get((c.type, c.status), 0) + 1
    if groups:
        (kind, status), count = max(sorted(groups.items()), key=lambda g: g[1])
        out["adverts"] = {"type": kind, "status": status, "count": count}
    return out


@handler("media.list_of_media_campaigns")
def list_of_media_campaigns(ctx: Ctx) -> Any:
    """`status` comma-joined (media-status-csv). Unknown `order` values sort by ID (the operation
    declares no 400)."""
    statuses, kind = set(ctx.args("status", int)), ctx.arg("type", cast=int)
    found = [
        c
        for c in ctx.store(MediaStore).media_campaigns()
        if (not statuses or c.status in statuses) and (kind is None or c.type == kind)
    ]
    if ctx.arg("order") == "create":
        found.sort(key=lambda c: (c.created, c.advert_id))
    if ctx.arg("direction", "desc") != "asc":
        found.reverse()
    found = page(found, ctx.arg("limit", cast=int), ctx.arg("offset", cast=int))
    return [_summary(c) for c in found] if found else Reply(204, no_body=True)


@handler("media.information_about_media_campaign")
def information_about_media_campaign(ctx: Ctx) -> Any:
    c = ctx.store(MediaStore).campaigns.get(ctx.arg("id", cast=int))
    if c is None:
        return Reply(204, no_body=True)
    out = _summary(c)
    out.pop("endTime", None)  # the docs' details sample has no endTime; `extended.to` carries it
    return {**out, "extended": dict(c.extended), "items": [dict(i) for i in c.items]}


def _stat_block(c: MediaCampaign, rows: list[MediaStat]) -> list[dict[str, Any]]:
    """One entry per banner: its totals and its days per platform."""
    out = []
    for item in c.items:
        mine = [r for r in rows if r.item_id == item["id"]]
        if not mine:
            continue
        views, clicks = sum(r.views for r in mine), sum(r.clicks for r in mine)
        atbs, orders = sum(r.atbs for r in mine), sum(r.orders for r in mine)
        expenses = round(sum(r.expenses for r in mine), 2)
        days = sorted({r.day for r in mine})
        out.append(
            {
                "item_id": item["id"],
                "item_name": item["name"],
                "category_name": item["category_name"],
                "advert_type": c.type,
                "place": item["place"],
                "views": views,
                "clicks": clicks,
                "cr": round(100 * orders / clicks, 2) if clicks else 0,
                "ctr": round(100 * clicks / views, 2) if views else 0,
                "date_from": f"{days[0].isoformat()}T00:00:00+03:00",
                "date_to": f"{days[-1].isoformat()}T23:59:59+03:00",
                "subject_name": item["subject_name"],
                "atbs": atbs,
                "orders": orders,
                "price": expenses,
                "cpc": round(expenses / clicks, 2) if clicks else 0,
                "status": c.status,
                "daily_stats": [
                    {
                        "date": f"{day.isoformat()}T00:00:00+03:00",
                        "app_type_stats": [
                            {
                                "app_type": r.app_type,
                                "stats": [
                                    {"views": r.views, "clicks": r.clicks, "atbs": r.atbs, "orders": r.orders}
                                ],
                            }
                            for r in mine
                            if r.day == day
                        ],
                    }
                    for day in days
                ],
                "expenses": expenses,
                "cr1": round(100 * atbs / clicks, 2) if clicks else 0,
                "cr2": orders * 100 // atbs if atbs else 0,
            }
        )
    return out


@handler("media.media_campaign_statistics")
def media_campaign_statistics(ctx: Ctx) -> Any:
    """One answer item per request item: by `dates`, by `interval` or for all time; a campaign the
    seller does not have answers {advert_id, error} (WB's text)."""
    store = ctx.store(MediaStore)
    body = ctx.json()
    out: list[dict[str, Any]] = []
    for item in body:
        c = store.campaigns.get(item.get("id"))
        if c is None:
            out.append({"advert_id": item.get("id"), "error": "кампания не найдена"})
            continue
        rows = [r for r in store.stats if r.advert_id == c.advert_id]
        try:
            if item.get("dates"):
                days = {date.fromisoformat(d) for d in item["dates"]}
                out.append(
                    {"dates": item["dates"], "stats": _stat_block(c, [r for r in rows if r.day in days])}
                )
            elif item.get("interval"):
                begin = date.fromisoformat(item["interval"]["begin"])
                end = date.fromisoformat(item["interval"]["end"])
                picked = [r for r in rows if begin <= r.day <= end]
                out.append({"interval": item["interval"], "stats": _stat_block(c, picked)})
            else:
                out.append({"stats": _stat_block(c, rows)})
        except (KeyError, TypeError, ValueError) as e:
            raise ApiError(400, f"incorrect request body: {e}") from None
    return out
