"""The handle of card writes (CardsUpload) and what waiting on it gives (CardsResult: each
vendorCode's nmID or WB's errors for it): WB creates cards asynchronously, so waiting looks the
vendorCodes up in the cards list and the failed cards list."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .. import timestamps
from ..errors import (
    UploadError,
)
from ..pagination import PageState
from ..plans import Plan, each
from ..waiting import Handle, poll
from ._common import as_int, attr, present
from ._common import as_json as _json
from .content_lists import _cards_plan, _error_batches_plan, _s

if TYPE_CHECKING:
    pass

CLOCK_SKEW = timedelta(minutes=2)  # WB's clock vs ours, when telling new cards from old ones


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
    request_id: str | None = None  # WB's ID of the (last) write request (X-Request-Id)

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
            return CardsResult({vc: found[vc] for vc in self.vendor_codes}, self.request_id)

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
