"""client.marketplace's DBS, click & collect and DBW workflows against the emulator, each with a
Client and an AsyncClient: the batch status steps split 1000 per request with per-order results
(which moved, which WB refused and why), the click & collect identity check, DBW confirm ->
courier -> deliver, and DBS stickers (PDF 58x40) written to files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wbseller.errors import ConflictError, InvalidRequestError, NotFoundError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.orders import CC, CONFIRM, DBS, DBW, OrdersStore

from .conftest import Drive, Run


def store(emu: Emulator) -> OrdersStore:
    return emu.state.default.store(OrdersStore)


def sent(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"marketplace.{operation}"]


def test_dbs_day_with_per_order_results(emu: Emulator, run: Run, tmp_path: Path) -> None:
    st = store(emu)
    ids = st.seed_dbs_orders(1500)
    [marked] = st.seed_dbs_orders(1, required_meta=["uin"])

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        assert len(await d(mp.dbs_new_orders())) == 1501
        confirmed = await d(mp.dbs_confirm([*ids, marked, 6_999_999_999]))
        assert confirmed.succeeded == [*ids, marked]
        assert [(e.code, "not found" in e.detail) for e in confirmed.failed[6_999_999_999]] == [(404, True)]
        again = await d(mp.dbs_confirm(ids[:2]))  # confirmed already: WB refuses each
        assert not again and [e.code for e in again.failed[ids[0]]] == [409] and again.succeeded == []

        delivered = await d(mp.dbs_deliver([ids[0], ids[1], marked]))
        assert delivered.succeeded == ids[:2]
        [missing] = delivered.failed[marked]
        assert missing.code == 400 and [m.key for m in missing.meta] == ["uin"]

        code = st.order(ids[0]).code
        received = await d(mp.dbs_receive({ids[0]: code, ids[1]: "0000" if code != "0000" else "1111"}))
        assert received.succeeded == [ids[0]] and [e.code for e in received.failed[ids[1]]] == [400]
        rejected = await d(mp.dbs_reject({ids[1]: st.order(ids[1]).code}))
        assert rejected.succeeded == [ids[1]]
        cancelled = await d(mp.dbs_cancel([ids[2], ids[0]]))
        assert cancelled.succeeded == [ids[2]] and list(cancelled.failed) == [ids[0]]

        files = await d(mp.save_dbs_stickers([ids[3], ids[4]], tmp_path))
        assert files == {i: tmp_path / f"{i}.pdf" for i in ids[3:5]}
        assert all(p.read_bytes().startswith(b"%PDF") for p in files.values())

    run(scenario)
    assert [len(r.json()["ordersIds"]) for r in sent(emu, "dbs_orders_confirm")][:2] == [1000, 502]
    assert [st.order(i).status for i in ids[:3]] == ["receive", "reject", "cancel"]
    assert {r.query for r in sent(emu, "dbs_orders_stickers")} == {"type=pdf&width=58&height=40"}


def test_dbs_checks_before_sending(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        with pytest.raises(InvalidRequestError) as e:
            await d(mp.dbs_confirm([1, "2"]))
        assert e.value.field == "ordersIds[1]"
        with pytest.raises(InvalidRequestError) as e:
            await d(mp.dbs_receive({1: ""}))
        assert e.value.field == "orders[1].code"

    run(scenario)
    assert sent(emu, "dbs_orders_confirm") == [] and sent(emu, "dbs_orders_receive") == []


def test_click_and_collect_with_identity_check(emu: Emulator, run: Run) -> None:
    st = store(emu)
    a, b = st.seed_cc_orders(2)

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        assert sorted(o.id for o in await d(mp.cc_new_orders())) == [a, b]
        assert (await d(mp.cc_confirm([a, b]))).succeeded == [a, b]
        with pytest.raises(ConflictError):  # not ready at the store yet
            await d(mp.cc_check_identity(st.order(a).code, st.order(a).passcode))
        assert (await d(mp.cc_prepare([a, b]))).succeeded == [a, b]
        early = await d(mp.cc_receive([a]))  # WB wants the identity checked first
        assert [e.code for e in early.failed[a]] == [409]
        assert await d(mp.cc_check_identity(st.order(a).code, "wrong")) is False
        assert await d(mp.cc_check_identity(st.order(a).code, st.order(a).passcode)) is True
        with pytest.raises(NotFoundError):
            await d(mp.cc_check_identity("no-such-code", "1"))
        assert (await d(mp.cc_receive([a]))).succeeded == [a]
        assert (await d(mp.cc_reject([b]))).succeeded == [b]
        cancel = await d(mp.cc_cancel([a]))
        assert [e.code for e in cancel.failed[a]] == [409]

    run(scenario)
    assert (st.order(a).status, st.order(b).status) == ("receive", "reject")


def test_dbw_confirm_courier_deliver(emu: Emulator, run: Run) -> None:
    st = store(emu)
    a, b, c = st.seed_dbw_orders(3)
    st.cancel(st.order(c))

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        assert sorted(o.id for o in await d(mp.dbw_new_orders())) == [a, b]
        confirmed = await d(mp.dbw_confirm([a, b, c]))
        assert confirmed.succeeded == [a, b] and [e.code for e in confirmed.failed[c]] == [409]
        couriers = await d(mp.dbw_courier([a, b]))
        assert {o.order_id: o.courier_info.must_be_assigned for o in couriers} == {a: True, b: True}
        delivered = await d(mp.dbw_deliver([a, b, c]))
        assert delivered.succeeded == [a, b] and list(delivered.failed) == [c]

    run(scenario)
    assert [st.order(i).status for i in (a, b)] == ["complete", "complete"]
    assert len(sent(emu, "dbw_order_confirm")) == 3  # the refused one went once


def test_kinds_do_not_mix(emu: Emulator, run: Run) -> None:
    st = store(emu)
    [fbs] = st.seed_fbs_orders(1)
    [dbw] = st.seed_dbw_orders(1)

    async def scenario(d: Drive) -> None:
        result = await d(d.client.marketplace.dbs_confirm([fbs, dbw]))
        assert result.succeeded == [] and sorted(result.failed) == sorted([fbs, dbw])

    run(scenario)
    assert st.order(fbs).status != CONFIRM and st.order(dbw).kind == DBW
    assert {o.kind for o in st.orders(DBS)} == set() and st.orders(CC) == []
