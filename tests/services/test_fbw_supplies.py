"""client.supplies (FBW supplies) against the emulator, with a Client and an AsyncClient: the
list filtered and paged by limit/offset, one supply by supplyID or preorderID, its goods (paged)
and packages, and the checks before sending."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pytest

from wbseller.errors import InvalidRequestError, NotFoundError
from wbseller.operations import all_operations
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.supplies import ACCEPTED, NOT_PLANNED, PLANNED, SuppliesStore

from .conftest import Drive, Run

CATEGORIES = ["supplies"]


def store(emu: Emulator) -> SuppliesStore:
    return emu.state.default.store(SuppliesStore)


def sent(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"supplies.{operation}"]


def test_list_filtered_and_paged(emu: Emulator, run: Run) -> None:
    st = store(emu)
    st.seed_supplies(12, [NOT_PLANNED, PLANNED, ACCEPTED])
    planned = sorted((s for s in st.supplies() if s.status == PLANNED), key=lambda s: -s.created)

    async def scenario(d: Drive) -> None:
        sup = d.client.supplies
        assert len(await d.list(sup.supplies(page_size=5))) == 12
        got = await d.list(sup.supplies(status_ids=[PLANNED], page_size=3))
        assert [s.preorder_id for s in got] == [s.preorder_id for s in planned]
        with pytest.raises(InvalidRequestError) as e:
            sup.supplies(status_ids=[7])
        assert e.value.field == "body.statusIDs[0]"
        with pytest.raises(InvalidRequestError) as e:
            sup.supplies(page_size=1001)
        assert e.value.field == "page_size"

    run(scenario, categories=CATEGORIES)
    pages = sent(emu, "fbw_supplies_list")
    assert [parse_qs(r.query)["offset"][0] for r in pages[:4]] == ["0", "5", "10", "12"]
    assert pages[-1].json() == {"statusIDs": [PLANNED]}


def test_details_goods_packages(emu: Emulator, run: Run) -> None:
    supply = store(emu).add_supply(ACCEPTED, lines=5)
    draft = store(emu).add_supply(NOT_PLANNED)
    assert supply.supply_id is not None

    async def scenario(d: Drive) -> None:
        sup = d.client.supplies
        one = await d(sup.details(supply.supply_id))
        assert one.status_id == ACCEPTED and one.quantity == sum(x.quantity for x in supply.lines)
        by_preorder = await d(sup.details(draft.preorder_id, preorder=True))
        assert by_preorder.status_id == NOT_PLANNED
        goods = await d.list(sup.goods(supply.supply_id, page_size=2))
        assert [g.barcode for g in goods] == [x.good.barcode for x in supply.lines]
        packages = await d(sup.packages(supply.supply_id))
        assert [p.quantity for p in packages] == [x.quantity for x in supply.lines]
        with pytest.raises(NotFoundError):
            await d(sup.details(99_999_999))
        with pytest.raises(InvalidRequestError) as e:
            await d(sup.details(0))
        assert e.value.field == "ID"

    run(scenario, categories=CATEGORIES)
    assert len(sent(emu, "fbw_supply_goods")) == 4  # 2 + 2 + 1 + the empty page
    # no facade method builds on an operation WB marks temporarily disabled
    ops = all_operations()
    assert [r.operation for r in emu.requests if ops[str(r.operation)].temporarily_disabled] == []
    assert len(sent(emu, "fbw_supply_details")) == 3  # the 404 went once
