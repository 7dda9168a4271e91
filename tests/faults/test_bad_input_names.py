"""More bad input that must not leave the machine (issue 21): a NaN dimension, uploadIDs that are no
IDs, a naive `since`, an empty vendorCode, a card without variants (which used to be reported as a
success), names with NUL, zero-width or bidi-control characters. Each is an InvalidRequestError
naming the field and the limit, raised before any request is sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from wbseller.errors import InvalidRequestError
from wbseller_emulator import Emulator


def _card(**variant: Any) -> dict[str, Any]:
    return {"subjectID": 105, "variants": [{"vendorCode": "A-1", "sizes": [{"techSize": "M"}], **variant}]}


NAN = float("nan")
CASES: list[tuple[str, Callable[[Any, Path], Any], str]] = [
    (
        "a NaN dimension",
        lambda wb, t: wb.content.create_cards([_card(dimensions={"length": NAN, "width": 1, "height": 1})]),
        "cards[0].variants[0].dimensions.length",
    ),
    (
        "an infinite weight",
        lambda wb, t: wb.content.create_cards(
            [_card(dimensions={"length": 1, "width": 1, "height": 1, "weightBrutto": float("inf")})]
        ),
        "cards[0].variants[0].dimensions.weightBrutto",
    ),
    ("uploadID 'abc'", lambda wb, t: wb.prices.upload(["abc"]), "upload_ids[0]"),
    ("uploadID 0", lambda wb, t: wb.prices.upload([0]), "upload_ids[0]"),
    ("uploadID 1.5", lambda wb, t: wb.prices.upload([1.5]), "upload_ids[0]"),
    ("no uploadIDs", lambda wb, t: wb.prices.upload([]), "upload_ids"),
    ("one uploadID, not a list", lambda wb, t: wb.prices.upload(12), "upload_ids"),
    (
        "a naive since",
        lambda wb, t: wb.content.cards_upload(["A-1"], datetime(2026, 12, 1, 12, 0)),
        "since",
    ),
    ("since as a string", lambda wb, t: wb.content.cards_upload(["A-1"], "2026-12-01"), "since"),
    (
        "an empty vendorCode",
        lambda wb, t: wb.content.create_cards([_card(vendorCode="")]),
        "cards[0].variants[0].vendorCode",
    ),
    (
        "a blank vendorCode",
        lambda wb, t: wb.content.create_cards([_card(vendorCode="  ")]),
        "cards[0].variants[0].vendorCode",
    ),
    (
        "a vendorCode 123",
        lambda wb, t: wb.content.create_cards([_card(vendorCode=123)]),
        "cards[0].variants[0].vendorCode",
    ),
    (
        "no variants",
        lambda wb, t: wb.content.create_cards([{"subjectID": 105, "variants": []}]),
        "cards[0].variants",
    ),
    ("no cards", lambda wb, t: wb.content.create_cards([]), "cards"),
    ("no cards from a generator", lambda wb, t: wb.content.create_cards(c for c in []), "cards"),
    (
        "a NUL in a vendorCode",
        lambda wb, t: wb.content.create_cards([_card(vendorCode="A\x00B")]),
        "cards[0].variants[0].vendorCode",
    ),
    (
        "a zero-width space",
        lambda wb, t: wb.content.create_cards([_card(vendorCode="A\u200bB")]),
        "cards[0].variants[0].vendorCode",
    ),
    (
        "a bidi override in a title",
        lambda wb, t: wb.content.create_cards([_card(title="Shirt \u202egpj.exe")]),
        "cards[0].variants[0].title",
    ),
    (
        "a newline in a brand",
        lambda wb, t: wb.content.create_cards([_card(brand="Nike\nAdidas")]),
        "cards[0].variants[0].brand",
    ),
    (
        "update: an isolate in a vendorCode",
        lambda wb, t: wb.content.update_cards([{"nmID": 1, "vendorCode": "A\u2066B", "sizes": []}]),
        "cards[0].vendorCode",
    ),
    (
        "merge: a BOM in a vendorCode",
        lambda wb, t: wb.content.add_cards_to(1, [{"vendorCode": "\ufeffA", "sizes": []}]),
        "cardsToAdd[0].vendorCode",
    ),
    ("a tag name with a NUL", lambda wb, t: wb.content.create_tag("a\x00", "D1CFD7"), "body.name"),
    ("a warehouse name with a tab", lambda wb, t: wb.marketplace.create_warehouse("Main\tX", 1), "name"),
    ("prices: a NaN price", lambda wb, t: wb.prices.set_prices([{"nmID": 1, "price": NAN}]), "data[0].price"),
]


@pytest.mark.parametrize(("what", "call", "field"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path, what: str, call: Any, field: str
) -> None:
    wb = make_client()
    with pytest.raises(InvalidRequestError) as exc:
        call(wb, tmp_path)
    assert exc.value.field == field, exc.value
    assert exc.value.limit is not None, exc.value
    assert emu.requests == []


def test_names_in_any_script_pass(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """Letters of any script, digits, punctuation, symbols and plain spaces are names."""
    wb = make_client()
    cards = [
        _card(vendorCode=vc, title="Рубашка «Лён» — 100 % 🌿") for vc in ("Арт-1/2", "A.B_C#1", "商品 7")
    ]
    upload = wb.content.create_cards(cards)
    assert upload.vendor_codes == ["Арт-1/2", "A.B_C#1", "商品 7"]
