"""Large inputs are consumed as they are sent (issue 21: `create_cards` with 10^6 cards reached
841 MB and sent nothing): a generator of cards or prices is read a request at a time, so memory
stays bounded, and the first request leaves before the input is read to its end.

Memory is measured with tracemalloc against an emulator in another process (its own storage is
not this process's memory); no timed asserts."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator, EmulatorProcess
from wbseller_emulator.handlers.prices import PricesStore


def _cards(n: int, tag: str) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "subjectID": 105,
            "variants": [
                {
                    "vendorCode": f"{tag}-{i}",
                    "title": "Рубашка хлопковая",
                    "description": f"{i} " + "x" * 4000,  # a string of its own per card
                    "sizes": [{"techSize": "M"}],
                }
            ],
        }


def _peak(call: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_create_cards_from_a_generator_holds_one_request_at_a_time() -> None:
    n = 2000  # 20 requests of 100 cards, ~8 MB of cards in all
    with (
        EmulatorProcess(time_scale=0.001, strict=False) as emu,
        wbseller.Client(
            emu.make_token(["content"]),
            base_url=emu.base_url,
            rate_limits=emu.client_rate_limits(),
            limiter=InProcessLimiter(),
        ) as wb,
    ):
        wb.content.create_cards(_cards(3, "warm"))  # connections, imports
        streamed = _peak(lambda: wb.content.create_cards(_cards(n, "gen")))
        listed = _peak(lambda: wb.content.create_cards(list(_cards(n, "list"))))
        upload = wb.content.create_cards(_cards(150, "handle"))
    assert upload.vendor_codes == [f"handle-{i}" for i in range(150)]
    # the list is all in memory (and checked whole before anything is sent); the generator is not
    assert streamed < listed / 2, (streamed, listed)


def test_the_first_request_leaves_before_the_input_ends(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    goods = emu.state.default.store(PricesStore).seed_goods(2500, editable_every=0)
    seen_at: list[int] = []

    def items() -> Iterator[dict[str, Any]]:
        for i, good in enumerate(goods):
            if i in (1000, 2000):  # asked for the first item of the next upload
                seen_at.append(len(emu.state.default.store(PricesStore).uploads()))
            yield {"nmID": good.nm_id, "price": good.price + 10}

    upload = make_client().prices.set_prices(items())
    assert seen_at == [1, 2]  # each upload went before the next one was read
    assert len(upload.upload_ids) == 3


def test_a_bad_item_further_on_keeps_the_uploads_before_it(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    goods = emu.state.default.store(PricesStore).seed_goods(1500, editable_every=0)

    def items() -> Iterator[dict[str, Any]]:
        for i, good in enumerate(goods):
            yield {"nmID": good.nm_id, "price": -1 if i == 1200 else good.price + 10}

    sent: list[Any] = []
    with pytest.raises(wbseller.InvalidRequestError) as e:
        make_client().prices.set_prices(items(), on_upload=sent.append)
    assert e.value.field == "data[1200].price"
    uploads = emu.state.default.store(PricesStore).uploads()
    assert [s.upload_id for s in sent] == [u.upload_id for u in uploads] and sent[0].items == 1000
    assert f"uploads already sent: [{uploads[0].upload_id}]" in " ".join(e.value.__notes__)


def test_a_bad_card_further_on_keeps_the_cards_before_it(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    def cards() -> Iterator[dict[str, Any]]:
        for i, card in enumerate(_cards(150, "B")):
            if i == 120:
                card["variants"][0]["vendorCode"] = ""
            yield card

    with pytest.raises(wbseller.InvalidRequestError) as e:
        make_client().content.create_cards(cards())
    assert e.value.field == "cards[120].variants[0].vendorCode"
    assert len([r for r in emu.requests if r.operation == "content.create_product_cards"]) == 1
    assert "cards already sent" in " ".join(e.value.__notes__) and "B-99" in " ".join(e.value.__notes__)
