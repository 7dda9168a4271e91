"""Issue 16's retired promotion operations through the facade (specs/changes/2026-12-03-wb-retired.yaml):
each facade method still calling one warns once per process, naming the operation; a method routed
to a successor does not warn and does not call the old operation."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from wbseller import transport
from wbseller.testing import Emulator
from wbseller.testing.handlers.promotion import PromotionStore

from .conftest import done, play

STANDARD, CUSTOM, READY = 8, 9, 4


@pytest.fixture(autouse=True)
def fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The "once" is per process: forget what earlier tests already warned about."""
    monkeypatch.setattr(transport, "_deprecation_warned", set())


@pytest.fixture
def caught() -> Iterator[list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")  # a second warning must not be hidden by the filters
        yield seen


def deprecations(seen: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in seen if issubclass(w.category, DeprecationWarning)]


@pytest.fixture
def ids(emu: Emulator) -> dict[int, int]:
    st = emu.state.default.store(PromotionStore)
    return {kind: st.add_campaign(type=kind, status=READY, subject_id=69) for kind in (STANDARD, CUSTOM)}


# (facade call, the deprecated operation it sends)
STILL_RETIRED: list[tuple[str, Callable[[Any, dict[int, int]], Any], str]] = [
    ("campaigns", lambda p, i: p.campaigns([i[STANDARD]]), "campaigns_information"),
    (
        "custom_bid_campaigns",
        lambda p, i: p.custom_bid_campaigns([i[CUSTOM]]),
        "custom_bid_campaigns_information",
    ),
    (
        "set_fixed_phrases",
        lambda p, i: p.set_fixed_phrases(i[CUSTOM], ["a"]),
        "setting_deleting_fixed_phrases",
    ),
    (
        "set_fixed_phrases_active",
        lambda p, i: p.set_fixed_phrases_active(i[CUSTOM], True),
        "managing_the_activity_of_fixed_phrases",
    ),
    (
        "minus phrase",
        lambda p, i: p.set_minus_phrases(i[CUSTOM], ["a"], kind="phrase"),
        "setting_removing_minus_phrases_of_phrase_matching",
    ),
    (
        "minus exact",
        lambda p, i: p.set_minus_phrases(i[CUSTOM], ["a"], kind="exact"),
        "setting_removing_minus_of_exact_match_phrases",
    ),
    (
        "minus search",
        lambda p, i: p.set_minus_phrases(i[CUSTOM], ["a"], kind="search"),
        "setting_removing_minus_phrases_from_search",
    ),
    (
        "minus auto",
        lambda p, i: p.set_minus_phrases(i[STANDARD], ["a"], kind="auto"),
        "setting_removing_minus_phrases_for_campaigns_with_standard_bid",
    ),
    (
        "addable_nms",
        lambda p, i: p.addable_nms(i[STANDARD]),
        "list_of_product_cards_for_campaign_with_standard_bid",
    ),
    (
        "change_nms",
        lambda p, i: p.change_nms(i[STANDARD]),
        "changing_the_list_of_product_cards_in_an_campaign_with_standard_bid",
    ),
]


@pytest.mark.parametrize(("call", "op"), [c[1:] for c in STILL_RETIRED], ids=[c[0] for c in STILL_RETIRED])
def test_a_retired_call_warns_once(
    emu: Emulator,
    wb: Any,
    ids: dict[int, int],
    caught: list[warnings.WarningMessage],
    call: Callable[[Any, dict[int, int]], Any],
    op: str,
) -> None:
    async def scenario() -> None:
        for _ in range(2):
            await done(call(wb.promotion, ids))

    play(wb, scenario)
    (message,) = deprecations(caught)
    assert f"promotion.{op}" in message and "deprecated" in message
    assert len([r for r in emu.requests if r.operation == f"promotion.{op}"]) == 2  # sent both times


def test_routed_bids_do_not_warn(emu: Emulator, wb: Any, ids: dict[int, int], caught: list[Any]) -> None:
    nm = emu.state.default.store(PromotionStore).campaigns[ids[CUSTOM]].nms[0]

    async def scenario() -> None:
        await done(wb.promotion.set_bids({ids[CUSTOM]: {nm: 400}}))

    play(wb, scenario)
    assert deprecations(caught) == []
    assert [r.operation for r in emu.requests] == ["promotion.changing_bids_in_campaigns_with_custom_bid"]
    bids = emu.state.default.store(PromotionStore).campaigns[ids[CUSTOM]].bids[nm]
    assert bids == {"search": 400, "recommendations": 400}  # placement "combined"
