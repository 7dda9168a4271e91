"""client.prices against the emulator: uploads split, sent, waited on (statuses 3/4/5/6, per-item
errors, quarantine, cancel, timeout, resume), client-side checks, and the limit/offset lists.
Every scenario runs on a Client and on an AsyncClient (the `mode` parameter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from wbseller.errors import BadRequestError, InvalidRequestError, UploadError, WaitTimeoutError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.prices import QUARANTINE_TEXT, PricesStore
from wbseller_raw.prices.models import Goods

from .conftest import Drive, Run


def store(emu: Emulator) -> PricesStore:
    return emu.state.default.store(PricesStore)


def ops(emu: Emulator, name: str) -> list[Any]:
    # a 429 met through timing jitter is retried by the transport: not this test's business
    return [r for r in emu.requests if r.operation == f"prices.{name}" and r.status != 429]


async def send_and_wait(d: Drive, items: list[Any], method: str = "set_prices") -> Any:
    handle = await d(getattr(d.client.prices, method)(items))
    return handle, await d.wait(handle)


# --- uploads ------------------------------------------------------------------------------------
def test_all_applied_and_visible_in_goods(emu: Emulator, run: Run) -> None:
    goods = [store(emu).add_good(price=1000, discount=10) for _ in range(3)]

    async def scenario(d: Drive) -> None:
        items: list[Any] = [{"nmID": g.nm_id, "price": 1100, "discount": 15} for g in goods[:2]]
        items.append(Goods(nm_id=goods[2].nm_id, price=1200))  # a generated model is accepted too
        handle, result = await send_and_wait(d, items)
        assert len(handle.upload_ids) == 1
        (task,) = result.tasks.values()
        assert task.status == 3 and result.status == 3
        assert result.applied == [g.nm_id for g in goods] and result.failed == {}
        assert result.raise_for_errors() is result
        listed = {g.nm_id: g for g in await d.list(d.client.prices.iter_goods())}
        assert [(listed[g.nm_id].sizes[0].price, listed[g.nm_id].discount) for g in goods] == [
            (1100, 15),
            (1100, 15),
            (1200, 10),
        ]

    run(scenario)


def test_size_prices_and_club_discounts(emu: Emulator, run: Run) -> None:
    sized = store(emu).add_good(price=2000, sizes=("S", "M"), editable_size_price=True)
    plain = store(emu).add_good(price=2000)

    async def scenario(d: Drive) -> None:
        s, m = sized.sizes
        _, result = await send_and_wait(
            d,
            [
                {"nmID": sized.nm_id, "sizeID": s.size_id, "price": 2100},
                {"nmID": sized.nm_id, "sizeID": m.size_id, "price": 2300},
            ],
            "set_size_prices",
        )
        assert result.status == 3 and result.applied == [(sized.nm_id, s.size_id), (sized.nm_id, m.size_id)]
        prices = [x.price for x in await d.list(d.client.prices.iter_size_prices(sized.nm_id))]
        assert prices == [2100, 2300]
        _, club = await send_and_wait(d, [{"nmID": plain.nm_id, "clubDiscount": 7}], "set_club_discounts")
        assert club.status == 3
        (listed,) = await d.list(d.client.prices.iter_goods(filter_nm_id=plain.nm_id))
        assert listed.club_discount == 7

    run(scenario)


def test_partial_errors_status_5(emu: Emulator, run: Run) -> None:
    good = store(emu).add_good(price=1000)

    async def scenario(d: Drive) -> None:
        _, result = await send_and_wait(d, [{"nmID": good.nm_id, "price": 900}, {"nmID": 42, "price": 10}])
        assert result.status == 5 and next(iter(result.tasks.values())).status == 5
        assert result.applied == [good.nm_id]
        assert result.failed == {42: "Product with nmID 42 not found"}
        with pytest.raises(UploadError) as err:
            result.raise_for_errors()
        assert err.value.failed == {42: "Product with nmID 42 not found"}
        assert "nmID 42" in str(err.value)

    run(scenario)


def test_all_errors_status_6(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        _, result = await send_and_wait(d, [{"nmID": 41, "discount": 5}, {"nmID": 42, "price": 10}])
        assert result.status == 6 and next(iter(result.tasks.values())).status == 6
        assert result.applied == [] and sorted(result.failed) == [41, 42]
        with pytest.raises(UploadError) as err:
            result.raise_for_errors()
        assert "nmID 41: Product with nmID 41 not found; nmID 42: " in str(err.value)

    run(scenario)


def test_quarantined_item_fails_with_wb_text(emu: Emulator, run: Run) -> None:
    cheap, fine = store(emu).add_good(price=3000), store(emu).add_good(price=3000)

    async def scenario(d: Drive) -> None:
        # 3000 -> 900 is more than 3 times lower: quarantine, the old price stays
        _, result = await send_and_wait(
            d, [{"nmID": cheap.nm_id, "price": 900}, {"nmID": fine.nm_id, "price": 2900}]
        )
        assert result.status == 5
        assert result.failed == {cheap.nm_id: QUARANTINE_TEXT}
        assert next(iter(result.tasks.values())).error_text == QUARANTINE_TEXT
        quarantined = await d.list(d.client.prices.iter_quarantine())
        assert [(q.nm_id, q.new_price, q.old_price) for q in quarantined] == [(cheap.nm_id, 900, 3000)]

    run(scenario)


def test_canceled_upload_status_4(emu: Emulator, run: Run) -> None:
    emu.settings["prices.buffer_seconds"] = 100_000.0  # stays in the buffer until canceled
    good = store(emu).add_good(price=1000)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.prices.set_prices([{"nmID": good.nm_id, "price": 1500}]))
        (upload_id,) = handle.upload_ids
        buffered = await d.list(d.client.prices.iter_upload_details(upload_id, processed=False))
        assert [b.status for b in buffered] == [1]
        assert await d.list(d.client.prices.iter_upload_details(upload_id)) == []
        assert store(emu).cancel_upload(upload_id)
        result = await d.wait(handle)
        assert result.status == 4 and result.tasks[upload_id].status == 4
        assert list(result.failed) == [good.nm_id] and result.applied == []
        assert store(emu).good(good.nm_id).price == 1000

    run(scenario)


def test_timeout_then_wait_again(emu: Emulator, run: Run) -> None:
    emu.settings["prices.buffer_seconds"] = 10_000.0
    good = store(emu).add_good(price=1000)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.prices.set_prices([{"nmID": good.nm_id, "discount": 20}]))
        with pytest.raises(WaitTimeoutError) as err:
            await d.wait(handle, timeout=0.1, poll=0.03)
        assert str(handle.upload_ids[0]) in str(err.value) and "activation" in str(err.value)
        emu.clock.advance(10_000.0)  # the buffer time is over
        result = await d.wait(handle, timeout=5)
        assert result.status == 3 and result.applied == [good.nm_id]

    run(scenario)


def test_resume_from_upload_ids_in_a_new_client(
    emu: Emulator, run: Run, make_client: Callable[..., Any]
) -> None:
    good = store(emu).add_good(price=1000)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.prices.set_prices([{"nmID": good.nm_id, "price": 1234}]))
        other = make_client(async_=d.is_async)  # "a restarted process": only the IDs survive
        try:
            result = await Drive(other, d.is_async).wait(other.prices.upload(list(handle.upload_ids)))
        finally:
            if d.is_async:
                await other.aclose()
        assert result.status == 3 and result.applied == [good.nm_id]
        assert list(result.tasks) == handle.upload_ids

    run(scenario)


def test_resend_answered_208_gives_the_same_upload(emu: Emulator, run: Run) -> None:
    emu.settings["prices.duplicate_window_seconds"] = 1e9
    good = store(emu).add_good(price=1000)

    async def scenario(d: Drive) -> None:
        items = [{"nmID": good.nm_id, "price": 1111}]
        first = await d(d.client.prices.set_prices(items))
        again = await d(d.client.prices.set_prices(items))
        assert [r.status for r in ops(emu, "set_prices_and_discounts")] == [200, 208]
        assert again.upload_ids == first.upload_ids and again.already_existing == set(first.upload_ids)
        assert (await d.wait(again)).status == 3

    run(scenario)


def test_more_than_1000_items_are_split(emu: Emulator, run: Run) -> None:
    # 1001 items: the smallest count over the spec's maxItems (1000) (the emulator validates
    # every 1000-item body against the spec, which takes seconds)
    goods = [store(emu).add_good(price=1000) for _ in range(1001)]

    async def scenario(d: Drive) -> None:
        handle, result = await send_and_wait(d, [{"nmID": g.nm_id, "price": 1010} for g in goods])
        assert len(ops(emu, "set_prices_and_discounts")) == 2 and len(handle.upload_ids) == 2
        assert [t.overall for t in result.tasks.values()] == [1000, 1]
        assert result.status == 3 and result.applied == [g.nm_id for g in goods]  # every page was read
        assert len(ops(emu, "processed_upload_details")) == 4  # per upload: its page + an empty one


def test_a_refused_chunk_does_not_lose_the_others(emu: Emulator, run: Run) -> None:
    goods = [store(emu).add_good(price=1000) for _ in range(1001)]

    async def scenario(d: Drive) -> None:
        # the first 1000 ask for what is already set: WB answers 422 for that chunk
        items = [{"nmID": g.nm_id, "price": 1000} for g in goods[:1000]] + [
            {"nmID": goods[1000].nm_id, "price": 1005}
        ]
        handle, result = await send_and_wait(d, items)
        assert [r.status for r in ops(emu, "set_prices_and_discounts")] == [422, 200]
        assert len(handle.upload_ids) == 1 and len(handle.refused) == 1000
        assert result.status == 5 and result.applied == [goods[1000].nm_id]
        assert len(result.refused) == 1000 and "already set" in result.failed[goods[0].nm_id]
        with pytest.raises(BadRequestError):  # nothing accepted at all: WB's error as is
            await d(d.client.prices.set_prices(items[:3]))

    run(scenario)


# --- client-side checks ---------------------------------------------------------------------------
BAD_UPLOADS: list[tuple[str, list[Any], str]] = [
    ("set_prices", [{"nmID": 1}], "give at least one of price, discount"),
    ("set_prices", [{"nmID": 1, "price": None, "discount": None}], "give at least one of"),
    ("set_prices", [{"nmID": 1, "discount": 100}], "maximum 99"),
    ("set_prices", [{"nmID": 1, "discount": -1}], "minimum 0"),
    ("set_prices", [{"nmID": 1, "price": 0}], "minimum 1"),
    ("set_prices", [{"nmID": 1, "price": 10}, {"nmID": 2, "price": 10}, {"nmID": 1, "discount": 5}], "twice"),
    ("set_prices", [{"nmID": "1", "price": 10}], "not of type integer"),
    ("set_prices", [{"nmID": 1, "price": "10"}], "not of type integer"),
    ("set_prices", [{"nmID": 1, "price": 10.5}], "not of type integer"),
    ("set_prices", [{"nmID": True, "price": 10}], "not of type integer"),
    ("set_prices", [{"price": 10}], "nmID: required"),
    ("set_prices", [[1, 10]], "not of type object"),
    ("set_prices", [], "no items"),
    ("set_size_prices", [{"nmID": 1, "price": 10}], "sizeID: required"),
    (
        "set_size_prices",
        [{"nmID": 1, "sizeID": 2, "price": 1}, {"nmID": 1, "sizeID": 2, "price": 2}],
        "twice",
    ),
    ("set_club_discounts", [{"nmID": 1}], "clubDiscount: required"),
    ("set_club_discounts", [{"nmID": 1, "clubDiscount": 100}], "maximum 99"),
]


@pytest.mark.parametrize(("method", "items", "message"), BAD_UPLOADS)
def test_invalid_uploads_are_refused_before_sending(
    emu: Emulator, run: Run, method: str, items: list[Any], message: str
) -> None:
    async def scenario(d: Drive) -> None:
        # a valid first chunk must not be sent either: everything is checked first
        big = method == "set_prices" and items
        valid = [{"nmID": 10_000 + i, "price": 100} for i in range(1000)] if big else []
        with pytest.raises(InvalidRequestError, match=message):
            await d(getattr(d.client.prices, method)(valid + items))
        assert emu.requests == []

    run(scenario)


@pytest.mark.parametrize("page_size", [0, 1001, "10"])
def test_invalid_page_sizes_are_refused(emu: Emulator, run: Run, page_size: Any) -> None:
    async def scenario(d: Drive) -> None:
        p = d.client.prices
        for make in (
            lambda: p.iter_goods(page_size=page_size),
            lambda: p.iter_size_prices(1, page_size=page_size),
            lambda: p.iter_quarantine(page_size=page_size),
            lambda: p.iter_upload_details(1, page_size=page_size),
        ):
            with pytest.raises(InvalidRequestError, match=r"limit|page_size"):
                make()
        with pytest.raises(InvalidRequestError, match="filterNmID"):
            p.iter_goods(filter_nm_id="x")
        assert emu.requests == []

    run(scenario)


# --- lists ---------------------------------------------------------------------------------------
def test_goods_pages_exact_multiple_and_empty(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        assert await d.list(d.client.prices.iter_goods()) == []
        assert [r.query for r in ops(emu, "get_products_with_prices")] == ["limit=1000&offset=0"]
        seeded = [g.nm_id for g in store(emu).seed_goods(10)]
        emu.requests.clear()
        assert [g.nm_id for g in await d.list(d.client.prices.iter_goods(page_size=5))] == seeded
        assert [r.query for r in ops(emu, "get_products_with_prices")] == [
            "limit=5&offset=0",
            "limit=5&offset=5",
            "limit=5&offset=10",
        ]
        only = await d.list(d.client.prices.iter_goods(filter_nm_id=seeded[3]))
        assert [g.nm_id for g in only] == [seeded[3]]

    run(scenario)


def test_wholesale_discounts_and_bad_turnover_are_typed(emu: Emulator, run: Run) -> None:
    """prices-wholesale-discounts, prices-size-bad-turnover: WB's fields come as typed values."""
    b2b = store(emu).add_good(wholesale=[(1, 10, 5), (2, 50, 12)], bad_turnover=True)
    sized = store(emu).add_good(sizes=("S", "M"), editable_size_price=True, bad_turnover=True)

    async def scenario(d: Drive) -> None:
        goods = {g.nm_id: g for g in await d.list(d.client.prices.iter_goods())}
        levels = goods[b2b.nm_id].wholesale_discount_threshold
        assert [(w.level, w.min_quantity, w.wholesale_discount) for w in levels] == [(1, 10, 5), (2, 50, 12)]
        assert not goods[sized.nm_id].wholesale_discount_threshold  # none set: WB leaves it out
        sizes = await d.list(d.client.prices.iter_size_prices(sized.nm_id))
        assert [s.is_bad_turnover for s in sizes] == [True, True]

    run(scenario)


def test_size_quarantine_and_detail_pages(emu: Emulator, run: Run) -> None:
    sized = store(emu).add_good(price=500, sizes=("S", "M", "L", "XL"), editable_size_price=True)
    plain = store(emu).add_good(price=500)
    goods = [store(emu).add_good(price=3000) for _ in range(4)]

    async def scenario(d: Drive) -> None:
        p = d.client.prices
        sizes = await d.list(p.iter_size_prices(sized.nm_id, page_size=2))
        assert [s.tech_size_name for s in sizes] == ["S", "M", "L", "XL"]
        assert len(ops(emu, "get_product_sizes_with_prices")) == 3
        assert await d.list(p.iter_size_prices(plain.nm_id)) == []  # no size pricing
        assert await d.list(p.iter_quarantine()) == []
        handle, result = await send_and_wait(d, [{"nmID": g.nm_id, "price": 100} for g in goods])
        assert result.status == 6
        emu.requests.clear()
        quarantined = await d.list(p.iter_quarantine(page_size=2))
        assert sorted(q.nm_id for q in quarantined) == [g.nm_id for g in goods]
        assert len(ops(emu, "get_products_in_quarantine")) == 3
        details = await d.list(p.iter_upload_details(handle.upload_ids[0], page_size=2))
        assert [(x.nm_id, x.status, x.error_text) for x in details] == [
            (g.nm_id, 3, QUARANTINE_TEXT) for g in goods
        ]
        assert await d.list(p.iter_upload_details(handle.upload_ids[0], processed=False)) == []

    run(scenario)
