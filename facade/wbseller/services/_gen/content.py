"""client.content and AsyncClient.content: ContentService and AsyncContentService, and the
AsyncClient's twins of the upload handles. Written by scripts/async_types.py from
services/content.py: do not edit (`make generate` rewrites it, `make check` fails when it is out of
date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.content import ContentOps
from wbseller.services.content_upload import CardsUpload

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable, Mapping, Sequence
    from datetime import datetime
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages, Cursor
    from wbseller.services.content_brands import RecommendationsResult
    from wbseller.services.content_lists import ALL_CARDS
    from wbseller.services.content_upload import CardsResult
    from wbseller_raw.content.client import AuthenticatedClient as ContentRaw
    from wbseller_raw.content.models import (
        BrandsListResponseBrandsItem,
        Card,
        CardsErrorBatch,
        ContentResponseDataType0,
        RecommendationsListResponseDataItem,
        Tag,
        TrashCard,
    )


class AsyncCardsUpload(CardsUpload, twin_of=CardsUpload):
    """CardsUpload of an AsyncClient: wait() is awaitable."""

    if TYPE_CHECKING:

        def wait(  # type: ignore[override]
            self, timeout: float | None = None, poll: float | None = None
        ) -> Awaitable[CardsResult]: ...


class ContentService(ContentOps, Service):
    """client.content: Content: the cards list and trash with their cursor, the list of failed
    cards, and card writes you can wait on."""

    raw: ContentRaw


class AsyncContentService(ContentOps, AsyncService):
    """AsyncClient.content: the operations of ContentService, awaitable / async-iterable."""

    raw: ContentRaw

    if TYPE_CHECKING:

        def chrt_ids_for_skus(  # type: ignore[override]
            self, skus: Sequence[str]
        ) -> Awaitable[dict[str, int]]:
            """{barcode: chrtID} for the given barcodes (SKUs), read from the cards list: WB keeps
            marketplace stocks per size (chrtID) and refuses SKUs since 2026-05-20. A barcode no card
            has raises InvalidRequestError naming it: nothing is guessed. Up to 10 barcodes cost a
            search each; more cost one walk of the whole cards list (100 cards a request).
            """

        def cards_by_nm_id(  # type: ignore[override]
            self, nm_ids: Sequence[int]
        ) -> Awaitable[dict[int, Card | RawItem]]:
            """{nmID: card} for the given nmIDs, as the cards list shows them (what update_cards takes
            whole: read, change some fields, send back). An nmID no card has raises
            InvalidRequestError naming it. Up to 10 nmIDs cost a search each; more, one walk of the
            whole cards list (100 cards a request). WB operation: `POST /content/v2/get/cards/list`.
            """

        def iter_cards(
            self,
            *,
            text_search: str | None = None,
            with_photo: int = ALL_CARDS,
            tag_ids: Sequence[int] | None = None,
            object_ids: Sequence[int] | None = None,
            brands: Sequence[str] | None = None,
            imt_id: int | None = None,
            allowed_categories_only: bool | None = None,
            ascending: bool = True,
            locale: str | None = None,
            page_size: int = 100,
            start_after: Cursor | dict[str, Any] | None = None,
        ) -> AsyncPages[Card | RawItem]:
            """Every product card matching the filters, page by page (one page in memory), each
            nmID once. `.cursor` after each page; `start_after=that cursor` resumes an export.

            with_photo: 0 every card (the default), 1 only cards with photos, 2 only cards without
            (WB's values since 2026; 0 meant "without photos" in the docs' era, and -1, the docs'
            "all", is still taken). Another value is refused before sending.

            Oldest first by default: a card updated during the walk moves to the end of the list, so
            it is met again (and handed out once); newest first (ascending=False) it would jump
            behind the cursor and be missed.
            """

        def iter_trash(
            self,
            *,
            text_search: str | None = None,
            ascending: bool = True,
            locale: str | None = None,
            page_size: int = 100,
            start_after: Cursor | dict[str, Any] | None = None,
        ) -> AsyncPages[TrashCard | RawItem]:
            """Every product card in the trash, by the trash's own {trashedAt, nmID} cursor (oldest
            first, like iter_cards).
            """

        def iter_card_errors(
            self, *, ascending: bool = True, locale: str | None = None, page_size: int = 100
        ) -> AsyncPages[CardsErrorBatch | RawItem]:
            """The list of failed product cards (WB's `POST /content/v2/cards/error/list`), batch by
            batch: each batch has its `batch_uuid`, `updated_at`, `vendor_codes` and `errors` (per
            vendorCode, WB's messages), page after page by WB's cursor until it says there is no next
            page. Oldest first by default (WB's order); ascending=False for newest first. A card
            leaves the list when a later create or update of its vendorCode succeeds.
            """

        def tags(  # type: ignore[override]
            self,
        ) -> Awaitable[list[Tag | RawItem] | None]:
            """The seller's tags."""

        def create_tag(  # type: ignore[override]
            self, name: str, color: str
        ) -> Awaitable[ContentResponseDataType0 | None]:
            """Create a tag (name and color checked against the spec: at most 15 characters, one of
            WB's colors). WB allows 15 tags per seller; it refuses the 16th.
            """

        def set_card_tags(  # type: ignore[override]
            self, nm_id: int, tag_ids: Sequence[int]
        ) -> Awaitable[ContentResponseDataType0 | None]:
            """Give the product card exactly these tags (WB replaces the card's tag set; at most 15)."""

        def create_cards(  # type: ignore[override]
            self, cards: Iterable[Any]
        ) -> Awaitable[AsyncCardsUpload]:
            """Create cards (each {subjectID, variants: [...]}) in as many requests as WB's limits
            need (100 cards and 10 MB per request); returns a CardsUpload to wait on.

            A list (or tuple) is checked whole before anything is sent. Any other iterable (a
            generator over a large file) is read a request at a time, each card checked as it is
            read and each request sent once full, so memory stays bounded (the handle keeps the
            vendorCodes only); a bad card then stops the sending with the cards already sent noted.

            A variant takes `kizMarked` and `wholesale` {enabled, quantum}; `sizes[].chrtID` and
            `dimensions.isValid` (what the cards list shows of an existing card) are not fields of a
            new card in WB's reference: they are left out of what is sent.
            """

        def update_cards(  # type: ignore[override]
            self, cards: Iterable[Any]
        ) -> Awaitable[AsyncCardsUpload]:
            """Overwrite product cards (send every field, as read from the cards list), split by WB's
            per-request maximum, a list checked whole first, another iterable read as it is sent (as
            create_cards); returns a CardsUpload to wait on. A card takes `kizMarked` (WB's default
            false: the update overwrites it too); `dimensions.isValid`, which the cards list shows, is
            not a field of the update in WB's reference: it is left out of what is sent.
            """

        def add_cards_to(  # type: ignore[override]
            self, imt_id: int, cards: Sequence[Any]
        ) -> Awaitable[AsyncCardsUpload]:
            """Create product cards inside the existing card `imt_id` (one request: at most 29, as a
            card holds 30 product cards; more is refused before sending, not split, since the card
            could not take them); returns a CardsUpload. The variants are those of create_cards.
            """

        def cards_upload(self, vendor_codes: Sequence[str], since: datetime) -> AsyncCardsUpload:
            """Rebuild the handle of an earlier upload (e.g. in a restarted process). `since`: when it
            was sent, an aware datetime (CardsUpload.since; a naive one is refused: WB's times are
            zoned, and read as local time it would shift the window by the machine's offset).
            """

        def iter_brands(self, subject_id: int) -> AsyncPages[BrandsListResponseBrandsItem | RawItem]:
            """The brands of a subject (id, name, logoUrl), page after page with the `next` of each
            answer, until WB's `total` is reached or a page is empty. WB operation:
            `GET /api/content/v1/brands` (brands_list).
            """

        def iter_recommendations(
            self,
            *,
            subject_ids: Sequence[int] | None = None,
            brand_names: Sequence[str] | None = None,
            search: str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[RecommendationsListResponseDataItem | RawItem]:
            """The seller's products with the nmIDs recommended on each (`recom_nms`), filtered by
            subjects and brands (30 each at most) or a search text (72 characters); paged by `limit`
            and WB's `next`. A personal or service token. WB operation:
            `POST /api/content/v1/recommendations/list` (recommendations_list).
            """

        def set_recommendations(  # type: ignore[override]
            self, recommendations: Mapping[int, Iterable[int]], *, replace: bool = False
        ) -> Awaitable[RecommendationsResult]:
            """Set the products recommended on each product's card: {nmID: [nmIDs in the order
            shown]} (20 a product at most), added to the current ones or `replace`-ing them; 5000
            products a request, split here. WB's item errors come back in the result. WB operation:
            `POST /api/content/v1/recommendations/set` (recommendations_set).
            """
