"""Card writes you can wait on: create and update cards in requests of WB's size (a list checked
whole first, another iterable read as it is sent), add cards to a card, and what a request with
no answer to rely on leaves (UnknownOutcomeError, resume())."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw._runtime.operation import Operation
from wbseller_raw.content import ops

from .. import timestamps
from ..errors import (
    InvalidRequestError,
    RetryUnsafeError,
    UnknownOutcomeError,
    WBError,
    WriteOutcome,
)
from ..plans import Plan, Sleep, SyncRunner, call
from ..validation import check_body
from ._common import request_id
from .content_checks import (
    _check_names,
    _checked_cards,
    _codes,
    _listed,
    _listed_arg,
    _new_variant,
    _no_cards,
    _no_duplicates,
    _only,
    _split_by_size,
)
from .content_upload import CLOCK_SKEW, CardOutcome, CardsUpload, _look_plan

if TYPE_CHECKING:
    pass


class CardWritesOps:
    """Card writes you can wait on: create, update, add to a card, rebuild a handle."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

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
        return self._cards_write(ops.CREATE_PRODUCT_CARDS, cards)

    def update_cards(self, cards: Iterable[Any]) -> CardsUpload:
        """Overwrite product cards (send every field, as read from the cards list), split by WB's
        per-request maximum, a list checked whole first, another iterable read as it is sent (as
        create_cards); returns a CardsUpload to wait on. A card takes `kizMarked` (WB's default
        false: the update overwrites it too); `dimensions.isValid`, which the cards list shows, is
        not a field of the update in WB's reference: it is left out of what is sent."""
        return self._cards_write(ops.UPDATE_PRODUCT_CARDS, cards)

    def check_cards(self, cards: Iterable[Any], *, update: bool = False) -> list[Any]:
        """The requests create_cards (update_cards with update=True) would send for `cards`: each
        request's body (a list of cards), checked and split exactly as that method checks and
        splits them. Nothing is sent: a dry run (`wbseller cards create --dry-run`). A bad card
        raises InvalidRequestError naming it (`cards[i]...`)."""
        op: Operation[Any, Any] = ops.UPDATE_PRODUCT_CARDS if update else ops.CREATE_PRODUCT_CARDS
        _listed_arg(cards)
        checked = _checked_cards(op, cards, [])
        bodies = list(_split_by_size(checked, op.max_items()))
        if not bodies:
            raise _no_cards()
        return bodies

    def _cards_write(self, op: Operation[Any, Any], cards: Iterable[Any]) -> CardsUpload:
        _listed_arg(cards)
        vendor_codes: list[str] = []
        checked = _checked_cards(op, cards, vendor_codes)
        size = op.max_items()
        if isinstance(cards, list | tuple):
            body = list(checked)  # all checked before anything is sent
            if not body:
                raise _no_cards()
            return self._send(op, _ListRequests(_split_by_size(body, size)), vendor_codes)
        return self._send(op, _split_by_size(checked, size), vendor_codes)

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
        check_body(ops.CREATE_PRODUCT_CARDS_WITH_MERGE, body)
        vendor_codes = [v["vendorCode"] for v in variants]
        _no_duplicates(vendor_codes)
        return self._send(ops.CREATE_PRODUCT_CARDS_WITH_MERGE, [body], vendor_codes)

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

    def _send(self, op: Operation[Any, Any], bodies: Iterable[Any], vendor_codes: list[str]) -> CardsUpload:
        """Send each request's body as it comes (`bodies` may check and read cards lazily, filling
        `vendor_codes` as it goes)."""
        return self._runner.run(self._send_plan(op, bodies, vendor_codes))

    def _send_plan(
        self,
        op: Operation[Any, Any],
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
            rid: str | None = None
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
                    r = yield from call(op, body=b)
                except RetryUnsafeError as e:
                    error = yield from self._unknown(op, b, requests, vendor_codes, since, done, e)
                    raise error from e
                except WBError as e:
                    _note_sent(e, [done], _codes(b), since)
                    raise
                done.extend(_codes(b))
                rid = request_id(r) or rid
            if not done:
                raise _no_cards()
            handle = CardsUpload(self._runner, vendor_codes, started)
            handle.request_id = rid
            return handle

        return plan()

    def _unknown(
        self,
        op: Operation[Any, Any],
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
            result = yield from self._send_plan(op, requests_now, vendor_codes, since, sent_now)
            return result

        e = UnknownOutcomeError(
            f"{op.key}: a request of {len(codes)} card(s) got no answer to rely on "
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
