"""The command line's data-safety promises (issue 21): CSV cells a spreadsheet would run, disk
full mid-export, price uploads recorded as WB gives them, large and badly encoded CSV files."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wbseller.cli import cards as cards_cli
from wbseller.testing import Emulator
from wbseller.testing.handlers.content import ContentStore

from .conftest import Run

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def _cards_with_titles(emu: Emulator, titles: list[str]) -> None:
    store = emu.state.default.store(ContentStore)
    store.seed_cards(len(titles))
    for card, title in zip(store.cards(), titles, strict=True):
        card.title = title


def test_csv_export_neutralises_formulas(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    _cards_with_titles(emu, [*FORMULAS, "plain", "a=b"])
    out = tmp_path / "cards.csv"
    result = wb("cards", "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    titles = [row["title"] for row in csv.DictReader(out.open(encoding="utf-8", newline=""))]
    assert sorted(titles) == sorted(["'" + t for t in FORMULAS] + ["plain", "a=b"])


def test_csv_export_keeps_formulas_when_asked(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    _cards_with_titles(emu, FORMULAS)
    out = tmp_path / "cards.csv"
    result = wb("cards", "export", "--format", "csv", "--keep-formulas", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    titles = [row["title"] for row in csv.DictReader(out.open(encoding="utf-8", newline=""))]
    assert sorted(titles) == sorted(FORMULAS)


def test_jsonl_export_is_as_wb_sent_it(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    _cards_with_titles(emu, ["=1+1"])
    out = tmp_path / "cards.jsonl"
    assert wb("cards", "export", "-o", str(out)).exit_code == 0
    assert '"title": "=1+1"' in out.read_text(encoding="utf-8")


# --- a full disk mid-export ---------------------------------------------------------------------------
class SmallDisk(io.FileIO):
    """A file on a disk with `room` bytes left: a write takes what fits, the next one gets ENOSPC
    (what a real full disk does)."""

    room = 0

    def write(self, data: Any) -> int:
        left = SmallDisk.room - self.tell()
        if left <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.name)
        return super().write(bytes(data)[:left])


@pytest.fixture
def small_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """small_disk(n): the export's output file (opened binary) fills up after n bytes."""

    def opener(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "b" in mode and kwargs.get("buffering") == 0:
            return SmallDisk(file, mode.replace("b", ""))
        return open(file, mode, *args, **kwargs)

    def fill_after(room: int) -> None:
        SmallDisk.room = room
        monkeypatch.setattr(cards_cli, "open", opener, raising=False)

    return fill_after


def _lines(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert data.endswith(b"\n"), f"a partial last line: {data[-80:]!r}"
    return [json.loads(line) for line in data.splitlines()]


def test_disk_full_keeps_whole_lines(
    wb: Run, emu: Emulator, tmp_path: Path, small_disk: Callable[[int], None]
) -> None:
    emu.state.default.store(ContentStore).seed_cards(250)
    out = tmp_path / "cards.jsonl"
    small_disk(150_000)  # room for about half the cards
    result = wb("cards", "export", "-o", str(out))
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    kept = _lines(out)
    assert 0 < len(kept) < 250
    assert f"{len(kept)} card(s) written" in result.stderr


def test_disk_full_then_resume(
    wb: Run, emu: Emulator, tmp_path: Path, small_disk: Callable[[int], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded = [c.nm_id for c in emu.state.default.store(ContentStore).seed_cards(250)]
    out, state = tmp_path / "cards.jsonl", tmp_path / "cards.state"
    small_disk(150_000)
    first = wb("cards", "export", "-o", str(out), "--resume", str(state))
    assert first.exit_code == 1 and "No space left on device" in first.stderr
    saved = json.loads(state.read_text())
    assert out.stat().st_size == saved["output_bytes"]  # what the state says, no partial line
    assert len(_lines(out)) == saved["cards"] > 0
    monkeypatch.undo()  # room again
    again = wb("cards", "export", "-o", str(out), "--resume", str(state))
    assert again.exit_code == 0, again.stderr
    ids = [card["nmID"] for card in _lines(out)]
    assert sorted(ids) == sorted(seeded) and len(set(ids)) == len(ids)


def test_disk_full_on_a_real_small_filesystem(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    """The same on a 100 KiB tmpfs (mounting one needs root: CI runs as root)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=100k", "tmpfs", str(disk)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); SmallDisk tests cover it")
    try:
        seeded = [c.nm_id for c in emu.state.default.store(ContentStore).seed_cards(250)]
        out, state = disk / "cards.jsonl", tmp_path / "cards.state"
        first = wb("cards", "export", "-o", str(out), "--resume", str(state))
        assert first.exit_code == 1 and "No space left on device" in first.stderr
        assert out.stat().st_size == json.loads(state.read_text())["output_bytes"]
        assert 0 < len(_lines(out)) < 250
        subprocess.run(["mount", "-o", "remount,size=4m", str(disk)], check=True)
        again = wb("cards", "export", "-o", str(out), "--resume", str(state))
        assert again.exit_code == 0, again.stderr
        ids = [card["nmID"] for card in _lines(out)]
        assert sorted(ids) == sorted(seeded) and len(set(ids)) == len(ids)
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
