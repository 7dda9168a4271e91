"""An error in the middle of a multi-request order step never loses what the earlier requests
did: a part WB refuses as a whole fails its own orders and the others go on; an error that stops
the step (a refused token, a part with no answer) carries `.outcome`: the orders moved, not
moved, and those whose fate WB's answer did not tell. Client and AsyncClient, over HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from wbseller.errors import AuthError, ForbiddenError, WBError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.orders import OrdersStore

from .conftest import Drive, Run

CONFIRM = "marketplace.dbs_orders_confirm"


def store(emu: Emulator) -> OrdersStore:
    return emu.state.default.store(OrdersStore)


def sent(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"marketplace.{operation}"]


def test_a_part_refused_as_a_whole_fails_its_orders_and_the_others_go_on(emu: Emulator, run: Run) -> None:
    ids = store(emu).seed_dbs_orders(2500)

    async def scenario(d: Drive) -> None:
        emu.faults.add("status", status=400, route=CONFIRM, skip=1)
        result = await d(d.client.marketplace.dbs_confirm(ids))
        assert not result
        assert result.succeeded == ids[:1000] + ids[2000:]
        assert list(result.failed) == ids[1000:2000]
        assert {e.code for errors in result.failed.values() for e in errors} == {400}

    run(scenario)
    assert [len(r.json()["ordersIds"]) for r in sent(emu, "dbs_orders_confirm")] == [1000, 1000, 500]


def test_a_part_without_a_usable_answer_stops_with_what_the_earlier_parts_did(
    emu: Emulator, run: Run
) -> None:
    st = store(emu)
    ids = st.seed_dbs_orders(2500)

    async def scenario(d: Drive) -> None:
        emu.faults.add("reset_after_body", route=CONFIRM, skip=1, apply_handler=True)
        with pytest.raises(WBError) as caught:
            await d(d.client.marketplace.dbs_confirm(ids))
        outcome = caught.value.outcome
        assert outcome is not None
        assert outcome.applied == ids[:1000]
        assert outcome.unknown == ids[1000:2000]  # WB took them, but its answer never came
        assert outcome.not_applied == ids[2000:]  # never sent
        assert any("1000 applied, 500 not applied, 1000 unknown" in n for n in caught.value.__notes__)

    run(scenario)
    assert len(sent(emu, "dbs_orders_confirm")) == 2  # the write without an answer went once
    assert st.order(ids[0]).status != st.order(ids[2400]).status


@pytest.mark.parametrize(("status", "error"), [(401, AuthError), (403, ForbiddenError)])
def test_a_refused_token_stops_the_step_and_keeps_the_earlier_parts(
    emu: Emulator, run: Run, status: int, error: type[WBError]
) -> None:
    ids = store(emu).seed_dbs_orders(1500)

    async def scenario(d: Drive) -> None:
        emu.faults.add("status", status=status, route=CONFIRM, skip=1)
        with pytest.raises(error) as caught:
            await d(d.client.marketplace.dbs_confirm(ids))
        outcome = caught.value.outcome
        assert outcome is not None
        assert (outcome.applied, outcome.not_applied, outcome.unknown) == (ids[:1000], ids[1000:], [])

    run(scenario)


def test_dbw_confirm_one_by_one_stops_with_each_orders_state(emu: Emulator, run: Run) -> None:
    a, b, c = store(emu).seed_dbw_orders(3)

    async def scenario(d: Drive) -> None:
        emu.faults.add("reset_after_body", route="marketplace.dbw_order_confirm", skip=1, apply_handler=True)
        with pytest.raises(WBError) as caught:
            await d(d.client.marketplace.dbw_confirm([a, b, c]))
        outcome = caught.value.outcome
        assert outcome is not None
        assert (outcome.applied, outcome.unknown, outcome.not_applied) == ([a], [b], [c])

    run(scenario)
    assert len(sent(emu, "dbw_order_confirm")) == 2


def test_add_to_supply_stopped_by_a_refused_token_keeps_the_batches_that_went_in(
    emu: Emulator, run: Run
) -> None:
    ids = store(emu).seed_fbs_orders(250)

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        supply_id = await d(mp.create_supply("x"))
        emu.faults.add("status", status=403, route="marketplace.fbs_supply_add_orders", skip=1)
        with pytest.raises(ForbiddenError) as caught:
            await d(mp.add_to_supply(supply_id, ids))
        outcome = caught.value.outcome
        assert outcome is not None
        assert (outcome.applied, outcome.not_applied, outcome.unknown) == (ids[:100], ids[100:], [])

    run(scenario)
    assert len(sent(emu, "fbs_supply_add_orders")) == 2


SGTIN = "010460120401040121abcdefghijklm"


def marked_orders(emu: Emulator) -> list[int]:
    """Three orders in confirm whose label ids list sgtin and uin (in a supply, as WB requires)."""
    st = store(emu)
    ids = st.seed_fbs_orders(3, required_meta=["sgtin"], optional_meta=["uin"])
    st.add_to_supply(st.new_supply("s").id, ids)
    return ids


def test_set_marks_stopped_by_a_refused_token_keeps_the_orders_marked_before(emu: Emulator, run: Run) -> None:
    a, b, c = marked_orders(emu)

    async def scenario(d: Drive) -> None:
        emu.faults.add("status", status=403, route="marketplace.fbs_order_set_sgtin", skip=1)
        with pytest.raises(ForbiddenError) as caught:
            await d(
                d.client.marketplace.set_marks(
                    {a: {"sgtin": SGTIN}, b: {"sgtin": SGTIN}, c: {"sgtin": SGTIN}}
                )
            )
        outcome = caught.value.outcome
        assert outcome is not None
        assert (outcome.applied, outcome.not_applied, outcome.unknown) == ([a], [b, c], [])

    run(scenario)
    assert len(sent(emu, "fbs_order_set_sgtin")) == 2  # c never sent
    assert store(emu).order(a).meta == {"sgtin": [SGTIN]}


def test_set_marks_without_an_answer_names_the_order_whose_codes_may_be_attached(
    emu: Emulator, run: Run
) -> None:
    a, b, c = marked_orders(emu)

    async def scenario(d: Drive) -> None:
        # a's first code went on; its second reached WB, but no answer ever came back (WB lets
        # a code be set again: the client tries again, up to its retries)
        emu.faults.add(
            "reset_after_body", route="marketplace.fbs_order_set_uin", apply_handler=True, times=None
        )
        marks = {a: {"sgtin": SGTIN, "uin": "1" * 16}, b: {"sgtin": SGTIN}, c: {"sgtin": SGTIN}}
        with pytest.raises(WBError) as caught:
            await d(d.client.marketplace.set_marks(marks))
        outcome = caught.value.outcome
        assert outcome is not None
        assert (outcome.applied, outcome.unknown, outcome.not_applied) == ([], [a], [b, c])

    run(scenario)
    assert len(sent(emu, "fbs_order_set_sgtin")) == 1  # b and c never sent
    assert store(emu).order(a).meta == {"sgtin": [SGTIN], "uin": "1" * 16}  # "unknown": it did go on


def test_set_marks_names_an_order_once_when_one_code_was_refused_and_the_next_stops(
    emu: Emulator, run: Run
) -> None:
    a, b, _ = marked_orders(emu)

    async def scenario(d: Drive) -> None:
        emu.faults.add("status", status=400, route="marketplace.fbs_order_set_sgtin")  # a's sgtin refused
        emu.faults.add(
            "reset_after_body", route="marketplace.fbs_order_set_uin", apply_handler=True, times=None
        )
        marks = {a: {"sgtin": SGTIN, "uin": "1" * 16}, b: {"sgtin": SGTIN}}
        with pytest.raises(WBError) as caught:
            await d(d.client.marketplace.set_marks(marks))
        outcome = caught.value.outcome
        assert outcome is not None
        # a: one code refused, the other perhaps attached: its fate is not known, and it is said once
        assert (outcome.applied, outcome.unknown, outcome.not_applied) == ([], [a], [b])

    run(scenario)
