# ruff: noqa: RUF001  (Russian titles, as WB prints them)
"""Documents (documents-api): the seller's documents, listed and downloaded.

The model, per seller: documents, each named by its `serviceName` (unique), with a `name` (its
kind), a category, the file formats (`extensions`) it comes in, its creation time and whether it
was viewed (downloading it views it).

- List: filtered by beginTime/endTime (days, inclusive), category and serviceName; sorted by date
  or category, desc (default) or asc; limit (up to 50, the spec) and offset.
- Download one: `serviceName` and `extension` → {data: {fileName, extension, document}}, the file
  base64; an unknown document or a format it does not come in: 400.
- Download many: up to 50 {serviceName, extension} pairs (the spec) → one ZIP holding each file,
  base64 in the same shape; any unknown pair: 400.
The 1-per-5-minutes budget of the ZIP is the rate limiter's.

Seed with `seed_documents(n, days, categories)` or `add_document(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ._common import DAY, MSK, b64, body_dict, limit_offset, msk_day, parse_day, rng, tiny_pdf, zip_bytes
from .base import Ctx, SellerState, handler

CATEGORIES: dict[str, tuple[str, str]] = {  # name -> (title ru, title en)
    "redeem-notification": ("Уведомления о выкупе", "Redemption notices"),
    "act-income": ("Акты приёмки", "Acceptance certificates"),
    "upd": ("УПД", "Universal transfer documents"),
    "weekly-report": ("Еженедельные отчёты", "Weekly reports"),
}


@dataclass
class Document:
    service_name: str
    name: str
    category: str
    created: float
    extensions: list[str] = field(default_factory=lambda: ["pdf", "zip"])
    viewed: bool = False

    def file(self, extension: str) -> bytes:
        pdf = tiny_pdf(f"{self.name} {self.service_name}")
        return pdf if extension == "pdf" else zip_bytes({f"{self.service_name}.pdf": pdf})


class DocumentsStore:
    """One seller's documents. Get it with `ctx.store(DocumentsStore)` or
    `emu.state.default.store(DocumentsStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._docs: dict[str, Document] = {}
        self._next = 44_841_941
        self._rng = rng(seller, "documents")

    def seed_documents(self, n: int, days: float = 30, categories: list[str] | None = None) -> list[str]:
        """`n` documents created over the last `days` days, of the given categories (default: all)
        in turn. Returns their serviceNames."""
        cats = categories or list(CATEGORIES)
        now = self.seller.now()
        step = days * DAY / max(n, 1)
        return [self.add_document(cats[i % len(cats)], created=now - i * step).service_name for i in range(n)]

    def add_document(
        self, category: str, *, created: float | None = None, extensions: list[str] | None = None
    ) -> Document:
        doc = Document(
            f"{category}-{self._next}",
            category,
            category,
            self.seller.now() if created is None else created,
            list(extensions or ["pdf", "zip"]),
        )
        self._next += 1
        self._docs[doc.service_name] = doc
        return doc

    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def document(self, service_name: str) -> Document | None:
        return self._docs.get(service_name)


def _day_arg(ctx: Ctx, name: str) -> date | None:
    raw = ctx.arg(name)
    if raw is None:
        return None
    value = parse_day(raw)
    if value is None:
        raise ctx.refuse(f"{name} {raw!r} is not a date")
    return value


def _doc_json(doc: Document) -> dict[str, Any]:
    return {
        "serviceName": doc.service_name,
        "name": doc.name,
        "category": doc.category,
        "extensions": list(doc.extensions),
        "creationTime": datetime.fromtimestamp(int(doc.created), MSK).isoformat(timespec="seconds"),
        "viewed": doc.viewed,
    }


def _file(ctx: Ctx, service_name: Any, extension: Any) -> tuple[Document, bytes]:
    doc = ctx.store(DocumentsStore).document(str(service_name))
    if doc is None:
        raise ctx.refuse(f"document {service_name!r} not found")
    if extension not in doc.extensions:
        raise ctx.refuse(f"document {service_name!r} comes as {', '.join(doc.extensions)}, not {extension!r}")
    return doc, doc.file(str(extension))


@handler("documents.documents_categories")
def documents_categories(ctx: Ctx) -> Any:
    en = ctx.arg("locale", "en") != "ru"
    return {
        "data": {"categories": [{"name": k, "title": v[1] if en else v[0]} for k, v in CATEGORIES.items()]}
    }


@handler("documents.documents_list")
def documents_list(ctx: Ctx) -> Any:
    first, last = _day_arg(ctx, "beginTime"), _day_arg(ctx, "endTime")
    category, service_name = ctx.arg("category"), ctx.arg("serviceName")
    docs = [
        d
        for d in ctx.store(DocumentsStore).documents()
        if (first is None or msk_day(d.created) >= first)
        and (last is None or msk_day(d.created) <= last)
        and (category is None or d.category == category)
        and (service_name is None or d.service_name == service_name)
    ]
    by_category = ctx.arg("sort", "date") == "category"
    docs.sort(key=lambda d: (d.category, d.created) if by_category else (d.created, d.service_name))
    if ctx.arg("order", "desc") == "desc":
        docs.reverse()
    limit, offset = limit_offset(ctx, 50)
    return {"data": {"documents": [_doc_json(d) for d in docs[offset : offset + limit]]}}


@handler("documents.document_download")
def document_download(ctx: Ctx) -> Any:
    extension = ctx.arg("extension", "")
    doc, data = _file(ctx, ctx.arg("serviceName", ""), extension)
    doc.viewed = True
    return {"data": {"fileName": doc.service_name, "extension": extension, "document": b64(data)}}


@handler("documents.documents_download_all")
def documents_download_all(ctx: Ctx) -> Any:
    params = body_dict(ctx).get("params") or []
    files: dict[str, bytes] = {}
    docs = []
    for p in params:
        if not isinstance(p, dict):
            raise ctx.refuse("params: each item is {serviceName, extension}")
        doc, data = _file(ctx, p.get("serviceName"), p.get("extension"))
        files[f"{doc.service_name}.{p['extension']}"] = data
        docs.append(doc)
    if not files:
        raise ctx.refuse("params: name at least one document")
    for doc in docs:  # all found: they are viewed now
        doc.viewed = True
    return {"data": {"fileName": "documents.zip", "extension": "zip", "document": b64(zip_bytes(files))}}
