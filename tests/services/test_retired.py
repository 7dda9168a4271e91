"""The promotion operations WB retired, through the facade. Issue 16 found them deprecated
(specs/changes/2026-12-03-wb-retired.yaml); wb-facts/2026-08 shows WB removed them
(2026-12-06-promotion-current.yaml, x-wb-removed): every facade method that called one calls its
successor now, without a warning, or raises OperationRemovedError where none fits (tests/services/
test_promotion.py); the raw operation still warns once, names the removal and gets WB's 404."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from wbseller import checks
from wbseller.errors import NotFoundError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.promotion import PromotionStore

from .conftest import collect, done, play

CUSTOM, READY = 9, 4


@pytest.fixture(autouse=True)
def fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The "once" is per process: forget what earlier tests already warned about."""
    monkeypatch.setattr(checks, "_deprecation_warned", set())


@pytest.fixture
def caught() -> Iterator[list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")  # a second warning must not be hidden by the filters
        yield seen


def deprecations(seen: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in seen if issubclass(w.category, DeprecationWarning)]


@pytest.fixture
def ids(emu: Emulator) -> list[int]:
    return emu.state.default.store(PromotionStore).seed_campaigns(2, types=(CUSTOM,), statuses=(READY,))


# (facade call, the successor it sends instead of the operation WB removed)
ROUTED: list[tuple[str, Callable[[Any, list[int], PromotionStore], Any], str]] = [
    ("campaigns", lambda p, i, st: p.campaigns(i), "campaigns_information_v2"),
    ("custom_bid_campaigns", lambda p, i, st: p.custom_bid_campaigns(i), "campaigns_information_v2"),
    (
        "set_bids",
        lambda p, i, st: p.set_bids({i[0]: {st.campaigns[i[0]].nms[0]: 30_000}}),
        "changing_campaigns_bids",
    ),
    (
        "set_custom_bids",
        lambda p, i, st: p.set_custom_bids(
            {i[0]: [{"nm_id": st.campaigns[i[0]].nms[0], "bid_kopecks": 30_000, "placement": "search"}]}
        ),
        "changing_campaigns_bids",
    ),
    (
        "set_minus_phrases",
        lambda p, i, st: p.set_minus_phrases(i[0], st.campaigns[i[0]].nms[0], ["a"]),
        "setting_and_deleting_minus_phrases",
    ),
    (
        "change_nms",
        lambda p, i, st: p.change_nms(i[0], delete=[st.campaigns[i[0]].nms[0]]),
        "changing_the_list_of_product_cards_in_campaigns_with_custom_bid",
    ),
    ("min_bids", lambda p, i, st: p.min_bids(i[0], st.campaigns[i[0]].nms), "minimum_bids_for_product_cards"),
    ("config", lambda p, i, st: p.config(), "promotional_configuration_values_v1"),
]


@pytest.mark.parametrize(("call", "op"), [c[1:] for c in ROUTED], ids=[c[0] for c in ROUTED])
def test_a_routed_method_sends_its_successor_and_does_not_warn(
    emu: Emulator,
    wb: Any,
    ids: list[int],
    caught: list[warnings.WarningMessage],
    call: Callable[[Any, list[int], PromotionStore], Any],
    op: str,
) -> None:
    st = emu.state.default.store(PromotionStore)

    async def scenario() -> None:
        await done(call(wb.promotion, ids, st))

    play(wb, scenario)
    assert deprecations(caught) == []
    sent = {r.operation for r in emu.requests}
    assert f"promotion.{op}" in sent
    assert all(r.status != 404 for r in emu.requests)  # no removed operation was sent


def test_a_raw_call_of_a_removed_operation_warns_and_gets_404(
    emu: Emulator, wb: Any, caught: list[warnings.WarningMessage]
) -> None:
    async def scenario() -> None:
        for _ in range(2):
            with pytest.raises(NotFoundError):
                await done(wb.promotion.http.patch("/adv/v0/auction/bids", json={"bids": []}))

    play(wb, scenario)
    (message,) = deprecations(caught)
    assert "promotion.changing_bids_in_campaigns_with_custom_bid" in message
    assert "gone by 2026-02-11" in message and "promotion.changing_campaigns_bids" in message
    assert [r.status for r in emu.requests] == [404, 404]


def test_iterating_campaign_ids_is_current(emu: Emulator, wb: Any, ids: list[int]) -> None:
    async def scenario() -> None:
        assert sorted(await collect(wb, wb.promotion.iter_campaign_ids())) == sorted(ids)

    play(wb, scenario)
    assert [r.operation for r in emu.requests] == ["promotion.campaigns_lists"]


# --- fields WB sends today come out typed (specs/changes/2026-12-03-wb-retired.yaml) ----------------
def test_new_card_fields_are_typed(emu: Emulator, wb: Any) -> None:
    """cards-kiz-wholesale."""
    from wbseller_emulator.handlers.content import ContentStore
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
    from wbseller_emulator.handlers.prices import PricesStore

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


def test_deposit_answer_is_typed(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """deposit-cashback-request: the answer carries the total and the currency (finances-currency),
    not the cashback fields deposit-cashback guessed into it."""
    from wbseller_raw.promotion.api.finances import top_up_of_the_campaign_budget
    from wbseller_raw.promotion.models import DepositRequest, DepositResponse

    st = emu.state.default.store(PromotionStore)
    st.set_balance(balance=10_000)
    advert_id = st.add_campaign(type=CUSTOM, status=READY, subject_id=69)
    wb = make_client()
    body = DepositRequest.from_dict({"sum": 1000, "type": 1, "return": True})
    answer = top_up_of_the_campaign_budget.sync_detailed(client=wb.promotion.raw, id=advert_id, body=body)
    assert isinstance(answer.parsed, DepositResponse)
    assert (answer.parsed.total, answer.parsed.currency) == (1000, "RUB")
    assert answer.parsed.additional_properties == {}


def test_offer_content_fields_are_typed(emu: Emulator, wb: Any) -> None:
    """wbd-offer-content-fields."""
    from wbseller_emulator.handlers.wbd import WbdStore
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
