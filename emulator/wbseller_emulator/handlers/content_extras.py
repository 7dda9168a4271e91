"""Content operations WB added by August 2026 (content-api): a subject's brands and the products'
recommendations (the products shown on a product's card).

- Brands [GET /api/content/v1/brands]: the brands of `subjectId` (WB's catalogue, the same for
  every seller; here `brands_per_subject` made-up ones per subject, by name), `content.brands_page`
  an answer; `next` is the position to ask from next, `total` how many the subject has. Past the
  end: no brands, `next` as asked.
- Recommendations list [POST /api/content/v1/recommendations/list]: the seller's products (its
  goods, one per nmID) with the nmIDs recommended on each; filtered by `subjectIds`, `brandNames`,
  `search` (in the title or vendorCode); paged by `limit` and the `next` cursor (the last nmID
  of the previous answer).
- Recommendations set [POST .../recommendations/set]: per product up to 20 (the spec) nmIDs,
  added to its current ones (or replacing them with `replace`); an nmID that is not the seller's
  is an item error (`errors`); the same set again is a 208.
"""

from __future__ import annotations

from typing import Any

from ._common import Good, body_dict, goods, setting
from .base import Ctx, Reply, SellerState, handler

DEFAULTS: dict[str, Any] = {"content.brands_page": 1000, "content.brands_per_subject": 5}
RECOMMENDATIONS_MAX = 20


class ContentExtrasStore:
    """One seller's recommendations. Get it with `ctx.store(ContentExtrasStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self.recommendations: dict[int, list[int]] = {}  # nmID -> recommended nmIDs, in sort order
        self._last_set: str | None = None

    def products(self) -> list[Good]:
        out: dict[int, Good] = {}
        for g in goods(self.seller):
            out.setdefault(g.nm_id, g)
        return sorted(out.values(), key=lambda g: g.nm_id)


def _brands(seller: SellerState, subject_id: int) -> list[dict[str, Any]]:
    n = int(setting(seller, "content.brands_per_subject", DEFAULTS))
    return [
        {"id": subject_id * 1000 + i, "name": f"Brand {subject_id}-{i}", "logoUrl": ""}
        for i in range(1, n + 1)
    ]


@handler("content.brands_list")
def brands_list(ctx: Ctx) -> Any:
    subject_id = ctx.arg("subjectId", None, int)
    if subject_id is None or subject_id < 1:
        raise ctx.refuse("subjectId: required, a subject ID")
    start = ctx.arg("next", 0, int)
    size = int(setting(ctx.seller, "content.brands_page", DEFAULTS))
    every = _brands(ctx.seller, subject_id)
    page = every[start : start + size]
    return {"brands": page, "next": start + len(page), "total": len(every)}


def _product_json(store: ContentExtrasStore, g: Good) -> dict[str, Any]:
    recs = store.recommendations.get(g.nm_id, [])
    return {
        "nmId": g.nm_id,
        "imtId": g.imt_id,
        "vendorCode": g.vendor_code,
        "brandName": g.brand,
        "updatedAt": None,
        "picsCount": 1,
        "title": g.title,
        "subjectName": g.subject,
        "pic": "",
        "recomCount": len(recs),
        "recomPics": ["" for _ in recs],
        "recomNms": list(recs),
    }


@handler("content.recommendations_list")
def recommendations_list(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    store = ctx.store(ContentExtrasStore)
    subjects = set(body.get("subjectIds") or [])
    brands = set(body.get("brandNames") or [])
    search = str(body.get("search") or "").lower()
    after = int(body.get("next") or 0)
    limit = int(body.get("limit") or 20)
    found = [
        g
        for g in store.products()
        if g.nm_id > after
        and (not subjects or g.subject_id in subjects)
        and (not brands or g.brand in brands)
        and (not search or search in g.title.lower() or search in g.vendor_code.lower())
    ][:limit]
    return {"data": [_product_json(store, g) for g in found], "next": found[-1].nm_id if found else after}


@handler("content.recommendations_set")
def recommendations_set(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    store = ctx.store(ContentExtrasStore)
    mine = {g.nm_id for g in store.products()}
    fingerprint = repr(sorted(repr(x) for x in body.get("recList") or [])) + repr(body.get("replace"))
    if fingerprint == store._last_set:
        return Reply(
            208,
            json={
                "requestId": "",
                "origin": "recoms",
                "title": "Already Reported",
                "detail": "Recommendations already set",
            },
        )
    errors: list[dict[str, Any]] = []
    for row in body.get("recList") or []:
        main = int(row.get("nmId") or 0)
        if main not in mine:
            errors.append({"mainNm": str(main), "recomNm": "", "message": "The item is not the seller's"})
            continue
        ordered = sorted(row.get("recommendations") or [], key=lambda r: int(r.get("sort") or 0))
        current = [] if body.get("replace") else list(store.recommendations.get(main, []))
        for rec in ordered:
            nm = int(rec.get("recomNm") or 0)
            if nm not in mine or nm == main:
                errors.append(
                    {"mainNm": str(main), "recomNm": str(nm), "message": "The item cannot be recommended"}
                )
            elif nm not in current:
                current.append(nm)
        store.recommendations[main] = current[:RECOMMENDATIONS_MAX]
    store._last_set = fingerprint
    return {"isError": bool(errors), "errors": errors}
