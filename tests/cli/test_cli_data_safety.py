"""The command line's data-safety promises (issue 21): CSV cells a spreadsheet would run, disk
full mid-export, price uploads recorded as WB gives them, large and badly encoded CSV files."""

from __future__ import annotations

import csv
from pathlib import Path

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
