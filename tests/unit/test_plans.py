"""The services' plans without HTTP (tests/unit/fakes.py): the card cursor loop, an offset pager,
the price upload wait and a write whose answer never came. Each runs in milliseconds; the
emulator tests cover the same paths end to end."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from fakes import BASE_URL, TOKEN, FakeRunner, Sent

import wbseller
from wbseller.errors import RetryUnsafeError, UnknownOutcomeError, WaitTimeoutError, WBError
from wbseller_raw.content import ops as content_ops
from wbseller_raw.prices import ops as prices_ops


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeRunner]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", wbseller.SchemaDriftWarning)  # canned answers keep to the spec
        yield FakeRunner().install(monkeypatch)


@pytest.fixture
def wb() -> Iterator[wbseller.Client]:
    with wbseller.Client(TOKEN, base_url=BASE_URL) as client:
        yield client


# --- the cards list: a cursor in the body -------------------------------------------------------------
def card(nm_id: int, updated: str) -> dict[str, Any]:
    return {"nmID": nm_id, "imtID": nm_id * 10, "vendorCode": f"vc-{nm_id}", "updatedAt": updated}


def cards_page(cards: list[dict[str, Any]]) -> dict[str, Any]:
    last = cards[-1] if cards else {}
    cursor = {"updatedAt": last.get("updatedAt"), "nmID": last.get("nmID"), "total": len(cards)}
    return {"cards": cards, "cursor": {k: v for k, v in cursor.items() if v is not None}}


def stamp(n: int) -> str:
    return f"2026-08-01T10:00:{n:02d}.000000Z"


def test_the_cursor_loop_walks_every_page_and_stops_on_a_short_one(
    fake: FakeRunner, wb: wbseller.Client
) -> None:
    every = [card(100 + n, stamp(n)) for n in range(5)]

    def respond(sent: Sent) -> dict[str, Any]:
        cursor = sent.json["settings"]["cursor"]
        after = (cursor.get("updatedAt"), cursor.get("nmID"))
        rest = [c for c in every if after[0] is None or (c["updatedAt"], c["nmID"]) > after]
        return cards_page(rest[: cursor["limit"]])

    fake.answer_with(content_ops.PRODUCT_CARDS_LIST, respond)
    pages = wb.content.iter_cards(page_size=2)
    assert [c.nm_id for c in pages] == [100, 101, 102, 103, 104]
    cursors = [s.json["settings"]["cursor"] for s in fake.sent(content_ops.PRODUCT_CARDS_LIST)]
    # each request goes on from the last card of the page before; the third page (1 < 2) is the last
    assert cursors == [
        {"limit": 2},
        {"limit": 2, "updatedAt": stamp(1), "nmID": 101},
        {"limit": 2, "updatedAt": stamp(3), "nmID": 103},
    ]
    assert pages.cursor is not None and pages.cursor.as_dict() == {"at": stamp(4), "nm_id": 104}
    assert fake.slept == []


def test_the_async_client_runs_the_same_plan(fake: FakeRunner) -> None:
    fake.answer(
        content_ops.PRODUCT_CARDS_LIST,
        cards_page([card(1, stamp(1)), card(2, stamp(2))]),
        cards_page([card(3, stamp(3))]),
    )

    async def walk() -> list[int]:
        async with wbseller.AsyncClient(TOKEN, base_url=BASE_URL) as wb:
            return [c.nm_id async for c in wb.content.iter_cards(page_size=2)]

    assert asyncio.run(walk()) == [1, 2, 3]
    assert len(fake.sent(content_ops.PRODUCT_CARDS_LIST)) == 2


def test_a_card_met_again_is_handed_out_once(fake: FakeRunner, wb: wbseller.Client) -> None:
    # 101 was updated during the walk: WB lists it again at the end of the list
    fake.answer(
        content_ops.PRODUCT_CARDS_LIST,
        cards_page([card(100, stamp(0)), card(101, stamp(1))]),
        cards_page([card(102, stamp(2)), card(101, stamp(9))]),
        cards_page([]),
    )
    assert [c.nm_id for c in wb.content.iter_cards(page_size=2)] == [100, 101, 102]


def test_resuming_sends_the_saved_cursor(fake: FakeRunner, wb: wbseller.Client) -> None:
    fake.answer(content_ops.PRODUCT_CARDS_LIST, cards_page([card(7, stamp(7))]))
    start = {"at": stamp(6), "nm_id": 6}
    assert [c.nm_id for c in wb.content.iter_cards(start_after=start)] == [7]
    (sent,) = fake.sent(content_ops.PRODUCT_CARDS_LIST)
    assert sent.json["settings"]["cursor"] == {"limit": 100, "updatedAt": stamp(6), "nmID": 6}


# --- the goods list: limit/offset until an empty page -----------------------------------------------
def goods_page(nm_ids: list[int] | None) -> dict[str, Any]:
    goods = None if nm_ids is None else [{"nmID": n, "vendorCode": f"vc-{n}", "sizes": []} for n in nm_ids]
    return {"data": {"listGoods": goods}, "error": False, "errorText": ""}


def test_the_offset_pager_goes_on_until_an_empty_page(fake: FakeRunner, wb: wbseller.Client) -> None:
    # WB sends null for the page past the end (not [])
    fake.answer(prices_ops.GET_PRODUCTS_WITH_PRICES, goods_page([1, 2]), goods_page([3, 4]), goods_page(None))
    assert [g.nm_id for g in wb.prices.iter_goods(page_size=2)] == [1, 2, 3, 4]
    sent = [(s.params["limit"], s.params["offset"]) for s in fake.sent(prices_ops.GET_PRODUCTS_WITH_PRICES)]
    assert sent == [(2, 0), (2, 2), (2, 4)]


def test_an_error_in_the_envelope_stops_the_pager(fake: FakeRunner, wb: wbseller.Client) -> None:
    fake.answer(
        prices_ops.GET_PRODUCTS_WITH_PRICES,
        goods_page([1, 2]),
        {"data": None, "error": True, "errorText": "Internal error"},
    )
    got: list[int] = []
    with pytest.raises(WBError, match="Internal error"):
        got.extend(g.nm_id for g in wb.prices.iter_goods(page_size=2))
    assert got == [1, 2]  # the first page was handed out before


# --- the price upload wait -----------------------------------------------------------------------------
def task(upload_id: int, status: int) -> dict[str, Any]:
    return {
        "uploadID": upload_id,
        "status": status,
        "uploadDate": "2026-08-01T10:00:00+03:00",
        "activationDate": "2026-08-01T10:00:00+03:00",
        "overAllGoodsNumber": 2,
        "successGoodsNumber": 1,
    }


def envelope(data: Any, error_text: str = "") -> dict[str, Any]:
    return {"data": data, "error": False, "errorText": error_text}


def history(upload_id: int, goods: list[dict[str, Any]] | None) -> dict[str, Any]:
    return {"data": {"uploadID": upload_id, "historyGoods": goods}}


def good(nm_id: int, error: str = "") -> dict[str, Any]:
    return {"nmID": nm_id, "vendorCode": f"vc-{nm_id}", "price": 1000, "discount": 10, "errorText": error}


def test_the_price_wait_polls_until_processed_then_reads_the_details(
    fake: FakeRunner, wb: wbseller.Client
) -> None:
    fake.answer(
        prices_ops.PROCESSED_UPLOAD_STATE,
        envelope(None),  # still in the buffer
        envelope(None),
        envelope(task(7, 5)),  # processed, partly applied
    )
    fake.answer(prices_ops.UNPROCESSED_UPLOAD_STATE, envelope(task(7, 1)))  # asked once only
    fake.answer(
        prices_ops.PROCESSED_UPLOAD_DETAILS,
        history(7, [good(1), good(2, "the price is too low")]),
        history(7, None),
    )
    result = wb.prices.upload([7]).wait(timeout=600, poll=2.5)
    assert fake.slept == [2.5, 2.5]  # two rounds in the buffer, never slept here
    assert result.status == 5
    assert result.applied == [1]
    assert result.failed == {2: "the price is too low"}
    assert len(fake.sent(prices_ops.UNPROCESSED_UPLOAD_STATE)) == 1
    offsets = [s.params["offset"] for s in fake.sent(prices_ops.PROCESSED_UPLOAD_DETAILS)]
    assert offsets == [0, offsets[1]] and offsets[1] > 0


def test_the_price_wait_times_out_naming_what_is_pending(fake: FakeRunner, wb: wbseller.Client) -> None:
    fake.answer_with(prices_ops.PROCESSED_UPLOAD_STATE, lambda sent: envelope(None))
    fake.answer(prices_ops.UNPROCESSED_UPLOAD_STATE, envelope(task(7, 1)))
    with pytest.raises(WaitTimeoutError, match=r"not processed yet: \[7\]"):
        wb.prices.upload([7]).wait(timeout=0, poll=1)
    assert fake.slept == []


# --- a write whose answer never came: looked up, never sent again ----------------------------------------
def test_a_card_create_that_may_have_reached_wb_is_looked_up_not_resent(
    fake: FakeRunner, wb: wbseller.Client
) -> None:
    fake.answer(content_ops.CREATE_PRODUCT_CARDS, RetryUnsafeError("the connection broke after sending"))
    # the lookup: the cards list (newest first) shows the card
    fake.answer(content_ops.PRODUCT_CARDS_LIST, cards_page([card(5, "2099-01-01T00:00:00.000000Z")]))
    new_card = {
        "subjectID": 105,
        "variants": [{"vendorCode": "vc-5", "title": "A card", "brand": "B", "sizes": [{"price": 100}]}],
    }
    with pytest.raises(UnknownOutcomeError) as caught:
        wb.content.create_cards([new_card])
    assert len(fake.sent(content_ops.CREATE_PRODUCT_CARDS)) == 1  # a write is not re-sent blindly
    assert caught.value.outcome.applied == ["vc-5"]
