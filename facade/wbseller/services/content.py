"""Content: the cards list and trash with their cursor, and card writes you can wait on.

for card in wb.content.iter_cards(text_search="shirt"):
    ...
upload = wb.content.create_cards([{"subjectID": 105, "variants": [...]}])
result = upload.wait(timeout=300)        # each vendorCode -> its nmID or its errors
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
    RetryUnsafeError,
    UnknownOutcomeError,
    UploadError,
    WBError,
    WriteOutcome,
)
from ..pagination import Cursor, Pages, PageState, batches, cursor_pages
from ..plans import Call, Plan, Sleep, SyncRunner, each
from ..text import check_name
from ..validation import check_body, max_items, schema_at
from ..waiting import Handle, poll
from ._common import as_int, attr, present
from ._common import as_json as _json

if TYPE_CHECKING:
    from wbseller_raw.content.models import Card, ContentResponseDataType0, Tag, TrashCard

SPEC = "content"
MAX_REQUEST_BYTES = 10 * 1024 * 1024  # "Maximum request size is 10 Mb" (products.txt)
CLOCK_SKEW = timedelta(minutes=2)  # WB's clock vs ours, when telling new cards from old ones


# The docs give no length for vendorCode; WB's seller portal caps the seller's article at 72
# characters, so a longer one cannot be a real vendorCode (WB would refuse the card later, on
# its own, in the list of failed cards).
VENDOR_CODE_MAX = 72


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
    vendor_code: str
    nm_id: int | None = None
    imt_id: int | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.nm_id is not None and not self.errors


@dataclass
class CardsResult:
    """Per vendorCode: the nmID it got, or the errors WB listed for it."""

    cards: dict[str, CardOutcome]

    @property
    def failed(self) -> dict[str, list[str]]:
        return {vc: o.errors for vc, o in self.cards.items() if o.errors}

    @property
    def nm_ids(self) -> dict[str, int]:
        return {vc: o.nm_id for vc, o in self.cards.items() if o.nm_id is not None and not o.errors}

    def raise_for_errors(self) -> CardsResult:
        if self.failed:
            lines = "; ".join(f"{vc}: {', '.join(errs)}" for vc, errs in sorted(self.failed.items()))
            raise UploadError(f"{len(self.failed)} card(s) failed: {lines}", failed=self.failed)
        return self


class CardsUpload(Handle[CardsResult]):
    """Cards sent for creation or update: wait() until each vendorCode shows up in the cards list
    (with its nmID) or in the list of failed cards (with its errors: WB's current
    `POST /content/v2/cards/error/list`, which replaces the docs' GET). Rebuild it in another
    process with `client.content.cards_upload(vendor_codes, since)`."""

    default_poll = 3.0

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

    yield from each(_cards_plan(PageState(), limit=100, sort_ascending=False), seen)
    if pending:
        # WB's current list is the POST (the docs' GET is deprecated: cards-error-list-post)
        errors = yield Call(SPEC, "list_of_failed_product_cards_with_errors_post", body={})
        for item in _data(errors.parsed) or []:
            vc = _s(attr(item, "vendor_code"))
            when = timestamps.parse(_s(attr(item, "updated_at")))
            if vc in pending and (when is None or when >= after):
                pending.discard(vc)
                found[vc] = CardOutcome(vc, errors=[str(e) for e in (attr(item, "errors") or [])])


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
        [{"withPhoto": -1, "textSearch": sku} for sku in skus] if len(skus) <= SEARCH_EACH_UP_TO else [None]
    )
    for filters in searches:
        if filters is not None and filters["textSearch"] in found:
            continue
        yield from each(_cards_plan(PageState(), limit=100, filters=filters or {"withPhoto": -1}), on_card)
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


class ContentOps:
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

    def iter_cards(
        self,
        *,
        text_search: str | None = None,
        with_photo: int = -1,
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

    def create_cards(self, cards: Iterable[Any]) -> CardsUpload:
        """Create cards (each {subjectID, variants: [...]}) in as many requests as WB's limits
        need (100 cards and 10 MB per request); returns a CardsUpload to wait on.

        A list (or tuple) is checked whole before anything is sent. Any other iterable (a
        generator over a large file) is read a request at a time, each card checked as it is
        read and each request sent once full, so memory stays bounded (the handle keeps the
        vendorCodes only); a bad card then stops the sending with the cards already sent noted."""
        return self._cards_write("create_product_cards", cards)

    def update_cards(self, cards: Iterable[Any]) -> CardsUpload:
        """Overwrite product cards (send every field, as read from the cards list), split by WB's
        per-request maximum, a list checked whole first, another iterable read as it is sent (as
        create_cards); returns a CardsUpload to wait on."""
        return self._cards_write("update_product_cards", cards)

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
        """Create product cards inside the existing card `imt_id`; returns a CardsUpload."""
        variants = _listed(cards)
        for i, variant in enumerate(variants):
            _check_names(variant, f"cardsToAdd[{i}]")
        size = max_items(SPEC, "create_product_cards_with_merge", "cardsToAdd")
        batches_ = [{"imtID": imt_id, "cardsToAdd": b} for b in batches(variants, size)]
        for b in batches_:
            check_body(SPEC, "create_product_cards_with_merge", b)
        vendor_codes = [v["vendorCode"] for v in variants]
        _no_duplicates(vendor_codes)
        return self._send("create_product_cards_with_merge", batches_, vendor_codes)

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
    for i, card in enumerate(cards):
        body = _json(card)
        root = f"cards[{i}]"
        check_body(SPEC, operation_id, [body], root=root)
        if operation_id == "create_product_cards":
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
