"""client.marketplace's FBS workflows against the emulator, each with a Client and an AsyncClient:
the full day (10 new orders -> a supply -> orders added -> delivered -> stickers written to
files), the history and supplies along WB's `next` cursor, statuses and stickers split into WB's
batches, marking codes with WB's checks before anything is sent, passes, cancel, and no 4xx
ever sent twice."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from wbseller.errors import ConflictError, InvalidRequestError, NotFoundError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers._common import TINY_PNG
from wbseller_emulator.handlers.orders import COMPLETE, CONFIRM, OFFICES, OrdersStore

from .conftest import Drive, Run


def store(emu: Emulator) -> OrdersStore:
    return emu.state.default.store(OrdersStore)


def sent(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"marketplace.{operation}"]


def test_full_fbs_day(emu: Emulator, run: Run, tmp_path: Path) -> None:
    ids = store(emu).seed_fbs_orders(10)

    async def day(d: Drive) -> None:
        mp = d.client.marketplace
        new = await d(mp.new_orders())
        assert sorted(o.id for o in new) == ids
        supply_id = await d(mp.create_supply("Monday"))
        added = await d(mp.add_to_supply(supply_id, [o.id for o in new]))
        assert added and added.added == ids and len(added.batches) == 1
        assert sorted(await d(mp.supply_order_ids(supply_id))) == ids
        assert await d(mp.new_orders()) == []
        await d(mp.deliver_supply(supply_id))
        assert (await d(mp.supply(supply_id))).done is True
        statuses = await d(mp.order_statuses(ids))
        assert {s.supplier_status for s in statuses} == {COMPLETE}
        files = await d(mp.save_stickers(ids, tmp_path, kind="png", size="58x40"))
        assert sorted(files) == ids
        for oid, path in files.items():
            assert path == tmp_path / f"{oid}.png" and path.read_bytes() == TINY_PNG
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{i}.png" for i in ids)  # no .part left

    run(day)
    assert [o.status for o in store(emu).orders("fbs")] == [COMPLETE] * 10


FORMATS = [
    ("svg", "svg", b"<svg"),
    ("zplv", "zpl", b"^XA"),
    ("zplh", "zpl", b"^XA"),
    ("png", "png", b"\x89PNG"),
]


@pytest.mark.parametrize(("kind", "ext", "start"), FORMATS)
def test_stickers_in_each_format_split_by_100(
    emu: Emulator, run: Run, tmp_path: Path, kind: str, ext: str, start: bytes
) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(150)
    st.add_to_supply(st.new_supply("s").id, ids[:100])
    st.add_to_supply(st.new_supply("t").id, ids[100:])

    async def scenario(d: Drive) -> None:
        got = await d(d.client.marketplace.stickers(ids, kind=kind, size="40x30"))
        assert [s.order_id for s in got] == ids and all(s.data.startswith(start) for s in got)
        files = await d(d.client.marketplace.save_stickers(ids[:3], tmp_path, kind=kind, size="40x30"))
        assert files[ids[0]] == tmp_path / f"{ids[0]}.{ext}" and files[ids[0]].read_bytes().startswith(start)

    run(scenario)
    calls = sent(emu, "fbs_orders_stickers")
    assert [len(c.json()["orders"]) for c in calls][:2] == [100, 50]


def test_sticker_checks_before_sending(emu: Emulator, run: Run, tmp_path: Path) -> None:
    [oid] = store(emu).seed_fbs_orders(1)
    os.symlink(tmp_path / "elsewhere", tmp_path / f"{oid}.png")

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        with pytest.raises(InvalidRequestError) as e:
            await d(mp.stickers([oid], kind="pdf"))
        assert e.value.field == "type"
        with pytest.raises(InvalidRequestError) as e:
            await d(mp.stickers([oid], size="58x30"))
        assert e.value.field == "size"
        with pytest.raises(InvalidRequestError) as e:
            await d(mp.save_stickers([oid], tmp_path / "missing"))
        assert e.value.field == "dest"
        with pytest.raises(ConflictError):  # a new order has no sticker yet
            await d(mp.stickers([oid]))
        st = store(emu)
        st.add_to_supply(st.new_supply("s").id, [oid])
        with pytest.raises(InvalidRequestError, match="symbolic link"):  # never written through a link
            await d(mp.save_stickers([oid], tmp_path))

    run(scenario)
    assert not (tmp_path / "elsewhere").exists()


def test_orders_history_and_supplies_along_next(emu: Emulator, run: Run) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(25)
    for i in range(3):
        st.new_supply(f"s{i}")
    created = [o.created for o in st.orders("fbs")]

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        assert [o.id for o in await d.list(mp.orders(page_size=10))] == ids
        later = await d.list(mp.orders(date_from=int(created[20]), page_size=10))
        assert [o.id for o in later] == [o.id for o in st.orders("fbs") if o.created >= int(created[20])]
        assert [s.name for s in await d.list(mp.supplies(page_size=2))] == ["s0", "s1", "s2"]
        with pytest.raises(InvalidRequestError) as e:
            mp.orders(page_size=1001)
        assert e.value.field == "page_size"

    run(scenario)
    pages = sent(emu, "fbs_orders_list")
    assert [parse_qs(r.query)["next"][0] for r in pages[:4]] == ["0", str(ids[9]), str(ids[19]), str(ids[24])]


def test_statuses_and_add_to_supply_split(emu: Emulator, run: Run) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(1500)

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        assert len(await d(mp.order_statuses(ids))) == 1500
        supply_id = await d(mp.create_supply("big"))
        added = await d(mp.add_to_supply(supply_id, ids[:250]))
        assert [len(b.orders) for b in added.batches] == [100, 100, 50] and added

    run(scenario)
    assert [len(r.json()["orders"]) for r in sent(emu, "fbs_orders_status")] == [1000, 500]
    assert [len(r.json()["orders"]) for r in sent(emu, "fbs_supply_add_orders")] == [100, 100, 50]


def test_add_to_supply_reports_each_batch_and_never_resends_a_4xx(emu: Emulator, run: Run) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(210)
    st.cancel(st.order(ids[150]))  # batch 2 of 3 holds an order that is not new

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        supply_id = await d(mp.create_supply("x"))
        added = await d(mp.add_to_supply(supply_id, ids))
        assert not added
        assert [b.ok for b in added.batches] == [True, False, True]
        assert isinstance(added.batches[1].error, ConflictError)
        assert added.added == ids[:100] + ids[200:] and added.failed == ids[100:200]

    run(scenario)
    assert len(sent(emu, "fbs_supply_add_orders")) == 3  # the refused batch went once
    assert [o.status for o in st.orders("fbs")][100:200].count(CONFIRM) == 0


def test_one_4xx_is_one_request(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        with pytest.raises(NotFoundError):
            await d(d.client.marketplace.deliver_supply("WB-GI-1"))
        with pytest.raises(NotFoundError):
            await d(d.client.marketplace.cancel_order(5_999_999_999))

    run(scenario)
    assert len(sent(emu, "fbs_supply_deliver")) == 1 and len(sent(emu, "fbs_order_cancel")) == 1


def test_cancel(emu: Emulator, run: Run) -> None:
    st = store(emu)
    a, b = st.seed_fbs_orders(2)
    st.add_to_supply(sid := st.new_supply("s").id, [b])
    st.deliver(sid)

    async def scenario(d: Drive) -> None:
        await d(d.client.marketplace.cancel_order(a))
        with pytest.raises(ConflictError):  # delivered already
            await d(d.client.marketplace.cancel_order(b))

    run(scenario)
    assert (st.order(a).status, st.order(b).status) == ("cancel", COMPLETE)


SGTIN = "010460120401040121abcdefghijklm"


def test_marks_checked_against_label_ids_then_attached(emu: Emulator, run: Run) -> None:
    st = store(emu)
    a, b, c = st.seed_fbs_orders(3, required_meta=["sgtin"], optional_meta=["uin"])
    [plain] = st.seed_fbs_orders(1)
    st.add_to_supply(st.new_supply("s").id, [a, b, plain])

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        labels = await d(mp.label_ids([a]))
        assert [m.key for m in labels[a]] == ["sgtin", "uin"]
        for marks, field in [
            ({a: {"uin": "123"}}, f"marks[{a}].uin"),  # 16 characters
            ({a: {"imei": "1" * 16}}, f"marks[{a}].imei"),  # 15
            ({a: {"gtin": "1" * 12}}, f"marks[{a}].gtin"),  # 13
            ({a: {"sgtin": [SGTIN] * 101}}, f"marks[{a}].sgtins"),  # up to 100
            ({a: {"kiz": "x"}}, f"marks[{a}].kiz"),
            ({c: {"sgtin": [SGTIN]}}, f"marks[{c}]"),  # still new: not in a supply
            ({plain: {"uin": "1" * 16}}, f"marks[{plain}].uin"),  # its label ids list no uin
        ]:
            with pytest.raises(InvalidRequestError) as e:
                await d(mp.set_marks(marks))
            assert (e.value.field or "").startswith(field), (marks, e.value)
        result = await d(mp.set_marks({a: {"sgtin": [SGTIN], "uin": "1" * 16}, b: {"sgtin": SGTIN}}))
        assert result and result.succeeded == [a, b]

    run(scenario)
    assert st.order(a).meta == {"sgtin": [SGTIN], "uin": "1" * 16} and st.order(b).meta == {"sgtin": [SGTIN]}
    assert len(sent(emu, "fbs_order_set_sgtin")) == 2 and len(sent(emu, "fbs_order_set_uin")) == 1


def test_passes(emu: Emulator, run: Run) -> None:
    office = OFFICES[0][0]

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        assert office in [o.id for o in await d(mp.pass_offices())]
        pid = await d(mp.create_pass("Иван", "Петров", "Газель", "A123BC77", office))
        assert [p.id for p in await d(mp.passes())] == [pid]
        await d(mp.update_pass(pid, "Пётр", "Иванов", "Газель", "B456CD77", office))
        assert [(p.first_name, p.car_number) for p in await d(mp.passes())] == [("Пётр", "B456CD77")]
        with pytest.raises(InvalidRequestError) as e:
            await d(mp.create_pass("Иван", "Петров", "Газель", "A1", office))  # 6..9 characters
        assert e.value.field == "body.carNumber"
        await d(mp.delete_pass(pid))
        assert await d(mp.passes()) == []

    run(scenario)
    assert len(sent(emu, "fbs_pass_create")) == 1


def test_a_batch_without_an_answer_stops_the_rest(emu: Emulator, run: Run) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(250)
    sid = st.new_supply("s").id
    # the second batch reaches WB (its orders move) but its answer never comes back
    emu.faults.add("reset_after_body", route="marketplace.fbs_supply_add_orders", skip=1, apply_handler=True)

    async def scenario(d: Drive) -> None:
        added = await d(d.client.marketplace.add_to_supply(sid, ids))
        first, second, third = added.batches
        assert first.ok and first.sent
        assert second.error is not None and second.error.status is None and second.sent
        assert third.sent is False and third.orders == ids[200:]
        assert added.added == ids[:100] and added.failed == ids[100:]

    run(scenario)
    assert len(sent(emu, "fbs_supply_add_orders")) == 2  # the write without an answer was not re-sent
    assert st.supply(sid).order_ids == ids[:200]  # what WB shows: the second batch went in


def test_two_passes_keep_wbs_one_per_10_minutes(emu: Emulator, run: Run) -> None:
    office = OFFICES[1][0]

    async def scenario(d: Drive) -> None:
        mp = d.client.marketplace
        first = await d(mp.create_pass("Иван", "Петров", "Газель", "A123BC77", office))
        second = await d(mp.create_pass("Пётр", "Иванов", "Газель", "B456CD77", office))  # waits its turn
        assert first != second

    run(scenario)
    assert [r.status for r in sent(emu, "fbs_pass_create")] == [201, 201]  # no 429: nothing charged
