"""The command line's data-safety promises (issue 21): CSV cells a spreadsheet would run, disk
full mid-export, price uploads recorded as WB gives them, large and badly encoded CSV files."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import wbseller
from wbseller.cli import ClientOptions, cli
from wbseller.cli import cards as cards_cli
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator, EmulatorProcess
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.prices import PricesStore

from .conftest import Run, script_env

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


# --- prices set: read and sent as it goes, each uploadID at once, resumable ------------------------------
POLL = "0.05"


def _goods(emu: Emulator, n: int) -> list[int]:
    return [g.nm_id for g in emu.state.default.store(PricesStore).seed_goods(n, editable_every=0)]


def _prices_csv(path: Path, nms: list[int], bad_at: int | None = None) -> Path:
    # prices well above the seeded ones, no discount: nothing goes to WB's price quarantine
    rows = [f"{nm},{'abc' if i == bad_at else 1_000_000 + i % 7},0\n" for i, nm in enumerate(nms)]
    path.write_text("nmID,price,discount\n" + "".join(rows), encoding="utf-8")
    return path


def _uploaded(emu: Emulator) -> list[int]:
    return [item.nm_id for u in emu.state.default.store(PricesStore).uploads() for item in u.items]


def test_a_bad_row_after_the_first_uploads_keeps_them_and_resume_goes_on(
    wb: Run, emu: Emulator, tmp_path: Path
) -> None:
    nms = _goods(emu, 2500)
    csv_path = _prices_csv(tmp_path / "p.csv", nms, bad_at=2300)  # line 2302
    journal = tmp_path / "p.resume"
    first = wb("prices", "set", str(csv_path), "--resume", str(journal), "--no-wait")
    assert first.exit_code == 2, first.stderr
    assert "p.csv, line 2302: price: 'abc' is not an integer" in first.stderr
    assert first.stderr.count("\n") == 1
    ids = [int(line.split()[1]) for line in first.stdout.splitlines()]
    assert len(ids) == 2 and ids == [u.upload_id for u in emu.state.default.store(PricesStore).uploads()]
    records = [json.loads(line) for line in journal.read_text().splitlines()[1:]]
    assert [(r["upload_id"], r["rows"]) for r in records] == [(ids[0], 1000), (ids[1], 2000)]
    # the row mended, the same command goes on after row 2000 and waits on all three uploads
    _prices_csv(csv_path, nms)
    again = wb("prices", "set", str(csv_path), "--resume", str(journal), "--poll", POLL)
    assert again.exit_code == 0, again.stdout + again.stderr
    assert "resuming: 2 upload(s) recorded, 2000 row(s) sent" in again.stderr
    assert sorted(_uploaded(emu)) == sorted(nms)  # every row once
    assert again.stdout.splitlines()[-1] == "status 3, all applied: 2500 applied, 0 failed"


def test_rows_sent_that_changed_are_not_resumed(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    nms = _goods(emu, 1500)
    csv_path = _prices_csv(tmp_path / "p.csv", nms, bad_at=1200)
    journal = tmp_path / "p.resume"
    assert wb("prices", "set", str(csv_path), "--resume", str(journal), "--no-wait").exit_code == 2
    changed = csv_path.read_text().replace(f"{nms[5]},", f"{nms[5]}0,", 1)  # a row already sent
    csv_path.write_text(changed.replace(",abc,", ",1000000,"))
    result = wb("prices", "set", str(csv_path), "--resume", str(journal), "--no-wait")
    assert result.exit_code == 2 and "the rows sent before changed since" in result.stderr
    assert len(emu.state.default.store(PricesStore).uploads()) == 1
    other = wb("prices", "set", str(csv_path), "--sizes", "--resume", str(journal), "--no-wait")
    assert other.exit_code == 2 and "belongs to another run" in other.stderr


def test_a_finished_run_only_waits(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    csv_path = _prices_csv(tmp_path / "p.csv", _goods(emu, 3))
    journal = tmp_path / "p.resume"
    assert wb("prices", "set", str(csv_path), "--resume", str(journal), "--no-wait").exit_code == 0
    done = wb("prices", "set", str(csv_path), "--resume", str(journal), "--poll", POLL)
    assert done.exit_code == 0, done.stderr
    assert len(emu.state.default.store(PricesStore).uploads()) == 1  # nothing sent again
    assert done.stdout.splitlines()[-1] == "status 3, all applied: 3 applied, 0 failed"


def test_killed_prices_set_leaves_its_upload_ids(
    wb: Run, emu: Emulator, spawn: Any, tmp_path: Path, tokens: dict[str, str]
) -> None:
    """The first uploadID is printed and recorded while the second request is still out; kill -9
    there, and the same command picks up: every row sent once."""
    nms = _goods(emu, 2500)
    csv_path = _prices_csv(tmp_path / "p.csv", nms)
    journal = tmp_path / "p.resume"
    emu.faults.add("delay", seconds=600.0, route="prices.set_prices_and_discounts", skip=1)
    proc = spawn(
        "--base-url", emu.base_url, "--emulator-limits", "prices", "set", str(csv_path),
        "--resume", str(journal), "--no-wait", env=script_env(WB_API_TOKEN=tokens["seller"]),
    )  # fmt: skip
    first = proc.stdout.readline()  # blocks until the CLI prints it
    assert first.startswith("uploadID "), first + proc.stderr.read()
    upload_id = int(first.split()[1])
    assert proc.poll() is None  # still sending: printed as soon as WB gave it
    records = [json.loads(line) for line in journal.read_text().splitlines()[1:]]
    assert [(r["upload_id"], r["rows"]) for r in records] == [(upload_id, 1000)]
    proc.kill()
    proc.wait(10)
    emu.faults.clear()
    again = wb("prices", "set", str(csv_path), "--resume", str(journal), "--poll", POLL)
    assert again.exit_code == 0, again.stdout + again.stderr
    assert sorted(_uploaded(emu)) == sorted(nms)
    # and the library picks up from the same file
    ids = [
        r["upload_id"] for r in map(json.loads, journal.read_text().splitlines()[1:]) if r.get("upload_id")
    ]
    with wbseller.Client(tokens["seller"], base_url=emu.base_url, rate_limits=emu.client_rate_limits()) as c:
        result = c.prices.upload(ids).wait(timeout=30, poll=0.05)
    assert len(result.applied) == 2500


def test_a_latin1_csv_is_one_line_and_exit_2(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes("nmID,price,discount\n1,100,5\n2,200,5 # café\n".encode("latin-1"))
    result = wb("prices", "set", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "p.csv, line 3: not UTF-8 text (byte 0xE9)" in result.stderr
    assert emu.requests == []


def test_prices_set_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    """Read row by row, sent an upload at a time: a file 5 times as long takes about the same
    memory (issue 21: a 1 GB file grew the process to 1.35 GB and sent nothing)."""
    peaks = {}
    with EmulatorProcess(time_scale=0.001, strict=False) as emu:
        token = emu.make_token(["prices"])
        options = ClientOptions({"rate_limits": emu.client_rate_limits(), "limiter": InProcessLimiter()})
        for n in (100, 2000, 10000):  # the first warms up (imports, connections)
            path = tmp_path / f"p{n}.csv"
            rows = "".join(f"{100_000_000 + i},{1000 + i % 100},{i % 30}\n" for i in range(n))
            path.write_text("nmID,price,discount\n" + rows, encoding="utf-8")
            args = ["--base-url", emu.base_url, "--token", token, "prices", "set", str(path), "--no-wait"]
            tracemalloc.start()
            try:
                result = CliRunner().invoke(cli, args, obj=options)
                peaks[n] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert result.exit_code == 0, result.stderr
            assert len(result.stdout.splitlines()) == -(-n // 1000)  # an uploadID per 1000 rows
    assert peaks[10000] < 1.6 * peaks[2000], peaks
