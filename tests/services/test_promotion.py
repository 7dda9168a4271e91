"""client.promotion against the emulator, on WB's operations of today (wb-facts/2026-08): campaigns
v2 for any number of IDs, the status machine, bids in kopecks checked against WB's minimum bids
and confirmed by WB's answer, search clusters, full statistics paced at 3 a minute, finances, the
methods whose operation WB removed, and every client-side check raising before a request. Each
test runs with a Client and with an AsyncClient (the `wb` fixture)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest

import wbseller
from wbseller.errors import (
    BadRequestError,
    InvalidRequestError,
    OperationRemovedError,
    RedirectError,
    UploadError,
)
from wbseller.services.promotion import (
    BUDGET_MIN,
    COSTS_MAX_DAYS,
    MAX_BID_KOPECKS,
    MAX_HISTORY_DAYS,
    AppliedBid,
    Campaign,
    windows,
)
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.promotion import MSK, PromotionStore

from .conftest import collect, done, play

STANDARD, CUSTOM = 8, 9
READY, ACTIVE, PAUSED, FINISHED = 4, 9, 11, 7


def store(emu: Emulator) -> PromotionStore:
    return emu.state.default.store(PromotionStore)


def sent(emu: Emulator, operation: str) -> list[dict[str, list[str]]]:
    """The query of each request of one operation WB answered (a 429 it refused is retried: on a
    loaded machine arrivals bunch up), parsed."""
    return [
        parse_qs(r.query) for r in emu.requests if r.operation == f"promotion.{operation}" and r.status != 429
    ]


def ops(emu: Emulator) -> list[str]:
    return [str(r.operation) for r in emu.requests]


# --- campaigns (GET /api/advert/v2/adverts) --------------------------------------------------------
def test_campaigns_for_120_ids_in_three_requests(emu: Emulator, wb: Any) -> None:
    ids = store(emu).seed_campaigns(120, types=(CUSTOM,))

    async def scenario() -> None:
        found = await done(wb.promotion.campaigns(ids))
        assert sorted(c.advert_id for c in found) == sorted(ids)
        queries = sent(emu, "campaigns_information_v2")
        assert [len(q["ids"][0].split(",")) for q in queries] == [50, 50, 20]  # comma-joined, 50 a time
        c = found[0]
        assert isinstance(c, Campaign) and c.bid_type == "manual" and c.payment_type == "cpm"
        assert c.nms[0].search_kopecks == store(emu).campaigns[c.advert_id].bids[c.nms[0].nm_id]["search"]
        assert c.model.id == c.advert_id  # WB's answer as parsed, `id` there

        active = await done(wb.promotion.campaigns(ids, statuses=[ACTIVE, PAUSED]))
        assert {c.status for c in active} == {ACTIVE, PAUSED}
        assert sent(emu, "campaigns_information_v2")[-1]["statuses"] == ["9,11"]
        everything = await done(wb.promotion.campaigns())  # no ids: one request, all of them
        assert len(everything) == 120 and "ids" not in sent(emu, "campaigns_information_v2")[-1]
        assert await done(wb.promotion.campaigns([])) == []
        assert len(sent(emu, "campaigns_information_v2")) == 3 + 3 + 1  # nothing for no IDs

    play(wb, scenario)


def test_both_campaign_kinds_name_their_id_advert_id(emu: Emulator, wb: Any) -> None:
    """issue 24: custom_bid_campaigns() had `.id`, campaigns() `.advert_id`; both are Campaign now."""
    ids = store(emu).seed_campaigns(4)  # types 8 and 9: unified and manual bid

    async def scenario() -> None:
        a = await done(wb.promotion.campaigns(ids))
        b = await done(wb.promotion.custom_bid_campaigns(ids))
        assert [c.advert_id for c in a] == [c.advert_id for c in b] == sorted(ids)
        assert {c.bid_type for c in a} == {"unified", "manual"}
        assert not any(hasattr(c, "id") for c in a + b)
        assert "promotion.campaigns_information" not in ops(emu)  # removed: never sent

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


def test_configuration_v1(emu: Emulator, wb: Any) -> None:
    async def scenario() -> None:
        config = await done(wb.promotion.config())
        assert (config.currency, config.currency_code, config.min_top_up) == ("RUB", 643, 1000)
        assert ops(emu) == ["promotion.promotional_configuration_values_v1"]

    play(wb, scenario)


# --- status actions -----------------------------------------------------------------------------
def test_status_machine(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=READY, budget=BUDGET_MIN)

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
        assert len(sent(emu, "pause_campaign")) == 2  # a write sent as GET is never repeated

        await done(wb.promotion.rename(advert_id, "Осень"))
        assert store(emu).campaign(advert_id).name == "Осень"  # type: ignore[union-attr]

    play(wb, scenario)


@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
def test_a_read_only_token_cannot_act(emu: Emulator, make_client: Callable[..., Any], async_: bool) -> None:
    """start/pause/stop/delete are GETs that act (x-wb-write): refused locally for a read-only token."""
    advert_id = store(emu).add_campaign(type=CUSTOM, status=READY, budget=BUDGET_MIN)
    token = emu.make_token(["promotion"], read_only=True)
    cls = wbseller.AsyncClient if async_ else wbseller.Client
    wb = cls(token, base_url=emu.base_url, rate_limits=emu.client_rate_limits())

    async def scenario() -> None:
        for action in (wb.promotion.start, wb.promotion.pause, wb.promotion.stop, wb.promotion.delete):
            with pytest.raises(wbseller.TokenScopeError, match="read-only"):
                await done(action(advert_id))
        assert len(await done(wb.promotion.campaigns([advert_id]))) == 1  # reads are fine
        assert ops(emu) == ["promotion.campaigns_information_v2"]

    try:
        play(wb, scenario)
    finally:
        if not async_:
            wb.close()


def test_delete_a_ready_campaign(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=READY)

    async def scenario() -> None:
        await done(wb.promotion.delete(advert_id))
        assert store(emu).campaign(advert_id).status == -1  # type: ignore[union-attr]

    play(wb, scenario)


# --- bids in kopecks ------------------------------------------------------------------------------
def bids_of(emu: Emulator, advert_id: int) -> set[int]:
    return {b for bids in store(emu).campaigns[advert_id].bids.values() for b in bids.values()}


def test_bids_in_kopecks_end_to_end(emu: Emulator, wb: Any) -> None:
    """set_bids({advert_id: {nm_id: kopecks}}) sends PATCH /api/advert/v1/bids with bid_kopecks,
    50 campaigns per request, every placement of a campaign with manual bid; after learning the
    campaigns (v2) and their minimums (bids/min); and returns what WB confirmed."""
    ids = store(emu).seed_campaigns(55, types=(CUSTOM,), statuses=(READY, ACTIVE))
    bids = {i: dict.fromkeys(store(emu).campaigns[i].nms, 25_000) for i in ids}

    async def scenario() -> None:
        result = await done(wb.promotion.set_bids(bids))
        assert len(sent(emu, "changing_campaigns_bids")) == 2  # 50 + 5 campaigns
        assert all(bids_of(emu, i) == {25_000} for i in ids)  # kopecks stored as sent
        assert len(result.applied) == 55 * 2 * 2  # campaigns x cards x (search, recommendations)
        first_nm = store(emu).campaigns[ids[0]].nms[0]
        assert AppliedBid(ids[0], first_nm, "search", 25_000) in result.applied and result.currency == "RUB"
        assert len(sent(emu, "campaigns_information_v2")) == 2  # 50 + 5 IDs
        assert len(sent(emu, "minimum_bids_for_product_cards")) == 55  # one per campaign
        removed = {"changing_bids", "changing_bids_in_campaigns_with_custom_bid", "bid_update"}
        assert not removed & {o.split(".")[1] for o in ops(emu)}

    play(wb, scenario)


def test_unified_and_manual_campaigns_take_their_placements(emu: Emulator, wb: Any) -> None:
    unified = store(emu).add_campaign(type=STANDARD, status=ACTIVE, subject_id=69)  # unified bid
    manual = store(emu).add_campaign(type=CUSTOM, status=ACTIVE, subject_id=69)
    u_nm, m_nm = store(emu).campaigns[unified].nms[0], store(emu).campaigns[manual].nms[0]

    async def scenario() -> None:
        result = await done(wb.promotion.set_bids({unified: {u_nm: 30_000}, manual: {m_nm: 30_000}}))
        assert sorted((b.advert_id, b.placement) for b in result.applied) == sorted(
            [(unified, "combined"), (manual, "search"), (manual, "recommendations")]
        )
        assert store(emu).campaigns[unified].bids[u_nm] == {"search": 30_000, "recommendations": 30_000}
        await done(wb.promotion.set_bids({manual: {m_nm: 40_000}}, placement="recommendations"))
        assert store(emu).campaigns[manual].bids[m_nm] == {"search": 30_000, "recommendations": 40_000}
        await done(
            wb.promotion.set_custom_bids(
                {manual: [{"nm_id": m_nm, "bid_kopecks": 35_000, "placement": "search"}]}
            )
        )
        assert store(emu).campaigns[manual].bids[m_nm]["search"] == 35_000

        patches = len(sent(emu, "changing_campaigns_bids"))
        with pytest.raises(InvalidRequestError, match="has unified bid") as e:
            await done(wb.promotion.set_bids({unified: {u_nm: 30_000}}, placement="search"))
        assert e.value.field == "bids[0].nm_bids[0].placement"
        assert len(sent(emu, "changing_campaigns_bids")) == patches  # refused before the PATCH

    play(wb, scenario)


def test_a_bid_below_wbs_minimum_is_refused_before_sending(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=ACTIVE, subject_id=2560)  # minimum 20000
    nm = store(emu).campaigns[advert_id].nms[0]

    async def scenario() -> None:
        with pytest.raises(InvalidRequestError) as e:
            await done(wb.promotion.set_bids({advert_id: {nm: 19_999}}))
        assert e.value.limit == 20_000 and e.value.value == 19_999
        assert "below WB's minimum 20000" in str(e.value) and "bids/min" in str(e.value)
        assert "promotion.minimum_bids_for_product_cards" in ops(emu)
        assert sent(emu, "changing_campaigns_bids") == []  # nothing was sent to change
        assert bids_of(emu, advert_id) == {20_000}
        # without the check WB refuses it itself (400, in WB's words), and nothing changes
        with pytest.raises(BadRequestError, match="wrong bid value: 19999; min: 20000"):
            await done(
                wb.promotion.set_bids({advert_id: {nm: 19_999}}, placement="search", check_minimum=False)
            )
        assert bids_of(emu, advert_id) == {20_000}

    play(wb, scenario)


def test_a_campaign_with_many_cards_is_split(emu: Emulator, wb: Any) -> None:
    """60 cards of one campaign: two requests (WB takes 50 per campaign, a campaign once each)."""
    nms = store(emu).seed_products(60, subject_ids=[69])
    advert_id = store(emu).add_campaign(type=CUSTOM, status=READY, nms=nms)

    async def scenario() -> None:
        result = await done(
            wb.promotion.set_bids({advert_id: dict.fromkeys(nms, 50_000)}, placement="search")
        )
        assert len(result.applied) == 60
        assert len(sent(emu, "changing_campaigns_bids")) == 2
        assert len(sent(emu, "minimum_bids_for_product_cards")) == 1  # 60 cards: one bids/min request

    play(wb, scenario)


@pytest.mark.parametrize(
    "fault",
    [{"kind": "drift", "patch": {"bids": []}}, {"kind": "status", "status": 302}],
    ids=["answer without the bids", "a redirect"],
)
def test_bids_count_as_applied_only_when_wb_says_so(emu: Emulator, wb: Any, fault: dict[str, Any]) -> None:
    """issue 21: a batch counts as applied only when WB's answer lists its bids; otherwise
    UploadError names each (and the batch is not sent again)."""
    a, b = store(emu).seed_campaigns(2, types=(CUSTOM,), statuses=(READY,))
    emu.faults.add(**fault, route="promotion.changing_campaigns_bids", times=1)

    async def scenario() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the drifted answer is reported as drift too
            with pytest.raises((UploadError, RedirectError)) as e:
                await done(
                    wb.promotion.set_bids({a: {store(emu).campaigns[a].nms[0]: 30_000}}, placement="search")
                )
        nm = store(emu).campaigns[a].nms[0]
        if fault["kind"] == "status":  # the transport's verdict on a redirected write: not applied
            assert isinstance(e.value, RedirectError) and e.value.applied is False
        else:
            assert isinstance(e.value, UploadError)
            assert set(e.value.failed) == {(a, nm, "search")} and "not confirmed" in str(e.value)
        assert len(sent(emu, "changing_campaigns_bids")) == 1  # never re-sent
        ok = await done(
            wb.promotion.set_bids({b: {store(emu).campaigns[b].nms[0]: 30_000}}, placement="search")
        )
        assert len(ok.applied) == 1  # the next call, answered in full, counts

    play(wb, scenario)


def test_min_and_recommended_bids(emu: Emulator, wb: Any) -> None:
    cpm = store(emu).add_campaign(type=CUSTOM, status=ACTIVE, subject_id=69)  # Одежда: 125 roubles
    cpc = store(emu).add_campaign(type=CUSTOM, status=ACTIVE, payment_type="cpc")
    nms = store(emu).campaigns[cpm].nms

    async def scenario() -> None:
        minimums = await done(wb.promotion.min_bids(cpm, nms))
        assert minimums == {
            key: {"combined": 12500, "search": 12500, "recommendations": 12500} for key in nms
        }
        assert len(sent(emu, "campaigns_information_v2")) == 1  # the payment type, learned
        cpc_nm = store(emu).campaigns[cpc].nms[0]
        assert await done(
            wb.promotion.min_bids(cpc, [cpc_nm], payment_type="cpc", placements=["search"])
        ) == {cpc_nm: {"search": 150}}
        assert len(sent(emu, "campaigns_information_v2")) == 1  # given: not asked again
        rec = await done(wb.promotion.recommended_bids(cpm, nms[0]))
        assert rec.base.leaders_bid.bid_kopecks == 3 * 12_500
        assert next(q.norm_query for q in rec.norm_queries) == "платья"

    play(wb, scenario)


# --- search clusters ----------------------------------------------------------------------------
def test_search_clusters_workflow(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=ACTIVE, subject_id=69)
    nm = store(emu).campaigns[advert_id].nms[0]
    store(emu).set_clusters(advert_id, nm, ["платье", "платье летнее", "сарафан"])

    async def scenario() -> None:
        (item,) = await done(wb.promotion.clusters({advert_id: [nm]}))
        assert item.norm_queries.active == ["платье", "платье летнее", "сарафан"]
        await done(wb.promotion.set_minus_phrases(advert_id, nm, ["сарафан"]))
        assert await done(wb.promotion.minus_phrases([(advert_id, nm)])) == {(advert_id, nm): ["сарафан"]}
        (item,) = await done(wb.promotion.clusters([(advert_id, nm)]))
        assert item.norm_queries.excluded == ["сарафан"]

        ok = await done(
            wb.promotion.set_cluster_bids({(advert_id, nm): {"платье": 20_000, "платье летнее": 30_000}})
        )
        assert [s.norm_query for s in ok] == ["платье", "платье летнее"]
        bids = await done(wb.promotion.cluster_bids({advert_id: [nm]}))
        assert [(b.norm_query, b.bid_kopecks, b.bid) for b in bids] == [
            ("платье", 20_000, 200),
            ("платье летнее", 30_000, 300),
        ]
        await done(wb.promotion.delete_cluster_bids({(advert_id, nm): ["платье"]}))
        assert [b.norm_query for b in await done(wb.promotion.cluster_bids({advert_id: [nm]}))] == [
            "платье летнее"
        ]

        # WB refuses one (below the minimum): it is named, the other one is set
        with pytest.raises(UploadError) as e:
            await done(wb.promotion.set_cluster_bids({(advert_id, nm): {"платье": 100, "сарафан": 20_000}}))
        assert list(e.value.failed) == [(advert_id, nm, "платье")] and "below the minimum" in str(e.value)
        await done(wb.promotion.set_minus_phrases(advert_id, nm, []))  # an empty list removes them all
        assert await done(wb.promotion.minus_phrases([(advert_id, nm)])) == {(advert_id, nm): []}

    play(wb, scenario)


def test_cluster_lists_go_100_pairs_per_request(emu: Emulator, wb: Any) -> None:
    nms = store(emu).seed_products(120, subject_ids=[69])
    advert_id = store(emu).add_campaign(type=CUSTOM, status=ACTIVE, nms=nms)

    async def scenario() -> None:
        found = await done(wb.promotion.clusters({advert_id: nms}))
        assert len(found) == 120 and len(sent(emu, "active_and_inactive_search_cluster_lists")) == 2

    play(wb, scenario)


# --- statistics ---------------------------------------------------------------------------------
def test_full_stats_over_campaigns_and_windows(emu: Emulator, wb: Any) -> None:
    """60 campaigns over 40 days: 2 batches of IDs x 2 windows of at most 31 days."""
    ids = store(emu).seed_campaigns(60, types=(CUSTOM,), statuses=(ACTIVE,))
    first = date(2026, 1, 1)
    for i in ids:
        nm = store(emu).campaigns[i].nms[0]
        store(emu).add_stat(i, first, nm, views=10, clicks=1, sum=2.0)
        store(emu).add_stat(i, first + timedelta(days=39), nm, views=5, clicks=1, sum=1.0)

    async def scenario() -> None:
        rows = await collect(wb, wb.promotion.iter_full_stats(ids, first, first + timedelta(days=39)))
        assert len(rows) == 120  # one per campaign and window
        assert sorted(r.advert_id for r in rows) == sorted(ids * 2)
        queries = sent(emu, "campaigns_statistics")
        spans = [(q["beginDate"][0], q["endDate"][0]) for q in queries]
        assert spans == [("2026-01-01", "2026-01-31"), ("2026-02-01", "2026-02-09")] * 2
        assert [len(q["ids"][0].split(",")) for q in queries] == [50, 50, 10, 10]

    play(wb, scenario)


def test_full_stats_are_paced_at_three_a_minute(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """The client paces the iterator by the operation's limit row (3 per minute, burst 1: one
    request per 20 s), which the emulator enforces on its virtual clock: four windows, none
    refused with a 429 (a client that did not wait would draw one on the second request)."""
    spec = emu.limits.specs["promotion.campaigns_statistics"]["personal"]  # virtual seconds
    assert (spec.limit, spec.period, spec.burst) == (3, 60.0, 1)
    ids = store(emu).seed_campaigns(2, types=(CUSTOM,), statuses=(ACTIVE,))
    wb = make_client(rate_limits=emu.client_rate_limits())  # exactly the emulator's (scaled) limits
    try:
        rows = list(wb.promotion.iter_full_stats(ids, date(2026, 1, 1), date(2026, 5, 1)))  # 121 days
    finally:
        wb.close()
    assert rows == []  # nothing seeded: the windows are still asked
    stats = [r for r in emu.requests if r.operation == "promotion.campaigns_statistics"]
    assert [r.status for r in stats] == [200] * 4


def test_search_cluster_statistics(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=ACTIVE)
    nm = store(emu).campaigns[advert_id].nms[0]
    store(emu).seed_stats(advert_id, "2026-01-01", 5)

    async def scenario() -> None:
        (item,) = await done(wb.promotion.cluster_stats({advert_id: [nm]}, "2026-01-01", date(2026, 1, 5)))
        assert len(item.stats) == 3 and all(s.clicks is not None for s in item.stats)
        (daily,) = await done(wb.promotion.cluster_daily_stats({advert_id: [nm]}, "2026-01-02", "2026-01-03"))
        assert sorted({d.date for d in daily.daily_stats}) == ["2026-01-02", "2026-01-03"]

    play(wb, scenario)


# --- product cards and the methods whose operation WB removed -------------------------------------
def test_change_nms_calls_its_successor(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=READY, subject_id=270)
    more = store(emu).seed_products(2, subject_ids=[270])

    async def scenario() -> None:
        await done(wb.promotion.change_nms(advert_id, add=more))
        assert set(more) <= set(store(emu).campaigns[advert_id].nms)
        assert ops(emu) == ["promotion.changing_the_list_of_product_cards_in_campaigns_with_custom_bid"]

    play(wb, scenario)


REMOVED: list[tuple[str, Callable[[Any], Any], str, str]] = [
    (
        "set_fixed_phrases",
        lambda p: p.set_fixed_phrases(1, ["a"]),
        "promotion.setting_deleting_fixed_phrases",
        "POST /adv/v1/search/set-plus",
    ),
    (
        "set_fixed_phrases_active",
        lambda p: p.set_fixed_phrases_active(1, True),
        "promotion.managing_the_activity_of_fixed_phrases",
        "GET /adv/v1/search/set-plus",
    ),
    (
        "addable_nms",
        lambda p: p.addable_nms(1),
        "promotion.list_of_product_cards_for_campaign_with_standard_bid",
        "GET /adv/v1/auto/getnmtoadd",
    ),
]


@pytest.mark.parametrize(("call", "key", "name"), [r[1:] for r in REMOVED], ids=[r[0] for r in REMOVED])
def test_a_method_without_successor_raises_the_removal(
    emu: Emulator, wb: Any, call: Callable[[Any], Any], key: str, name: str
) -> None:
    async def scenario() -> None:
        with pytest.raises(OperationRemovedError) as e:
            await done(call(wb.promotion))
        assert (e.value.key, e.value.operation, e.value.removed) == (key, name, "2026-02-11")
        assert name in str(e.value) and "2026-02-11" in str(e.value) and e.value.instead in str(e.value)
        assert emu.requests == []  # nothing sent

    play(wb, scenario)


def test_minus_phrases_need_the_card_now(emu: Emulator, wb: Any) -> None:
    """The old call shape (advert_id, phrases, kind=) meets a clear error, not a 404."""

    async def scenario() -> None:
        with pytest.raises(InvalidRequestError, match="per campaign and card") as e:
            await done(wb.promotion.set_minus_phrases(1, ["a", "b"]))
        assert e.value.field == "nm_id" and emu.requests == []

    play(wb, scenario)


# --- finances -----------------------------------------------------------------------------------
def test_costs_over_a_long_range_are_asked_in_windows(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_campaign(type=CUSTOM, status=ACTIVE)
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


def test_an_absurd_history_is_refused_with_the_bound(emu: Emulator, wb: Any) -> None:
    """issue 21: iter_costs(date(1,1,1), date(9999,12,31)) would be 118,000 requests: refused,
    naming the bound; the statistics take the same bound."""

    async def scenario() -> None:
        for pages in (
            lambda: wb.promotion.iter_costs(date(1, 1, 1), date(9999, 12, 31)),
            lambda: wb.promotion.iter_full_stats([1], date(1, 1, 1), date(9999, 12, 31)),
        ):
            with pytest.raises(InvalidRequestError) as e:
                await collect(wb, pages())
            assert e.value.limit == MAX_HISTORY_DAYS and "3,652,059 days" in str(e.value)
        far = date(2024, 1, 1) + timedelta(days=MAX_HISTORY_DAYS - 1)
        assert (
            await collect(wb, wb.promotion.iter_costs(date(2024, 1, 1), far)) == []
        )  # the bound itself is fine
        assert emu.requests and all(r.status == 200 for r in emu.requests)

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
    advert_id = st.add_campaign(type=CUSTOM, status=READY, budget=500)
    st.set_balance(
        balance=5000, net=100, bonus=7, cashbacks=[{"sum": 900, "percent": 50, "expiration_date": "x"}]
    )

    async def scenario() -> None:
        assert await done(wb.promotion.payments()) == []  # 204: none yet
        balance = await done(wb.promotion.balance())
        assert (balance.balance, balance.net, balance.bonus, balance.currency) == (5000, 100, 7, "RUB")
        assert (balance.cashbacks[0].sum_, balance.cashbacks[0].percent) == (900, 50)
        assert await done(wb.promotion.deposit(advert_id, 2000)) == 2500
        budget = await done(wb.promotion.budget(advert_id))
        assert (budget.cash, budget.netting, budget.total, budget.currency) == (500, 2000, 2500, "RUB")
        # deposit-cashback-request: 500 of 1000 from the promo bonuses
        assert (
            await done(wb.promotion.deposit(advert_id, 1000, cashback_sum=500, cashback_percent=50)) == 3500
        )
        assert (await done(wb.promotion.balance())).balance == 2500  # 5000 - 2000 - 500

        old = datetime(2023, 7, 31, 12, tzinfo=MSK).timestamp()
        store(emu).add_payment(600, at=old)
        store(emu).add_payment(1500, type=3, card_status="succeeded")
        payments = await done(wb.promotion.payments())
        assert sorted(p.sum_ for p in payments) == [600, 1500] and {p.currency for p in payments} == {"RUB"}
        only_old = await done(wb.promotion.payments(date(2023, 7, 1), "2023-08-02"))
        assert [p.sum_ for p in only_old] == [600]

    play(wb, scenario)


# --- campaign creation ----------------------------------------------------------------------------
def test_create_campaign(emu: Emulator, wb: Any) -> None:
    st = store(emu)

    async def scenario() -> None:
        assert await done(wb.promotion.campaign_subjects()) == []  # WB's null: an empty list
        assert await done(wb.promotion.campaign_nms([69])) == []
        nms = st.seed_products(2, subject_ids=[69])
        assert [s.id for s in await done(wb.promotion.campaign_subjects(payment_type="cpc"))] == [69]
        assert parse_qs(emu.requests[-1].query) == {"payment_type": ["cpc"]}  # subjects-payment-type
        assert sorted(n.nm for n in await done(wb.promotion.campaign_nms([69]))) == sorted(nms)
        advert_id = await done(
            wb.promotion.create_campaign(
                "Платья", nms, bid_type="manual", payment_type="cpc", placement_types=["search"]
            )
        )
        assert isinstance(advert_id, int)  # seacat-save-ad-answer: a JSON integer
        c = st.campaigns[advert_id]
        assert (c.name, c.type, c.payment_type, c.nms) == ("Платья", CUSTOM, "cpc", nms)
        assert c.placements == {"search": True, "recommendations": False}
        (found,) = await done(wb.promotion.campaigns([advert_id]))
        assert found.advert_id == advert_id and found.name == "Платья"

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
    ("subjects: unknown payment type", lambda p: p.campaign_subjects(payment_type="cpa")),
    ("bids: a campaign without bids (issue 21)", lambda p: p.set_bids({1: {}})),
    ("bids: a campaign without its cards", lambda p: p.set_bids([{"advert_id": 1}])),
    ("bids: a card without its bid", lambda p: p.set_bids([{"advert_id": 1, "nm_bids": [{"nm_id": 2}]}])),
    (
        "bids: a bid in roubles",
        lambda p: p.set_bids([{"advert_id": 1, "nm_bids": [{"nm_id": 2, "bid": 250}]}]),
    ),
    ("bids: a bid of -5", lambda p: p.set_bids({1: {2: -5}})),
    ("bids: a bid of 0", lambda p: p.set_bids({1: {2: 0}})),
    ("bids: an absurd bid", lambda p: p.set_bids({1: {2: MAX_BID_KOPECKS + 1}})),
    ("bids: bid not an integer", lambda p: p.set_bids({1: {2: 1.5}})),
    ("bids: bid a boolean", lambda p: p.set_bids({1: {2: True}})),
    ("bids: a campaign ID that is not an integer", lambda p: p.set_bids({"1": {2: 15_000}})),
    ("bids: unknown placement", lambda p: p.set_bids({1: {2: 15_000}}, placement="catalog")),
    (
        "bids: the same card twice",
        lambda p: p.set_bids([{"advert_id": 1, "nm_bids": [{"nm_id": 2, "bid_kopecks": 9}] * 2}]),
    ),
    (
        "custom bids: unknown placement",
        lambda p: p.set_custom_bids({1: [{"nm_id": 2, "bid_kopecks": 300, "placement": "x"}]}),
    ),
    (
        "custom bids: no nm_id",
        lambda p: p.set_custom_bids({1: [{"bid_kopecks": 300, "placement": "search"}]}),
    ),
    ("min bids: unknown placement", lambda p: p.min_bids(1, [2], placements=["catalog"])),
    ("min bids: unknown payment type", lambda p: p.min_bids(1, [2], payment_type="cpa")),
    ("recommended bids: an ID that is not an integer", lambda p: p.recommended_bids("1", 2)),
    ("placements: a campaign without placements", lambda p: p.set_placements([{"advert_id": 1}])),
    ("placements: one flag only", lambda p: p.set_placements({1: {"search": True}})),
    ("placements: not booleans", lambda p: p.set_placements({1: {"search": "yes", "recommendations": True}})),
    ("auction cards: a campaign without its changes", lambda p: p.change_auction_nms([{"advert_id": 1}])),
    ("auction cards: a card that is not an integer", lambda p: p.change_auction_nms({1: {"add": ["2"]}})),
    ("cards: a card that is not an integer", lambda p: p.change_nms(1, add=["2"])),
    ("campaigns: status outside the enum", lambda p: p.campaigns([1], statuses=[5])),
    ("campaigns: an ID that is not an integer", lambda p: p.campaigns([1, "2"])),
    ("campaigns: payment type", lambda p: p.campaigns(payment_type="cpa")),
    ("custom bid: unknown status", lambda p: p.custom_bid_campaigns([1], statuses=[5])),
    ("iter ids: unknown status", lambda p: p.iter_campaign_ids(status=3)),
    ("start: an ID that is not an integer", lambda p: p.start("12")),
    ("rename: a name of 101 characters", lambda p: p.rename(1, "x" * 101)),
    ("clusters: not a pair", lambda p: p.clusters([(1, 2, 3)])),
    ("clusters: an ID that is not an integer", lambda p: p.clusters({1: ["2"]})),
    ("cluster bids: a bid of 0", lambda p: p.set_cluster_bids({(1, 2): {"q": 0}})),
    ("cluster bids: an absurd bid", lambda p: p.set_cluster_bids({(1, 2): {"q": MAX_BID_KOPECKS + 1}})),
    (
        "cluster bids: no query",
        lambda p: p.set_cluster_bids([{"advertId": 1, "nmId": 2, "bidMinorUnits": 500}]),
    ),
    ("delete cluster bids: a query that is not a string", lambda p: p.delete_cluster_bids({(1, 2): [3]})),
    ("minus phrases: 1001", lambda p: p.set_minus_phrases(1, 2, ["a"] * 1001)),
    ("minus phrases: not strings", lambda p: p.set_minus_phrases(1, 2, [1])),
    ("full stats: from after to", lambda p: p.iter_full_stats([1], date(2024, 2, 1), date(2024, 1, 1))),
    (
        "full stats: an ID that is not an integer",
        lambda p: p.iter_full_stats(["1"], date(2024, 1, 1), date(2024, 1, 2)),
    ),
    ("cluster stats: not a date", lambda p: p.cluster_stats({1: [2]}, "yesterday", "2024-01-01")),
    ("deposit: below the minimum budget", lambda p: p.deposit(1, BUDGET_MIN - 1)),
    ("deposit: not an integer", lambda p: p.deposit(1, 1500.5)),
    ("deposit: cashback without its percent", lambda p: p.deposit(1, 2000, cashback_sum=500)),
    (
        "deposit: cashback above its percent",
        lambda p: p.deposit(1, 2000, cashback_sum=1500, cashback_percent=50),
    ),
    (
        "deposit: cashback from bonuses",
        lambda p: p.deposit(1, 2000, source=3, cashback_sum=500, cashback_percent=50),
    ),
    ("budget: an ID that is not an integer", lambda p: p.budget(None)),
    ("costs: from after to", lambda p: p.iter_costs(date(2024, 2, 1), date(2024, 1, 1))),
    ("costs: not a date", lambda p: p.iter_costs("yesterday", date(2024, 1, 1))),
    ("payments: from after to", lambda p: p.payments("2024-02-01", "2024-01-01")),
]


@pytest.mark.parametrize("call", [c for _, c in INVALID], ids=[name for name, _ in INVALID])
def test_checks_raise_before_any_request(emu: Emulator, wb: Any, call: Callable[[Any], Any]) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidRequestError) as e:
            result = call(wb.promotion)
            await (collect(wb, result) if hasattr(result, "state") else done(result))
        assert e.value.field
        assert emu.requests == []

    play(wb, scenario)
