"""InvalidRequestError names the field by its path in what the caller gave: the item's index in
the caller's list, then WB's field names ("cards[7].variants[0].title", never "cards[7][0]..."),
the same in `.field` and at the head of the message; nothing is sent."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator


def card(vendor_code: str, **variant: Any) -> dict[str, Any]:
    return {
        "subjectID": 105,
        "variants": [{"vendorCode": vendor_code, "title": "Shirt", "sizes": [{"techSize": "M"}], **variant}],
    }


def cards_with(bad: dict[str, Any], at: int, n: int = 9) -> list[dict[str, Any]]:
    return [bad if i == at else card(f"OK-{i}") for i in range(n)]


def update(vendor_code: str, **fields: Any) -> dict[str, Any]:
    return {"nmID": 1, "vendorCode": vendor_code, "sizes": [{"techSize": "M"}], **fields}


CASES: list[tuple[str, Callable[[Any], Any], str]] = [
    ("the 8th card's title", lambda wb: wb.content.create_cards(cards_with(card("B", title="x" * 61), 7)),
     "cards[7].variants[0].title"),
    ("the 2nd variant of the 3rd card", lambda wb: wb.content.create_cards(cards_with(
        {"subjectID": 105, "variants": [card("A")["variants"][0], {"title": "no code", "sizes": []}]}, 2)),
     "cards[2].variants[1].vendorCode"),
    ("a characteristic of the 5th card", lambda wb: wb.content.create_cards(
        cards_with(card("C", characteristics=[{"id": 1, "value": ["x"]}, {"id": 2}]), 4)),
     "cards[4].variants[0].characteristics[1].value"),
    ("a size's barcodes in the 2nd update", lambda wb: wb.content.update_cards(
        [update("U-0"), update("U-1", sizes=[{"techSize": "M"}, {"techSize": "L", "skus": [7]}])]),
     "cards[1].sizes[1].skus[0]"),
    ("the 4th card's dimensions in an update", lambda wb: wb.content.update_cards(
        [update(f"U-{i}", **({"dimensions": {"length": 1.5}} if i == 3 else {})) for i in range(5)]
     ),
     "cards[3].dimensions.length"),
    ("the 2nd price", lambda wb: wb.prices.set_prices([{"nmID": 1, "price": 1}, {"nmID": 2, "discount": -1}]),
     "data[1].discount"),
    ("a repeated nmID", lambda wb: wb.prices.set_prices([{"nmID": 1, "price": 1}, {"nmID": 1, "price": 2}]),
     "data[1].nmID"),
    ("a size ID after a repeated one", lambda wb: wb.marketplace.stocks(1, [5, 5, "x"]), "chrtIds[2]"),
    ("a promotion ID after a repeated one", lambda wb: wb.calendar.promotion_details([7, 7, -1]),
     "promotionIDs[2]"),
    ("the 2nd stock row", lambda wb: wb.marketplace.set_stocks(1, [{"chrtId": 1, "amount": 1},
                                                                  {"chrtId": 2, "amount": -1}]),
     "stocks[1].amount"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "field"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_error_paths_name_the_callers_item(
    emu: Emulator, make_client: Callable[..., Any], call: Callable[[Any], Any], field: str
) -> None:
    with pytest.raises(wbseller.InvalidRequestError) as exc:
        call(make_client())
    assert exc.value.field == field
    assert str(exc.value).startswith(f"{field}: "), str(exc.value)
    assert not re.search(r"\]\[", str(exc.value))  # no index of an index
    assert emu.requests == []
