"""Answers that deviate from the spec never kill a loop: the emulator's drift fault rewrites its
answers (a null, an extra field, a string where an int is declared, an object where a list is)
for a cursor export, an offset list, a price upload wait and a WBD listing. Every item still
comes out (typed, or as a RawItem of the JSON WB sent), each deviation is warned about once per
operation and shape, the cursor advances and resumes. Sync and async (the `run` fixture)."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

import wbseller
from wbseller import RawItem, SchemaDriftWarning, drift
from wbseller.services._common import as_int, attr
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.prices import PricesStore
from wbseller_emulator.handlers.wbd import WbdStore

from .conftest import Drive, Run

CARDS = "content.product_cards_list"
GOODS = "prices.get_products_with_prices"
STATE = "prices.processed_upload_state"
DETAILS = "prices.processed_upload_details"
OFFERS = "wbd.get_a_list_of_your_offers"


@pytest.fixture(autouse=True)
def fresh_reports() -> Iterator[list[warnings.WarningMessage]]:
    """Every shape reported anew in each test (drift reports once per process)."""
    drift.forget()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught
    drift.forget()


def reported(caught: list[warnings.WarningMessage]) -> Counter[tuple[str, str]]:
    return Counter(
        (w.message.operation, w.message.path) for w in caught if isinstance(w.message, SchemaDriftWarning)
    )


def drift_on(emu: Emulator, patches: dict[str, dict[str, Any]], times: int | None = None) -> None:
    for route, patch in patches.items():
        emu.faults.add("drift", route=route, patch=patch, times=times)


# --- a cursor export: content.iter_cards ---------------------------------------------------------
CARD_CASES = {
    "null": ({"cards.1.vendorCode": None}, {"cards[].vendorCode"}),
    "extra fields": ({"cards.*.brandNew": {"x": 1}, "cursor.later": [1], "top": 1}, set()),
    "string for int": (
        {"cards.0.sizes.0.chrtID": "abc", "cursor.nmID": "x"},
        {"cards[].sizes[].chrtID", "cursor.nmID"},
    ),
    "object for list": ({"cards.2.sizes": {"chrtID": 1, "techSize": "M"}}, {"cards[].sizes"}),
}


@pytest.mark.parametrize("case", CARD_CASES)
def test_cursor_export_survives_drift(
    emu: Emulator, run: Run, case: str, fresh_reports: list[warnings.WarningMessage]
) -> None:
    seeded = {c.nm_id for c in emu.state.default.store(ContentStore).seed_cards(250)}
    patch, paths = CARD_CASES[case]
    drift_on(emu, {CARDS: patch})

    async def scenario(d: Drive) -> None:
        cards = await d.list(d.client.content.iter_cards())
        nm_ids = [attr(c, "nm_id") for c in cards]
        assert sorted(nm_ids) == sorted(seeded)  # every card once, none lost
        raw = [c for c in cards if isinstance(c, RawItem)]
        if case == "extra fields":
            assert raw == [] and all(c.additional_properties["brandNew"] == {"x": 1} for c in cards)
        if case == "null":
            assert len(raw) == 3  # one card of each of the three pages, as WB sent it
            assert all(r["vendorCode"] is None and r.vendor_code is None for r in raw)
        if case == "string for int":  # the card stays typed, its size comes raw
            assert raw == [] and sum(isinstance(c.sizes[0], RawItem) for c in cards) == 3
            assert {c.sizes[0]["chrtID"] for c in cards if isinstance(c.sizes[0], RawItem)} == {"abc"}
        if case == "object for list":
            assert len(raw) == 3 and all(isinstance(r.sizes[0], RawItem) for r in raw)
            assert all(r["sizes"] == {"chrtID": 1, "techSize": "M"} for r in raw)  # the JSON as sent

    run(scenario)
    assert reported(fresh_reports) == Counter({(CARDS, p): 1 for p in paths})


def test_cursor_resumes_from_a_drifted_cursor(emu: Emulator, run: Run) -> None:
    """WB's cursor came off-spec on every page: the walk goes on from the last card instead, and
    a saved cursor resumes it."""
    seeded = {c.nm_id for c in emu.state.default.store(ContentStore).seed_cards(250)}
    drift_on(emu, {CARDS: {"cursor.nmID": "x", "cursor.total": None}})

    async def scenario(d: Drive) -> None:
        pages = d.client.content.iter_cards()
        first: list[Any] = []
        if d.is_async:
            async for c in pages:
                first.append(c)
                if len(first) == 150:
                    break
        else:
            for c in pages:
                first.append(c)
                if len(first) == 150:
                    break
        assert pages.cursor is not None and pages.cursor.nm_id == first[99].nm_id  # after page 1
        rest = await d.list(d.client.content.iter_cards(start_after=pages.cursor))
        assert {c.nm_id for c in first} | {c.nm_id for c in rest} == seeded
        assert len(rest) == 150  # from card 101 on: resuming repeats, never skips

    run(scenario)


# --- an offset list: prices.iter_goods -------------------------------------------------------------
GOOD_CASES = {
    "null": ({"data.listGoods.0.vendorCode": None}, {"data.listGoods[].vendorCode"}),
    "extra fields": ({"data.listGoods.*.x": 1, "data.extra": 2, "more": True}, set()),
    "string for int": ({"data.listGoods.1.discount": "10"}, {"data.listGoods[].discount"}),
    "object for list": ({"data.listGoods.2.sizes": {"sizeID": 1, "price": 5}}, {"data.listGoods[].sizes"}),
}


@pytest.mark.parametrize("case", GOOD_CASES)
def test_offset_list_survives_drift(
    emu: Emulator, run: Run, case: str, fresh_reports: list[warnings.WarningMessage]
) -> None:
    seeded = [g.nm_id for g in emu.state.default.store(PricesStore).seed_goods(30)]
    patch, paths = GOOD_CASES[case]
    drift_on(emu, {GOODS: patch})

    async def scenario(d: Drive) -> None:
        goods = await d.list(d.client.prices.iter_goods(page_size=10))
        assert sorted(attr(g, "nm_id") for g in goods) == sorted(seeded)
        raw = [g for g in goods if isinstance(g, RawItem)]
        assert len(raw) == (0 if case == "extra fields" else 3)  # one item of each page
        if case == "string for int":
            assert {r["discount"] for r in raw} == {"10"}

    run(scenario)
    assert reported(fresh_reports) == Counter({(GOODS, p): 1 for p in paths})


# --- a price upload wait: prices.set_prices(...).wait() --------------------------------------------
WAIT_CASES = {
    "null": (
        {STATE: {"data.uploadDate": None}, DETAILS: {"data.historyGoods.0.errorText": None}},
        {(STATE, "data.uploadDate"), (DETAILS, "data.historyGoods[].errorText")},
    ),
    "extra fields": ({STATE: {"data.x": 1, "y": 2}, DETAILS: {"data.historyGoods.*.z": [1]}}, set()),
    "string for int": (
        {STATE: {"data.overAllGoodsNumber": "3"}, DETAILS: {"data.historyGoods.1.price": "1100"}},
        {(STATE, "data.overAllGoodsNumber"), (DETAILS, "data.historyGoods[].price")},
    ),
}


@pytest.mark.parametrize("case", WAIT_CASES)
def test_price_wait_survives_drift(
    emu: Emulator, run: Run, case: str, fresh_reports: list[warnings.WarningMessage]
) -> None:
    goods = [emu.state.default.store(PricesStore).add_good(price=1000) for _ in range(3)]
    patches, expected = WAIT_CASES[case]
    drift_on(emu, patches)

    async def scenario(d: Drive) -> None:
        upload = await d(d.client.prices.set_prices([{"nmID": g.nm_id, "price": 1100} for g in goods]))
        result = await d.wait(upload)
        assert result.status == 3
        assert sorted(result.applied) == sorted(g.nm_id for g in goods) and result.failed == {}
        (task,) = result.tasks.values()
        assert task.overall == 3  # also from a string "3"

    run(scenario)
    assert reported(fresh_reports) == Counter(dict.fromkeys(expected, 1))


def test_price_wait_takes_an_object_for_the_item_list(
    emu: Emulator, run: Run, fresh_reports: list[warnings.WarningMessage]
) -> None:
    good = emu.state.default.store(PricesStore).add_good(price=1000)
    item = {"nmID": good.nm_id, "price": 1100, "status": 2, "errorText": ""}
    drift_on(emu, {DETAILS: {"data.historyGoods": item}}, times=1)

    async def scenario(d: Drive) -> None:
        upload = await d(d.client.prices.set_prices([{"nmID": good.nm_id, "price": 1100}]))
        result = await d.wait(upload)
        assert result.status == 3 and result.applied == [good.nm_id]

    run(scenario)
    assert reported(fresh_reports) == Counter({(DETAILS, "data.historyGoods"): 1})


# --- a WBD listing: wbd.iter_offers ---------------------------------------------------------------
OFFER_CASES = {
    "null": ({"items.0.title": None}, {"items[].title"}),
    "extra fields": ({"items.*.newThing": 1, "extra": {"a": 1}}, set()),
    "string for int": ({"items.1.price": "501", "total": "120"}, {"items[].price", "total"}),
}


@pytest.mark.parametrize("case", OFFER_CASES)
def test_wbd_listing_survives_drift(
    emu: Emulator, run: Run, case: str, fresh_reports: list[warnings.WarningMessage]
) -> None:
    seeded = emu.state.default.store(WbdStore).seed_offers(120)  # three pages of 50
    patch, paths = OFFER_CASES[case]
    drift_on(emu, {OFFERS: patch})

    async def scenario(d: Drive) -> None:
        offers = await d.list(d.client.wbd.iter_offers())
        assert sorted(attr(o, "id") for o in offers) == sorted(seeded)
        raw = [o for o in offers if isinstance(o, RawItem)]
        assert len(raw) == (0 if case == "extra fields" else 3)

    run(scenario)
    assert reported(fresh_reports) == Counter({(OFFERS, p): 1 for p in paths})


def test_wbd_listing_takes_an_object_for_the_item_list(
    emu: Emulator, run: Run, fresh_reports: list[warnings.WarningMessage]
) -> None:
    seeded = emu.state.default.store(WbdStore).seed_offers(60)
    drift_on(emu, {OFFERS: {"items": {"id": 1, "title": "solo"}}}, times=1)

    async def scenario(d: Drive) -> None:
        offers = await d.list(d.client.wbd.iter_offers())
        assert isinstance(offers[0], RawItem) and offers[0] == {"id": 1, "title": "solo"}
        typed = [o.id for o in offers[1:]]
        assert len(offers) == len(seeded) and len(set(typed)) == len(typed) and set(typed) < set(seeded)

    run(scenario)
    assert reported(fresh_reports) == Counter({(OFFERS, "items"): 1})


# --- what is not drift, and making drift an error ------------------------------------------------
def test_a_body_that_is_not_json_stays_an_error(emu: Emulator, run: Run) -> None:
    emu.faults.add("malformed_json", route=CARDS)

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.MalformedResponseError, match="not the JSON"):
            await d.list(d.client.content.iter_cards())

    run(scenario)


def test_drift_can_be_made_an_error(emu: Emulator, run: Run) -> None:
    emu.state.default.store(ContentStore).seed_cards(3)
    drift_on(emu, {CARDS: {"cards.0.nmID": "abc"}})

    async def scenario(d: Drive) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error", SchemaDriftWarning)
            for _ in range(2):  # every time, not once: a raised warning is not "reported"
                with pytest.raises(SchemaDriftWarning, match=r"content\.product_cards_list.*cards\[\]\.nmID"):
                    await d.list(d.client.content.iter_cards())

    run(scenario)


def test_a_drift_report_is_logged_once(emu: Emulator, run: Run, caplog: pytest.LogCaptureFixture) -> None:
    emu.state.default.store(ContentStore).seed_cards(3)
    drift_on(emu, {CARDS: {"cards.0.nmID": "abc"}})

    async def scenario(d: Drive) -> None:
        for _ in range(2):
            assert len(await d.list(d.client.content.iter_cards())) == 3

    with caplog.at_level("WARNING", logger="wbseller"):
        run(scenario)
    logged = [r.getMessage() for r in caplog.records if "schema drift" in r.getMessage()]
    assert len(logged) == 1
    assert "cards[].nmID: expected int, got str (first at cards[0].nmID)" in logged[0]
    assert as_int("12") == 12 and as_int("x") is None and as_int(True) is None


def test_cards_upload_wait_reads_raw_cards(
    emu: Emulator, run: Run, fresh_reports: list[warnings.WarningMessage]
) -> None:
    """CardsUpload.wait() finds its vendorCodes in a cards list whose cards come raw."""
    drift_on(emu, {CARDS: {"cards.*.imtID": "not an id"}})
    new = [
        {"subjectID": 105, "variants": [{"vendorCode": vc, "title": "Рубашка", "sizes": [{"techSize": "M"}]}]}
        for vc in ("drift-1", "drift-2")
    ]

    async def scenario(d: Drive) -> None:
        upload = await d(d.client.content.create_cards(new))
        result = await d.wait(upload)
        assert sorted(result.nm_ids) == ["drift-1", "drift-2"]
        assert all(o.imt_id is None for o in result.cards.values())  # "not an id" is no imtID

    run(scenario)
    assert reported(fresh_reports) == Counter({(CARDS, "cards[].imtID"): 1})
