"""WBD activation keys: adding them in WB's batches, deleting them (with WB's status of each),
counting and listing them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wbseller_raw.wbd import ops

from ...drift import RawItem
from ...errors import UploadError
from ...pagination import Pages, batches
from ...plans import Plan, call
from ...validation import check_params
from .._common import answer, as_int, attr, request_id
from ._rules import DELETE_KEYS_BATCH, WbdBase, _fail, _listing, _rfc3339

if TYPE_CHECKING:
    from wbseller_raw.wbd.models import KeyDeleteStatus, OfferKey, OfferKeysCount, RedeemedKey


@dataclass
class KeysDeletion:
    """The outcome of delete_keys: WB's status of each key, `{id, code, message, status}` (status
    true: deleted), as it answers on 200 and on 207 alike; `partial` when a request answered 207
    (multi-status: some keys were not deleted, `failed` says which and why)."""

    statuses: list[KeyDeleteStatus | RawItem] = field(default_factory=list)
    partial: bool = False
    request_id: str | None = None  # WB's ID of the last request answered (X-Request-Id)

    @property
    def deleted(self) -> list[int | None]:
        """IDs of the keys WB deleted (None where WB's status carried no readable ID)."""
        return [as_int(attr(s, "id")) for s in self.statuses if _deleted(s)]

    @property
    def ok(self) -> bool:
        """True when every key was deleted (`failed` is empty)."""
        return not self.failed

    @property
    def failed(self) -> dict[int | None, str]:
        """Key ID -> WB's reason ("<code>: <message>"), for every key not deleted."""
        return {as_int(attr(s, "id")): _reason(s) for s in self.statuses if not _deleted(s)}

    def raise_for_errors(self) -> KeysDeletion:
        """UploadError (with `.failed`) listing every key not deleted; else the result itself."""
        failed = self.failed
        if failed:
            lines = "; ".join(f"key {key}: {reason}" for key, reason in failed.items())
            raise UploadError(f"{len(failed)} key(s) not deleted: {lines}", failed=dict(failed))
        return self


def _deleted(status: KeyDeleteStatus | RawItem) -> bool:
    return attr(status, "status") is True  # WB's boolean; anything else is not a deletion


def _reason(status: KeyDeleteStatus | RawItem) -> str:
    parts = [attr(status, "code"), attr(status, "message")]
    return ": ".join(str(p) for p in parts if p not in (None, "")) or "not deleted (WB gave no reason)"


def _check_keys(keys: list[str]) -> None:
    item = ops.ADD_ACTIVATION_KEYS.schema("keys.[]")
    for i, key in enumerate(keys):
        if not isinstance(key, str):
            raise _fail(f"keys[{i}]", key, "is not a string", "string")
        if len(key) > item["maxLength"]:
            raise _fail(
                f"keys[{i}]",
                key,
                f"is {len(key)} characters long; at most {item['maxLength']} allowed",
                item["maxLength"],
            )


def _add_keys_plan(offer_id: int, keys: list[str]) -> Plan[None]:
    for batch in batches(keys, ops.ADD_ACTIVATION_KEYS.max_items("keys")):
        yield from call(ops.ADD_ACTIVATION_KEYS, body={"keys": batch, "offer_id": offer_id})


class KeysOps(WbdBase):
    """An offer's activation keys (offers of sections 3, 12 and 13)."""

    def add_keys(self, offer_id: int, keys: Sequence[str]) -> None:
        """Add activation keys to an offer (section 3, 12 or 13), any number: sent in requests of
        WB's 1000; each key at most 200 characters (checked before sending)."""
        if isinstance(keys, str):
            raise _fail("keys", keys, "give a list of keys, not one string", "list")
        values = list(keys)
        _check_keys(values)
        return self._runner.run(_add_keys_plan(offer_id, values))

    def delete_keys(self, ids: Sequence[int]) -> KeysDeletion:
        """Delete activation keys by ID (split into requests of DELETE_KEYS_BATCH); returns a
        KeysDeletion with WB's status of each key (`deleted`, and `failed` with WB's reasons;
        `partial` when WB answered 207 multi-status: some keys were not deleted)."""
        values = [int(i) for i in ids]
        if not values:
            raise _fail("ids", values, "give at least one key ID", 1)

        def plan() -> Plan[KeysDeletion]:
            out = KeysDeletion()
            for batch in batches(values, DELETE_KEYS_BATCH):
                response = yield from call(ops.DELETE_ACTIVATION_KEYS, ids=batch)
                out.partial |= int(response.status_code) == 207
                out.request_id = request_id(response) or out.request_id
                # 200 and 207 carry the same body; attr(): the answer may be off-spec (a RawItem)
                out.statuses.extend(attr(response.parsed, "statuses") or [])
            return out

        return self._runner.run(plan())

    def count_keys(self, offer_id: int) -> OfferKeysCount:
        """An offer's key counts (total, available, reserved, deleted)."""
        return self._runner.run(answer(call(ops.GET_THE_NUMBER_OF_KEYS_FOR_OFFER, offer_id=offer_id)))

    def iter_keys(
        self,
        offer_id: int,
        *,
        deleted: bool = True,
        sold: bool = True,
        reserved: bool = True,
        expired: bool = True,
        page_size: int | None = None,
    ) -> Pages[OfferKey | RawItem]:
        """The keys uploaded for an offer (the flags include deleted/sold/reserved/expired ones),
        page by page: OfferKey {id, value, created_at, buyed_at, deleted_at} (the last two None
        until bought or deleted). WB grants this method through technical support."""
        op = ops.GET_THE_KEY_LIST
        params: dict[str, Any] = {
            "offer_id": offer_id,
            "deleted": deleted,
            "sold": sold,
            "reserved": reserved,
            "expired": expired,
        }
        check_params(op, params)
        return _listing(self._runner, op, params, page_size)

    def iter_redeemed_keys(
        self,
        *,
        offer_id: int | None = None,
        date_from: datetime | str | None = None,
        date_to: datetime | str | None = None,
        page_size: int | None = None,
    ) -> Pages[RedeemedKey | RawItem]:
        """Redeemed keys (of one offer, purchased in [date_from, date_to)), page by page:
        RedeemedKey {id, offer_id, offer_title, offer_price, value, created_at, buyed_at}. Dates:
        datetimes or RFC 3339 strings; naive ones are Moscow time."""
        op = ops.GET_REDEEMED_KEYS
        params = {
            "offer_id": offer_id,
            "date_from": _rfc3339(date_from, "date_from"),
            "date_to": _rfc3339(date_to, "date_to"),
        }
        check_params(op, {"offer_id": offer_id})
        return _listing(self._runner, op, params, page_size)
