# ruff: noqa: RUF001  (Russian names, as WB prints them)
"""Helpers the handler modules share (not a handler module: the package skips `_` names).

Moscow time as WB prints it, limit/offset pages, JSON bodies, identifiers in a path, small files
(ZIP, PDF, PNG) and the seller's goods: the rows of the reports and feeds (statistics, finance,
analytics, orders) name products, taken from the seller's product cards when the content store
has some, else from a small fixed catalogue, so a report's nmIDs and barcodes look like a shop's.
"""

from __future__ import annotations

import base64
import io
import itertools
import random
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, TypeVar

from ..errors import ApiError
from .base import Ctx, SellerState

MSK = timezone(timedelta(hours=3))  # WB prints and reads its dates in Moscow time
DAY = 86400.0
T = TypeVar("T")


# --- time -------------------------------------------------------------------------------------------
def iso_msk(ts: float) -> str:
    """RFC 3339 in Moscow time with its offset, e.g. 2024-08-16T11:19:05+03:00."""
    return datetime.fromtimestamp(int(ts), MSK).isoformat(timespec="seconds")


def msk_local(ts: float) -> str:
    """Moscow wall time without an offset, e.g. 2024-08-16T11:19:05 (statistics' dates)."""
    return datetime.fromtimestamp(int(ts), MSK).replace(tzinfo=None).isoformat(timespec="seconds")


def msk_day(ts: float) -> date:
    return datetime.fromtimestamp(ts, MSK).date()


def day_start(d: date) -> float:
    """The Unix time a Moscow calendar day starts."""
    return datetime.combine(d, time(), MSK).timestamp()


def parse_moment(value: Any) -> float | None:
    """A date (2024-08-16) or an RFC 3339 date-time, with or without its offset, with or without
    fractions of a second, as a Unix time; without an offset it is Moscow time (WB's rule for
    statistics' dateFrom). None when it is neither."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=MSK)
    return parsed.timestamp()


def parse_day(value: Any) -> date | None:
    """The Moscow calendar day of a date or a date-time (None when it is neither)."""
    ts = parse_moment(value)
    return None if ts is None else msk_day(ts)


def period(ctx: Ctx, start: Any, end: Any, where: str = "period") -> tuple[date, date]:
    """A (start, end) pair of days from a body or the query; refused when unreadable or reversed."""
    first, last = parse_day(start), parse_day(end)
    if first is None or last is None:
        raise ctx.refuse(f"{where}: start and end must be dates (YYYY-MM-DD), got {start!r}, {end!r}")
    if last < first:
        raise ctx.refuse(f"{where}: the end ({last}) is before the start ({first})")
    return first, last


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def phase(elapsed: float, steps: Sequence[tuple[float, str]]) -> str:
    """The state a thing is in `elapsed` virtual seconds after it started: the last of `steps`
    ((from_seconds, state), ascending) it has reached."""
    state = steps[0][1]
    for start, name in steps:
        if elapsed >= start:
            state = name
    return state


# --- requests ---------------------------------------------------------------------------------------
def limit_offset(ctx: Ctx, default_limit: int = 0) -> tuple[int, int]:
    """The `limit`/`offset` query pair (bounds already checked against the spec)."""
    return int(ctx.arg("limit", default_limit, int)), int(ctx.arg("offset", 0, int))


def page(items: Iterable[T], limit: int, offset: int) -> list[T]:
    """One limit/offset page; an offset past the end gives an empty page."""
    return list(itertools.islice(items, offset, offset + limit))


def body_dict(ctx: Ctx) -> dict[str, Any]:
    """The JSON body as an object ({} without one; refused when it is another JSON value)."""
    body = ctx.json()
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ctx.refuse("the request body must be a JSON object")
    return body


def body_list(ctx: Ctx) -> list[Any]:
    body = ctx.json()
    if body is None:
        return []
    if not isinstance(body, list):
        raise ctx.refuse("the request body must be a JSON array")
    return body


def path_int(ctx: Ctx, name: str, status: int | None = None) -> int:
    """An integer path parameter; one that is not a number names nothing: `status` (default: the
    operation's refusal status)."""
    raw = ctx.path_params[name]
    try:
        return int(raw)
    except ValueError:
        raise ApiError(status or ctx.op.refusal_status or 400, f"{name} {raw!r} is not a number") from None


def setting(seller: SellerState, name: str, defaults: dict[str, Any]) -> Any:
    return seller.setting(name, defaults[name])


# --- files ------------------------------------------------------------------------------------------
def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def tiny_pdf(text: str) -> bytes:
    """A small, valid one-page PDF showing `text` (ASCII)."""
    safe = text.encode("ascii", "replace").decode().replace("\\", "/").replace("(", "[").replace(")", "]")
    stream = f"BT /F1 12 Tf 20 100 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 164 113] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# a 1x1 PNG and the smallest JPEG: stand-ins for WB's images (stickers, chat attachments)
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcp"
    "LDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAA"
    "AAD/2gAIAQEAAD8AKp//2Q=="
)


# --- the seller's goods -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Good:
    """One size of one product, as the reports name it."""

    nm_id: int
    imt_id: int
    chrt_id: int
    barcode: str
    vendor_code: str
    brand: str
    subject_id: int
    subject: str
    category: str
    title: str
    tech_size: str
    price: int


_CATALOGUE = (  # (subject_id, subject, category, brand, title, sizes, price)
    (105, "Блузки", "Одежда", "Lumiere", "Блузка шёлковая", ("42", "44", "46"), 2490),
    (69, "Платья", "Одежда", "Lumiere", "Платье летнее", ("44", "46"), 3890),
    (2290, "Наушники", "Электроника", "Sonica", "Наушники беспроводные", ("0",), 4990),
    (1474, "Кроссовки", "Обувь", "Urban Fox", "Кроссовки беговые", ("40", "41", "42", "43"), 5990),
    (3012, "Кружки", "Дом", "Белка", "Кружка керамическая", ("0",), 590),
    (1162, "Коврики для йоги", "Спорт", "Pro Sport", "Коврик для йоги", ("0",), 1790),
    (574, "Пледы", "Дом", "Снежинка", "Плед флисовый", ("0",), 1290),
)


class CatalogueStore:
    """The goods reports fall back on when the seller has no product cards: a fixed, plausible
    catalogue (7 products, 15 sizes), the same for every run."""

    def __init__(self, seller: SellerState) -> None:
        out: list[Good] = []
        nm, imt, chrt, barcode = 150_000_001, 90_000_001, 400_000_001, 2_040_000_000_001
        for subject_id, subject, category, brand, title, sizes, price in _CATALOGUE:
            for size in sizes:
                out.append(
                    Good(
                        nm,
                        imt,
                        chrt,
                        str(barcode),
                        f"{brand[:3].upper()}-{nm % 10000:04d}",
                        brand,
                        subject_id,
                        subject,
                        category,
                        title,
                        size,
                        price,
                    )
                )
                chrt += 1
                barcode += 1
            nm += 1
            imt += 1
        self.goods = out


def goods(seller: SellerState) -> list[Good]:
    """The seller's goods, one per size: its product cards' sizes (the content store), else the
    fixed catalogue."""
    from .content import ContentStore

    content = seller.store(ContentStore)
    cards = content.cards()
    if not cards:
        return seller.store(CatalogueStore).goods
    out = []
    for card in cards:
        subject = content.subjects.get(card.subject_id)
        parent = content.parents.get(subject.parent_id) if subject else None
        for size in card.sizes:
            out.append(
                Good(
                    card.nm_id,
                    card.imt_id,
                    size.chrt_id,
                    size.skus[0] if size.skus else "",
                    card.vendor_code,
                    card.brand,
                    card.subject_id,
                    subject.name[0] if subject else "",
                    parent.name[0] if parent else "",
                    card.title,
                    size.tech_size or "0",
                    size.price or 1000,
                )
            )
    return out


def rng(seller: SellerState, name: str) -> random.Random:
    """A random source of its own per seller and purpose: the same seeding, the same data."""
    return random.Random(f"{name}:{seller.seller_id}")


WAREHOUSES = (  # WB warehouses the reports name: (officeId, name, region)
    (507, "Коледино", "Центральный"),
    (117986, "Казань", "Приволжский"),
    (1733, "Екатеринбург - Испытателей 14г", "Уральский"),
    (686, "Новосибирск", "Сибирский"),
    (130744, "Краснодар", "Южный"),
    (2737, "Санкт-Петербург Уткина Заводь", "Северо-Западный"),
)
REGIONS = (  # (country, federal district, region, city)
    ("Россия", "Центральный федеральный округ", "Московская область", "Москва"),
    ("Россия", "Северо-Западный федеральный округ", "Ленинградская область", "Санкт-Петербург"),
    ("Россия", "Приволжский федеральный округ", "Республика Татарстан", "Казань"),
    ("Россия", "Уральский федеральный округ", "Свердловская область", "Екатеринбург"),
    ("Россия", "Сибирский федеральный округ", "Новосибирская область", "Новосибирск"),
    ("Казахстан", "", "Астана", "Астана"),
)
