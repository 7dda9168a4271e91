"""`cards export --resume` checks its resume file against the output it speaks of, over HTTP: an
output deleted or cut short since is neither "already complete" nor gone on from: the export
starts over, saying why, and ends with every card once."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import Result

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore

from .conftest import Run

LIST = "content.product_cards_list"


def seed(emu: Emulator, n: int) -> list[int]:
    return [card.nm_id for card in emu.state.default.store(ContentStore).seed_cards(n)]


def ids(path: Path) -> list[int]:
    return [json.loads(line)["nmID"] for line in path.read_text(encoding="utf-8").splitlines()]


def export(wb: Run, out: Path, state: Path, *extra: str) -> Result:
    return wb(*extra, "cards", "export", "-o", str(out), "--resume", str(state), "--page-size", "20")


def test_a_finished_export_whose_output_was_deleted_starts_over(
    wb: Run, emu: Emulator, tmp_path: Path
) -> None:
    seeded = seed(emu, 50)
    out, state = tmp_path / "cards.jsonl", tmp_path / "export.state"
    assert export(wb, out, state).exit_code == 0
    assert json.loads(state.read_text())["done"] is True
    out.unlink()
    emu.requests.clear()
    again = export(wb, out, state)
    assert again.exit_code == 0, again.stderr
    assert "already complete" not in again.stderr
    assert f"{out} is gone: starting the export over" in again.stderr
    assert "exported 50 card(s)" in again.stderr
    assert sorted(ids(out)) == sorted(seeded)
    assert len([r for r in emu.requests if r.operation == LIST]) == 3  # 20 + 20 + 10, from the start
    # now intact: complete indeed, nothing asked
    emu.requests.clear()
    third = export(wb, out, state)
    assert "already complete: 50 card(s)" in third.stderr and emu.requests == []


def test_a_finished_export_whose_output_was_cut_starts_over(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    seeded = seed(emu, 30)
    out, state = tmp_path / "cards.jsonl", tmp_path / "export.state"
    assert export(wb, out, state).exit_code == 0
    whole = out.stat().st_size
    out.write_bytes(out.read_bytes()[: whole // 2])
    again = export(wb, out, state)
    assert again.exit_code == 0
    assert f"has {whole // 2} bytes, fewer than the {whole} that {state} recorded" in again.stderr
    assert sorted(ids(out)) == sorted(seeded)


def test_an_unfinished_export_whose_output_was_deleted_starts_over(
    wb: Run, emu: Emulator, tmp_path: Path
) -> None:
    seeded = seed(emu, 50)
    out, state = tmp_path / "cards.jsonl", tmp_path / "export.state"
    emu.faults.add("status", status=500, route=LIST, skip=1, times=None)  # the second page fails
    stopped = export(wb, out, state, "--max-retries", "0")
    assert stopped.exit_code == 1 and "run the same command again" in stopped.stderr
    assert json.loads(state.read_text())["cards"] == 20
    emu.faults.clear()
    out.unlink()
    again = export(wb, out, state)
    assert again.exit_code == 0, again.stderr
    assert "is gone: starting the export over" in again.stderr
    assert sorted(ids(out)) == sorted(seeded)  # all of them, the first page too
