"""Wildberries Digital (devapi-digital): offers, activation keys, content uploads and downloads.

State per seller lives in `WbdStore` (`emu.state.default.store(WbdStore)`):
- offers with their cover, gallery, prices, statuses; the category tree is fixed (CATALOG);
- activation keys per offer: available → reserved / sold (redeemed) / expired / deleted;
- content: `init` declares the parts, each part is written at its offset into one file under
  ctx.workdir (parts in any order, a re-sent part replaces the old bytes), and once every part is
  in, the status runs 1 Uploaded → 4 Processing → 2 Published (or 3 Error) on virtual time,
  computed lazily from the completion timestamp. Downloads stream that file, with Range support.

Answers and errors have the shapes of WB's WBD reference (specs/changes/2026-12-06-wbd-current.yaml):
offers with a fractional `rating` and a `status` that may be null (seed one with `status=None`),
keys {id, value, created_at, buyed_at, deleted_at}, redeemed keys {id, offer_id, offer_title,
offer_price, value, created_at, buyed_at}, deletion `statuses[]` of {id, code, message, status}
on 200 and 207, catalog nodes with their children, and ProblemDetails errors (no `detail` on a 403).

Behaviour the docs leave open (documented here, and in the report):
- an unknown object answers 404 where WB declares one (nine operations), else 400; a deleted
  offer answers 400;
- content stays in status 0 (Created) until its last part arrives;
- duplicate keys (within a request or already on the offer) are skipped, or rejected with 400
  when "wbd.reject_duplicate_keys" is set;
- a per-key delete outcome's `code` is the emulator's own ("deleted", "not_found", "sold",
  "reserved"): WB's reference types it a string and lists no values.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from wbseller.files import sniff

from ..errors import ApiError
from .base import Ctx, Reply, SellerState, handler

T = TypeVar("T")

DEFAULTS: dict[str, Any] = {
    # virtual seconds a fully uploaded content stays in status 1 (Uploaded) before processing starts
    "wbd.upload_seconds": 5.0,
    # virtual seconds in status 4 (Processing) before 2 (Published), or 3 (Error) for a failing one
    "wbd.processing_seconds": 30.0,
    # True: a request holding keys that already exist on the offer (or twice) is refused with 400;
    # False: duplicates are skipped and the rest is added
    "wbd.reject_duplicate_keys": False,
    # methods the docs put behind "access is granted through a request to technical support",
    # granted to every new seller ("delete_keys", "key_list", "services" = publishing in section 8);
    # a test revokes one with store.revoke(...)
    "wbd.support_access": ("delete_keys", "key_list", "services"),
}

MB = 1024 * 1024
COVER_MAX_BYTES = 5 * MB
IMAGE_MAX_BYTES = 5 * MB
GALLERY_FORMATS = ("PNG", "JPEG", "MP4")  # "Upload media file for an offer"
VIDEO_MAX_BYTES = 50 * MB
GALLERY_MAX_BYTES = 100 * MB
GALLERY_MAX_FILES = 8
PART_MAX_BYTES = 2 * MB
CONTENT_MAX_BYTES = 3 * 1024 * MB
KEYS_PER_REQUEST = 1000

# content statuses (ContentInfo.status)
CREATED, UPLOADED, PUBLISHED, FAILED, PROCESSING = 0, 1, 2, 3, 4
# offer statuses
DRAFT, ON_SALE, SUSPENDED, DELETED = 0, 1, 2, 3

KEY_SECTIONS = frozenset({3, 12, 13})  # offers sold as unique keys
CONTENT_SECTIONS = frozenset({1, 2, 4, 5, 6})  # offers that deliver content
SERVICES_SECTION = 8
# which content category (catalog_id) an offer section can carry; 6 Digital goods takes any
SECTION_CONTENT = {1: {1}, 2: {2}, 4: {4}, 5: {2}, 6: {1, 2, 4}}
CONTENT_TYPES = {
    1: {"video/mp4"},
    2: {"audio/mpeg"},
    4: {"application/pdf", "application/epub+zip", "text/plain"},
}

# The category tree: sections (the docs' names) and their subcategories. 65-69 are the docs'
# examples; the rest are plausible inventions. Section 9 is in the documented enum without a name
# and has no subcategories, so no offer can be placed there.
CATALOG: dict[int, tuple[str, dict[int, str]]] = {
    1: (
        "Video content",
        {
            65: "Educational videos",
            66: "Sports",
            67: "Masterclass",
            68: "Yoga",
            69: "Meditations",
            70: "Films",
        },
    ),
    2: ("Audio content", {71: "Music", 72: "Podcasts", 73: "Lectures"}),
    3: ("Activation keys", {80: "Games", 81: "Software", 82: "Antivirus"}),
    4: ("E-books", {90: "Fiction", 91: "Business", 92: "Education", 93: "Children's books"}),
    5: ("Audiobooks", {100: "Fiction", 101: "Non-fiction"}),
    6: ("Digital goods", {110: "Templates", 111: "Graphics", 112: "Courses"}),
    8: ("Services", {120: "Consulting", 121: "Online lessons"}),
    12: ("Coupons and entertainment", {130: "Coupons", 131: "Entertainment"}),
    13: ("Gift certificates", {140: "Gift certificates"}),
}


# --- small shared helpers (candidates for hoisting) ---------------------------------------------
def bad(detail: str) -> ApiError:
    """A 400 in the WBD error shape (problem-style plus the `errors` list the docs' sample shows)."""
    return ApiError(400, detail, extra={"fields": {"errors": []}})


def missing(detail: str) -> ApiError:
    """An unknown offer, content or key: 404 (wbd_handler turns it into the 400 WB's gateway gives
    where the operation declares no 404)."""
    return ApiError(404, detail)


def wbd_handler(op_key: str) -> Callable[[Callable[[Ctx], Any]], Callable[[Ctx], Any]]:
    """@handler, plus: a 404 on an operation WB declares none for is a 400 (WB declares 404 on
    nine WBD operations; an unknown ID elsewhere is a bad parameter)."""

    def register(fn: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
        @functools.wraps(fn)
        def run(ctx: Ctx) -> Any:
            try:
                return fn(ctx)
            except ApiError as e:
                if e.status == 404 and ctx.op.response(404) is None:
                    raise bad(e.detail) from None
                raise

        return handler(op_key)(run)

    return register


def page(items: list[T], skip: int, take: int) -> list[T]:
    """skip/take slicing as WBD documents it (skip 20 starts from the 21st record)."""
    if skip < 0:
        raise bad(f"value '{skip}' is invalid for parameter skip")
    if take < 0:
        raise bad(f"value '{take}' is invalid for parameter take")
    return items[skip : skip + take]


def human(n: int) -> str:
    """A byte limit as the docs write it: 5 MB, 3 GB."""
    return f"{n // (1024 * MB)} GB" if n % (1024 * MB) == 0 else f"{n / MB:g} MB"


def iso(ts: float) -> str:
    """Virtual Unix time as WB prints it: 2024-06-10T07:29:30Z."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def parse_rfc3339(value: str, name: str) -> float:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError as e:
        raise bad(f"value '{value}' is invalid for parameter {name}: RFC 3339 expected") from e


@dataclass
class FormPart:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(body: bytes, content_type: str) -> list[FormPart]:
    """multipart/form-data parts, byte-exact (the email package may rewrite line endings)."""
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if not m:
        raise bad("multipart/form-data without a boundary")
    delimiter = b"--" + m.group(1).encode("latin-1")
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):  # the closing delimiter
            break
        head, sep, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            continue
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        disposition = headers.get("content-disposition", "")
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        parts.append(
            FormPart(
                name.group(1) if name else "",
                filename.group(1) if filename else None,
                headers.get("content-type"),
                data.removesuffix(b"\r\n"),
            )
        )
    return parts


def parse_range(value: str, size: int) -> tuple[int, int]:
    """`bytes=a-b`, `bytes=a-` or `bytes=-n` → (first, last) inclusive, clamped to the file.
    The spec declares no 416, so an unparsable or unsatisfiable range is its 400."""
    m = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", value)
    if not m or not (m.group(1) or m.group(2)):
        raise bad(f"invalid Range header {value!r}: expected bytes=first-last (a single range)")
    if not m.group(1):  # suffix: the last n bytes
        n = int(m.group(2))
        if n == 0:
            raise bad(f"range not satisfiable: {value!r} (file size {size})")
        return max(0, size - n), size - 1
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else size - 1
    if first > last or first >= size:
        raise bad(f"range not satisfiable: {value!r} (file size {size})")
    return first, min(last, size - 1)


def _first_subcategory(section: int) -> list[int]:
    subs = CATALOG.get(section, ("", {}))[1]
    return [min(subs)] if subs else []


def _hex(*parts: object) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()


# --- records ---------------------------------------------------------------------------------
@dataclass
class OfferRec:
    id: int
    title: str
    description: str
    section: int
    catalog_path: list[int]
    age_rating: str
    price: int
    discount_price: int | None
    tags: list[str]
    gallery: list[str]
    content: list[dict[str, int]]
    meta: dict[str, Any] | None
    status: int | None  # WB may answer null (wbd-offer-rating-status): seed it to see that
    created: float
    updated: float
    deleted: float | None = None
    thumbnail: list[str] = field(default_factory=list)
    view_count: int = 0
    purchase_count: int = 0
    rating: float = 0.0  # fractional, as WB answers it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "section": self.section,
            "catalog_path": list(self.catalog_path),
            "price": self.price,
            "discount_price": self.discount_price,
            "gallery": list(self.gallery),
            # the docs show meta as a string in answers (it is an object in requests)
            "meta": json.dumps(self.meta, ensure_ascii=False) if self.meta is not None else None,
            "tags": [_tag_json(t) for t in self.tags],  # objects in answers now (issue 11)
            "thumbnail": list(self.thumbnail),
            "content": [dict(c) for c in self.content],
            "created": iso(self.created),
            "updated": iso(self.updated),
            "deleted": iso(self.deleted) if self.deleted is not None else None,
            "status": self.status,
            "view_count": self.view_count,
            "purchase_count": self.purchase_count,
            "adult": self.age_rating == "18+",
            "age_rating": self.age_rating,
            "rating": self.rating,
        }


@dataclass
class KeyRec:
    id: int
    offer_id: int
    value: str
    created: float
    state: str = "available"  # available, reserved, sold, expired, deleted
    sold_at: float | None = None
    price: int | None = None
    deleted_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        """A key of the key list as WB answers it (buyed_at/deleted_at null until then)."""
        return {
            "id": self.id,
            "value": self.value,
            "created_at": iso(self.created),
            "buyed_at": iso(self.sold_at) if self.sold_at is not None else None,
            "deleted_at": iso(self.deleted_at) if self.deleted_at is not None else None,
        }

    def redeemed_json(self, offer: OfferRec) -> dict[str, Any]:
        """A redeemed key as WB answers it: with its offer's title and price."""
        return {
            "id": self.id,
            "offer_id": self.offer_id,
            "offer_title": offer.title,
            "offer_price": self.price if self.price is not None else offer.price,
            "value": self.value,
            "created_at": iso(self.created),
            "buyed_at": iso(self.sold_at or self.created),
        }


@dataclass
class ContentRec:
    id: int
    uuid: str
    title: str
    description: str
    catalog_id: int
    content_type: str
    sizes: list[int]  # declared part sizes, index 1 first
    meta: Any
    created: float
    updated: float
    uri: str
    path: Path
    received: set[int] = field(default_factory=set)
    completed_at: float | None = None  # when the last missing part arrived
    fail: str | None = None  # processing ends in status 3 with this reason

    @property
    def size(self) -> int:
        return sum(self.sizes)

    def offset(self, index: int) -> int:
        return sum(self.sizes[: index - 1])

    @property
    def complete(self) -> bool:
        return self.completed_at is not None

    def milestones(self, upload_s: float, processing_s: float) -> list[tuple[float, int]]:
        """(virtual time, status reached) of the pipeline after the last part arrived."""
        if self.completed_at is None:
            return []
        t = self.completed_at
        end = FAILED if self.fail else PUBLISHED
        return [(t, UPLOADED), (t + upload_s, PROCESSING), (t + upload_s + processing_s, end)]

    def status(self, now: float, upload_s: float, processing_s: float) -> int:
        status = CREATED
        for at, reached in self.milestones(upload_s, processing_s):
            if at <= now:
                status = reached
        return status

    def last_update(self, now: float, upload_s: float, processing_s: float) -> float:
        passed = [at for at, _ in self.milestones(upload_s, processing_s) if at <= now]
        return max([self.updated, *passed])


@dataclass
class MediaRec:
    uri: str
    format: str
    size: int
    created: float
    sha256: str


# --- the store ---------------------------------------------------------------------------------
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def _tag_json(tag: str) -> dict[str, Any]:
    """A tag as WB answers it: {id, value, value_translit, weight} (a stable id per value)."""
    translit = "".join(_TRANSLIT.get(ch, ch) for ch in tag.lower())
    return {
        "id": int(hashlib.sha1(tag.encode()).hexdigest()[:6], 16),
        "value": tag,
        "value_translit": translit,
        "weight": 1.0,
    }


class WbdStore:
    """One seller's WBD account: offers, keys, content (files under the emulator's workdir), media."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self.offers_by_id: dict[int, OfferRec] = {}
        self.keys_by_id: dict[int, KeyRec] = {}
        self.offer_keys: dict[int, list[int]] = {}  # offer id → its key ids, in upload order
        self.sold: list[int] = []  # key ids in redemption order
        self.contents_by_id: dict[int, ContentRec] = {}
        self.content_by_uuid: dict[str, int] = {}
        self.content_by_uri: dict[str, int] = {}
        self.media: dict[str, MediaRec] = {}  # covers and gallery files by URI
        self.access: set[str] = set(seller.setting("wbd.support_access", DEFAULTS["wbd.support_access"]))
        self.user_id = int(_hex(seller.seller_id)[:6], 16) % 900_000 + 100_000
        self._fail_next: list[str] = []
        self._next_offer = 4200
        self._next_key = 10_000_000
        self._next_content = 493_200
        self.dir = seller.emulator.workdir / "wbd" / _hex(seller.seller_id)
        # a fresh store (new emulator, or after emu.reset()) starts with no files either
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)

    # --- settings / time ---
    def now(self) -> float:
        return self.seller.now()

    def _delays(self) -> tuple[float, float]:
        s = self.seller
        return (
            float(s.setting("wbd.upload_seconds", DEFAULTS["wbd.upload_seconds"])),
            float(s.setting("wbd.processing_seconds", DEFAULTS["wbd.processing_seconds"])),
        )

    # --- public seeding / inspection -----------------------------------------------------------
    def grant(self, feature: str) -> None:
        """Grant a support-gated feature: "delete_keys", "key_list" or "services" (section 8)."""
        self.access.add(feature)

    def revoke(self, feature: str) -> None:
        """Take a support-gated feature away (its methods then answer 403, or 400 for section 8)."""
        self.access.discard(feature)

    def add_offer(
        self,
        title: str = "Offer",
        *,
        section: int = 4,
        catalog_path: list[int] | None = None,
        price: int = 500,
        discount_price: int | None = None,
        status: int | None = ON_SALE,
        rating: float = 0.0,
        tags: list[str] | None = None,
        age_rating: str = "0+",
        description: str = "",
        content: list[dict[str, int]] | None = None,
        meta: dict[str, Any] | None = None,
        keys: Iterable[str] = (),
        gallery: list[str] | None = None,
    ) -> OfferRec:
        """Seed one offer without the API's checks (no content needed for content sections);
        `keys` are added as available keys; `status=None` answers a null status, as WB may.
        Returns the record (its `id` for the API)."""
        now = self.now()
        self._next_offer += 1
        offer = OfferRec(
            id=self._next_offer,
            title=title,
            description=description or f"{title}: description",
            section=section,
            catalog_path=list(catalog_path or _first_subcategory(section)),
            age_rating=age_rating,
            price=price,
            discount_price=discount_price,
            tags=list(tags or ["digital"]),
            gallery=list(gallery or []),
            content=list(content or []),
            meta=meta,
            status=status,
            created=now,
            updated=now,
            rating=rating,
        )
        self.offers_by_id[offer.id] = offer
        self.offer_keys[offer.id] = []
        self.append_keys(offer, list(keys))
        return offer

    def seed_offers(
        self, n: int, *, section: int = 4, status: int | None = ON_SALE, price: int = 500
    ) -> list[int]:
        """Seed n offers quickly (titles "Offer 1".."Offer n", one second apart in `created`,
        fractional ratings 4.1, 4.2, ... as WB answers them)."""
        base = self.now() - n
        ids = []
        for i in range(n):
            rating = round(4 + (i % 9 + 1) / 10, 1)
            o = self.add_offer(
                f"Offer {i + 1}", section=section, status=status, price=price + i, rating=rating
            )
            o.created = o.updated = base + i
            ids.append(o.id)
        return ids

    def offer(self, offer_id: int) -> OfferRec | None:
        """The offer record (deleted ones too), or None."""
        return self.offers_by_id.get(offer_id)

    def offers(self) -> list[OfferRec]:
        return list(self.offers_by_id.values())

    def set_offer_stats(
        self,
        offer_id: int,
        *,
        view_count: int | None = None,
        purchase_count: int | None = None,
        rating: float | None = None,
    ) -> None:
        """Set the counters WB computes (views, purchases, rating)."""
        o = self.offers_by_id[offer_id]
        o.view_count = o.view_count if view_count is None else view_count
        o.purchase_count = o.purchase_count if purchase_count is None else purchase_count
        o.rating = o.rating if rating is None else rating

    def add_keys(self, offer_id: int, keys: Iterable[str] | None = None, *, n: int = 0) -> list[int]:
        """Add keys (or n generated ones "KEY-<offer>-<i>") to an offer, no per-call limit; their ids."""
        offer = self.offers_by_id[offer_id]
        values = list(keys) if keys is not None else []
        start = len(self.offer_keys.get(offer_id, []))
        values += [f"KEY-{offer_id}-{start + i + 1:08d}" for i in range(n)]
        return self.append_keys(offer, values)

    def keys(self, offer_id: int | None = None) -> list[KeyRec]:
        """Key records (all states), of one offer or of all."""
        if offer_id is None:
            return list(self.keys_by_id.values())
        return [self.keys_by_id[k] for k in self.offer_keys.get(offer_id, [])]

    def redeem_keys(
        self,
        offer_id: int,
        n: int = 1,
        *,
        at: float | str | None = None,
        every: float = 3600.0,
        price: int | None = None,
    ) -> list[int]:
        """Sell the first n available keys of an offer (buyers redeem them): purchase dates `at`,
        at+every, ... (virtual Unix time or RFC 3339; default: ending now). Bumps purchase_count."""
        offer = self.offers_by_id[offer_id]
        avail = [k for k in self.keys(offer_id) if k.state == "available"][:n]
        if len(avail) < n:
            raise ValueError(f"offer {offer_id} has only {len(avail)} available keys")
        start = parse_rfc3339(at, "at") if isinstance(at, str) else at
        if start is None:
            start = self.now() - every * max(0, n - 1)
        for i, k in enumerate(avail):
            k.state, k.sold_at = "sold", start + i * every
            k.price = price if price is not None else (offer.discount_price or offer.price)
            self.sold.append(k.id)
        self.sold.sort(key=lambda kid: (self.keys_by_id[kid].sold_at or 0.0, kid))
        offer.purchase_count += n
        return [k.id for k in avail]

    def reserve_keys(self, offer_id: int, n: int = 1) -> list[int]:
        """Mark n available keys as reserved (a buyer's order in progress)."""
        return self._set_state(offer_id, n, "reserved")

    def expire_keys(self, offer_id: int, n: int = 1) -> list[int]:
        """Mark n available keys as expired."""
        return self._set_state(offer_id, n, "expired")

    def add_content(
        self,
        title: str = "Content",
        *,
        catalog_id: int = 4,
        content_type: str | None = None,
        data: bytes | None = None,
        size: int = 1024,
        status: int = PUBLISHED,
        meta: Any = None,
        description: str = "",
        created: float | None = None,
    ) -> ContentRec:
        """Seed a piece of content whose file holds `data` (or `size` generated bytes, written
        1 MiB at a time). status: 0 (parts declared, none uploaded), 1, 4, 2 or 3 (pipeline
        positioned accordingly under the current delays)."""
        content_type = content_type or sorted(CONTENT_TYPES[catalog_id])[0]
        total = len(data) if data is not None else size
        sizes = [min(PART_MAX_BYTES, total - off) for off in range(0, total, PART_MAX_BYTES)] or [0]
        meta = meta if meta is not None else {"thumbnail": [], "rating": "0+"}
        rec = self.new_content(
            title, description or f"{title}: description", catalog_id, content_type, sizes, meta, created
        )
        if status == CREATED:
            return rec
        with open(rec.path, "wb") as f:
            if data is not None:
                f.write(data)
            else:
                block = bytes(range(256)) * 4096
                for off in range(0, total, len(block)):
                    f.write(block[: min(len(block), total - off)])
        rec.received = set(range(1, len(sizes) + 1))
        upload_s, processing_s = self._delays()
        now = self.now()
        back = {
            UPLOADED: 0.0,
            PROCESSING: upload_s,
            PUBLISHED: upload_s + processing_s + 1,
            FAILED: upload_s + processing_s + 1,
        }[status]
        rec.completed_at = now - back
        rec.created = min(rec.created, rec.completed_at)
        if status == FAILED:
            rec.fail = "seeded failure"
        return rec

    def content(self, content_id: int) -> ContentRec | None:
        return self.contents_by_id.get(content_id)

    def contents(self) -> list[ContentRec]:
        return list(self.contents_by_id.values())

    def content_file(self, content_id: int) -> Path:
        """Where the content's bytes are (parts written at their offsets)."""
        return self.contents_by_id[content_id].path

    def content_status(self, content_id: int) -> int:
        return self.contents_by_id[content_id].status(self.now(), *self._delays())

    def fail_content(self, content_id: int, reason: str = "processing failed") -> None:
        """Make this content end its processing in status 3 (Error) instead of 2 (Published)."""
        self.contents_by_id[content_id].fail = reason

    def fail_next_contents(self, n: int = 1, reason: str = "processing failed") -> None:
        """The next n contents initialized through the API will end in status 3 (Error)."""
        self._fail_next.extend([reason] * n)

    def media_files(self) -> list[MediaRec]:
        """Uploaded covers (offer and content) and gallery files."""
        return list(self.media.values())

    # --- internals shared by seeding and handlers ----------------------------------------------
    def take_failure(self) -> str | None:
        """The failure reason planned for the next initialized content (fail_next_contents), if any."""
        return self._fail_next.pop(0) if self._fail_next else None

    def _set_state(self, offer_id: int, n: int, state: str) -> list[int]:
        avail = [k for k in self.keys(offer_id) if k.state == "available"][:n]
        for k in avail:
            k.state = state
        return [k.id for k in avail]

    def append_keys(self, offer: OfferRec, values: list[str]) -> list[int]:
        now = self.now()
        ids = self.offer_keys.setdefault(offer.id, [])
        out = []
        for v in values:
            self._next_key += 1
            self.keys_by_id[self._next_key] = KeyRec(self._next_key, offer.id, v, now)
            ids.append(self._next_key)
            out.append(self._next_key)
        return out

    def new_content(
        self,
        title: str,
        description: str,
        catalog_id: int,
        content_type: str,
        sizes: list[int],
        meta: Any,
        created: float | None = None,
    ) -> ContentRec:
        self._next_content += 1
        cid = self._next_content
        now = self.now() if created is None else created
        h = _hex(self.seller.seller_id, cid)
        rec = ContentRec(
            id=cid,
            uuid=str(uuid.UUID(h)),
            title=title,
            description=description,
            catalog_id=catalog_id,
            content_type=content_type,
            sizes=sizes,
            meta=meta,
            created=now,
            updated=now,
            uri=f"vol{10 + cid % 20}/{cid % 1000}/{h}/content",
            path=self.dir / f"{cid}-{h}.bin",
        )
        self.contents_by_id[cid] = rec
        self.content_by_uuid[rec.uuid] = cid
        self.content_by_uri[rec.uri] = cid
        return rec

    def get_offer(self, offer_id: int, *, live: bool = False) -> OfferRec:
        offer = self.offers_by_id.get(offer_id)
        if offer is None:
            raise missing(f"offer {offer_id} not found")
        if live and offer.status == DELETED:
            raise bad(f"offer {offer_id} is deleted")
        return offer

    def get_content(self, content_id: int) -> ContentRec:
        rec = self.contents_by_id.get(content_id)
        if rec is None:
            raise missing(f"content {content_id} not found")
        return rec

    def content_json(self, rec: ContentRec) -> dict[str, Any]:
        now = self.now()
        upload_s, processing_s = self._delays()
        status = rec.status(now, upload_s, processing_s)
        playlist = None
        if rec.catalog_id == 1 and status == PUBLISHED:  # video is also served as a stream
            playlist = f"vol14/{rec.id % 1000}/{_hex('playlist', rec.uuid)}/output.m3u8"
        return {
            "id": rec.id,
            "author_id": self.user_id,
            "title": rec.title,
            "description": rec.description,
            "content_type": rec.content_type,
            "uri": rec.uri,
            # objects now (issue 11); WB sends null rather than an empty list
            "files": [{"contentType": rec.content_type, "size": rec.size, "uri": rec.uri}]
            if rec.complete
            else None,
            "playlist": playlist,
            "meta": rec.meta,
            "category_id": rec.catalog_id,
            "status": status,
            "created": iso(rec.created),
            "updated": iso(rec.last_update(now, upload_s, processing_s)),
        }

    def offer_json(self, offer: OfferRec) -> dict[str, Any]:
        """An offer as WB answers it: its content items carry the content's title, description,
        files, meta and playlist too (wbd-offer-content-fields)."""
        out = offer.to_json()
        for item in out["content"]:
            rec = self.contents_by_id.get(item["content"])
            if rec is not None:
                info = self.content_json(rec)
                item.update({k: info[k] for k in ("title", "description", "files", "playlist")})
                # a string here (WB's reference): the content's metadata JSON as text
                item["meta"] = (
                    json.dumps(info["meta"], ensure_ascii=False) if info["meta"] is not None else None
                )
        return out

    def store_image(self, data: bytes, declared: str, kind: str) -> list[str]:
        """A cover (offer or content): PNG/JPEG ≤ 5 MB matching X-Content-Type → rendition URIs."""
        if not data:
            raise bad("the file is empty")
        if len(data) > COVER_MAX_BYTES:
            raise bad(f"file size {len(data)} bytes exceeds the maximum of {human(COVER_MAX_BYTES)}")
        fmt = sniff(data)
        if fmt not in ("PNG", "JPEG"):
            raise bad("unsupported file format: allowed formats are PNG, JPEG")
        if declared != f"image/{fmt.lower()}":
            raise bad(f"X-Content-Type {declared} does not match the file ({fmt})")
        digest = hashlib.sha256(data).hexdigest()
        h = _hex(kind, digest, len(self.media))
        uris = [f"vol6/{len(self.media) % 1000}/{h}/{w}.jpg" for w in (480, 1280, 1920)]
        for u in uris:
            self.media[u] = MediaRec(u, fmt, len(data), self.now(), digest)
        return uris


# --- offers ------------------------------------------------------------------------------------
def _check_common(body: dict[str, Any], section: int) -> None:
    """Checks shared by create and edit, on the fields present in the body."""
    if "title" in body and not str(body["title"]).strip():
        raise bad("title must not be empty")
    if any(not str(t).strip() for t in body.get("tags") or []):
        raise bad("tags must not be empty strings")
    if body.get("catalog_path") is not None:
        name, subs = CATALOG.get(section, ("", {}))
        wrong = [c for c in body["catalog_path"] if c not in subs]
        if not body["catalog_path"] or wrong:
            raise bad(f"catalog_path {wrong or '[]'}: not subcategories of section {section} {name}".rstrip())
    if any(not str(g).strip() for g in body.get("gallery") or []):
        raise bad("gallery URIs must not be empty")


def _check_price(price: int, discount: int | None) -> None:
    if price <= 0:
        raise bad(f"price must be positive, got {price}")
    if discount is not None and (discount < 0 or discount >= price):
        raise bad(f"discount_price {discount} must be below the price {price}")


def _check_meta(section: int, meta: dict[str, Any] | None) -> None:
    if section in KEY_SECTIONS and not str((meta or {}).get("key_instruction") or "").strip():
        raise bad(f"meta.key_instruction is required for offers of section {section}")


def _check_content_refs(store: WbdStore, section: int, content: list[dict[str, Any]]) -> list[dict[str, int]]:
    if section not in CONTENT_SECTIONS:
        if content:
            raise bad(f"content is only for offers of sections {sorted(CONTENT_SECTIONS)}")
        return []
    if not content:
        raise bad(f"content is required for offers of section {section}")
    out = []
    for item in content:
        cid, cat = item.get("content"), item.get("category_id")
        rec = store.contents_by_id.get(cid) if isinstance(cid, int) else None
        if rec is None:
            raise bad(f"content {cid} not found")
        if cat != rec.catalog_id:
            raise bad(f"content {cid} is in category {rec.catalog_id}, not {cat}")
        if rec.catalog_id not in SECTION_CONTENT[section]:
            raise bad(f"content {cid} (category {rec.catalog_id}) does not suit section {section}")
        out.append({"category_id": rec.catalog_id, "content": rec.id})
    return out


def _discount(value: int | None) -> int | None:
    return value or None  # 0 (or absent) means no discount


def _new_keys(store: WbdStore, offer: OfferRec | None, keys: list[str], reject: bool) -> list[str]:
    """The keys to add: blank ones refused, duplicates (in the request or on the offer) skipped or refused."""
    if any(not k.strip() for k in keys):
        raise bad("keys must not be empty strings")
    existing = {k.value for k in store.keys(offer.id) if k.state != "deleted"} if offer else set()
    fresh: list[str] = []
    seen: set[str] = set()
    dups = []
    for k in keys:
        if k in existing or k in seen:
            dups.append(k)
        else:
            seen.add(k)
            fresh.append(k)
    if dups and reject:
        raise bad(f"duplicate keys: {dups[:10]}")
    return fresh


@wbd_handler("wbd.create_new_offer")
def create_new_offer(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    body = ctx.json()
    section = body["section"]
    if section == SERVICES_SECTION and "services" not in store.access:
        raise bad("publishing in section 8 (Services) is granted through a request to technical support")
    _check_common(body, section)
    price, discount = body["price"], _discount(body.get("discount_price"))
    _check_price(price, discount)
    keys = body.get("keys") or []
    if section in KEY_SECTIONS and not keys:
        raise bad(f"keys are required for offers of section {section}")
    if section not in KEY_SECTIONS and keys:
        raise bad(f"keys are only for offers of sections {sorted(KEY_SECTIONS)}")
    _check_meta(section, body.get("meta"))
    content = _check_content_refs(store, section, body.get("content") or [])
    fresh = _new_keys(
        store,
        None,
        keys,
        bool(ctx.setting("wbd.reject_duplicate_keys", DEFAULTS["wbd.reject_duplicate_keys"])),
    )
    offer = store.add_offer(
        body["title"],
        section=section,
        catalog_path=body["catalog_path"],
        price=price,
        discount_price=discount,
        status=body.get("status", DRAFT),
        tags=body["tags"],
        age_rating=body["age_rating"],
        description=body["description"],
        content=content,
        meta=body.get("meta"),
        keys=fresh,
        gallery=body.get("gallery"),
    )
    return store.offer_json(offer)


@wbd_handler("wbd.get_offer_information")
def get_offer_information(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    return store.offer_json(store.get_offer(int(ctx.path_params["offer_id"])))


def _set_status(offer: OfferRec, status: int, now: float) -> None:
    if offer.status == DELETED:
        raise bad(f"offer {offer.id} is deleted")
    offer.status = status
    if status == DELETED:
        offer.deleted = now


@wbd_handler("wbd.edit_offer")
def edit_offer(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    offer = store.get_offer(int(ctx.path_params["offer_id"]), live=True)
    body = ctx.json() or {}
    _check_common(body, offer.section)
    price = body.get("price", offer.price)
    discount = _discount(body["discount_price"]) if "discount_price" in body else offer.discount_price
    _check_price(price, discount)
    if "meta" in body:
        _check_meta(offer.section, body["meta"])
    for name in ("title", "description", "age_rating", "tags", "catalog_path", "meta"):
        if name in body:
            setattr(offer, name, body[name])
    offer.price, offer.discount_price = price, discount
    if "gallery" in body:
        offer.gallery = list(body["gallery"] or [])
    offer.updated = store.now()
    if body.get("status") is not None:
        _set_status(offer, body["status"], offer.updated)
    return Reply(200, no_body=True)


def _sorted(items: list[T], ctx: Ctx, created: Any, updated: Any) -> list[T]:
    """sort=created|updated (default created), sort_dir=asc|desc (default desc); ties by id."""
    key = updated if ctx.arg("sort", "created") == "updated" else created
    return sorted(items, key=key, reverse=ctx.arg("sort_dir", "desc") == "desc")


@wbd_handler("wbd.get_a_list_of_your_offers")
def get_a_list_of_your_offers(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    items = [o for o in store.offers_by_id.values() if o.status != DELETED]
    search = (ctx.arg("search") or "").strip().lower()
    if search:
        items = [o for o in items if search in o.title.lower()]
    category = ctx.arg("category", None, int)
    if category is not None:  # the content category the offer delivers
        items = [
            o
            for o in items
            if any(c["category_id"] == category for c in o.content)
            or (not o.content and SECTION_CONTENT.get(o.section) == {category})
        ]
    status = ctx.arg("status", None, int)
    if status is not None:
        items = [o for o in items if o.status == status]
    items = _sorted(items, ctx, lambda o: (o.created, o.id), lambda o: (o.updated, o.id))
    found = page(items, ctx.arg("skip", 0, int), ctx.arg("take", 50, int))
    return {"items": [store.offer_json(o) for o in found], "total": len(items)}


@wbd_handler("wbd.update_price")
def update_price(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    offer = store.get_offer(int(ctx.path_params["offer_id"]), live=True)
    body = ctx.json() or {}
    price = body.get("regular_price", offer.price)
    discount = _discount(body.get("discount_price"))
    _check_price(price, discount)
    offer.price, offer.discount_price, offer.updated = price, discount, store.now()
    return Reply(200, no_body=True)


@wbd_handler("wbd.update_status")
def update_status(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    offer = store.get_offer(int(ctx.path_params["offer_id"]))
    _set_status(offer, ctx.json()["status"], store.now())
    offer.updated = store.now()
    return Reply(200, no_body=True)


@wbd_handler("wbd.add_or_update_offer_cover")
def add_or_update_offer_cover(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    offer = store.get_offer(int(ctx.headers["x-wbd-offerid"]), live=True)
    offer.thumbnail = store.store_image(ctx.body, ctx.headers["x-content-type"], f"offer{offer.id}")
    offer.updated = store.now()
    return Reply(200, no_body=True)


@wbd_handler("wbd.get_categories_and_their_subcategories")
def get_categories(ctx: Ctx) -> Any:
    """The tree as WB's reference shapes a node: sections (is_section, under the root 0) and their
    subcategories, each with `total` offers (live ones) and `path` (its ancestors' IDs)."""
    live = [o for o in ctx.store(WbdStore).offers_by_id.values() if o.status != DELETED]

    def node(nid: int, name: str, parent: int, section: int, order: int, path: list[int]) -> dict[str, Any]:
        is_section = nid == section
        count = sum(1 for o in live if (o.section == nid if is_section else nid in o.catalog_path))
        return {
            "id": nid,
            "parent_id": parent,
            "section_id": section,
            "node_order": order,
            "total": count,
            "name": name,
            "img": f"catalog/{nid}.png",
            "is_section": is_section,
            "path": path,
            "children": [],
        }

    items = []
    for order, (section, (name, subs)) in enumerate(CATALOG.items(), 1):
        top = node(section, name, 0, section, order, [])
        top["children"] = [
            node(sid, sname, section, section, i, [section]) for i, (sid, sname) in enumerate(subs.items(), 1)
        ]
        items.append(top)
    return {"items": items, "total": len(items)}


# --- content -----------------------------------------------------------------------------------
@wbd_handler("wbd.upload_content_cover")
def upload_content_cover(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    uris = store.store_image(ctx.body, ctx.headers["x-content-type"], "content")
    return {"uris": uris, "userId": store.user_id}


def _check_init(body: dict[str, Any]) -> list[int]:
    """The init body's rules beyond the schema; returns the part sizes by index."""
    if not body["title"].strip():
        raise bad("title must not be empty")
    catalog_id, content_type = body["catalog_id"], body["content_type"]
    if content_type not in CONTENT_TYPES[catalog_id]:
        raise bad(
            f"content_type {content_type} does not suit catalog_id {catalog_id} "
            f"(allowed: {', '.join(sorted(CONTENT_TYPES[catalog_id]))})"
        )
    parts = body["parts"]
    if not parts:
        raise bad("parts must not be empty")
    indexes = sorted(p["index"] for p in parts)
    if indexes != list(range(1, len(parts) + 1)):
        raise bad(f"parts must be numbered 1..{len(parts)} without gaps or repeats, got {indexes}")
    sizes = [p["size"] for p in sorted(parts, key=lambda p: p["index"])]
    if any(s <= 0 for s in sizes):
        raise bad("every part's size must be positive")
    if sum(sizes) > CONTENT_MAX_BYTES:
        raise bad(f"file size {sum(sizes)} bytes exceeds the maximum of {human(CONTENT_MAX_BYTES)}")
    meta = body.get("meta")
    if not isinstance(meta, dict):
        raise bad("meta is required (thumbnail, rating)")
    required = ["thumbnail", "rating", *{2: ["author"], 4: ["author", "pages"]}.get(catalog_id, [])]
    missing = [k for k in required if meta.get(k) in (None, "", [])]
    if missing:
        raise bad(f"meta: {', '.join(missing)} required for content of category {catalog_id}")
    return sizes


@wbd_handler("wbd.initialize_new_content")
def initialize_new_content(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    body = ctx.json()
    sizes = _check_init(body)
    rec = store.new_content(
        body["title"], body["description"], body["catalog_id"], body["content_type"], sizes, body["meta"]
    )
    rec.fail = store.take_failure()
    return {"content_id": rec.id, "uuid": rec.uuid}


def _write_at(path: Path, offset: int, data: bytes) -> None:
    # parts land at their offsets in one sparse file: no reassembly, no whole file in memory
    with open(path, "r+b" if path.exists() else "w+b") as f:
        f.seek(offset)
        f.write(data)


@wbd_handler("wbd.upload_content_file")
def upload_content_file(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    cid = store.content_by_uuid.get(ctx.headers["x-wbd-content-uuid"].strip())
    if cid is None:
        raise bad(f"content with uuid {ctx.headers['x-wbd-content-uuid']} not found")
    rec = store.contents_by_id[cid]
    declared_type = ctx.headers["x-content-type"]
    # EPUB is a ZIP container: the header's enum lists application/zip, accept it for EPUB
    if declared_type != rec.content_type and (declared_type, rec.content_type) != (
        "application/zip",
        "application/epub+zip",
    ):
        raise bad(f"X-Content-Type {declared_type} does not match the content's type {rec.content_type}")
    index = int(ctx.headers["x-wbd-part-index"])
    if index > len(rec.sizes):
        raise bad(f"part {index} was not declared: the content has {len(rec.sizes)} parts")
    if len(ctx.body) != rec.sizes[index - 1]:
        raise bad(f"part {index} is {len(ctx.body)} bytes, {rec.sizes[index - 1]} were declared at init")
    _write_at(rec.path, rec.offset(index), ctx.body)
    rec.received.add(index)
    now = store.now()
    if len(rec.received) == len(rec.sizes):
        # the file is whole (again: a re-sent part replaces bytes and restarts processing)
        rec.completed_at = now
    rec.updated = now
    return {"chunk": index, "uri": rec.uri}


@wbd_handler("wbd.get_content_information")
def get_content_information(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    return store.content_json(store.get_content(int(ctx.path_params["content_id"])))


@wbd_handler("wbd.edit_content")
def edit_content(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    rec = store.get_content(int(ctx.path_params["content_id"]))
    body = ctx.json() or {}
    if body.get("title") is not None:
        if not body["title"].strip():
            raise bad("title must not be empty")
        rec.title = body["title"]
    if body.get("description") is not None:
        rec.description = body["description"]
    rec.updated = store.now()
    return store.content_json(rec)


@wbd_handler("wbd.get_a_list_of_your_content")
def get_a_list_of_your_content(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    rows = [store.content_json(r) for r in store.contents_by_id.values()]
    search = (ctx.arg("search") or "").strip().lower()
    if search:
        rows = [r for r in rows if search in r["title"].lower()]
    category = ctx.arg("category", None, int)
    if category is not None:
        rows = [r for r in rows if r["category_id"] == category]
    status = ctx.arg("status", None, int)
    if status is not None:
        rows = [r for r in rows if r["status"] == status]
    # ISO-8601 UTC strings sort like the timestamps they print
    rows = _sorted(rows, ctx, lambda r: (r["created"], r["id"]), lambda r: (r["updated"], r["id"]))
    return {"items": page(rows, ctx.arg("skip", 0, int), ctx.arg("take", 50, int)), "total": len(rows)}


@wbd_handler("wbd.download_content")
def download_content(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    uri = ctx.path_params["uri"].strip("/")
    cid = store.content_by_uri.get(uri)
    if cid is None:
        raise missing(f"content {uri} not found")
    rec = store.contents_by_id[cid]
    if not rec.complete:
        absent = sorted(set(range(1, len(rec.sizes) + 1)) - rec.received)
        raise bad(f"content {rec.id} is not uploaded yet: parts {absent[:20]} are missing")
    size = rec.size
    headers = {"Accept-Ranges": "bytes"}
    raw = ctx.headers.get("range")
    if raw is None:
        return Reply(
            200, file=rec.path, offset=0, length=size, media_type="application/octet-stream", headers=headers
        )
    first, last = parse_range(raw, size)
    headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    return Reply(
        206,
        file=rec.path,
        offset=first,
        length=last - first + 1,
        media_type="application/octet-stream",
        headers=headers,
    )


@wbd_handler("wbd.delete_content")
def delete_content(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    cid = (ctx.json() or {}).get("content_id")
    if cid is None:
        raise bad("content_id is required")
    rec = store.get_content(cid)
    del store.contents_by_id[rec.id], store.content_by_uuid[rec.uuid], store.content_by_uri[rec.uri]
    rec.path.unlink(missing_ok=True)
    return Reply(200, no_body=True)


@wbd_handler("wbd.upload_media_file_for_an_offer")
def upload_media_file_for_an_offer(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    files = [p for p in parse_multipart(ctx.body, ctx.headers.get("content-type", "")) if p.name == "files"]
    if not files:
        raise bad("files is required: send the media files in the multipart field `files`")
    if len(files) > GALLERY_MAX_FILES:
        raise bad(f"{len(files)} files: at most {GALLERY_MAX_FILES} media files per request")
    total = sum(len(f.data) for f in files)
    if total > GALLERY_MAX_BYTES:
        raise bad(f"files total {total} bytes: at most {human(GALLERY_MAX_BYTES)} together")
    checked = []
    for f in files:
        label = f.filename or "file"
        fmt = sniff(f.data)
        if fmt not in GALLERY_FORMATS:
            raise bad(f"{label}: unsupported format, allowed: images PNG, JPEG; video MP4")
        limit = VIDEO_MAX_BYTES if fmt == "MP4" else IMAGE_MAX_BYTES
        if len(f.data) > limit:
            raise bad(f"{label}: {len(f.data)} bytes exceeds the {human(limit)} limit for {fmt}")
        checked.append((f.data, fmt))
    uris = []
    for data, fmt in checked:
        digest = hashlib.sha256(data).hexdigest()
        n = len(store.media)
        uri = f"vol7/{n % 1000}/{_hex('gallery', digest, n)}/{'video.mp4' if fmt == 'MP4' else 'image.jpg'}"
        store.media[uri] = MediaRec(uri, fmt, len(data), store.now(), digest)
        uris.append(uri)
    return {"uris": uris}


# --- activation keys ---------------------------------------------------------------------------
@wbd_handler("wbd.add_activation_keys")
def add_activation_keys(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    body = ctx.json()
    offer = store.get_offer(body["offer_id"], live=True)
    if offer.section not in KEY_SECTIONS:
        raise bad(
            f"offer {offer.id} is in section {offer.section}: keys are only for sections "
            f"{sorted(KEY_SECTIONS)}"
        )
    keys = body["keys"]
    if not keys:
        raise bad("keys must not be empty")
    if len(keys) > KEYS_PER_REQUEST:
        raise bad(f"{len(keys)} keys: at most {KEYS_PER_REQUEST} per request")
    fresh = _new_keys(
        store,
        offer,
        keys,
        bool(ctx.setting("wbd.reject_duplicate_keys", DEFAULTS["wbd.reject_duplicate_keys"])),
    )
    store.append_keys(offer, fresh)
    return Reply(200, no_body=True)


def _require(store: WbdStore, feature: str, what: str) -> None:
    if feature not in store.access:
        # WB's 403 body has no `detail`: the title says it
        text = f"no access to {what}: it is granted through a request to technical support"
        raise ApiError(403, text, title=text)


@wbd_handler("wbd.delete_activation_keys")
def delete_activation_keys(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    _require(store, "delete_keys", "deleting keys")
    now = store.now()
    statuses = []
    for kid in ctx.args("ids", int):
        k = store.keys_by_id.get(kid)
        if k is None or k.state == "deleted":
            statuses.append(_key_status(kid, "not_found", "key not found or already deleted"))
        elif k.state in ("sold", "reserved"):
            statuses.append(_key_status(kid, k.state, f"key is {k.state} and cannot be deleted"))
        else:
            k.state, k.deleted_at = "deleted", now
            statuses.append(_key_status(kid, "deleted", "deleted", ok=True))
    # WB: 200 when every key went, 207 (multi-status) when some did not; `statuses` either way
    return Reply(200 if all(s["status"] for s in statuses) else 207, json={"statuses": statuses})


def _key_status(key_id: int, code: str, message: str, *, ok: bool = False) -> dict[str, Any]:
    """One key's outcome as WB's reference shapes it: {id, code (a string), message, status}."""
    return {"id": key_id, "code": code, "message": message, "status": ok}


@wbd_handler("wbd.get_redeemed_keys")
def get_redeemed_keys(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    offer_id = ctx.arg("offer_id", None, int)
    date_from, date_to = ctx.arg("date_from"), ctx.arg("date_to")
    lo = parse_rfc3339(date_from, "date_from") if date_from else None
    hi = parse_rfc3339(date_to, "date_to") if date_to else None
    found = []
    for kid in store.sold:  # in purchase order
        k = store.keys_by_id[kid]
        at = k.sold_at or 0.0
        if (
            (offer_id is None or k.offer_id == offer_id)
            and (lo is None or at >= lo)
            and (hi is None or at < hi)
        ):
            found.append(k)
    rows = page(found, ctx.arg("skip", 0, int), ctx.arg("take", 50, int))
    return {
        "items": [k.redeemed_json(store.offers_by_id[k.offer_id]) for k in rows],
        "total": len(found),
    }


@wbd_handler("wbd.get_the_number_of_keys_for_offer")
def get_the_number_of_keys_for_offer(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    offer = store.get_offer(int(ctx.path_params["offer_id"]))
    keys = store.keys(offer.id)
    count = {s: 0 for s in ("available", "reserved", "deleted")}
    for k in keys:
        if k.state in count:
            count[k.state] += 1
    return {"total": len(keys), **count}


def _flag(value: str) -> bool:
    if value.lower() not in ("true", "false", "1", "0"):
        raise ValueError(value)
    return value.lower() in ("true", "1")


@wbd_handler("wbd.get_the_key_list")
def get_the_key_list(ctx: Ctx) -> Any:
    store = ctx.store(WbdStore)
    _require(store, "key_list", "the key list")
    offer = store.get_offer(int(ctx.path_params["offer_id"]))
    shown = {"available"} | {
        state
        for flag, state in (
            ("deleted", "deleted"),
            ("sold", "sold"),
            ("reserved", "reserved"),
            ("expired", "expired"),
        )
        if ctx.arg(flag, True, _flag)
    }
    keys = [k for k in store.keys(offer.id) if k.state in shown]
    rows = page(keys, ctx.arg("skip", 0, int), ctx.arg("take", 50, int))
    return {"items": [k.to_json() for k in rows], "total": len(keys)}
