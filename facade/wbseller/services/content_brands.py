"""A subject's brands and the products' recommendations (content-api, WB's additions of 2026): a
mixin of ContentOps.

for brand in wb.content.iter_brands(subject_id=105):       # paged by WB's `next`
    ...
for product in wb.content.iter_recommendations(subject_ids=[105]):
    print(product.nm_id, product.recom_nms)
result = wb.content.set_recommendations({5870243: [5870244, 5870245]})   # nmID -> recommended nmIDs
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wbseller_raw.content import ops

from ..drift import RawItem
from ..errors import InvalidRequestError, PaginationError
from ..pagination import Pages, PageState, batches
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_body, check_value
from ._common import as_int, request_id
from ._comms import listed, path

if TYPE_CHECKING:
    from wbseller_raw.content.models import BrandsListResponseBrandsItem, RecommendationsListResponseDataItem

SPEC = "content"
RECS_PAGE = 1000  # our page size for the recommendations list (WB allows up to 5000, the spec)


@dataclass
class RecommendationsResult:
    """What set_recommendations could not set: WB's `errors` (mainNm, recomNm, message); `already`
    counts the requests WB answered 208 (the same recommendations were set already)."""

    errors: list[Any] = field(default_factory=list)
    already: int = 0
    request_id: str | None = None  # WB's ID of the last request answered (X-Request-Id)

    @property
    def ok(self) -> bool:
        return not self.errors


class ContentBrandsOps:
    """Brands and recommendations (mixed into ContentOps)."""

    _runner: SyncRunner

    def iter_brands(self, subject_id: int) -> Pages[BrandsListResponseBrandsItem | RawItem]:
        """The brands of a subject (id, name, logoUrl), page after page with the `next` of each
        answer, until WB's `total` is reached or a page is empty. WB operation:
        `GET /api/content/v1/brands` (brands_list)."""
        check_value({"type": "integer", "minimum": 1}, subject_id, "subjectId")

        def plan(state: PageState) -> Plan[None]:
            after: int | None = None
            seen = 0
            while True:
                kwargs: dict[str, Any] = {"subject_id": subject_id}
                if after is not None:
                    kwargs["next_"] = after
                r = yield from call(ops.BRANDS_LIST, None, **kwargs)
                page = listed(path(r.parsed, "brands"))
                total, following = as_int(path(r.parsed, "total")), as_int(path(r.parsed, "next_"))
                state.pages += 1
                yield EmitAll(page, state)
                seen += len(page)
                if not page or following is None or (total is not None and seen >= total):
                    return
                if following == after:
                    raise PaginationError(
                        f"brands of subject {subject_id}: `next` did not advance past {after}"
                    )
                after = following

        return Pages(self._runner, plan)

    def iter_recommendations(
        self,
        *,
        subject_ids: Sequence[int] | None = None,
        brand_names: Sequence[str] | None = None,
        search: str | None = None,
        page_size: int | None = None,
    ) -> Pages[RecommendationsListResponseDataItem | RawItem]:
        """The seller's products with the nmIDs recommended on each (`recom_nms`), filtered by
        subjects and brands (30 each at most) or a search text (72 characters); paged by `limit`
        and WB's `next`. A personal or service token. WB operation:
        `POST /api/content/v1/recommendations/list` (recommendations_list)."""
        limit = RECS_PAGE if page_size is None else page_size
        body: dict[str, Any] = {"limit": limit}
        if subject_ids is not None:
            body["subjectIds"] = list(subject_ids)
        if brand_names is not None:
            body["brandNames"] = list(brand_names)
        if search is not None:
            body["search"] = search
        check_body(ops.RECOMMENDATIONS_LIST, body)
        if limit < 1:
            raise InvalidRequestError("page_size: at least 1", field="page_size", value=limit, limit=1)

        def plan(state: PageState) -> Plan[None]:
            after = 0
            while True:
                r = yield from call(ops.RECOMMENDATIONS_LIST, body={**body, "next": after})
                page = listed(path(r.parsed, "data"))
                following = as_int(path(r.parsed, "next_"))
                state.pages += 1
                yield EmitAll(page, state)
                if len(page) < limit or following is None or following == after:
                    return
                after = following

        return Pages(self._runner, plan)

    def set_recommendations(
        self, recommendations: Mapping[int, Iterable[int]], *, replace: bool = False
    ) -> RecommendationsResult:
        """Set the products recommended on each product's card: {nmID: [nmIDs in the order
        shown]} (20 a product at most), added to the current ones or `replace`-ing them; 5000
        products a request, split here. WB's item errors come back in the result. WB operation:
        `POST /api/content/v1/recommendations/set` (recommendations_set)."""
        item = ops.RECOMMENDATIONS_SET.schema("recList.[]")
        rows = []
        for nm_id, recs in recommendations.items():
            row = {
                "nmId": nm_id,
                "recommendations": [{"recomNm": n, "sort": k} for k, n in enumerate(recs, 1)],
            }
            check_value(item, row, f"recList[nmId={nm_id}]", ops.RECOMMENDATIONS_SET)
            rows.append(row)
        if not rows:
            raise InvalidRequestError("recommendations: empty", field="recList", value={}, limit=1)
        parts = list(batches(rows, ops.RECOMMENDATIONS_SET.max_items("recList")))

        def plan() -> Plan[RecommendationsResult]:
            result = RecommendationsResult()
            for part in parts:
                r = yield from call(ops.RECOMMENDATIONS_SET, body={"recList": part, "replace": replace})
                result.request_id = request_id(r) or result.request_id
                if r.status_code == 208:
                    result.already += 1
                    continue
                result.errors += listed(path(r.parsed, "errors"))
            return result

        return self._runner.run(plan())
