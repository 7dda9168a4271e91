"""Checks of the cards to write, before anything is sent (schema, variants, names, each vendorCode
once), and their split into requests of WB's size."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from wbseller_raw._runtime.operation import Operation

from ..errors import (
    InvalidRequestError,
)
from ..text import check_name
from ..validation import check_body_item
from ._common import as_json as _json

if TYPE_CHECKING:
    pass

MAX_REQUEST_BYTES = 10 * 1024 * 1024  # "Maximum request size is 10 Mb" (products.txt)

# The docs give no length for vendorCode; WB's reference of 2026 caps a new card's at 72
# characters (cards-write-fields-2026-08), and the seller portal any seller's article, so a
# longer one cannot be a real vendorCode (WB would refuse the card later, in the failed cards).
VENDOR_CODE_MAX = 72


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


def _checked_cards(op: Operation[Any, Any], cards: Iterable[Any], vendor_codes: list[str]) -> Iterator[Any]:
    """Each card as JSON, checked (schema, variants, names, each vendorCode once), its vendorCodes
    appended to `vendor_codes` as it is read."""
    seen: set[str] = set()
    # a new card comes with its variants (create); an existing one is a variant itself (update)
    create = "variants" in op.schema("[]").get("properties", {})
    for i, card in enumerate(cards):
        body = _new_card(_json(card)) if create else _without_is_valid(_json(card))
        root = f"cards[{i}]"
        check_body_item(op, body, root)
        if create:
            _check_variants(body, root)
            codes = [v["vendorCode"] for v in body.get("variants", [])]
        else:
            _check_names(body, root)
            codes = [body["vendorCode"]]
        _no_duplicates(codes, seen)
        vendor_codes.extend(codes)
        yield body


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
