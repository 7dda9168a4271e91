"""A 3xx is never a success (issue 21): a read follows it only back to the client's own host with
its method kept, else RedirectError; a write is never followed and reports it was not applied.

The emulator's `redirect` fault answers a 3xx before handling the request (nothing is carried out),
with Location the request's own URL (a redirect home) or the `location` given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from services.conftest import Drive, Run

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.prices import PricesStore

AWAY = "http://elsewhere.example/api/v2/list/goods/filter?limit=10&offset=10"
GOODS = "prices.get_products_with_prices"
CARDS = "content.product_cards_list"


def _ops(emu: Emulator, key: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == key]


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_goods_page_2_redirected_home_is_followed(emu: Emulator, run: Run, status: int) -> None:
    """Before: page 2's 3xx read as an empty page, 10 of 30 goods and no error."""
    emu.state.default.store(PricesStore).seed_goods(30)
    emu.faults.add("redirect", status=status, route=GOODS, skip=1)

    async def scenario(d: Drive) -> None:
        goods = await d.list(d.client.prices.iter_goods(page_size=10))
        assert len(goods) == 30 and len({g.nm_id for g in goods}) == 30

    run(scenario)
    hits = [r for r in _ops(emu, GOODS) if r.status != 429]  # (a 429 on a loaded machine is retried)
    assert [r.status for r in hits[:3]] == [200, status, 200]  # page 2 asked again where it pointed
    assert hits[1].query == hits[2].query


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_goods_page_2_redirected_away_is_an_error(emu: Emulator, run: Run, status: int) -> None:
    emu.state.default.store(PricesStore).seed_goods(30)
    emu.faults.add("redirect", status=status, route=GOODS, skip=1, location=AWAY)
    got: list[Any] = []

    async def scenario(d: Drive) -> None:
        pages = d.client.prices.iter_goods(page_size=10)
        with pytest.raises(wbseller.RedirectError) as info:
            if d.is_async:
                async for g in pages:
                    got.append(g)
            else:
                for g in pages:
                    got.append(g)
        e = info.value
        assert e.status == status and e.location == AWAY and e.applied is False
        assert "not one of this client's hosts" in str(e) and emu.base_url.split("//")[1] in str(e)

    run(scenario)
    assert len(got) == 10  # page 1; the error says where it stopped
    assert len(_ops(emu, GOODS)) == 2  # nothing went to the other host (it would not resolve anyway)


@pytest.mark.parametrize(("status", "followed"), [(307, True), (308, True), (301, False), (302, False)])
def test_cards_cursor_redirect(
    emu: Emulator, make_client: Callable[..., Any], status: int, followed: bool
) -> None:
    """The cards list is a POST read: a 307/308 keeps the method (followed, the body sent again);
    a 301/302 would turn it into a GET (an error). Before: the cursor stopped at page 1, silently."""
    emu.state.default.store(ContentStore).seed_cards(250)
    emu.faults.add("redirect", status=status, route=CARDS, skip=1)
    wb = make_client()
    got: list[int] = []
    if followed:
        got = [c.nm_id for c in wb.content.iter_cards(page_size=100)]
        assert len(got) == len(set(got)) == 250
        hits = [r for r in _ops(emu, CARDS) if r.status != 429]
        assert hits[1].status == status and hits[2].body_size == hits[1].body_size > 0
    else:
        with pytest.raises(wbseller.RedirectError, match=f"a {status} would turn the POST into a GET"):
            got.extend(c.nm_id for c in wb.content.iter_cards(page_size=100))
        assert len(got) == 100


def test_redirect_loop_stops(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("redirect", status=307, route=GOODS, times=None)
    wb = make_client()
    with pytest.raises(wbseller.RedirectError, match="more than 5 redirects"):
        list(wb.prices.iter_goods(page_size=10))
    assert [r.status for r in _ops(emu, GOODS) if r.status != 429] == [307] * 6


def test_a_redirect_to_https_of_another_port_or_scheme_is_not_home(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    host = emu.base_url.split("//")[1]
    emu.faults.add("redirect", status=308, route=GOODS, location=f"https://{host}/api/v2/list/goods/filter")
    with pytest.raises(wbseller.RedirectError, match="not one of this client's hosts"):
        list(make_client().prices.iter_goods(page_size=10))


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_stocks_put_batch_redirected_is_not_applied(
    emu: Emulator, make_client: Callable[..., Any], status: int
) -> None:
    """Before: the 3xx counted as applied (1,000 stocks never set, no error)."""
    store = emu.state.default.store(MarketplaceStore)
    wh = store.add_warehouse("Main", store.offices()[0].id).id
    amounts = {300_000_000 + n: 1 + n % 50 for n in range(1500)}
    emu.faults.add("redirect", status=status, route="marketplace.update_inventory", skip=1)
    wb = make_client()
    with pytest.raises(wbseller.RedirectError) as info:
        wb.marketplace.set_stocks(wh, amounts)
    e = info.value
    assert e.applied is False and e.status == status
    assert "the write was not applied" in str(e) and "was not sent on" in str(e)
    hits = _ops(emu, "marketplace.update_inventory")
    assert [r.status for r in hits] == [204, status]  # not followed, not sent again
    assert len(store.stocks(wh)) == 1000  # the first batch; the redirected one is not there


def test_create_cards_redirected_fails_at_once(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """Before: the 3xx counted as queued, and wait() polled 60 s for cards WB never got."""
    emu.faults.add("redirect", status=307, route="content.create_product_cards")
    wb = make_client()
    card = {
        "subjectID": 105,
        "variants": [{"vendorCode": "RX-1", "title": "Рубашка", "sizes": [{"techSize": "M"}]}],
    }
    with pytest.raises(wbseller.RedirectError, match="the write was not applied") as info:
        wb.content.create_cards([card]).wait(timeout=60, poll=0.02)
    assert info.value.applied is False
    assert emu.state.default.store(ContentStore).cards() == []
    # no wait at all: nothing after the refused request
    assert [r.operation for r in emu.requests] == ["content.create_product_cards"]


def test_a_303_on_a_write_is_an_unknown_outcome(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """A 303 See Other may answer a write the server carried out: RetryUnsafeError, not re-sent."""
    store = emu.state.default.store(MarketplaceStore)
    wh = store.add_warehouse("Main", store.offices()[0].id).id
    emu.faults.add("redirect", status=303, route="marketplace.update_inventory")
    with pytest.raises(wbseller.RetryUnsafeError) as info:
        make_client().marketplace.set_stocks(wh, {300_000_001: 5})
    causes = []
    error: BaseException | None = info.value
    while error is not None:
        causes.append(error)
        error = error.__cause__
    redirect = next(c for c in causes if isinstance(c, wbseller.RedirectError))
    assert redirect.applied is None
    # set_stocks then reads the part back (issue 21: unknown outcomes) and says what WB shows
    assert isinstance(info.value, wbseller.UnknownOutcomeError)
    assert len(_ops(emu, "marketplace.update_inventory")) == 1


def test_a_followed_redirect_takes_a_slot_of_the_limit(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """A followed redirect is one more request to WB: it is paced like any other."""
    from wbseller.limits import InProcessLimiter

    class Counting(InProcessLimiter):
        taken = 0

        def acquire(self, bucket: Any, cost: int = 1) -> float:
            self.taken += cost
            return super().acquire(bucket, cost)

    emu.state.default.store(PricesStore).seed_goods(50)
    emu.faults.add("redirect", status=307, route=GOODS, times=3, skip=1)
    limiter = Counting()
    goods = list(make_client(limiter=limiter).prices.iter_goods(page_size=10))
    assert len(goods) == 50
    retried = sum(r.status == 429 for r in emu.requests)  # (a 429 on a loaded machine: retried)
    assert limiter.taken == len(emu.requests) == 6 + 3 + retried
