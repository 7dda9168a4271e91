"""Issue 16's retired promotion operations through the facade (specs/changes/2026-12-03-wb-retired.yaml):
each facade method still calling one warns once per process, naming the operation; a method routed
to a successor does not warn and does not call the old operation."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from wbseller import transport
from wbseller.testing import Emulator
from wbseller.testing.handlers.promotion import PromotionStore

from .conftest import collect, done, play

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


# --- fields WB sends today come out typed (specs/changes/2026-12-03-wb-retired.yaml) ----------------
def test_new_card_fields_are_typed(emu: Emulator, wb: Any) -> None:
    """cards-kiz-wholesale."""
    from wbseller.testing.handlers.content import ContentStore
    from wbseller_raw.content.models import CardWholesale

    emu.state.default.store(ContentStore).seed_cards(1)

    async def scenario() -> None:
        (card,) = await collect(wb, wb.content.iter_cards())
        assert card.kiz_marked is False and isinstance(card.wholesale, CardWholesale)
        assert (card.wholesale.enabled, card.wholesale.quantum) == (False, 0)
        assert "kizMarked" not in card.additional_properties  # a declared field, not an extra one

    play(wb, scenario)


def test_bad_turnover_is_typed(emu: Emulator, wb: Any) -> None:
    """prices-bad-turnover."""
    from wbseller.testing.handlers.prices import PricesStore

    prices = emu.state.default.store(PricesStore)
    illiquid = prices.add_good(bad_turnover=True).nm_id
    liquid = prices.add_good().nm_id

    async def scenario() -> None:
        goods = {g.nm_id: g for g in await collect(wb, wb.prices.iter_goods())}
        assert goods[illiquid].is_bad_turnover is True
        assert not goods[liquid].is_bad_turnover  # WB leaves the field out for a liquid product

    play(wb, scenario)


def test_balance_currency_and_cashbacks_are_typed(emu: Emulator, wb: Any) -> None:
    """promotion-finances-cashbacks."""
    from wbseller_raw.promotion.models import BalanceCashback

    cashback = {"sum": 500, "percent": 30, "expiration_date": "2026-12-31T23:59:59+03:00"}
    emu.state.default.store(PromotionStore).set_balance(balance=1000, cashbacks=[cashback])

    async def scenario() -> None:
        found = await done(wb.promotion.balance())
        assert found.currency == "RUB" and found.balance == 1000
        (item,) = found.cashbacks
        assert isinstance(item, BalanceCashback)
        assert (item.sum_, item.percent, item.expiration_date) == (500, 30, cashback["expiration_date"])

    play(wb, scenario)


def test_deposit_cashback_fields_are_typed(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """deposit-cashback: the facade returns the total; the typed answer (raw client) has the rest."""
    from wbseller_raw.promotion.api.finances import top_up_of_the_campaign_budget
    from wbseller_raw.promotion.models import DepositRequest, DepositResponse

    st = emu.state.default.store(PromotionStore)
    st.set_balance(balance=10_000)
    advert_id = st.add_campaign(type=CUSTOM, status=READY, subject_id=69)
    wb = make_client()
    body = DepositRequest.from_dict({"sum": 1000, "type": 1, "return": True})
    answer = top_up_of_the_campaign_budget.sync_detailed(client=wb.promotion.raw, id=advert_id, body=body)
    assert isinstance(answer.parsed, DepositResponse)
    assert (answer.parsed.total, answer.parsed.cashback_sum, answer.parsed.cashback_percent) == (1000, 0, 0)


def test_offer_content_fields_are_typed(emu: Emulator, wb: Any) -> None:
    """wbd-offer-content-fields."""
    from wbseller.testing.handlers.wbd import WbdStore
    from wbseller_raw.wbd.models import ContentFile

    st = emu.state.default.store(WbdStore)
    rec = st.add_content("Книга", catalog_id=4, size=2048)
    offer = st.add_offer("Книга", section=4, content=[{"category_id": 4, "content": rec.id}])

    async def scenario() -> None:
        (item,) = (await done(wb.wbd.get_offer(offer.id))).content
        assert (item.content, item.title, item.description) == (rec.id, "Книга", "Книга: description")
        (file,) = item.files
        assert isinstance(file, ContentFile) and file.size == 2048 and file.uri
        # meta is a string here: the content's metadata JSON as text (wbd-offer-rating-status)
        assert item.playlist is None and json.loads(item.meta) == {"thumbnail": [], "rating": "0+"}

    play(wb, scenario)
