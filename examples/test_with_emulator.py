"""Testing your own code against the WB emulator with pytest: a file to copy into your tests.

`raise_prices` below stands for your code: it reads the goods and uploads new prices through
wbseller. The tests run it against a real HTTP server that behaves like WB (uploads processed
later, quarantine, 5xx, read-only tokens) instead of a mock, so what passes here matches WB's
contract. The fixtures: `wb_emulator` (the emulator, reset for each test; the test fails if it
answered against WB's spec), `wb_token` (a token factory) and `wb_client` (a Client bound to both).

    pip install "wbseller[emulator]" pytest
    pytest examples/test_with_emulator.py -q
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

import wbseller
from wbseller_emulator import Emulator


# --- your code -----------------------------------------------------------------------------
def raise_prices(wb: wbseller.Client, percent: int, *, timeout: float = 60) -> dict[int, str]:
    """Raise every good's price by `percent`; returns {nmID: WB's reason} for those not applied."""
    goods = [g.to_dict() for g in wb.prices.iter_goods()]
    items = [{"nmID": g["nmID"], "price": g["sizes"][0]["price"] * (100 + percent) // 100} for g in goods]
    result = wb.prices.set_prices(items).wait(timeout=timeout, poll=0.2)
    return {item.nm_id: item.error for item in result.items if not item.applied}


# --- the fixtures ------------------------------------------------------------------------------
# wbseller-emulator's pytest plugin provides them (installed with the emulator): `wb_emulator`
# (reset before each test, time-scaled by the ini option wb_emulator_time_scale), `wb_token`,
# `wb_client`, `wb_async_client`.


# --- the tests ----------------------------------------------------------------------------------
def test_prices_go_up(wb_emulator: Emulator, wb_client: wbseller.Client) -> None:
    wb_emulator.seed("prices", "seed_goods", {"n": 30})  # data at once: no queues, no limits
    before = {g.nm_id: g.to_dict()["sizes"][0]["price"] for g in wb_client.prices.iter_goods()}

    assert raise_prices(wb_client, 10) == {}

    after = {g.nm_id: g.to_dict()["sizes"][0]["price"] for g in wb_client.prices.iter_goods()}
    assert after == {nm: price * 110 // 100 for nm, price in before.items()}


def test_a_price_cut_is_reported(wb_emulator: Emulator, wb_client: wbseller.Client) -> None:
    wb_emulator.seed("prices", "seed_goods", {"n": 3})
    failed = raise_prices(wb_client, -80)  # a fifth of the price: WB quarantines it, as the emulator
    assert len(failed) == 3 and all("Qurantine" in reason for reason in failed.values())


def test_wb_failing_for_a_while(wb_emulator: Emulator, wb_client: wbseller.Client) -> None:
    wb_emulator.seed("prices", "seed_goods", {"n": 5})
    wb_emulator.faults.add("status", status=503, route="prices.get_products_with_prices", times=2)

    assert raise_prices(wb_client, 5) == {}  # the reads are retried; the upload is never repeated

    statuses = [r.status for r in wb_emulator.requests if r.operation == "prices.get_products_with_prices"]
    assert statuses[:3] == [503, 503, 200]
    assert [r.method for r in wb_emulator.requests].count("POST") == 1  # one upload


def test_a_read_only_token_sends_nothing(wb_emulator: Emulator, wb_token: Callable[..., str]) -> None:
    wb_emulator.seed("prices", "seed_goods", {"n": 2})
    token = wb_token(categories=["prices"], read_only=True)
    with (
        wbseller.Client(token, base_url=wb_emulator.base_url, emulator=True) as wb,
        pytest.raises(wbseller.TokenScopeError),  # refused before it is sent
    ):
        raise_prices(wb, 10)
    assert {r.method for r in wb_emulator.requests} == {"GET"}  # the goods were read, nothing sent


def test_async_code_too(wb_emulator: Emulator, wb_token: Callable[..., str]) -> None:
    wb_emulator.seed("content", "seed_cards", {"n": 120})

    async def vendor_codes() -> list[str]:
        async with wbseller.AsyncClient(wb_token(), base_url=wb_emulator.base_url, emulator=True) as wb:
            return [card.to_dict()["vendorCode"] async for card in wb.content.iter_cards()]

    assert len(set(asyncio.run(vendor_codes()))) == 120
