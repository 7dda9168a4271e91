"""WBD content: a file uploaded in parts (each read when sent, a part WB did not take sent again
alone), the handle that waits until WB has published it, and the content's information, edits
and list."""

from __future__ import annotations

import gc
import logging
import mimetypes
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wbseller_raw.wbd import ops

from ...drift import RawItem
from ...errors import InvalidRequestError, UploadError, WBError
from ...files import sniff
from ...pagination import Pages
from ...plans import Plan, call
from ...progress import ProgressArg, Reporter, reporter
from ...validation import check_body, check_params
from ...waiting import Handle, poll
from .._common import answer, attr, sent
from ._rules import (
    CONTENT_TYPES_BY_CATALOG,
    EXTENSION_TYPES,
    FAILED,
    GC_EVERY_PARTS,
    MAX_CONTENT_BYTES,
    META_REQUIRED_BY_CATALOG,
    PART_RESEND,
    PUBLISHED,
    Source,
    WbdBase,
    _answer,
    _binary,
    _fail,
    _listing,
    _opened,
    _source_name,
    _source_size,
    _too_big,
    part_resend,
)

if TYPE_CHECKING:
    from wbseller_raw.wbd.models import ContentInfo

log = logging.getLogger("wbseller")


def _content_type(source: Source, given: str | None) -> str:
    allowed = ops.INITIALIZE_NEW_CONTENT.schema("content_type")["enum"]
    name = _source_name(source)
    guessed = None
    if given is None and name:
        guessed = mimetypes.guess_type(name, strict=False)[0] or EXTENSION_TYPES.get(
            Path(name).suffix.lower()
        )
    value = given or guessed
    if value is None:
        raise _fail(
            "content_type", name, f"cannot tell the file's type from its name; pass one of {allowed}", allowed
        )
    if value not in allowed:
        raise _fail("content_type", value, f"is not one of {allowed}", allowed)
    return value


# What a content file's first bytes may say for each declared type: a file whose magic number
# names another format (a PNG named .pdf) is refused. Files without a magic number we know (text,
# an MP3 without an ID3 tag) pass: the name and the declared type are all there is.
CONTENT_FORMATS: dict[str, frozenset[str]] = {
    "video/mp4": frozenset({"MP4"}),
    "audio/mpeg": frozenset({"MP3"}),
    "application/pdf": frozenset({"PDF"}),
    "application/epub+zip": frozenset({"ZIP"}),
    "application/zip": frozenset({"ZIP"}),
    "text/plain": frozenset(),
}
STRONG_MAGIC = frozenset({"PNG", "JPEG", "GIF", "WEBP", "MP4", "MOV", "PDF", "ZIP"})


def _content_format(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "PDF"
    if head.startswith(b"PK\x03\x04"):
        return "ZIP"
    if head.startswith(b"ID3"):
        return "MP3"
    return sniff(head)


def _check_sniffed(source: Source, start: int, content_type: str) -> None:
    """The file's first bytes must not name another format than the declared content type."""
    with _opened(source) as f:
        f.seek(start)
        head = f.read(64)
        f.seek(start)
    fmt = _content_format(head)
    allowed = CONTENT_FORMATS.get(content_type)
    if fmt is None or allowed is None or fmt in allowed or fmt not in STRONG_MAGIC:
        return
    raise _fail(
        "file",
        fmt,
        f"the file is {fmt} by its first bytes, not {content_type} (its name or content_type is wrong)",
        sorted(allowed) or content_type,
    )


def _check_content_rules(catalog_id: int, content_type: str, meta: dict[str, Any] | None) -> None:
    """The rules of `Initialize new content` that the schema states only in prose."""
    suits = CONTENT_TYPES_BY_CATALOG.get(catalog_id)
    if suits is not None and content_type not in suits:
        raise _fail(
            "content_type",
            content_type,
            f"does not suit catalog_id {catalog_id} (allowed: {sorted(suits)})",
            sorted(suits),
        )
    if meta is None:
        raise _fail(
            "meta", None, "required (thumbnail, rating, and author/pages as the category needs)", "required"
        )
    for name in ("thumbnail", "rating", *META_REQUIRED_BY_CATALOG.get(catalog_id, ())):
        if meta.get(name) in (None, "", []):  # thumbnail: the cover's URIs, so not an empty list
            raise _fail(f"meta.{name}", None, f"required for content of catalog_id {catalog_id}", "required")


def _check_rating(meta: dict[str, Any] | None) -> None:
    """meta.rating is an age rating ("16+"), not a number (the docs gave no type and our own
    examples sent 0): say which values WB takes rather than only that a string was expected."""
    rating = (meta or {}).get("rating")
    allowed = ops.INITIALIZE_NEW_CONTENT.schema("meta.rating")["enum"]
    if rating is not None and rating not in allowed:
        raise _fail("body.meta.rating", rating, f"{rating!r} is not an age rating: one of {allowed}", allowed)


def _parts(size: int) -> list[dict[str, int]]:
    """The file split into parts of the spec's maximum part size (the last one smaller)."""
    part = int(ops.INITIALIZE_NEW_CONTENT.schema("parts.[].size")["maximum"])
    return [{"index": i + 1, "size": min(part, size - off)} for i, off in enumerate(range(0, size, part))]


class ContentUpload(Handle["ContentInfo"]):  # the model is imported for type checking only
    """Content whose file was sent: wait() until WB has processed it (status 2 Published → the
    content information) or failed (status 3 Error → UploadError). Rebuild it in another process
    with `client.wbd.content_upload(content_id)`."""

    default_timeout = 1800.0  # WB transcodes video after the upload: allow for it
    default_poll = 5.0

    def __init__(
        self, runner: Any, content_id: int, *, uuid: str | None = None, uri: str | None = None
    ) -> None:
        super().__init__(runner)
        self.content_id = content_id
        self.uuid = uuid
        self.uri = uri

    def __repr__(self) -> str:
        return f"ContentUpload(content_id={self.content_id})"

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[ContentInfo]:
        def check() -> Plan[ContentInfo | None]:
            response = yield from call(ops.GET_CONTENT_INFORMATION, content_id=self.content_id)
            info = response.parsed
            status = attr(info, "status")
            if status == FAILED:
                raise UploadError(
                    f"content {self.content_id}: WB reports status 3 (error in processing or publication)",
                    failed={self.content_id: "status 3"},
                )
            return info if status == PUBLISHED else None

        result = yield from poll(
            check, timeout=timeout, interval=poll_interval, what=f"content {self.content_id}"
        )
        return result


def _read_part(f: IO[bytes], offset: int, size: int, index: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise WBError(f"part {index}: the file changed while uploading ({len(data)} of {size} bytes read)")
    return data


def _send_part(
    uuid: str, index: int, data: bytes, content_type: str, content_id: int
) -> Plan[dict[str, Any]]:
    """One part; sent again alone, after a backoff, while part_resend says so (an answer that says
    it was not taken, and the client's retry decision)."""
    headers = {"X-Content-Type": content_type, "X-Wbd-Part-Index": str(index), "X-Wbd-Content-Uuid": uuid}
    where = f"content {content_id} (uuid {uuid}): part {index}"
    request = _binary(ops.UPLOAD_CONTENT_FILE, data, headers)
    attempt = 0
    while True:
        attempt += 1
        try:
            response = yield request
            return _answer(response, ops.UPLOAD_CONTENT_FILE)
        except WBError as e:
            failed = e
        if not (yield from part_resend(failed, attempt, request)):
            what = (
                f"failed {attempt} times: {failed}"
                if isinstance(failed, PART_RESEND)
                else f"failed: {failed}"
            )
            raise UploadError(f"{where} {what}", failed={index: str(failed)}) from failed
        log.info("WBD %s was not taken (%s), sending it again", where, failed)


class UploadOps(WbdBase):
    """Content: its upload, its information, edits and list."""

    def upload_content(
        self,
        source: Source,
        *,
        title: str,
        description: str,
        catalog_id: int,
        meta: dict[str, Any] | None = None,
        content_type: str | None = None,
        progress: ProgressArg = None,
    ) -> ContentUpload:
        """Upload a content file (a path, or a binary file with seek/read, from its position) in
        parts of at most 2 MB, read one at a time (never the whole file in memory). A failed part
        is sent again alone. Returns a ContentUpload: `.wait()` until WB has published it.

        content_type: from the file name unless given (video/mp4 for catalog_id 1, audio/mpeg for 2,
        application/pdf, application/epub+zip or text/plain for 4); meta: thumbnail (URIs from
        upload_content_cover) and rating (an age rating: "0+", "6+", "12+", "14+", "16+", "18+"),
        plus author (audio), author and pages (documents); optional bisac, duration,
        original_name, source_file_name, translator, voice (author and the names at most 100
        characters); all checked before sending. progress: True for a tqdm bar, or a
        callable(done_bytes, total_bytes)."""
        ctype = _content_type(source, content_type)
        start, size = _source_size(source)
        if size == 0:
            raise _fail("file", 0, "the file is empty", "not empty")
        if size > MAX_CONTENT_BYTES:
            raise _too_big("file", size, MAX_CONTENT_BYTES)
        _check_rating(meta)
        parts = _parts(size)
        init = {
            "title": title,
            "description": description,
            "catalog_id": catalog_id,
            "content_type": ctype,
            "parts": parts,
            "meta": meta,
        }
        check_body(ops.INITIALIZE_NEW_CONTENT, init)
        _check_content_rules(catalog_id, ctype, meta)
        _check_sniffed(source, start, ctype)
        report = reporter(progress, title[:40])
        return self._runner.run(self._upload_plan(source, start, size, init, report))

    def _upload_plan(
        self,
        source: Source,
        start: int,
        size: int,
        init: dict[str, Any],
        report: Reporter,
    ) -> Plan[ContentUpload]:
        try:
            with _opened(source) as f:
                response = yield from call(ops.INITIALIZE_NEW_CONTENT, body=init)
                started = response.parsed
                content_id, uuid = int(attr(started, "content_id")), str(attr(started, "uuid"))
                done, uri = 0, None
                for part in init["parts"]:
                    index, n = part["index"], part["size"]
                    data = _read_part(f, start + done, n, index)
                    ctype = init["content_type"]
                    answer = yield from _send_part(uuid, index, data, ctype, content_id)
                    uri = answer.get("uri") or uri
                    done += n
                    report(done, size)
                    if index % GC_EVERY_PARTS == 0:
                        gc.collect()
                return ContentUpload(self._runner, content_id, uuid=uuid, uri=uri)
        finally:
            report.close()

    def content_upload(self, content_id: int) -> ContentUpload:
        """The handle of an earlier upload (e.g. in a restarted process), to wait() on."""
        return ContentUpload(self._runner, content_id)

    def get_content(self, content_id: int) -> ContentInfo:
        """One piece of content's information (status: 0 created, 1 uploaded, 2 published,
        3 error, 4 processing, 5 sent to server)."""
        return self._runner.run(answer(call(ops.GET_CONTENT_INFORMATION, content_id=content_id)))

    def edit_content(
        self, content_id: int, *, title: str | None = None, description: str | None = None
    ) -> ContentInfo:
        """Change a content's title (≤ 500) or description (≤ 1000); returns the content."""
        body = {k: v for k, v in {"title": title, "description": description}.items() if v is not None}
        if not body:
            raise InvalidRequestError("edit_content: nothing to change", field="body")
        check_body(ops.EDIT_CONTENT, body)
        return self._runner.run(answer(call(ops.EDIT_CONTENT, body=body, content_id=content_id)))

    def delete_content(self, content_id: int) -> None:
        """Delete a piece of content."""
        body = {"content_id": content_id}
        return self._runner.run(sent(call(ops.DELETE_CONTENT, body=body)))

    def iter_content(
        self,
        *,
        search: str | None = None,
        category: int | None = None,
        status: int | None = None,
        sort: str | None = None,
        sort_dir: str | None = None,
        page_size: int | None = None,
    ) -> Pages[ContentInfo | RawItem]:
        """All your content matching the filters (category = catalog_id 1, 2, 4; status 0-5;
        sort created|updated, sort_dir asc|desc), page by page."""
        op = ops.GET_A_LIST_OF_YOUR_CONTENT
        params = {
            "search": search,
            "category": category,
            "status": status,
            "sort": sort,
            "sort_dir": sort_dir,
        }
        check_params(op, params)
        return _listing(self._runner, op, params, page_size)
