"""The cards list and the trash with their cursor, the failed cards list, barcodes and nmIDs looked
up in the cards list, and the seller's tags."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw._runtime.operation import Operation
from wbseller_raw.content import ops

from ..drift import RawItem
from ..errors import (
    InvalidRequestError,
    PaginationError,
)
from ..pagination import Cursor, Pages, PageState, cursor_pages
from ..plans import EmitAll, Plan, SyncRunner, TypedCall, call, each
from ..text import check_name
from ..validation import check_body, check_value
from ._common import as_int, attr, parsed, present, then
from .content_checks import _check_page_size

if TYPE_CHECKING:
    from wbseller_raw.content.models import Card, CardsErrorBatch, ContentResponseDataType0, Tag, TrashCard

# withPhoto of the cards list (cards-with-photo-values): 0 every card (WB's default), 1 with
# photos, 2 without; -1, the docs' "all", is still in WB's enum with no stated meaning
ALL_CARDS, WITH_PHOTO, WITHOUT_PHOTO = 0, 1, 2


def _cursor(value: Cursor | dict[str, Any] | None) -> Cursor | None:
    if value is None or isinstance(value, Cursor):
        return value
    if isinstance(value, Mapping):
        try:
            return Cursor.from_dict(value)
        except (KeyError, TypeError, ValueError):
            pass
    raise InvalidRequestError(
        f"start_after: {value!r} is not a cursor; give `pages.cursor` or its as_dict() {{'at', 'nm_id'}}",
        field="start_after",
        value=value,
        limit="Cursor",
    )


def _s(value: Any) -> str | None:
    value = present(value)
    return None if value is None else str(value)


def _data(parsed: Any) -> Any:
    return attr(parsed, "data")


def _cards_plan(
    state: PageState,
    *,
    limit: int,
    sort_ascending: bool | None = None,
    filters: dict[str, Any] | None = None,
    locale: str | None = None,
    trash: bool = False,
) -> Plan[None]:
    op: Operation[Any, Any] = ops.PRODUCT_CARDS_IN_TRASH_LIST if trash else ops.PRODUCT_CARDS_LIST
    at_key = "trashedAt" if trash else "updatedAt"

    def page(cursor: Cursor | None, n: int) -> TypedCall[Any]:
        settings: dict[str, Any] = {"cursor": {"limit": n}}
        if cursor is not None:
            settings["cursor"].update({at_key: cursor.at, "nmID": cursor.nm_id})
        if filters:
            settings["filter"] = filters
        if sort_ascending is not None:
            settings["sort"] = {"ascending": sort_ascending}
        if locale:
            return call(op, body={"settings": settings}, locale=locale)
        return call(op, body={"settings": settings})

    at_attr = "trashed_at" if trash else "updated_at"

    def position(obj: Any) -> Cursor | None:
        at, nm = _s(attr(obj, at_attr)), as_int(attr(obj, "nm_id"))
        return Cursor(at, nm) if at is not None and nm is not None else None

    def next_cursor(response: Any) -> tuple[Cursor | None, int | None]:
        c = attr(response.parsed, "cursor")
        here = position(c)
        if here is None:
            # no usable cursor (WB sent it off-spec): it is the last card's position, so take that;
            # with no total either, the walk goes on to an empty page
            page = items(response)
            here = position(page[-1]) if page else None
        return here, as_int(attr(c, "total"))

    def items(response: Any) -> Sequence[Any]:
        return attr(response.parsed, "cards") or []

    return cursor_pages(page, items, next_cursor, lambda card: as_int(attr(card, "nm_id")), limit, state)


def _error_batches_plan(
    state: PageState, *, limit: int, ascending: bool, locale: str | None = None
) -> Plan[None]:
    """Every batch of the failed-cards list (WB's current POST, cards-error-list-batches): the
    first request sends the page size and the order, each next one the (updatedAt, batchUUID) of
    the last batch of the page, until WB answers `next: false` (or an empty page)."""
    kwargs: dict[str, Any] = {"locale": locale} if locale else {}
    position: dict[str, str] = {}
    while True:
        body = {"cursor": {"limit": limit, **position}, "order": {"ascending": ascending}}
        response = yield from call(ops.LIST_OF_FAILED_PRODUCT_CARDS_WITH_ERRORS_POST, body=body, **kwargs)
        data = _data(response.parsed)
        page = list(present(attr(data, "items")) or [])
        cursor = attr(data, "cursor")
        state.pages += 1
        yield EmitAll(page, state)
        at, uuid = _s(attr(cursor, "updated_at")), _s(attr(cursor, "batch_uuid"))
        # `next_`: the generated name of WB's `next`; absent or not true ends the list
        if not page or attr(cursor, "next_") is not True or at is None or uuid is None:
            return
        if position == {"updatedAt": at, "batchUUID": uuid}:
            raise PaginationError(f"the failed-cards cursor did not advance past {at} {uuid}: stopping")
        position = {"updatedAt": at, "batchUUID": uuid}


SEARCH_EACH_UP_TO = 10  # barcodes looked up one textSearch each; more: one walk of the whole list


def _chrt_ids_plan(skus: list[str]) -> Plan[dict[str, int]]:
    """Barcode -> chrtID from the cards' `sizes[].skus` / `sizes[].chrtID` (WB's only documented
    link between them). A few barcodes: a textSearch for each (WB searches barcodes), the match
    checked on the sizes; many: one walk of the cards list, stopping once all are found."""
    found: dict[str, int] = {}

    def on_card(card: Any) -> bool:
        for size in present(getattr(card, "sizes", None)) or []:
            chrt = present(getattr(size, "chrt_id", None))
            for sku in present(getattr(size, "skus", None)) or []:
                if chrt is not None and sku in wanted and sku not in found:
                    found[sku] = int(chrt)
        return wanted <= found.keys()

    wanted = set(skus)
    searches = (
        [{"withPhoto": ALL_CARDS, "textSearch": sku} for sku in skus]
        if len(skus) <= SEARCH_EACH_UP_TO
        else [None]
    )
    for filters in searches:
        if filters is not None and filters["textSearch"] in found:
            continue
        yield from each(
            _cards_plan(PageState(), limit=100, filters=filters or {"withPhoto": ALL_CARDS}), on_card
        )
    unknown = [sku for sku in skus if sku not in found]
    if unknown:
        raise InvalidRequestError(
            f"skus: {unknown[:5]!r}{' ...' if len(unknown) > 5 else ''} are barcodes of none of the "
            "seller's cards (no sizes[].chrtID to map them to)",
            field="skus",
            value=unknown,
            limit="a barcode in a card's sizes[].skus",
        )
    return {sku: found[sku] for sku in skus}


def _cards_by_nm_id_plan(nm_ids: list[int]) -> Plan[dict[int, Any]]:
    """nmID -> the card as the cards list shows it: a textSearch each for a few (WB searches
    nmIDs), one walk of the list for more, stopping once all are found."""
    found: dict[int, Any] = {}
    wanted = set(nm_ids)

    def on_card(card: Any) -> bool:
        nm = as_int(attr(card, "nm_id"))
        if nm in wanted and nm not in found:
            found[nm] = card
        return wanted <= found.keys()

    searches: list[int | None] = list(nm_ids) if len(nm_ids) <= SEARCH_EACH_UP_TO else [None]
    for nm in searches:
        if nm in found:
            continue
        filters: dict[str, Any] = {"withPhoto": ALL_CARDS}
        if nm is not None:
            filters["textSearch"] = str(nm)
        yield from each(_cards_plan(PageState(), limit=100, filters=filters), on_card)
    unknown = [nm for nm in nm_ids if nm not in found]
    if unknown:
        raise InvalidRequestError(
            f"nm_ids: {unknown[:5]!r}{' ...' if len(unknown) > 5 else ''} are none of the seller's cards",
            field="nm_ids",
            value=unknown,
            limit="an nmID of the cards list",
        )
    return {nm: found[nm] for nm in nm_ids}


class ContentListsOps:
    """The cards list, the trash, the failed cards, barcodes to chrtIDs, tags."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

    def chrt_ids_for_skus(self, skus: Sequence[str]) -> dict[str, int]:
        """{barcode: chrtID} for the given barcodes (SKUs), read from the cards list: WB keeps
        marketplace stocks per size (chrtID) and refuses SKUs since 2026-05-20. A barcode no card
        has raises InvalidRequestError naming it: nothing is guessed. Up to 10 barcodes cost a
        search each; more cost one walk of the whole cards list (100 cards a request)."""
        if isinstance(skus, str | bytes):
            raise InvalidRequestError(
                "skus: a list of barcodes is needed", field="skus", value=skus, limit="array"
            )
        unique = list(dict.fromkeys(str(sku) for sku in skus))
        return self._runner.run(_chrt_ids_plan(unique))

    def cards_by_nm_id(self, nm_ids: Sequence[int]) -> dict[int, Card | RawItem]:
        """{nmID: card} for the given nmIDs, as the cards list shows them (what update_cards takes
        whole: read, change some fields, send back). An nmID no card has raises
        InvalidRequestError naming it. Up to 10 nmIDs cost a search each; more, one walk of the
        whole cards list (100 cards a request). WB operation: `POST /content/v2/get/cards/list`."""
        if isinstance(nm_ids, str | bytes):
            raise InvalidRequestError("nm_ids: a list of nmIDs is needed", field="nm_ids", value=nm_ids)
        unique = list(dict.fromkeys(nm_ids))
        for i, nm in enumerate(unique):
            check_value({"type": "integer", "minimum": 1}, nm, f"nm_ids[{i}]")
        return self._runner.run(_cards_by_nm_id_plan(unique))

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
    ) -> Pages[Card | RawItem]:
        """Every product card matching the filters, page by page (one page in memory), each
        nmID once. `.cursor` after each page; `start_after=that cursor` resumes an export.

        with_photo: 0 every card (the default), 1 only cards with photos, 2 only cards without
        (WB's values since 2026; 0 meant "without photos" in the docs' era, and -1, the docs'
        "all", is still taken). Another value is refused before sending.

        Oldest first by default: a card updated during the walk moves to the end of the list, so
        it is met again (and handed out once); newest first (ascending=False) it would jump
        behind the cursor and be missed."""
        limit_schema = ops.PRODUCT_CARDS_LIST.schema("settings.cursor.limit")
        _check_page_size(page_size, int(limit_schema.get("maximum", 100)))
        filters: dict[str, Any] = {"withPhoto": with_photo}
        for key, value in (
            ("textSearch", text_search),
            ("tagIDs", tag_ids),
            ("objectIDs", object_ids),
            ("brands", brands),
            ("imtID", imt_id),
            ("allowedCategoriesOnly", allowed_categories_only),
        ):
            if value is not None:
                filters[key] = list(value) if isinstance(value, list | tuple) else value
        check_body(ops.PRODUCT_CARDS_LIST, {"settings": {"cursor": {"limit": page_size}, "filter": filters}})
        return Pages(
            self._runner,
            lambda state: _cards_plan(
                state, limit=page_size, sort_ascending=ascending, filters=filters, locale=locale
            ),
            PageState(_cursor(start_after)),
        )

    def iter_trash(
        self,
        *,
        text_search: str | None = None,
        ascending: bool = True,
        locale: str | None = None,
        page_size: int = 100,
        start_after: Cursor | dict[str, Any] | None = None,
    ) -> Pages[TrashCard | RawItem]:
        """Every product card in the trash, by the trash's own {trashedAt, nmID} cursor (oldest
        first, like iter_cards)."""
        _check_page_size(page_size, 100)
        filters = {"textSearch": text_search} if text_search else None
        return Pages(
            self._runner,
            lambda state: _cards_plan(
                state, limit=page_size, sort_ascending=ascending, filters=filters, locale=locale, trash=True
            ),
            PageState(_cursor(start_after)),
        )

    def iter_card_errors(
        self, *, ascending: bool = True, locale: str | None = None, page_size: int = 100
    ) -> Pages[CardsErrorBatch | RawItem]:
        """The list of failed product cards (WB's `POST /content/v2/cards/error/list`), batch by
        batch: each batch has its `batch_uuid`, `updated_at`, `vendor_codes` and `errors` (per
        vendorCode, WB's messages), page after page by WB's cursor until it says there is no next
        page. Oldest first by default (WB's order); ascending=False for newest first. A card
        leaves the list when a later create or update of its vendorCode succeeds."""
        limit_schema = ops.LIST_OF_FAILED_PRODUCT_CARDS_WITH_ERRORS_POST.schema("cursor.limit")
        _check_page_size(page_size, int(limit_schema.get("maximum", 100)))
        return Pages(
            self._runner,
            lambda state: _error_batches_plan(state, limit=page_size, ascending=ascending, locale=locale),
        )

    def tags(self) -> list[Tag | RawItem] | None:
        """The seller's tags."""
        return cast("list[Tag | RawItem] | None", self._runner.run(then(parsed(call(ops.TAGS_LIST)), _data)))

    def create_tag(self, name: str, color: str) -> ContentResponseDataType0 | None:
        """Create a tag (name and color checked against the spec: at most 15 characters, one of
        WB's colors). WB allows 15 tags per seller; it refuses the 16th."""
        body = {"name": name, "color": color}
        check_body(ops.CREATE_A_TAG, body)
        check_name(name, "body.name")
        return cast(
            "ContentResponseDataType0 | None",
            self._runner.run(then(parsed(call(ops.CREATE_A_TAG, body=body)), _data)),
        )

    def set_card_tags(self, nm_id: int, tag_ids: Sequence[int]) -> ContentResponseDataType0 | None:
        """Give the product card exactly these tags (WB replaces the card's tag set; at most 15)."""
        body = {"nmID": nm_id, "tagsIDs": list(tag_ids)}
        check_body(ops.TAG_MANAGEMENT_IN_THE_PRODUCT_CARD, body)
        plan = then(parsed(call(ops.TAG_MANAGEMENT_IN_THE_PRODUCT_CARD, body=body)), _data)
        return cast("ContentResponseDataType0 | None", self._runner.run(plan))
