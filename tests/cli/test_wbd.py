"""`wbseller wbd download / offers / content` over HTTP against the emulator: a download by
content_id or URI, resumed with Range after a cut answer, refused (nothing saved) when it is not
the size WB lists; the offers and content lists, in text and JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.wbd import WbdStore

from .conftest import Run


def store(emu: Emulator) -> WbdStore:
    return emu.state.default.store(WbdStore)


def downloads(emu: Emulator) -> list[dict[str, str]]:
    return [r.headers for r in emu.requests if r.operation == "wbd.download_content"]


def test_download_by_id_resumes_after_a_cut(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    rec = store(emu).add_content("Book", size=300_000)
    emu.faults.add("truncated_body", route="wbd.download_content", times=1)
    result = wb("wbd", "download", str(rec.id), "-o", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    path = Path(doc["path"])
    assert path.parent == tmp_path and doc["bytes"] == 300_000
    assert path.read_bytes() == store(emu).content_file(rec.id).read_bytes()
    first, again = downloads(emu)
    assert "range" not in first and again["range"].startswith("bytes=") and again["range"] != "bytes=0-"
    assert not list(tmp_path.glob("*.part"))


def test_download_by_uri_to_a_file_and_a_wrong_size(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    rec = store(emu).add_content("Track", size=5000)
    dest = tmp_path / "track.bin"
    result = wb("wbd", "download", rec.uri, "-o", str(dest))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{dest} (5000 bytes)\n" and dest.stat().st_size == 5000
    wrong = wb("wbd", "download", rec.uri, "-o", str(tmp_path / "other.bin"), "--size", "4000")
    assert wrong.exit_code == 1 and "nothing saved" in wrong.stderr
    assert not (tmp_path / "other.bin").exists()
    assert wb("wbd", "download", str(rec.id), wbd_token=None).exit_code == 2  # no WBD token


def test_offers_and_content_lists(wb: Run, emu: Emulator) -> None:
    ids = store(emu).seed_offers(3)
    text = wb("wbd", "offers")
    assert text.exit_code == 0, text.stderr
    assert sorted(int(line.split()[0]) for line in text.stdout.splitlines()) == sorted(ids)
    out = wb("wbd", "offers", "--json", "--sort", "created").stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert sorted(o["id"] for o in lines) == sorted(ids) and all("rating" in o for o in lines)
    rec = store(emu).add_content("Film", catalog_id=1, size=100)
    listed = [json.loads(line) for line in wb("wbd", "content", "--json").stdout.splitlines()]
    assert [c["id"] for c in listed] == [rec.id] and listed[0]["status"] == 2
    assert wb("wbd", "content").stdout.startswith(f"{rec.id} ")
