"""client.marketplace against the emulator: offices and warehouses, stocks of any number of sizes
(chrtIDs) read, set and deleted 1000 per request, barcodes mapped to chrtIDs through the cards
list, and the checks that raise before a request. Each test
runs with a Client and an AsyncClient."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from wbseller.errors import ConflictError, InvalidRequestError, NotFoundError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.marketplace import MarketplaceStore

from .conftest import done, play


def store(emu: Emulator) -> MarketplaceStore:
    return emu.state.default.store(MarketplaceStore)


def count(emu: Emulator, operation: str) -> int:
    return sum(1 for r in emu.requests if r.operation == f"marketplace.{operation}")


def test_offices_and_warehouses(emu: Emulator, wb: Any) -> None:
    offices = store(emu).offices()

    async def scenario() -> None:
        listed = await done(wb.marketplace.offices())
        assert {o.id for o in listed} == {o.id for o in offices}
        warehouse_id = await done(wb.marketplace.create_warehouse("Main", offices[0].id))
        assert [(w.id, w.name) for w in await done(wb.marketplace.warehouses())] == [(warehouse_id, "Main")]
        assert [o.selected for o in await done(wb.marketplace.offices()) if o.id == offices[0].id] == [True]

        with pytest.raises(ConflictError):  # the office is linked already
            await done(wb.marketplace.create_warehouse("Second", offices[0].id))
        await done(wb.marketplace.update_warehouse(warehouse_id, "Main 2", offices[1].id))
        assert (store(emu).warehouse(warehouse_id).name, store(emu).warehouse(warehouse_id).office_id) == (
            "Main 2",
            offices[1].id,
        )
        await done(wb.marketplace.delete_warehouse(warehouse_id))
        assert await done(wb.marketplace.warehouses()) == []
        with pytest.raises(NotFoundError):
            await done(wb.marketplace.delete_warehouse(warehouse_id))

    play(wb, scenario)


def test_stocks_of_2500_sizes_in_three_requests(emu: Emulator, wb: Any) -> None:
    st = store(emu)
    warehouse_id = st.add_warehouse("Main", st.offices()[0].id).id
    chrt_ids = st.seed_stocks(warehouse_id, 2500, amount=7)

    async def scenario() -> None:
        stocks = await done(wb.marketplace.stocks(warehouse_id, [*chrt_ids, 1]))  # 1: no stock there
        assert sorted(s.chrt_id for s in stocks) == sorted(chrt_ids)
        assert {s.amount for s in stocks} == {7}
        assert count(emu, "get_inventory") == 3
        assert await done(wb.marketplace.stocks(warehouse_id, [])) == []
        assert count(emu, "get_inventory") == 3

    play(wb, scenario)


def test_set_and_delete_stocks_are_split(emu: Emulator, wb: Any) -> None:
    st = store(emu)
    warehouse_id = st.add_warehouse("Main", st.offices()[0].id).id
    amounts = {500_000_000 + n: n % 100 for n in range(2500)}

    async def scenario() -> None:
        await done(wb.marketplace.set_stocks(warehouse_id, amounts))
        assert count(emu, "update_inventory") == 3  # 1000 + 1000 + 500
        assert store(emu).stocks(warehouse_id) == amounts
        rows = [{"chrtId": 500_000_000, "amount": 100000}, {"chrtId": 7, "amount": 0}]
        await done(wb.marketplace.set_stocks(warehouse_id, rows))  # WB's row shape, the bounds' ends
        assert store(emu).stocks(warehouse_id)[500_000_000] == 100000

        gone = list(amounts)[:2100]
        await done(wb.marketplace.delete_stocks(warehouse_id, gone))  # its own bucket: burst 2, then paced
        assert count(emu, "delete_inventory") == 3
        assert set(store(emu).stocks(warehouse_id)) == set(list(amounts)[2100:]) | {7}
        assert [r.status for r in emu.requests if r.operation == "marketplace.delete_inventory"] == [204] * 3

    play(wb, scenario)


def test_stocks_by_barcode_through_the_cards_list(emu: Emulator, wb: Any) -> None:
    """A barcode reaches chrtID only through the cards' sizes (the documented link); an unknown
    barcode raises, naming it, before any stock request."""
    from wbseller_emulator.handlers.content import ContentStore

    cards = emu.state.default.store(ContentStore).seed_cards(30)
    by_sku = {sku: size.chrt_id for card in cards for size in card.sizes for sku in size.skus}
    few, many = list(by_sku)[:3], list(by_sku)[::-1]
    st = store(emu)
    warehouse_id = st.add_warehouse("Main", st.offices()[0].id).id

    async def scenario() -> None:
        assert await done(wb.content.chrt_ids_for_skus(few)) == {sku: by_sku[sku] for sku in few}
        assert count_content(emu) == 3  # one search each
        assert await done(wb.content.chrt_ids_for_skus(many)) == {sku: by_sku[sku] for sku in many}
        assert count_content(emu) == 4  # more than 10: one walk of the list (30 cards, one page)
        mapped = await done(wb.content.chrt_ids_for_skus(few))
        await done(wb.marketplace.set_stocks(warehouse_id, {mapped[sku]: 5 for sku in few}))
        assert st.stocks(warehouse_id) == {by_sku[sku]: 5 for sku in few}
        for unknown in (["2000000000000"], [*many, "2000000000000"]):
            with pytest.raises(InvalidRequestError) as e:
                await done(wb.content.chrt_ids_for_skus(unknown))
            assert e.value.field == "skus" and e.value.value == ["2000000000000"]
            assert "2000000000000" in str(e.value)

    play(wb, scenario)


def count_content(emu: Emulator) -> int:
    return sum(1 for r in emu.requests if r.operation == "content.product_cards_list")


def test_a_refused_part_raises(emu: Emulator, wb: Any) -> None:
    """With known sizes the emulator refuses the others (409): the part before stays applied."""
    st = store(emu)
    warehouse_id = st.add_warehouse("Main", st.offices()[0].id).id
    known = list(range(1, 1001))
    st.register_chrt_ids(known)

    async def scenario() -> None:
        with pytest.raises(ConflictError) as e:
            await done(wb.marketplace.set_stocks(warehouse_id, {**dict.fromkeys(known, 1), 424242: 1}))
        # WB's list of errors: its code and the rows it names reach the error
        assert e.value.code == "NotFound" and '"chrtId": 424242' in (e.value.detail or "")
        assert store(emu).stocks(warehouse_id) == dict.fromkeys(known, 1)

    play(wb, scenario)


INVALID: list[tuple[str, Callable[[Any], Any]]] = [
    ("warehouse: empty name", lambda m: m.create_warehouse("", 15)),
    ("warehouse: name of 201 characters", lambda m: m.create_warehouse("x" * 201, 15)),
    ("warehouse: office 0", lambda m: m.create_warehouse("Main", 0)),
    ("update: warehouse ID not an integer", lambda m: m.update_warehouse("1", "Main", 15)),
    ("delete: warehouse ID not an integer", lambda m: m.delete_warehouse(None)),
    ("stocks: a barcode instead of a chrtId", lambda m: m.stocks(1, [1, "2040000000001"])),
    ("stocks: one string for the list", lambda m: m.stocks(1, "2040000000001")),
    ("set stocks: negative amount", lambda m: m.set_stocks(1, {1: -1})),
    ("set stocks: amount above the maximum", lambda m: m.set_stocks(1, {1: 100001})),
    ("set stocks: amount not an integer", lambda m: m.set_stocks(1, {1: 1.5})),
    ("set stocks: a barcode key", lambda m: m.set_stocks(1, {"2040000000001": 1})),
    # WB requires neither field but skips such a row with 204 (stocks-update-rows-lenient)
    ("set stocks: row without amount", lambda m: m.set_stocks(1, [{"chrtId": 1}])),
    ("set stocks: row without chrtId", lambda m: m.set_stocks(1, [{"amount": 1}])),
    ("set stocks: row with a null amount", lambda m: m.set_stocks(1, [{"chrtId": 1, "amount": None}])),
    ("set stocks: WB's former sku row", lambda m: m.set_stocks(1, [{"sku": "2040000000001", "amount": 1}])),
    (
        "set stocks: a chrtId twice",
        lambda m: m.set_stocks(1, [{"chrtId": 1, "amount": 1}, {"chrtId": 1, "amount": 2}]),
    ),
    ("delete stocks: a barcode instead of a chrtId", lambda m: m.delete_stocks(1, ["2040000000001"])),
]


@pytest.mark.parametrize("call", [c for _, c in INVALID], ids=[name for name, _ in INVALID])
def test_checks_raise_before_any_request(emu: Emulator, wb: Any, call: Callable[[Any], Any]) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidRequestError) as e:
            await done(call(wb.marketplace))
        assert e.value.field
        assert emu.requests == []

    play(wb, scenario)
