"""`wbd.download_content` writes only what it should, where it should (issue 21): the file must be the
size WB lists for the content (a 200 padded to a matching Content-Length is not the content); the
destination must be a regular file (or none) in an existing folder, never a device or a symbolic
link; a URI with a newline is refused before sending; a full disk is a typed error saying what was
kept."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller.services.wbd import download as wbd_download
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.wbd import WbdStore

from .conftest import Drive, Run

SIZE = 300_000  # the content, as WB lists it (files[].size)


def _content(emu: Emulator) -> Any:
    return emu.state.default.store(WbdStore).add_content("Book", size=SIZE)


def _downloads(emu: Emulator) -> list[Any]:
    return [r for r in emu.requests if r.operation == "wbd.download_content"]


def _pad(emu: Emulator, rec: Any, extra: int) -> None:
    """The next download answers 200 with the content and `extra` bytes more (a Content-Length
    that counts them), while the content's information still lists its size."""
    emu.faults.add("padded_body", route="wbd.download_content", extra=extra)


# --- the size WB lists ---------------------------------------------------------------------------------
@pytest.mark.parametrize("given", ["uri", "info"])
def test_a_padded_answer_is_not_saved(emu: Emulator, run: Run, tmp_path: Path, given: str) -> None:
    rec = _content(emu)
    _pad(emu, rec, 10 * SIZE)

    async def scenario(d: Drive) -> None:
        what = rec.uri if given == "uri" else await d(d.client.wbd.get_content(rec.id))
        with pytest.raises(wbseller.MalformedResponseError, match=f"more than the {SIZE} bytes"):
            await d(d.client.wbd.download_content(what, tmp_path))
        assert list(tmp_path.iterdir()) == []  # nothing saved, no .part left

    run(scenario)


def test_a_short_answer_is_not_saved(emu: Emulator, make_client: Callable[..., Any], tmp_path: Path) -> None:
    rec = _content(emu)
    # the content list says the content is twice what the server sends (another, smaller file)
    patch = {"items.*.files.*.size": 2 * SIZE}
    emu.faults.add("drift", route="wbd.get_a_list_of_your_content", patch=patch, times=None)
    wb = make_client()
    with pytest.raises(wbseller.MalformedResponseError, match=f"WB's content list gives {2 * SIZE}"):
        wb.wbd.download_content(rec.uri, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_size_comes_from_the_content_list_or_the_caller(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    store = emu.state.default.store(WbdStore)
    others = [store.add_content(f"Other {i}", size=1000) for i in range(3)]
    rec = _content(emu)
    wb = make_client()
    path = wb.wbd.download_content(rec.uri, tmp_path)
    assert path.read_bytes() == store.content_file(rec.id).read_bytes()
    assert len([r for r in emu.requests if r.operation == "wbd.get_a_list_of_your_content"]) >= 1
    # given the information (or size=), no look-up
    emu.requests.clear()
    wb.wbd.download_content(wb.wbd.get_content(others[0].id), tmp_path / "a")
    wb.wbd.download_content(others[1].uri, tmp_path / "b", size=1000)
    assert [r.operation for r in emu.requests] == [
        "wbd.get_content_information",
        "wbd.download_content",
        "wbd.download_content",
    ]
    _pad(emu, others[2], 1)
    with pytest.raises(wbseller.MalformedResponseError):
        wb.wbd.download_content(others[2].uri, tmp_path / "c", size=1000)
    with pytest.raises(wbseller.InvalidRequestError, match="size"):
        wb.wbd.download_content(others[2].uri, tmp_path / "c", size=-1)


# --- where it goes -------------------------------------------------------------------------------------
def _device(tmp_path: Path) -> Path:
    """A stand-in for /dev/full that a test may lose without harm to the machine (the code before
    this fix replaced the real one): the same character device (1, 7) made here as root (CI runs
    as root), else a FIFO, also no regular file."""
    path = tmp_path / "full"
    if os.geteuid() == 0:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    else:
        os.mkfifo(path)
    return path


def test_a_device_is_never_replaced(emu: Emulator, make_client: Callable[..., Any], tmp_path: Path) -> None:
    rec = _content(emu)
    device = _device(tmp_path)
    kind = stat.S_IFMT(os.lstat(device).st_mode)
    wb = make_client()
    with pytest.raises(wbseller.InvalidRequestError, match="not a regular file") as e:
        wb.wbd.download_content(rec.uri, device)
    assert e.value.field == "dest"
    assert stat.S_IFMT(os.lstat(device).st_mode) == kind  # still the device
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"]  # no .part either
    assert _downloads(emu) == []  # refused before sending


def test_a_symbolic_link_is_refused(emu: Emulator, make_client: Callable[..., Any], tmp_path: Path) -> None:
    rec = _content(emu)
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    wb = make_client()
    (tmp_path / "link").symlink_to(victim)
    with pytest.raises(wbseller.InvalidRequestError, match="symbolic link"):
        wb.wbd.download_content(rec.uri, tmp_path / "link")
    # a .part planted as a link to another file: never written through
    (tmp_path / "book.part").symlink_to(victim)
    with pytest.raises(wbseller.InvalidRequestError, match="symbolic link"):
        wb.wbd.download_content(rec.uri, tmp_path / "book")
    assert victim.read_bytes() == b"precious"
    assert _downloads(emu) == []


def test_the_part_file_never_follows_a_link(tmp_path: Path) -> None:
    """Also when the link appears after the checks (O_NOFOLLOW)."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (tmp_path / "x.part").symlink_to(victim)
    with pytest.raises(OSError):
        wbseller.files.open_new_file(tmp_path / "x.part")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(OSError):
        wbseller.files.open_new_file(tmp_path / "fifo")  # no blocking on a pipe either
    assert victim.read_bytes() == b"precious"


def test_a_missing_folder_and_a_newline_are_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    rec = _content(emu)
    wb = make_client()
    with pytest.raises(wbseller.InvalidRequestError, match="does not exist") as e:
        wb.wbd.download_content(rec.uri, tmp_path / "missing" / "book.pdf")
    assert e.value.field == "dest"
    for uri in (rec.uri + "\n", rec.uri + "\nHost: evil", rec.uri.replace("/", "%0A", 1), rec.uri + "\r"):
        with pytest.raises(wbseller.InvalidRequestError, match="control character") as e:
            wb.wbd.download_content(uri, tmp_path)
        assert e.value.field == "uri"
    assert emu.requests == []


def test_an_existing_file_is_replaced_only_by_a_complete_download(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    rec = _content(emu)
    dest = tmp_path / "book.pdf"
    dest.write_bytes(b"the old one")
    wb = make_client(max_retries=0)
    emu.faults.add("status", status=503, route="wbd.download_content", times=None)
    with pytest.raises(wbseller.ServerError):
        wb.wbd.download_content(rec.uri, dest)
    assert dest.read_bytes() == b"the old one"
    emu.faults.clear()
    assert wb.wbd.download_content(rec.uri, dest) == dest
    assert dest.read_bytes() == emu.state.default.store(WbdStore).content_file(rec.id).read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]


# --- a full disk ---------------------------------------------------------------------------------------
class FullDisk(io.FileIO):
    """A file on a disk with `room` bytes left: a write takes what fits, the next gets ENOSPC."""

    room = 0

    def write(self, data: Any) -> int:
        left = FullDisk.room - self.tell()
        if left <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.name)
        return super().write(bytes(data)[:left])


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = wbseller.files.open_new_file

    def opened(path: Path) -> Any:
        real(path).close()  # the same checks, then a file on a nearly full disk
        FullDisk.room = SIZE // 3
        return io.BufferedWriter(FullDisk(path, "w"))

    monkeypatch.setattr(wbd_download, "open_new_file", opened)
    yield


def test_a_full_disk_is_a_typed_error_saying_what_was_kept(
    emu: Emulator, run: Run, tmp_path: Path, full_disk: None
) -> None:
    rec = _content(emu)

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.LocalWriteError, match="No space left on device") as e:
            await d(d.client.wbd.download_content(rec.uri, tmp_path / "book.pdf", size=SIZE))
        assert e.value.errno == errno.ENOSPC
        assert "kept nothing" in str(e.value) and "was removed" in e.value.kept
        assert list(tmp_path.iterdir()) == []

    run(scenario)


def test_a_full_disk_on_a_real_small_filesystem(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    """The same on a 64 KiB tmpfs (mounting one needs root: CI runs as root)."""
    rec = _content(emu)
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); FullDisk covers it")
    try:
        with pytest.raises(wbseller.LocalWriteError) as e:
            make_client().wbd.download_content(rec.uri, disk, size=SIZE)
        assert e.value.errno == errno.ENOSPC
        assert list(disk.iterdir()) == []  # the partial file removed: the disk has room again
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
