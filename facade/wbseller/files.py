"""What a file is, from its first bytes (the client checks uploads before sending; the emulator
checks what it receives the same way)."""

from __future__ import annotations

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
