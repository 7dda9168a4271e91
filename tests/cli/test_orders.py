"""`wbseller orders` over HTTP against the emulator: new (text and --json), supply (from ids and
--all-new, batches of 100, a refused batch reported with exit 1, --dry-run sends nothing),
deliver, and stickers written to a folder (from ids or --supply)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wbseller_emulator import Emulator
from wbseller_emulator.handlers._common import TINY_PNG
from wbseller_emulator.handlers.orders import COMPLETE, CONFIRM, OrdersStore

from .conftest import Run


def store(emu: Emulator) -> OrdersStore:
    return emu.state.default.store(OrdersStore)


def sent(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"marketplace.{operation}"]


def test_new_text_and_json(wb: Run, emu: Emulator) -> None:
    ids = store(emu).seed_fbs_orders(3)
    result = wb("orders", "new")
    assert result.exit_code == 0, result.stderr
    assert [int(line.split("\t")[0]) for line in result.stdout.splitlines()] == ids
    assert "3 new order(s)" in result.stderr
    result = wb("orders", "new", "--json")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_supply_all_new_then_deliver_then_stickers(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(150)
    result = wb("orders", "supply", "--all-new", "--name", "Cron", "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    supply_id = doc["supply"]
    assert doc["added"] == ids and doc["failed"] == [] and st.supply(supply_id).name == "Cron"
    assert [len(r.json()["orders"]) for r in sent(emu, "fbs_supply_add_orders")] == [100, 50]

    result = wb("orders", "stickers", "--supply", supply_id, "--type", "png", "--size", "40x30",
                "--out", str(tmp_path))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{i}.png" for i in ids)
    assert (tmp_path / f"{ids[0]}.png").read_bytes() == TINY_PNG

    result = wb("orders", "deliver", supply_id)
    assert result.exit_code == 0 and f"{supply_id}: delivered" in result.stdout
    assert {o.status for o in st.orders("fbs")} == {COMPLETE}
    result = wb("orders", "deliver", supply_id)  # delivered already: WB's 409, sent once
    assert result.exit_code == 1 and result.stderr.startswith("wbseller: ")
    assert len(sent(emu, "fbs_supply_deliver")) == 2


def test_supply_from_ids_reports_a_refused_batch(wb: Run, emu: Emulator) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(120)
    st.cancel(st.order(ids[110]))
    sid = st.new_supply("open").id
    result = wb("orders", "supply", "--supply", sid, *map(str, ids))
    assert result.exit_code == 1
    assert "20 order(s) not added" in result.stderr
    assert [o.status for o in st.orders("fbs")[:100]] == [CONFIRM] * 100
    assert st.supply(sid).order_ids == ids[:100]


def test_supply_dry_run_and_usage(wb: Run, emu: Emulator) -> None:
    ids = store(emu).seed_fbs_orders(101)
    result = wb("orders", "supply", "--dry-run", "--json", *map(str, ids))
    assert result.exit_code == 0, result.stderr
    assert [len(b) for b in json.loads(result.stdout)["batches"]] == [100, 1]
    assert sent(emu, "fbs_supply_create") == [] and sent(emu, "fbs_supply_add_orders") == []
    assert wb("orders", "supply").exit_code == 2
    assert wb("orders", "supply", "--all-new", "1").exit_code == 2
    assert wb("orders", "supply", "0").exit_code == 2  # not an order id: checked before sending
    assert sent(emu, "fbs_supply_create") == []


def test_stickers_from_ids_and_checks(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    st = store(emu)
    ids = st.seed_fbs_orders(2)
    st.add_to_supply(st.new_supply("s").id, ids)
    result = wb("orders", "stickers", "--type", "svg", "--out", str(tmp_path), "--json", *map(str, ids))
    assert result.exit_code == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert files == {str(i): str(tmp_path / f"{i}.svg") for i in ids}
    assert wb("orders", "stickers", "--out", str(tmp_path / "none"), str(ids[0])).exit_code == 2
    assert wb("orders", "stickers", "--type", "pdf", "--out", str(tmp_path), str(ids[0])).exit_code == 2
    assert wb("orders", "stickers", "--out", str(tmp_path)).exit_code == 2
    assert len(sent(emu, "fbs_orders_stickers")) == 1
