"""WBD images and media: an offer's cover, a content's cover, an offer's gallery; every file
checked (format by its first bytes, size) before it is sent."""

from __future__ import annotations

from collections.abc import Sequence

from wbseller_raw.wbd import ops

from ...files import sniff
from ...plans import Plan, Request
from .._common import sent
from ._rules import (
    FORMAT_TYPES,
    GALLERY_IMAGE_MAX_BYTES,
    Blob,
    WbdBase,
    _answer,
    _binary,
    _fail,
    _image,
    _read_blob,
    _too_big,
)


class ImagesOps(WbdBase):
    """Covers and gallery files."""

    def set_offer_cover(self, offer_id: int, image: Blob, content_type: str | None = None) -> None:
        """Add or replace an offer's cover: a path, bytes or a binary file; PNG or JPEG, at most
        5 MB (checked before sending); the type is read from the file unless given."""
        op = ops.ADD_OR_UPDATE_OFFER_COVER
        data, ctype = _image(image, content_type, op, "cover")
        headers = {"X-Content-Type": ctype, "X-Wbd-OfferId": str(offer_id)}
        return self._runner.run(sent(_binary(op, data, headers)))

    def upload_content_cover(self, image: Blob, content_type: str | None = None) -> list[str]:
        """Upload a content cover (PNG or JPEG, at most 5 MB); returns the URIs of its renditions,
        for `meta={"thumbnail": uris, ...}` of upload_content."""
        op = ops.UPLOAD_CONTENT_COVER
        data, ctype = _image(image, content_type, op, "cover")
        request = _binary(op, data, {"X-Content-Type": ctype})

        def plan() -> Plan[list[str]]:
            response = yield request
            return list(_answer(response, op).get("uris") or [])

        return self._runner.run(plan())

    def upload_gallery(self, files: Sequence[Blob]) -> list[str]:
        """Upload an offer's media files (up to 8: images PNG/JPEG ≤ 5 MB, videos MP4 ≤ 50 MB,
        ≤ 100 MB together; checked before sending); returns their URIs for `gallery`."""
        op = ops.UPLOAD_MEDIA_FILE_FOR_AN_OFFER
        files_schema = op.schema("files")
        item_schema = op.schema("files.[]")
        count = len(files)
        if not 1 <= count <= files_schema["maxItems"]:
            raise _fail(
                "files",
                count,
                f"{count} files; 1 to {files_schema['maxItems']} allowed",
                files_schema["maxItems"],
            )
        upload: list[tuple[str, tuple[str, bytes, str]]] = []
        for i, blob in enumerate(files):
            data, name = _read_blob(blob, int(item_schema["x-wb-max-bytes"]), f"files[{i}]")
            fmt = sniff(data)
            if fmt is None or fmt not in item_schema["x-wb-formats"]:
                raise _fail(
                    f"files[{i}]",
                    fmt or "unknown",
                    f"not one of {item_schema['x-wb-formats']}",
                    item_schema["x-wb-formats"],
                )
            if fmt != "MP4" and len(data) > GALLERY_IMAGE_MAX_BYTES:
                raise _too_big(f"files[{i}]", len(data), GALLERY_IMAGE_MAX_BYTES)
            filename = name or f"file{i + 1}.{'mp4' if fmt == 'MP4' else fmt.lower()}"
            upload.append(("files", (filename, data, FORMAT_TYPES[fmt])))
        together = sum(len(f[1][1]) for f in upload)
        if together > files_schema["x-wb-max-bytes"]:
            raise _too_big("files", together, int(files_schema["x-wb-max-bytes"]))

        def plan() -> Plan[list[str]]:
            # multipart through our transport (limits, errors) with httpx's own boundary
            response = yield Request(op.spec, "POST", op.path, {"files": upload})
            return list(_answer(response, op).get("uris") or [])

        return self._runner.run(plan())
