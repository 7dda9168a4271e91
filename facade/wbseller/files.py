"""Files: what a file is, from its first bytes (the client checks uploads before sending; the
emulator checks what it receives the same way), and where a download may be written."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO

IMAGE_FORMATS = frozenset({"PNG", "JPEG", "BMP", "GIF", "WEBP"})
VIDEO_FORMATS = frozenset({"MP4", "MOV"})


def sniff(data: bytes) -> str | None:
    """The format from the magic number: PNG, JPEG, BMP, GIF, WEBP, MP4, MOV, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if data.startswith(b"BM"):
        return "BMP"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:8] == b"ftyp":
        return "MOV" if data[8:12] == b"qt  " else "MP4"
    if data[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return "MOV"  # QuickTime files may start with an atom other than ftyp
    return None


# --- where a download goes ----------------------------------------------------------------------------
def destination_problem(path: Path) -> str | None:
    """Why `path` may not receive a download, or None: its folder must exist, and the path must not
    be anything but a regular file (a device like /dev/full, a folder, a pipe, a socket, or a
    symbolic link, which a rename would replace and a write would follow)."""
    parent = path.parent
    if not parent.is_dir():
        return f"the folder {str(parent)!r} does not exist"
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(mode):
        return f"{str(path)!r} is a symbolic link; give the path it points to"
    if not stat.S_ISREG(mode):
        return f"{str(path)!r} exists and is not a regular file (it is never replaced)"
    return None


def open_new_file(path: Path) -> IO[bytes]:
    """Open `path` for writing from its start, creating it, without following a symbolic link
    (O_NOFOLLOW) or blocking on a pipe; anything but a regular file there is refused (OSError)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0), 0o666)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(errno.EINVAL, "not a regular file", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise
