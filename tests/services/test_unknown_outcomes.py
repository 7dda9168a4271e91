"""A write that stops on a request whose outcome is unknown (a reset, a timeout, a 5xx, an answer cut
off) reads back what WB's state shows and says which items are applied, not applied or unknown;
`resume()` sends only what WB shows as not applied (or what WB recognises when repeated: an
identical price or promotion upload), then what was never sent (issue 21). Nothing is ever applied
twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.prices import PricesStore

from .conftest import Drive, Run

DAY = 86400.0


def _ops(emu: Emulator, route: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == route]


# --- stocks: read back per size ------------------------------------------------------------------------
@pytest.mark.parametrize("fault", ["503 every time", "reset after the write"])
def test_stocks_read_back_then_resume(emu: Emulator, run: Run, fault: str) -> None:
    store = emu.state.default.store(MarketplaceStore)
    wh = store.add_warehouse("Main", store.offices()[0].id).id
    amounts = {300_000_000 + n: n % 50 + 1 for n in range(1500)}
    first, second = list(amounts)[:1000], list(amounts)[1000:]
    route = "marketplace.update_inventory"
    if fault == "503 every time":
        emu.faults.add("status", status=503, route=route, skip=1, times=None)
    else:
        emu.faults.add("reset_after_body", route=route, skip=1, times=None, apply_handler=True)

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.UnknownOutcomeError) as e:
            await d(d.client.marketplace.set_stocks(wh, amounts))
        outcome = e.value.outcome
        assert isinstance(e.value, wbseller.RetryUnsafeError)
        if fault == "503 every time":  # WB never got part 2: its sizes show other amounts
            assert (sorted(outcome.applied), sorted(outcome.not_applied)) == (sorted(first), sorted(second))
        else:  # WB set part 2, the answer was lost: its sizes show the amounts sent
            assert sorted(outcome.applied) == sorted(amounts) and outcome.not_applied == []
        assert outcome.unknown == []
        emu.faults.clear()
        sent_before = len(_ops(emu, route))
        await d(e.value.resume())
        assert store.stocks(wh) == amounts
        resent = _ops(emu, route)[sent_before:]
        assert len(resent) == (1 if fault == "503 every time" else 0)  # only what was not applied

    run(scenario, max_retries=1)


# --- prices: an identical upload is recognised ----------------------------------------------------------
@pytest.mark.parametrize("fault", ["reset after the write", "reset before the body"])
def test_prices_resume_never_uploads_twice(emu: Emulator, run: Run, fault: str) -> None:
    goods = emu.state.default.store(PricesStore).seed_goods(1500, editable_every=0)
    items = [{"nmID": g.nm_id, "price": g.price + 10} for g in goods]
    route = "prices.set_prices_and_discounts"
    # WB knows a resent upload for a while (60 s here, 3 s of real time at the emulator's scale):
    # a loaded machine may take longer than that to resume, which is not what this test is about
    emu.settings["prices.duplicate_window_seconds"] = 1e9
    if fault == "reset after the write":
        emu.faults.add("reset_after_body", route=route, skip=1, apply_handler=True)
    else:
        emu.faults.add("reset_before_body", route=route, skip=1)

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.UnknownOutcomeError) as e:
            await d(d.client.prices.set_prices(items))
        first = emu.state.default.store(PricesStore).uploads()[0].upload_id
        outcome = e.value.outcome
        assert outcome.uploads == [first]
        assert sorted(outcome.unknown) == sorted(i["nmID"] for i in items[1000:])
        assert "uploads already sent" in " ".join(e.value.__notes__)
        upload = await d(e.value.resume())
        uploads = emu.state.default.store(PricesStore).uploads()
        assert len(uploads) == 2  # the repeated upload was recognised, or it was the first to arrive
        assert upload.upload_ids == [u.upload_id for u in uploads]
        assert (upload.upload_ids[1] in upload.already_existing) == (fault == "reset after the write")
        result = await d.wait(upload, timeout=30)
        assert len(result.applied) == 1500

    run(scenario)


# --- cards: looked up by vendorCode -------------------------------------------------------------------
def _card(vc: str) -> dict[str, Any]:
    return {
        "subjectID": 105,
        "variants": [{"vendorCode": vc, "title": "Рубашка", "sizes": [{"techSize": "M"}]}],
    }


@pytest.mark.parametrize("fault", ["reset after the write", "reset before the body"])
def test_cards_resume_sends_only_what_wb_does_not_show(emu: Emulator, run: Run, fault: str) -> None:
    route = "content.create_product_cards"
    cards = [_card(f"UO-{i}") for i in range(150)]  # two requests: 100, then 50
    if fault == "reset after the write":
        emu.faults.add("reset_after_body", route=route, apply_handler=True)
    else:
        emu.faults.add("reset_before_body", route=route)

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.UnknownOutcomeError) as e:
            await d(d.client.content.create_cards(cards))
        outcome = e.value.outcome
        first = [f"UO-{i}" for i in range(100)]
        assert sorted(outcome.applied + outcome.unknown) == sorted(first)
        assert outcome.not_applied == [f"UO-{i}" for i in range(100, 150)]  # never sent
        # WB creates cards a little later: look for them (as long as it takes, when they were
        # sent; briefly, when they never were: they are sent again then)
        wait = 30.0 if fault == "reset after the write" else 0.2
        upload = await d(e.value.resume(wait=wait, poll=0.02))
        result = await d.wait(upload, timeout=30)
        assert len(result.nm_ids) == 150 and not result.failed
        codes = [c.vendor_code for c in emu.state.default.store(ContentStore).cards()]
        assert sorted(codes) == sorted(f"UO-{i}" for i in range(150))  # none created twice
        sent = [r.body_size for r in _ops(emu, route)]
        assert len(sent) == (2 if fault == "reset after the write" else 3)

    run(scenario)


# --- calendar: the promotion's participants, and alreadyExists ---------------------------------------
@pytest.mark.parametrize("processed", [True, False])
def test_calendar_resume_never_uploads_twice(
    emu: Emulator, make_client: Callable[..., Any], processed: bool
) -> None:
    """Processed before the read-back: WB shows the nmIDs in, and nothing is sent again. Still
    being processed (the clock stands still): the identical batch is sent again and WB answers
    alreadyExists with the first upload's ID."""
    cal = emu.state.default.store(CalendarStore)
    start = emu.clock.now() - DAY
    pid = cal.add_promotion("Акция", start, start + 7 * DAY)
    nms = cal.seed_nomenclatures(pid, 5)
    if processed:
        emu.settings["calendar.upload_delay"] = 0.0
    else:
        emu.clock.freeze()
    emu.faults.add("reset_after_body", route="calendar.add_product_to_the_promotion", apply_handler=True)
    wb = make_client()
    with pytest.raises(wbseller.UnknownOutcomeError) as e:
        wb.calendar.add_to_promotion(pid, nms)
    outcome = e.value.outcome
    assert (outcome.applied, outcome.unknown) == ((nms, []) if processed else ([], nms))
    upload = e.value.resume()
    if processed:
        assert upload.upload_ids == []  # nothing left to send
    else:
        assert (
            upload.upload_ids == list(cal.uploads_by_id) and upload.upload_ids[0] in upload.already_existing
        )
        emu.clock.resume()
    assert upload.wait(timeout=30, poll=0.02).joined == nms
    assert len(cal.uploads_by_id) == 1


def test_calendar_resume_of_an_upload_still_processing_is_recognised(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """upload_now=False: nothing joins before the start, so the batch is sent again identical, and
    WB (still holding the first) answers alreadyExists."""
    cal = emu.state.default.store(CalendarStore)
    start = emu.clock.now() + 30 * DAY
    pid = cal.add_promotion("Later", start, start + 7 * DAY)
    nms = cal.seed_nomenclatures(pid, 4)
    emu.faults.add("reset_after_body", route="calendar.add_product_to_the_promotion", apply_handler=True)
    wb = make_client()
    with pytest.raises(wbseller.UnknownOutcomeError) as e:
        wb.calendar.add_to_promotion(pid, nms, upload_now=False)
    assert sorted(e.value.outcome.unknown) == sorted(nms)
    upload = e.value.resume()
    assert upload.upload_ids and upload.upload_ids[0] in upload.already_existing
    assert len(cal.uploads_by_id) == 1
