"""The services' dry runs (what `wbseller ... --dry-run` shows): `prices.check_upload`,
`marketplace.check_stocks`, `content.check_cards`, `promotion.check_bids` / `check_deposit` and
`calendar.check_add_to_promotion` give the requests their write would send, checked and split the
same way, and send no write: the same input sent for real puts exactly those bodies on the wire."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import wbseller
from wbseller.errors import InvalidRequestError
from wbseller.services.promotion import AppliedBid, BidsError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.promotion import PromotionStore

from .conftest import done, play

Make = Callable[..., Any]


def bodies(emu: Emulator, operation: str) -> list[Any]:
    return [json.loads(r.body) for r in emu.requests if r.operation == operation]


def rows(n: int) -> Iterator[dict[str, int]]:
    return ({"nmID": 100 + i, "price": 1000 + i, "discount": 10} for i in range(n))


def test_check_upload_is_what_set_prices_sends(emu: Emulator, make_client: Make) -> None:
    wb = make_client()
    chunks = wb.prices.check_upload("set_prices", rows(2500))  # a generator: read an upload at a time
    assert [len(c) for c in chunks] == [1000, 1000, 500]
    assert emu.requests == []
    wb.prices.set_prices(rows(2500))
    assert [b["data"] for b in bodies(emu, "prices.set_prices_and_discounts")] == chunks
    assert wb.prices.check_upload("set_club_discounts", [{"nmID": 1, "clubDiscount": 5}]) == [
        [{"nmID": 1, "clubDiscount": 5}]
    ]


def test_check_upload_refuses_what_set_prices_refuses(emu: Emulator, make_client: Make) -> None:
    wb = make_client()
    bad = [*rows(1500), {"nmID": 7, "price": -1}]
    with pytest.raises(InvalidRequestError) as e:
        wb.prices.check_upload("set_prices", iter(bad))
    assert e.value.field == "data[1500].price"  # its index among all the items
    with pytest.raises(InvalidRequestError, match="not one of"):
        wb.prices.check_upload("set_stocks", [])
    with pytest.raises(InvalidRequestError, match="no items"):
        wb.prices.check_upload("set_prices", [])
    assert emu.requests == []


def test_check_stocks_is_what_set_stocks_sends(emu: Emulator, make_client: Make) -> None:
    wb = make_client()
    store = emu.state.default.store(MarketplaceStore)
    warehouse = store.add_warehouse("Main", store.offices()[0].id).id
    chrt_ids = store.seed_stocks(warehouse, 1200, amount=0)
    items = [{"chrtId": c, "amount": 3} for c in chrt_ids]
    parts = wb.marketplace.check_stocks(warehouse, items)
    assert [len(p) for p in parts] == [1000, 200]
    assert emu.requests == []
    wb.marketplace.set_stocks(warehouse, items)
    assert [b["stocks"] for b in bodies(emu, "marketplace.update_inventory")] == parts
    with pytest.raises(InvalidRequestError, match="warehouseId"):
        wb.marketplace.check_stocks(0, items)


def card(vendor_code: str, **extra: Any) -> dict[str, Any]:
    return {"subjectID": 105, "variants": [{"vendorCode": vendor_code, "title": "Shirt", **extra}]}


def test_check_cards_is_what_create_cards_sends(emu: Emulator, make_client: Make) -> None:
    wb = make_client()
    cards = [card(f"vc-{i}") for i in range(130)]
    requests = wb.content.check_cards(cards)
    assert [len(r) for r in requests] == [100, 30]
    assert emu.requests == []
    wb.content.create_cards(cards)
    assert bodies(emu, "content.create_product_cards") == requests
    with pytest.raises(InvalidRequestError) as e:
        wb.content.check_cards([card("a"), card("a")])
    assert "appears twice" in str(e.value)
    with pytest.raises(InvalidRequestError) as e:
        wb.content.check_cards([{"nmID": 1, "vendorCode": "x\u200by"}], update=True)
    assert e.value.field is not None and e.value.field.startswith("cards[0]")


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_check_bids_reads_and_never_patches(emu: Emulator, make_client: Make, is_async: bool) -> None:
    promotion = emu.state.default.store(PromotionStore)
    ids = promotion.seed_campaigns(3, types=(9,), statuses=(4, 9))
    bids = {i: dict.fromkeys(promotion.campaigns[i].nms, 25_000) for i in ids}
    wb = make_client(async_=is_async)

    async def scenario() -> None:
        planned = await done(wb.promotion.check_bids(bids))
        assert "promotion.changing_campaigns_bids" not in [r.operation for r in emu.requests]
        assert emu.requests[0].operation == "promotion.campaigns_information_v2"
        assert len(planned) == 1 and len(planned[0]["bids"]) == 3
        first = planned[0]["bids"][0]
        assert first["advert_id"] == ids[0]
        assert {nb["placement"] for nb in first["nm_bids"]} == {"search", "recommendations"}
        await done(wb.promotion.set_bids(bids))
        assert bodies(emu, "promotion.changing_campaigns_bids") == planned
        with pytest.raises(InvalidRequestError, match="below WB's minimum"):
            await done(wb.promotion.check_bids({ids[0]: {promotion.campaigns[ids[0]].nms[0]: 1}}))

    play(wb, scenario)


def test_check_deposit_and_calendar(emu: Emulator, make_client: Make) -> None:
    wb = make_client()
    assert wb.promotion.check_deposit(5, 1500) == {"sum": 1500, "type": 1, "return": True}
    with pytest.raises(InvalidRequestError, match="below the minimum budget"):
        wb.promotion.check_deposit(5, 10)
    calendar = emu.state.default.store(CalendarStore)
    promo = calendar.seed_promotions(1)[0]
    planned = wb.calendar.check_add_to_promotion(promo, [1, 2, 2, 3], upload_now=False)
    assert planned == [{"data": {"promotionID": promo, "uploadNow": False, "nomenclatures": [1, 2, 3]}}]
    with pytest.raises(InvalidRequestError, match="no nmIDs"):
        wb.calendar.check_add_to_promotion(promo, [])
    assert emu.requests == []


def test_unconfirmed_bids_keep_the_confirmed_ones(emu: Emulator, make_client: Make) -> None:
    """BidsError (an UploadError): `failed` the bids WB's answer does not list, `result` those it
    does (what `wbseller campaigns bids set` reports as set)."""
    promotion = emu.state.default.store(PromotionStore)
    a, b = promotion.seed_campaigns(2, types=(9,), statuses=(4,))
    nm_a, nm_b = promotion.campaigns[a].nms[0], promotion.campaigns[b].nms[0]
    emu.faults.add("drift", route="promotion.changing_campaigns_bids", patch={"bids.1.nm_bids": []})
    wb = make_client()
    with pytest.raises(BidsError) as e:
        wb.promotion.set_bids({a: {nm_a: 30_000}, b: {nm_b: 30_000}}, placement="search")
    assert isinstance(e.value, wbseller.UploadError)
    assert set(e.value.failed) == {(b, nm_b, "search")}
    assert e.value.result.applied == (AppliedBid(a, nm_a, "search", 30_000),)
