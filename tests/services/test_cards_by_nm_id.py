"""content.cards_by_nm_id: cards as the list shows them, by nmID (what a partial update starts
from): a search each for a few, one walk for many, an unknown nmID refused by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from wbseller.errors import InvalidRequestError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore


def test_a_few_by_search_many_by_one_walk(emu: Emulator, make_client: Callable[..., Any]) -> None:
    cards = emu.state.default.store(ContentStore).seed_cards(150)
    wb = make_client()
    few = wb.content.cards_by_nm_id([cards[3].nm_id, cards[120].nm_id])
    assert list(few) == [cards[3].nm_id, cards[120].nm_id]
    assert few[cards[120].nm_id].vendor_code == cards[120].vendor_code
    assert len(emu.requests) == 2  # one textSearch each
    emu.requests.clear()
    many = wb.content.cards_by_nm_id([c.nm_id for c in cards[:20]])
    assert len(many) == 20
    assert len(emu.requests) <= 2  # a walk of the 150 cards (2 pages), not 20 searches


def test_an_unknown_nm_id_is_named(emu: Emulator, make_client: Callable[..., Any]) -> None:
    cards = emu.state.default.store(ContentStore).seed_cards(2)
    wb = make_client()
    with pytest.raises(InvalidRequestError, match="123") as e:
        wb.content.cards_by_nm_id([cards[0].nm_id, 123])
    assert e.value.value == [123]
    with pytest.raises(InvalidRequestError, match="nm_ids"):
        wb.content.cards_by_nm_id("123")  # type: ignore[arg-type]
