"""Upload a document to WB Digital (WBD), wait until it is published, download it back, compare.

The file goes in parts of at most 2 MB read from disk one at a time (a failed part is sent again
alone); WB then processes it: `upload_content(...).wait()` polls until it is published. The
download streams to `<dest>.part`, resumes after a broken connection and must be the size WB
lists for the content.

    python examples/wbd_upload_download.py                    # the emulator, a generated 5 MB PDF
    WBD_API_TOKEN=... python examples/wbd_upload_download.py                  # WB: your content
    WBD_API_TOKEN=... python examples/wbd_upload_download.py --download 123   # WB: download one
    WBD_API_TOKEN=... python examples/wbd_upload_download.py book.pdf --cover cover.png \\
        --title "My book" --yes                                              # WB: upload, download

WBD has a token of its own (WBD_API_TOKEN). Without it the script starts the WB emulator.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import wbseller


@contextmanager
def connect() -> Iterator[wbseller.Client]:
    """A client for WBD (WBD_API_TOKEN), else for a freshly started emulator."""
    if os.environ.get("WBD_API_TOKEN"):
        with wbseller.Client(os.environ.get("WB_API_TOKEN")) as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        wbd_token = emu.make_token(["wbd"])
        with wbseller.Client(wbd_token=wbd_token, base_url=emu.base_url, emulator=True) as wb:
            yield wb


def sample_png() -> bytes:
    """A 4x4 orange PNG: a cover the emulator accepts."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = b"".join(b"\x00" + b"\xff\x80\x00" * 4 for _ in range(4))
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Progress:
    """A progress callback, `callable(done_bytes, total_bytes)`, printing a line per quarter
    (progress=True draws a tqdm bar instead: the `progress` extra)."""

    def __init__(self, what: str) -> None:
        self.what, self.shown = what, -1

    def __call__(self, done: int, total: int | None) -> None:
        quarter = done * 4 // total if total else 0
        if quarter > self.shown:
            self.shown = quarter
            print(f"  {self.what}: {done:,} of {f'{total:,}' if total else '?'} bytes", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a PDF, EPUB or text file to upload")
    parser.add_argument("--cover", help="the cover image (PNG or JPEG)")
    parser.add_argument("--title", default="wbseller example", help="the content's title")
    parser.add_argument("--download", type=int, metavar="ID", help="only download this content")
    parser.add_argument("--yes", action="store_true", help="with WBD_API_TOKEN: really upload")
    args = parser.parse_args()
    on_wb = bool(os.environ.get("WBD_API_TOKEN"))

    with connect() as wb, tempfile.TemporaryDirectory() as tmp:
        if args.download or (on_wb and not (args.file and args.yes)):
            if args.download:  # the content's information holds its URI and size
                info = wb.wbd.get_content(args.download)
                path = wb.wbd.download_content(info, Path.cwd(), progress=Progress("download"))
                print(f"downloaded {path} ({path.stat().st_size:,} bytes)")
                return
            for n, item in enumerate(wb.wbd.iter_content(sort="created", sort_dir="desc")):
                print(f"  content {item.id} status {item.status}: {item.title}")
                if n == 19:
                    break
            print("a file and --yes upload it; --download ID downloads one")
            return
        source = Path(args.file) if args.file else Path(tmp) / "book.pdf"
        if not args.file:
            source.write_bytes(b"%PDF-1.4\n" + os.urandom(5 * 1024 * 1024))
        cover = Path(args.cover).read_bytes() if args.cover else sample_png()
        thumbnail = wb.wbd.upload_content_cover(cover)
        print(f"uploading {source.name} ({source.stat().st_size:,} bytes)")
        upload = wb.wbd.upload_content(
            source,
            title=args.title,
            description="Uploaded by examples/wbd_upload_download.py",
            catalog_id=4,  # documents and books (1 video, 2 audio)
            meta={"thumbnail": thumbnail, "rating": "0+", "author": "wbseller", "pages": 10},
            progress=Progress("upload"),
        )
        info = upload.wait(timeout=600)
        print(f"content {info.id} published (status {info.status})")
        back = wb.wbd.download_content(info, Path(tmp) / "back.pdf", progress=Progress("download"))
        same = sha256(back) == sha256(source)
        print(f"downloaded {back.stat().st_size:,} bytes: {'identical' if same else 'DIFFERENT'}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
