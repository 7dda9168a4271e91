"""client.promotion against the emulator: campaign information for any number of IDs, the
status machine, bids and product cards split by the spec's maxima, phrase lists refused above
theirs, the costs history asked in 31-day windows, and every client-side check raising before a
request. Each test runs with a Client and with an AsyncClient (the `wb` fixture)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest

import wbseller
from wbseller.errors import BadRequestError, InvalidRequestError
from wbseller.services.promotion import BUDGET_MIN, COSTS_MAX_DAYS, windows
from wbseller.testing import Emulator
from wbseller.testing.handlers.promotion import MSK, PromotionStore

from .conftest import collect, done, play

STANDARD, CUSTOM = 8, 9
READY, ACTIVE, PAUSED, FINISHED = 4, 9, 11, 7


# --- running one scenario with a Client and with an AsyncClient ----------------------------------
def store(emu: Emulator) -> PromotionStore:
    return emu.state.default.store(PromotionStore)


def sent(emu: Emulator, operation: str) -> list[dict[str, list[str]]]:
    """The query of each request of one operation, parsed."""
    return [parse_qs(r.query) for r in emu.requests if r.operation == f"promotion.{operation}"]


# --- campaigns ----------------------------------------------------------------------------------
def test_campaigns_for_120_ids_in_three_requests(emu: Emulator, wb: Any) -> None:
    ids = store(emu).seed_campaigns(120, types=(STANDARD,))

    async def scenario() -> None:
        found = await done(wb.promotion.campaigns(ids))
        assert sorted(c.advert_id for c in found) == sorted(ids)
        assert len(sent(emu, "campaigns_information")) == 3
        # with a direction, the three answers are merged into one order
        by_id = await done(wb.promotion.campaigns(list(reversed(ids)), order="id", direction="asc"))
        assert [c.advert_id for c in by_id] == sorted(ids)
        assert await done(wb.promotion.campaigns([])) == []
        assert len(sent(emu, "campaigns_information")) == 6

    play(wb, scenario)


def test_campaign_counts_and_ids(emu: Emulator, wb: Any) -> None:
    ids = store(emu).seed_campaigns(8)  # types 8/9 alternate, statuses 4, 9, 11, 7 two by two

    async def scenario() -> None:
        counts = await done(wb.promotion.campaign_counts())
        assert counts.all_ == 8
        assert sorted(await collect(wb, wb.promotion.iter_campaign_ids())) == sorted(ids)
        active = await collect(wb, wb.promotion.iter_campaign_ids(status=ACTIVE))
        assert sorted(active) == sorted(i for i in ids if store(emu).campaigns[i].status == ACTIVE)
        custom_active = await collect(wb, wb.promotion.iter_campaign_ids(status=ACTIVE, type=CUSTOM))
        assert [store(emu).campaigns[i].type for i in custom_active] == [CUSTOM]

    play(wb, scenario)


def test_custom_bid_ids_are_joined_and_split(emu: Emulator, wb: Any) -> None:
    ids = store(emu).seed_campaigns(60, types=(CUSTOM,))
    store(emu).seed_campaigns(3, types=(STANDARD,))

    async def scenario() -> None:
        found = await done(wb.promotion.custom_bid_campaigns(ids))
        assert sorted(c.id for c in found) == sorted(ids)
        queries = sent(emu, "custom_bid_campaigns_information")
        assert [len(q["ids"][0].split(",")) for q in queries] == [50, 10]
        assert queries[0]["ids"][0] == ",".join(str(i) for i in ids[:50])

        active = await done(wb.promotion.custom_bid_campaigns(ids, statuses=[ACTIVE, PAUSED]))
        assert {c.status for c in active} == {ACTIVE, PAUSED}
        assert sent(emu, "custom_bid_campaigns_information")[-1]["statuses"] == ["9,11"]

        everything = await done(wb.promotion.custom_bid_campaigns())  # no ids: one request, all of them
        assert len(everything) == 60
        assert "ids" not in sent(emu, "custom_bid_campaigns_information")[-1]

    play(wb, scenario)


# --- status actions -----------------------------------------------------------------------------
def test_status_machine(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=STANDARD, status=READY, budget=BUDGET_MIN)

    async def scenario() -> None:
        await done(wb.promotion.start(advert_id))
        assert store(emu).campaign(advert_id).status == ACTIVE  # type: ignore[union-attr]
        await done(wb.promotion.pause(advert_id))
        assert store(emu).campaign(advert_id).status == PAUSED  # type: ignore[union-attr]
        await done(wb.promotion.stop(advert_id))
        assert store(emu).campaign(advert_id).status == FINISHED  # type: ignore[union-attr]
        with pytest.raises(BadRequestError) as refused:  # 422: a finished campaign cannot pause
            await done(wb.promotion.pause(advert_id))
        assert refused.value.status == 422
        # a write sent as GET is never repeated: one request per call
        assert len(sent(emu, "pause_campaign")) == 2

        await done(wb.promotion.rename(advert_id, "Осень"))
        assert store(emu).campaign(advert_id).name == "Осень"  # type: ignore[union-attr]

    play(wb, scenario)


@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
def test_a_read_only_token_cannot_act(emu: Emulator, make_client: Callable[..., Any], async_: bool) -> None:
    """start/pause/stop/delete are GETs that act (x-wb-write): refused locally for a read-only token."""
    advert_id = store(emu).add_campaign(type=STANDARD, status=READY, budget=BUDGET_MIN)
    token = emu.make_token(["promotion"], read_only=True)
    cls = wbseller.AsyncClient if async_ else wbseller.Client
    wb = cls(token, base_url=emu.base_url, rate_limits=emu.client_rate_limits())

    async def scenario() -> None:
        for action in (wb.promotion.start, wb.promotion.pause, wb.promotion.stop, wb.promotion.delete):
            with pytest.raises(wbseller.TokenScopeError, match="read-only"):
                await done(action(advert_id))
        assert len(await done(wb.promotion.campaigns([advert_id]))) == 1  # reads are fine
        assert [r.operation for r in emu.requests] == ["promotion.campaigns_information"]

    try:
        play(wb, scenario)
    finally:
        if not async_:
            wb.close()


def test_delete_a_ready_campaign(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=STANDARD, status=READY)

    async def scenario() -> None:
        await done(wb.promotion.delete(advert_id))
        assert store(emu).campaign(advert_id).status == -1  # type: ignore[union-attr]

    play(wb, scenario)


# --- bids, placements, product cards ------------------------------------------------------------
def test_bids_go_to_the_successor_fifty_per_request(emu: Emulator, wb: Any) -> None:
    """promotion-deprecated-2026-01-29: set_bids sends PATCH /adv/v0/auction/bids (placement
    combined), never the deprecated /adv/v0/bids."""
    ids = store(emu).seed_campaigns(60, types=(CUSTOM,), statuses=(READY,))
    bids = {i: {nm: 500 for nm in store(emu).campaigns[i].nms} for i in ids}
    first = ids[0]
    as_wb = [
        {"advert_id": first, "nm_bids": [{"nm": nm, "bid": 600} for nm in store(emu).campaigns[first].nms]}
    ]

    async def scenario() -> None:
        assert await done(wb.promotion.set_bids(bids)) is None
        assert len(sent(emu, "changing_bids_in_campaigns_with_custom_bid")) == 2  # 50 + 10 campaigns
        for i in ids:
            assert {p for b in store(emu).campaigns[i].bids.values() for p in b.values()} == {500}
        await done(wb.promotion.set_bids(as_wb))  # /adv/v0/bids' own shape is translated
        assert {p for b in store(emu).campaigns[first].bids.values() for p in b.values()} == {600}
        assert sent(emu, "changing_bids") == []

    play(wb, scenario)


def test_custom_bids_placements_and_cards_are_split(emu: Emulator, wb: Any) -> None:
    ids = store(emu).seed_campaigns(60, types=(CUSTOM,), statuses=(READY,))
    extra = store(emu).seed_products(25, subject_ids=[69])

    async def scenario() -> None:
        bids = {
            i: [
                {"nm_id": nm, "bid": 300, "placement": "recommendations"}
                for nm in store(emu).campaigns[i].nms
            ]
            for i in ids
        }
        result = await done(wb.promotion.set_custom_bids(bids))
        assert sorted(r.advert_id for r in result) == sorted(ids)
        assert len(sent(emu, "changing_bids_in_campaigns_with_custom_bid")) == 2  # 50 + 10
        assert all(b["recommendations"] == 300 for i in ids for b in store(emu).campaigns[i].bids.values())

        await done(wb.promotion.set_placements({i: {"search": False, "recommendations": True} for i in ids}))
        assert len(sent(emu, "changing_placements_in_campaigns_with_custom_bid")) == 2
        assert not any(store(emu).campaigns[i].placements["search"] for i in ids)

        changes = {i: {"add": [extra[n]]} for n, i in enumerate(ids[:25])}
        changed = await done(wb.promotion.change_auction_nms(changes))
        assert len(sent(emu, "changing_the_list_of_product_cards_in_campaigns_with_custom_bid")) == 2
        assert {r.advert_id: list(r.nms.added) for r in changed} == {
            i: [extra[n]] for n, i in enumerate(ids[:25])
        }

    play(wb, scenario)


def test_standard_bid_product_cards(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=STANDARD, status=READY, subject_id=270)
    more = [store(emu).add_product(nm, 270).nm for nm in (900_000_001, 900_000_002)]

    async def scenario() -> None:
        assert sorted(await done(wb.promotion.addable_nms(advert_id))) == more
        await done(wb.promotion.change_nms(advert_id, add=more))
        assert set(more) <= set(store(emu).campaigns[advert_id].nms)
        assert await done(wb.promotion.addable_nms(advert_id)) == []

    play(wb, scenario)


# --- phrases ------------------------------------------------------------------------------------
def test_phrase_lists_are_sent_whole_and_refused_above_the_limit(emu: Emulator, wb: Any) -> None:
    custom = store(emu).add_campaign(type=CUSTOM, status=READY)
    standard = store(emu).add_campaign(type=STANDARD, status=READY)
    phrases = [f"фраза {n}" for n in range(1000)]

    async def scenario() -> None:
        with pytest.raises(InvalidRequestError) as too_many:
            await done(wb.promotion.set_minus_phrases(custom, [*phrases, "ещё одна"]))
        assert too_many.value.limit == 1000 and "1000" in str(too_many.value)
        with pytest.raises(InvalidRequestError, match="at most 100"):
            await done(wb.promotion.set_fixed_phrases(custom, phrases[:101]))
        assert emu.requests == []

        for kind, key in (("phrase", "phrase"), ("exact", "strong"), ("search", "excluded")):
            await done(wb.promotion.set_minus_phrases(custom, phrases, kind=kind))
            assert store(emu).phrases(custom)[key] == phrases
        await done(wb.promotion.set_minus_phrases(standard, phrases[:3], kind="auto"))
        assert store(emu).phrases(standard)["auto_excluded"] == phrases[:3]
        assert await done(wb.promotion.set_fixed_phrases(custom, phrases[:2])) == phrases[:2]
        await done(wb.promotion.set_fixed_phrases_active(custom, True))
        assert store(emu).phrases(custom)["fixed_active"] is True
        assert len(emu.requests) == 6  # one request per list: nothing split

    play(wb, scenario)


# --- finances -----------------------------------------------------------------------------------
def test_costs_over_a_long_range_are_asked_in_windows(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=STANDARD, status=ACTIVE)
    first, last = date(2024, 1, 1), date(2024, 4, 9)  # 100 days
    days = [first + timedelta(days=n) for n in range(0, 100, 3)] + [last]
    for n, day in enumerate(days):
        at = datetime.combine(day, time(12), MSK).timestamp()
        store(emu).add_cost(advert_id, 100 + n, at=at)
    store(emu).add_cost(
        advert_id, 1, at=datetime.combine(last + timedelta(days=1), time(12), MSK).timestamp()
    )

    async def scenario() -> None:
        costs = await collect(wb, wb.promotion.iter_costs(first, last.isoformat()))
        assert sorted(c.upd_sum for c in costs) == [100 + n for n in range(len(days))]
        queries = sent(emu, "receiving_costs_history")
        assert len(queries) == 4  # 31 + 31 + 31 + 7 days
        spans = [(date.fromisoformat(q["from"][0]), date.fromisoformat(q["to"][0])) for q in queries]
        assert spans[0][0] == first and spans[-1][1] == last
        assert all((b - a).days < COSTS_MAX_DAYS for a, b in spans)
        assert all(spans[k][1] + timedelta(days=1) == spans[k + 1][0] for k in range(3))

    play(wb, scenario)


def test_windows() -> None:
    assert windows(date(2024, 1, 1), date(2024, 1, 1)) == [(date(2024, 1, 1), date(2024, 1, 1))]
    assert windows(date(2024, 1, 1), date(2024, 1, 31)) == [(date(2024, 1, 1), date(2024, 1, 31))]
    assert windows(date(2024, 1, 1), date(2024, 2, 1)) == [
        (date(2024, 1, 1), date(2024, 1, 31)),
        (date(2024, 2, 1), date(2024, 2, 1)),
    ]


def test_balance_budget_deposit_and_payments(emu: Emulator, wb: Any) -> None:
    st = store(emu)
    advert_id = st.add_campaign(type=STANDARD, status=READY, budget=500)
    st.set_balance(balance=5000, net=100, bonus=7)

    async def scenario() -> None:
        assert await done(wb.promotion.payments()) == []  # 204: none yet
        balance = await done(wb.promotion.balance())
        assert (balance.balance, balance.net, balance.bonus) == (5000, 100, 7)
        assert await done(wb.promotion.deposit(advert_id, 2000)) == 2500
        budget = await done(wb.promotion.budget(advert_id))
        assert (budget.cash, budget.netting, budget.total) == (500, 2000, 2500)

        old = datetime(2023, 7, 31, 12, tzinfo=MSK).timestamp()
        store(emu).add_payment(600, at=old)
        store(emu).add_payment(1500, type=3, card_status="succeeded")
        assert sorted(p.sum_ for p in await done(wb.promotion.payments())) == [600, 1500]
        only_old = await done(wb.promotion.payments(date(2023, 7, 1), "2023-08-02"))
        assert [p.sum_ for p in only_old] == [600]

    play(wb, scenario)


# --- campaign creation (WB's current save-ad: name required, bid/payment/placement types) ----------
def test_create_campaign_with_custom_bid(emu: Emulator, wb: Any) -> None:
    st = store(emu)

    async def scenario() -> None:
        assert await done(wb.promotion.campaign_subjects()) == []  # WB's null: an empty list
        assert await done(wb.promotion.campaign_nms([69])) == []
        nms = st.seed_products(2, subject_ids=[69])
        assert [s.id for s in await done(wb.promotion.campaign_subjects())] == [69]
        assert sorted(n.nm for n in await done(wb.promotion.campaign_nms([69]))) == sorted(nms)
        advert_id = await done(
            wb.promotion.create_campaign(
                "Платья", nms, bid_type="manual", payment_type="cpc", placement_types=["search"]
            )
        )
        c = st.campaigns[advert_id]
        assert (c.name, c.type, c.payment_type, c.nms) == ("Платья", CUSTOM, "cpc", nms)
        assert c.placements == {"search": True, "recommendations": False}
        (found,) = await done(wb.promotion.custom_bid_campaigns([advert_id]))  # read from {"adverts"}
        assert found.id == advert_id and found.settings.name == "Платья"

    play(wb, scenario)


def test_combined_placement_sets_both(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=READY, subject_id=69)
    nm = store(emu).campaigns[advert_id].nms[0]

    async def scenario() -> None:
        set_ = await done(
            wb.promotion.set_custom_bids({advert_id: [{"nm_id": nm, "bid": 300, "placement": "combined"}]})
        )
        assert [nb.placement for item in set_ for nb in item.nm_bids] == ["combined"]
        assert store(emu).campaigns[advert_id].bids[nm] == {"search": 300, "recommendations": 300}

    play(wb, scenario)


# --- every client-side check raises before a request ----------------------------------------------
INVALID: list[tuple[str, Callable[[Any], Any]]] = [
    ("create campaign: no name", lambda p: p.create_campaign("", [1])),
    ("create campaign: name not a string", lambda p: p.create_campaign(None, [1])),
    ("create campaign: 51 cards", lambda p: p.create_campaign("A", list(range(1, 52)))),
    ("create campaign: unknown bid type", lambda p: p.create_campaign("A", [1], bid_type="auto")),
    ("create campaign: unknown payment type", lambda p: p.create_campaign("A", [1], payment_type="cpa")),
    (
        "create campaign: unknown placement",
        lambda p: p.create_campaign("A", [1], placement_types=["catalog"]),
    ),
    ("campaign cards: a subject that is not an integer", lambda p: p.campaign_nms(["69"])),
    ("bids: a card without its bid", lambda p: p.set_bids([{"advert_id": 1, "nm_bids": [{"nm": 2}]}])),
    ("bids: a campaign without its cards", lambda p: p.set_bids([{"advert_id": 1}])),
    (
        "custom bids: no placement",
        lambda p: p.set_custom_bids({1: [{"nm_id": 2, "bid": 300}]}),
    ),
    (
        "custom bids: no nm_id",
        lambda p: p.set_custom_bids({1: [{"bid": 300, "placement": "search"}]}),
    ),
    ("placements: a campaign without placements", lambda p: p.set_placements([{"advert_id": 1}])),
    ("auction cards: a campaign without its changes", lambda p: p.change_auction_nms([{"advert_id": 1}])),
    ("campaigns: status outside the enum", lambda p: p.campaigns([1], status=5)),
    ("campaigns: unknown order", lambda p: p.campaigns([1], order="name")),
    ("campaigns: unknown direction", lambda p: p.campaigns([1], direction="up")),
    ("campaigns: an ID that is not an integer", lambda p: p.campaigns([1, "2"])),
    ("custom bid: unknown status", lambda p: p.custom_bid_campaigns([1], statuses=[5])),
    ("custom bid: empty statuses", lambda p: p.custom_bid_campaigns([1], statuses=[])),
    ("custom bid: payment type", lambda p: p.custom_bid_campaigns(payment_type="cpa")),
    ("custom bid: an ID that is not an integer", lambda p: p.custom_bid_campaigns(["x"])),
    ("iter ids: unknown status", lambda p: p.iter_campaign_ids(status=3)),
    ("start: an ID that is not an integer", lambda p: p.start("12")),
    ("rename: a name of 101 characters", lambda p: p.rename(1, "x" * 101)),
    ("bids: a campaign twice", lambda p: p.set_bids([{"advert_id": 1, "nm_bids": []}] * 2)),
    ("bids: bid not an integer", lambda p: p.set_bids({1: {2: 1.5}})),
    (
        "custom bids: unknown placement",
        lambda p: p.set_custom_bids({1: [{"nm_id": 2, "bid": 300, "placement": "x"}]}),
    ),
    ("placements: not booleans", lambda p: p.set_placements({1: {"search": "yes"}})),
    ("auction cards: a card that is not an integer", lambda p: p.change_auction_nms({1: {"add": ["2"]}})),
    ("cards: a card that is not an integer", lambda p: p.change_nms(1, add=["2"])),
    ("minus-phrases: 1001", lambda p: p.set_minus_phrases(1, ["a"] * 1001, kind="exact")),
    ("minus-phrases: standard bid 1001", lambda p: p.set_minus_phrases(1, ["a"] * 1001, kind="auto")),
    ("minus-phrases: unknown kind", lambda p: p.set_minus_phrases(1, ["a"], kind="broad")),
    ("minus-phrases: not strings", lambda p: p.set_minus_phrases(1, [1])),
    ("fixed phrases: 101", lambda p: p.set_fixed_phrases(1, ["a"] * 101)),
    ("deposit: below the minimum budget", lambda p: p.deposit(1, BUDGET_MIN - 1)),
    ("deposit: not an integer", lambda p: p.deposit(1, 1500.5)),
    ("budget: an ID that is not an integer", lambda p: p.budget(None)),
    ("costs: from after to", lambda p: p.iter_costs(date(2024, 2, 1), date(2024, 1, 1))),
    ("costs: not a date", lambda p: p.iter_costs("yesterday", date(2024, 1, 1))),
    ("payments: from after to", lambda p: p.payments("2024-02-01", "2024-01-01")),
]


@pytest.mark.parametrize("call", [c for _, c in INVALID], ids=[name for name, _ in INVALID])
def test_checks_raise_before_any_request(emu: Emulator, wb: Any, call: Callable[[Any], Any]) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidRequestError) as e:
            await done(call(wb.promotion))
        assert e.value.field
        assert emu.requests == []

    play(wb, scenario)
