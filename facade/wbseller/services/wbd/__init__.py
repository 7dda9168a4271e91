"""Wildberries Digital (WBD, `client.wbd`, Bearer token `wbd_token=`): offers, activation keys,
content uploads in parts and resumable downloads.

upload = wb.wbd.upload_content("lesson.mp4", title="Yoga", description="...", catalog_id=1,
                               meta={"thumbnail": uris, "rating": "16+"}, progress=True)
info = upload.wait(timeout=1800)                 # status 2 Published, or UploadError on 3 Error
wb.wbd.download_content(info.uri, "downloads/")  # streamed to disk, resumed with Range
for offer in wb.wbd.iter_offers(status=1):
    ...

One module per topic (offers, keys, images, upload, download), their shared rules in _rules;
WbdOps is the topics together.
"""

from __future__ import annotations

from ._rules import (
    CONTENT_SECTIONS,
    CONTENT_TYPES_BY_CATALOG,
    DELETE_KEYS_BATCH,
    DOWNLOAD_ATTEMPTS,
    EXTENSION_TYPES,
    FAILED,
    FORMAT_TYPES,
    GALLERY_IMAGE_MAX_BYTES,
    GC_EVERY_PARTS,
    KEY_SECTIONS,
    MAX_CONTENT_BYTES,
    MB,
    META_REQUIRED_BY_CATALOG,
    PART_ATTEMPTS,
    PART_RESEND,
    PUBLISHED,
    Blob,
    Source,
    part_resend,
)
from .download import DOWNLOAD_FAILURES, DOWNLOAD_PATH, DownloadOps
from .images import ImagesOps
from .keys import KeysDeletion, KeysOps
from .offers import OffersOps
from .upload import CONTENT_FORMATS, ContentUpload, UploadOps

SPEC = "wbd"

__all__ = [
    "CONTENT_FORMATS",
    "CONTENT_SECTIONS",
    "CONTENT_TYPES_BY_CATALOG",
    "DELETE_KEYS_BATCH",
    "DOWNLOAD_ATTEMPTS",
    "DOWNLOAD_FAILURES",
    "DOWNLOAD_PATH",
    "EXTENSION_TYPES",
    "FAILED",
    "FORMAT_TYPES",
    "GALLERY_IMAGE_MAX_BYTES",
    "GC_EVERY_PARTS",
    "KEY_SECTIONS",
    "MAX_CONTENT_BYTES",
    "MB",
    "META_REQUIRED_BY_CATALOG",
    "PART_ATTEMPTS",
    "PART_RESEND",
    "PUBLISHED",
    "SPEC",
    "Blob",
    "ContentUpload",
    "KeysDeletion",
    "Source",
    "WbdOps",
    "part_resend",
]


class WbdOps(OffersOps, KeysOps, ImagesOps, UploadOps, DownloadOps):
    """WBD operations shared by the sync and async WBD services."""
