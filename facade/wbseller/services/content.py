"""Content: the cards list and trash with their cursor, the list of failed cards, and card
writes you can wait on.

for card in wb.content.iter_cards(text_search="shirt"):
    ...
upload = wb.content.create_cards([{"subjectID": 105, "variants": [...]}])
result = upload.wait(timeout=300)        # each vendorCode -> its nmID or WB's errors for it
result.raise_for_errors()
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from .. import timestamps
from ..drift import RawItem
from ..errors import (
    InvalidRequestError,
    PaginationError,
    RetryUnsafeError,
    UnknownOutcomeError,
    UploadError,
    WBError,
    WriteOutcome,
)
from ..pagination import Cursor, Pages, PageState, cursor_pages
from ..plans import Call, EmitAll, Plan, Sleep, SyncRunner, each
from ..text import check_name
from ..validation import check_body, check_body_item, check_value, max_items, schema_at
from ..waiting import Handle, poll
from ._common import as_int, attr, present
from ._common import as_json as _json
from .content_brands import ContentBrandsOps

if TYPE_CHECKING:
    from wbseller_raw.content.models import Card, CardsErrorBatch, ContentResponseDataType0, Tag, TrashCard

SPEC = "content"
MAX_REQUEST_BYTES = 10 * 1024 * 1024  # "Maximum request size is 10 Mb" (products.txt)
CLOCK_SKEW = timedelta(minutes=2)  # WB's clock vs ours, when telling new cards from old ones


# The docs give no length for vendorCode; WB's reference of 2026 caps a new card's at 72
# characters (cards-write-fields-2026-08), and the seller portal any seller's article, so a
# longer one cannot be a real vendorCode (WB would refuse the card later, in the failed cards).
VENDOR_CODE_MAX = 72

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


def _listed(cards: Any) -> list[Any]:
    """The cards argument as a list of JSON objects (None, a string or one dict is a mistake)."""
    if cards is None or isinstance(cards, str | bytes | Mapping) or not isinstance(cards, Iterable):
        raise InvalidRequestError(
            f"cards: give a list of cards, not {type(cards).__name__}",
            field="cards",
            value=cards,
            limit="a list",
        )
    return [_json(c) for c in cards]


def _split_by_size(items: Iterable[Any], max_count: int) -> Iterator[list[Any]]:
    """Batches of at most `max_count` items and at most 10 MB of JSON each."""
    batch: list[Any] = []
    size = 2
    for item in items:
        n = len(json.dumps(item, ensure_ascii=False).encode()) + 1
        if batch and (len(batch) >= max_count or size + n > MAX_REQUEST_BYTES):
            yield batch
            batch, size = [], 2
        batch.append(item)
        size += n
    if batch:
        yield batch


@dataclass
class CardOutcome:
    """One vendorCode of an upload: its nmID (and imtID) once created or updated, or WB's
    messages from the list of failed cards (and the batch that listed them)."""

    vendor_code: str
    nm_id: int | None = None
    imt_id: int | None = None
    errors: list[str] = field(default_factory=list)
    batch_uuid: str | None = None

    @property
    def ok(self) -> bool:
        return self.nm_id is not None and not self.errors


@dataclass
class CardsResult:
    """Per vendorCode: the nmID it got, or the errors WB listed for it."""

    cards: dict[str, CardOutcome]

    @property
    def ok(self) -> bool:
        """True when no vendorCode failed (`failed` is empty)."""
        return not self.failed

    @property
    def failed(self) -> dict[str, list[str]]:
        """vendorCode -> WB's messages, for every card that failed."""
        return {vc: o.errors for vc, o in self.cards.items() if o.errors}

    @property
    def nm_ids(self) -> dict[str, int]:
        return {vc: o.nm_id for vc, o in self.cards.items() if o.nm_id is not None and not o.errors}

    def raise_for_errors(self) -> CardsResult:
        """UploadError (with `.failed`) listing every card that failed; else the result itself."""
        if self.failed:
            lines = "; ".join(f"{vc}: {', '.join(errs)}" for vc, errs in sorted(self.failed.items()))
            raise UploadError(f"{len(self.failed)} card(s) failed: {lines}", failed=self.failed)
        return self


class CardsUpload(Handle[CardsResult]):
    """Cards sent for creation or update: wait() until each vendorCode shows up in the cards list
    (with its nmID) or in the list of failed cards (with WB's messages: WB's current
    `POST /content/v2/cards/error/list`, paged newest first down to the upload's time, which
    replaces the docs' GET). The failed-cards list is read only while some vendorCode is in
    neither list. Rebuild it in another process with `client.content.cards_upload(vendor_codes,
    since)`."""

    # WB allows the failed-cards list 10 requests a minute (interval 6 s): a round every 6 s
    # reads it at that pace, not faster (a shorter `poll` only waits on the limiter)
    default_poll = 6.0

    def __init__(self, runner: Any, vendor_codes: Sequence[str], since: datetime) -> None:
        super().__init__(runner)
        self.vendor_codes = list(dict.fromkeys(vendor_codes))
        self.since = since

    def __repr__(self) -> str:
        return f"CardsUpload({len(self.vendor_codes)} vendorCodes since {self.since:%Y-%m-%d %H:%M:%S})"

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[CardsResult]:
        found: dict[str, CardOutcome] = {}
        pending = set(self.vendor_codes)
        after = self.since - CLOCK_SKEW

        def round_() -> Plan[CardsResult | None]:
            yield from _look_plan(pending, found, after)
            if pending:
                return None
            return CardsResult({vc: found[vc] for vc in self.vendor_codes})

        result = yield from poll(
            round_, timeout=timeout, interval=poll_interval, what=f"{len(self.vendor_codes)} card(s)"
        )
        return result


def _look_plan(pending: set[str], found: dict[str, CardOutcome], after: datetime) -> Plan[None]:
    """One look at what WB shows for the `pending` vendorCodes: the cards list newest first back
    to `after` (a card there: its nmID), then the failed cards list (its errors). Each one found
    moves from `pending` to `found`."""

    def seen(card: Any) -> bool:
        # a card WB sent off-spec comes as a RawItem: attr() reads both
        vc = str(attr(card, "vendor_code"))
        updated = timestamps.parse(_s(attr(card, "updated_at")))
        fresh = updated is None or updated >= after  # an update shows as a newer updatedAt
        if vc in pending and fresh:
            pending.discard(vc)
            found[vc] = CardOutcome(vc, as_int(attr(card, "nm_id")), as_int(attr(card, "imt_id")))
        # newest first: past the cards older than the upload, the rest is older still
        return not pending or not fresh

    def failed(batch: Any) -> bool:
        # newest first: a batch older than the upload ends the walk (the rest is older still)
        when = timestamps.parse(_s(attr(batch, "updated_at")))
        if when is not None and when < after:
            return True
        uuid = _s(attr(batch, "batch_uuid"))
        for vc, messages in _batch_errors(batch).items():
            if vc in pending:
                pending.discard(vc)
                found[vc] = CardOutcome(vc, errors=messages, batch_uuid=uuid)
        return not pending

    yield from each(_cards_plan(PageState(), limit=100, sort_ascending=False), seen)
    if pending:
        yield from each(_error_batches_plan(PageState(), limit=100, ascending=False), failed)


def _s(value: Any) -> str | None:
    value = present(value)
    return None if value is None else str(value)


def _messages(value: Any) -> list[str]:
    """WB's messages for one vendorCode: a list of texts (a lone text or other JSON as one)."""
    value = _json(present(value))
    if value is None:
        return []
    if isinstance(value, list):
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value]
    return [value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)]


NO_MESSAGE = "listed by WB among the failed cards, without a message"


def _batch_errors(batch: Any) -> dict[str, list[str]]:
    """vendorCode -> WB's messages, from one batch of the failed-cards list. `errors` is keyed by
    vendorCode (WB's reference text; the facts say only "an object"). A vendorCode of the batch
    without an entry there is not taken as failed (it may be a card of the batch that was created:
    the cards list shows it). Errors in another shape go to every vendorCode of the batch, so a
    failure is not lost to a shape we did not expect."""
    errors = _json(attr(batch, "errors"))
    if isinstance(errors, Mapping):
        return {str(vc): _messages(messages) or [NO_MESSAGE] for vc, messages in errors.items()}
    codes = [str(vc) for vc in present(attr(batch, "vendor_codes")) or [] if vc is not None]
    return {vc: _messages(errors) or [NO_MESSAGE] for vc in codes} if errors is not None else {}


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
    op = "product_cards_in_trash_list" if trash else "product_cards_list"
    at_key = "trashedAt" if trash else "updatedAt"

    def call(cursor: Cursor | None, n: int) -> Call:
        settings: dict[str, Any] = {"cursor": {"limit": n}}
        if cursor is not None:
            settings["cursor"].update({at_key: cursor.at, "nmID": cursor.nm_id})
        if filters:
            settings["filter"] = filters
        if sort_ascending is not None:
            settings["sort"] = {"ascending": sort_ascending}
        kwargs = {"locale": locale} if locale else {}
        return Call(SPEC, op, kwargs, body={"settings": settings})

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

    return cursor_pages(call, items, next_cursor, lambda card: as_int(attr(card, "nm_id")), limit, state)


def _error_batches_plan(
    state: PageState, *, limit: int, ascending: bool, locale: str | None = None
) -> Plan[None]:
    """Every batch of the failed-cards list (WB's current POST, cards-error-list-batches): the
    first request sends the page size and the order, each next one the (updatedAt, batchUUID) of
    the last batch of the page, until WB answers `next: false` (or an empty page)."""
    kwargs = {"locale": locale} if locale else {}
    position: dict[str, str] = {}
    while True:
        body = {"cursor": {"limit": limit, **position}, "order": {"ascending": ascending}}
        response = yield Call(SPEC, "list_of_failed_product_cards_with_errors_post", kwargs, body=body)
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


class ContentOps(ContentBrandsOps):
    """Content operations shared by the sync and async content services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

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
        limit_schema = schema_at(SPEC, "product_cards_list", "settings.cursor.limit")
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
        check_body(
            SPEC, "product_cards_list", {"settings": {"cursor": {"limit": page_size}, "filter": filters}}
        )
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
        limit_schema = schema_at(SPEC, "list_of_failed_product_cards_with_errors_post", "cursor.limit")
        _check_page_size(page_size, int(limit_schema.get("maximum", 100)))
        return Pages(
            self._runner,
            lambda state: _error_batches_plan(state, limit=page_size, ascending=ascending, locale=locale),
        )

    def create_cards(self, cards: Iterable[Any]) -> CardsUpload:
        """Create cards (each {subjectID, variants: [...]}) in as many requests as WB's limits
        need (100 cards and 10 MB per request); returns a CardsUpload to wait on.

        A list (or tuple) is checked whole before anything is sent. Any other iterable (a
        generator over a large file) is read a request at a time, each card checked as it is
        read and each request sent once full, so memory stays bounded (the handle keeps the
        vendorCodes only); a bad card then stops the sending with the cards already sent noted.

        A variant takes `kizMarked` and `wholesale` {enabled, quantum}; `sizes[].chrtID` and
        `dimensions.isValid` (what the cards list shows of an existing card) are not fields of a
        new card in WB's reference: they are left out of what is sent."""
        return self._cards_write("create_product_cards", cards)

    def update_cards(self, cards: Iterable[Any]) -> CardsUpload:
        """Overwrite product cards (send every field, as read from the cards list), split by WB's
        per-request maximum, a list checked whole first, another iterable read as it is sent (as
        create_cards); returns a CardsUpload to wait on. A card takes `kizMarked` (WB's default
        false: the update overwrites it too); `dimensions.isValid`, which the cards list shows, is
        not a field of the update in WB's reference: it is left out of what is sent."""
        return self._cards_write("update_product_cards", cards)

    def check_cards(self, cards: Iterable[Any], *, update: bool = False) -> list[Any]:
        """The requests create_cards (update_cards with update=True) would send for `cards`: each
        request's body (a list of cards), checked and split exactly as that method checks and
        splits them. Nothing is sent: a dry run (`wbseller cards create --dry-run`). A bad card
        raises InvalidRequestError naming it (`cards[i]...`)."""
        operation_id = "update_product_cards" if update else "create_product_cards"
        _listed_arg(cards)
        checked = _checked_cards(operation_id, cards, [])
        bodies = list(_split_by_size(checked, max_items(SPEC, operation_id)))
        if not bodies:
            raise _no_cards()
        return bodies

    def _cards_write(self, operation_id: str, cards: Iterable[Any]) -> CardsUpload:
        _listed_arg(cards)
        vendor_codes: list[str] = []
        checked = _checked_cards(operation_id, cards, vendor_codes)
        size = max_items(SPEC, operation_id)
        if isinstance(cards, list | tuple):
            body = list(checked)  # all checked before anything is sent
            if not body:
                raise _no_cards()
            return self._send(operation_id, _ListRequests(_split_by_size(body, size)), vendor_codes)
        return self._send(operation_id, _split_by_size(checked, size), vendor_codes)

    def add_cards_to(self, imt_id: int, cards: Sequence[Any]) -> CardsUpload:
        """Create product cards inside the existing card `imt_id` (one request: at most 29, as a
        card holds 30 product cards; more is refused before sending, not split, since the card
        could not take them); returns a CardsUpload. The variants are those of create_cards."""
        variants = [_new_variant(v) for v in _listed(cards)]
        if not variants:
            return CardsUpload(self._runner, [], timestamps.utcnow())
        for i, variant in enumerate(variants):
            _check_names(variant, f"cardsToAdd[{i}]")
        body = {"imtID": imt_id, "cardsToAdd": variants}
        check_body(SPEC, "create_product_cards_with_merge", body)
        vendor_codes = [v["vendorCode"] for v in variants]
        _no_duplicates(vendor_codes)
        return self._send("create_product_cards_with_merge", [body], vendor_codes)

    def tags(self) -> list[Tag | RawItem] | None:
        """The seller's tags."""
        return cast("list[Tag | RawItem] | None", self._runner.run(_data_of(Call(SPEC, "tags_list"))))

    def create_tag(self, name: str, color: str) -> ContentResponseDataType0 | None:
        """Create a tag (name and color checked against the spec: at most 15 characters, one of
        WB's colors). WB allows 15 tags per seller; it refuses the 16th."""
        body = {"name": name, "color": color}
        check_body(SPEC, "create_a_tag", body)
        check_name(name, "body.name")
        return cast(
            "ContentResponseDataType0 | None",
            self._runner.run(_data_of(Call(SPEC, "create_a_tag", body=body))),
        )

    def set_card_tags(self, nm_id: int, tag_ids: Sequence[int]) -> ContentResponseDataType0 | None:
        """Give the product card exactly these tags (WB replaces the card's tag set; at most 15)."""
        body = {"nmID": nm_id, "tagsIDs": list(tag_ids)}
        check_body(SPEC, "tag_management_in_the_product_card", body)
        plan = _data_of(Call(SPEC, "tag_management_in_the_product_card", body=body))
        return cast("ContentResponseDataType0 | None", self._runner.run(plan))

    def cards_upload(self, vendor_codes: Sequence[str], since: datetime) -> CardsUpload:
        """Rebuild the handle of an earlier upload (e.g. in a restarted process). `since`: when it
        was sent, an aware datetime (CardsUpload.since; a naive one is refused: WB's times are
        zoned, and read as local time it would shift the window by the machine's offset)."""
        if not isinstance(since, datetime):
            raise InvalidRequestError(
                f"since: {since!r} is not a datetime", field="since", value=since, limit="datetime"
            )
        if since.tzinfo is None or since.utcoffset() is None:
            raise InvalidRequestError(
                f"since: {since!r} has no timezone; pass an aware datetime (e.g. tzinfo=datetime.UTC, "
                "or the upload's own .since)",
                field="since",
                value=since,
                limit="timezone-aware",
            )
        if isinstance(vendor_codes, str) or not all(isinstance(vc, str) for vc in vendor_codes):
            raise InvalidRequestError(
                "vendor_codes: give a list of vendorCode strings",
                field="vendor_codes",
                value=vendor_codes,
                limit="list of strings",
            )
        return CardsUpload(self._runner, vendor_codes, since)

    def _send(self, operation_id: str, bodies: Iterable[Any], vendor_codes: list[str]) -> CardsUpload:
        """Send each request's body as it comes (`bodies` may check and read cards lazily, filling
        `vendor_codes` as it goes)."""
        return self._runner.run(self._send_plan(operation_id, bodies, vendor_codes))

    def _send_plan(
        self,
        operation_id: str,
        bodies: Iterable[Any],
        vendor_codes: list[str],
        since: datetime | None = None,
        sent: list[str] | None = None,
    ) -> Plan[CardsUpload]:
        """The sending; `since`, `sent`: of an earlier run being resumed."""
        started = since or timestamps.utcnow()
        requests = iter(bodies)
        done: list[str] = sent if sent is not None else []
        since = started

        def plan() -> Plan[CardsUpload]:
            while True:
                try:
                    b = next(requests, None)
                except InvalidRequestError as e:  # a card further on: the requests before it stand
                    if done:
                        _note_sent(e, [done], [], since)
                    raise
                if b is None:
                    break
                try:
                    yield Call(SPEC, operation_id, body=b)
                except RetryUnsafeError as e:
                    error = yield from self._unknown(operation_id, b, requests, vendor_codes, since, done, e)
                    raise error from e
                except WBError as e:
                    _note_sent(e, [done], _codes(b), since)
                    raise
                done.extend(_codes(b))
            if not done:
                raise _no_cards()
            return CardsUpload(self._runner, vendor_codes, started)

        return plan()

    def _unknown(
        self,
        operation_id: str,
        body: Any,
        requests: Iterator[Any],
        vendor_codes: list[str],
        since: datetime,
        done: list[str],
        error: RetryUnsafeError,
    ) -> Plan[UnknownOutcomeError]:
        """A request whose answer never came whole: look its vendorCodes up in the cards list and
        the failed cards list once (WB creates cards asynchronously: one not there yet is
        unknown), and make the error whose resume() goes on."""
        codes = _codes(body)
        pending, found = set(codes), dict[str, CardOutcome]()
        try:
            yield from _look_plan(pending, found, since - CLOCK_SKEW)
        except WBError as again:  # WB still unreachable: all unknown
            error.add_note(f"looking the cards up failed too: {again}")
        rest = list(requests) if isinstance(requests, _ListRequests) else None
        outcome = WriteOutcome(
            applied=[vc for vc in codes if vc in found and not found[vc].errors],
            not_applied=[vc for vc in codes if vc in found and found[vc].errors]
            + [vc for b in rest or [] for vc in _codes(b)],
            unknown=[vc for vc in codes if vc in pending],
        )
        later: Iterator[Any] = iter(rest) if rest is not None else requests

        def resume(wait: float = 60.0, poll: float = 3.0) -> CardsUpload:
            """Look for the unknown cards up to `wait` seconds (every `poll`); send again only
            those WB still does not show, then the requests never sent."""
            return cast(CardsUpload, self._runner.run(resume_plan(wait, poll)))

        def resume_plan(wait: float, poll: float) -> Plan[Any]:
            left, seen = set(outcome.unknown), dict(found)
            deadline = time.monotonic() + wait
            while left:
                yield from _look_plan(left, seen, since - CLOCK_SKEW)
                if not left or time.monotonic() + poll > deadline:
                    break
                yield Sleep(poll)
            again = _only(body, left)
            requests_now = itertools.chain([again] if again else [], later)
            sent_now = [*done, *(vc for vc in codes if vc not in left)]
            result = yield from self._send_plan(operation_id, requests_now, vendor_codes, since, sent_now)
            return result

        e = UnknownOutcomeError(
            f"{SPEC}.{operation_id}: a request of {len(codes)} card(s) got no answer to rely on "
            f"({error}); WB shows {outcome}; resume() looks again for the unknown ones and sends only "
            "those WB still does not show (a vendorCode WB has is refused, never doubled), then the rest",
            outcome=outcome,
            resume=resume,
        )
        _note_sent(e, [done], codes, since)
        return e


class _ListRequests(Iterator[Any]):
    """The requests of a list (not a caller's iterator): what is left of them may be read at once."""

    def __init__(self, requests: Iterator[Any]) -> None:
        self._requests = requests

    def __next__(self) -> Any:
        return next(self._requests)


def _only(body: Any, vendor_codes: set[str]) -> Any:
    """The part of a request's body holding these vendorCodes (None: none of them)."""
    if isinstance(body, dict):  # a merge: {"imtID", "cardsToAdd": [...]}
        kept = [c for c in body.get("cardsToAdd", []) if c.get("vendorCode") in vendor_codes]
        return {**body, "cardsToAdd": kept} if kept else None
    cards = [c for c in body if set(_codes([c])) & vendor_codes]
    return cards or None


def _without_is_valid(card: Any) -> Any:
    """A card to send, without `dimensions.isValid` (answers only, cards-write-fields-2026-08)."""
    dims = card.get("dimensions") if isinstance(card, dict) else None
    if not isinstance(dims, dict) or "isValid" not in dims:
        return card
    return {**card, "dimensions": {k: v for k, v in dims.items() if k != "isValid"}}


def _new_variant(variant: Any) -> Any:
    """A new product card to send: without `dimensions.isValid` and `sizes[].chrtID` (WB gives
    a new size its chrtID; neither is a field of create or create with merge)."""
    variant = _without_is_valid(variant)
    sizes = variant.get("sizes") if isinstance(variant, dict) else None
    if isinstance(sizes, list) and any(isinstance(s, dict) and "chrtID" in s for s in sizes):
        sizes = [{k: v for k, v in s.items() if k != "chrtID"} if isinstance(s, dict) else s for s in sizes]
        variant = {**variant, "sizes": sizes}
    return variant


def _new_card(card: Any) -> Any:
    variants = card.get("variants") if isinstance(card, dict) else None
    if not isinstance(variants, list):
        return card
    return {**card, "variants": [_new_variant(v) for v in variants]}


def _codes(body: Any) -> list[str]:
    """The vendorCodes of one request's body (a list of cards, or a merge's cardsToAdd)."""
    cards = body.get("cardsToAdd", []) if isinstance(body, dict) else body
    return [str(v.get("vendorCode")) for c in cards for v in (c.get("variants") or [c])]


def _listed_arg(cards: Any) -> None:
    if cards is None or isinstance(cards, str | bytes | Mapping) or not isinstance(cards, Iterable):
        raise InvalidRequestError(
            f"cards: give a list of cards, not {type(cards).__name__}",
            field="cards",
            value=cards,
            limit="a list",
        )


def _no_cards() -> InvalidRequestError:
    return InvalidRequestError("cards: no cards to send", field="cards", value=[], limit="at least 1")


def _checked_cards(operation_id: str, cards: Iterable[Any], vendor_codes: list[str]) -> Iterator[Any]:
    """Each card as JSON, checked (schema, variants, names, each vendorCode once), its vendorCodes
    appended to `vendor_codes` as it is read."""
    seen: set[str] = set()
    create = operation_id == "create_product_cards"
    for i, card in enumerate(cards):
        body = _new_card(_json(card)) if create else _without_is_valid(_json(card))
        root = f"cards[{i}]"
        check_body_item(SPEC, operation_id, body, root)
        if create:
            _check_variants(body, root)
            codes = [v["vendorCode"] for v in body.get("variants", [])]
        else:
            _check_names(body, root)
            codes = [body["vendorCode"]]
        _no_duplicates(codes, seen)
        vendor_codes.extend(codes)
        yield body


def _note_sent(error: WBError, sent: list[list[str]], failed: list[str], since: datetime) -> None:
    """What the user needs to go on after a stop: the cards already sent (to wait on, with
    client.content.cards_upload(vendor_codes, since)), and those of the failed request (which a
    RetryUnsafeError leaves unknown: WB may have them)."""
    done = [vc for batch in sent for vc in batch]
    if done:
        error.add_note(
            f"cards already sent (cards_upload(them, since={since.isoformat()}) waits on them): {done}"
        )
    if failed:
        error.add_note(f"vendorCodes of the failed request: {failed}")


def _data_of(call: Call) -> Plan[Any]:
    response = yield call
    return _data(response.parsed)


def _check_page_size(page_size: int, maximum: int) -> None:
    if not 1 <= page_size <= maximum:
        raise InvalidRequestError(
            f"page_size: {page_size} is outside 1..{maximum} (WB's limit)",
            field="page_size",
            value=page_size,
            limit=maximum,
        )


def _check_variants(card: Any, root: str) -> None:
    """A card to create needs a variant (with none, WB makes nothing and the wait would report
    nothing failed), and its names printable text."""
    variants = card.get("variants") if isinstance(card, dict) else None
    if not variants:
        raise InvalidRequestError(
            f"{root}.variants: a card needs at least 1 variant (with its vendorCode)",
            field=f"{root}.variants",
            value=variants,
            limit="at least 1",
        )
    for j, variant in enumerate(variants):
        _check_names(variant, f"{root}.variants[{j}]")


def _check_names(item: Any, root: str) -> None:
    """vendorCode (required, a non-empty string), title and brand: printable text (wbseller.text)."""
    if not isinstance(item, dict):
        return
    vc = item.get("vendorCode")
    if not isinstance(vc, str):
        raise InvalidRequestError(
            f"{root}.vendorCode: {vc!r} is not a string", field=f"{root}.vendorCode", value=vc, limit="string"
        )
    for name in ("vendorCode", "title", "brand"):
        if name in item:
            check_name(item[name], f"{root}.{name}")


def _no_duplicates(vendor_codes: list[str], seen: set[str] | None = None) -> None:
    """Each vendorCode once per upload (`seen`: those met before), and no longer than
    VENDOR_CODE_MAX."""
    seen = set() if seen is None else seen
    for vc in vendor_codes:
        if isinstance(vc, str) and len(vc) > VENDOR_CODE_MAX:
            raise InvalidRequestError(
                f"vendorCode: {vc[:20]!r}... is {len(vc)} characters long; at most {VENDOR_CODE_MAX} allowed",
                field="vendorCode",
                value=vc,
                limit=VENDOR_CODE_MAX,
            )
        if vc in seen:
            raise InvalidRequestError(
                f"vendorCode: {vc!r} appears twice in one upload",
                field="vendorCode",
                value=vc,
                limit="unique",
            )
        seen.add(vc)
