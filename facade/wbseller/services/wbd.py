"""Wildberries Digital (WBD, `client.wbd`, Bearer token `wbd_token=`): offers, activation keys,
content uploads in parts and resumable downloads.

upload = wb.wbd.upload_content("lesson.mp4", title="Yoga", description="...", catalog_id=1,
                               meta={"thumbnail": uris, "rating": "16+"}, progress=True)
info = upload.wait(timeout=1800)                 # status 2 Published, or UploadError on 3 Error
wb.wbd.download_content(info.uri, "downloads/")  # streamed to disk, resumed with Range
for offer in wb.wbd.iter_offers(status=1):
    ...
"""

from __future__ import annotations

import gc
import io
import json
import logging
import mimetypes
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, cast, overload
from urllib.parse import unquote

import httpx

from .. import timestamps
from ..drift import RawItem
from ..errors import (
    EnvelopeError,
    InvalidRequestError,
    LocalWriteError,
    MalformedResponseError,
    RetryUnsafeError,
    ServerError,
    TransportError,
    UploadError,
    WBError,
    parse_error_body,
)
from ..files import destination_problem, open_new_file, sniff
from ..operations import operation
from ..pagination import Pages, PageState, batches, skip_take_pages
from ..plans import Call, Download, Plan, Request, SyncRunner, each
from ..progress import ProgressArg, Reporter, reporter
from ..validation import body_schema, check_body, check_params, max_items, param_schema, schema_at
from ..waiting import Handle, poll
from ._common import as_int, attr
from ._common import page_size as page_size_for
from ._common import present as _set

if TYPE_CHECKING:
    from wbseller_raw.wbd.models import (
        Catalog,
        ContentInfo,
        KeyDeleteStatus,
        Offer,
        OfferKey,
        OfferKeysCount,
        RedeemedKey,
    )

log = logging.getLogger("wbseller")

SPEC = "wbd"
MB = 1024 * 1024  # WB's "MB" of its limits: 1024-based (said as MiB in messages)
DOWNLOAD_PATH = "/api/v1/content/download/"
GALLERY_PATH = "/api/v1/content/gallery"

# --- WB's rules that the spec states only in prose (descriptions), with their source ---------------
# "Initialize new content": content_type must suit catalog_id
CONTENT_TYPES_BY_CATALOG: dict[int, frozenset[str]] = {
    1: frozenset({"video/mp4"}),
    2: frozenset({"audio/mpeg"}),
    4: frozenset({"application/pdf", "application/epub+zip", "text/plain"}),
}
# ContentMeta: thumbnail and rating for all content (the schema's `required`), plus these
META_REQUIRED_BY_CATALOG: dict[int, tuple[str, ...]] = {2: ("author",), 4: ("author", "pages")}
# wbd.txt "Content requirements": "Maximum file size: 3 GB"
MAX_CONTENT_BYTES = 3 * 1024 * MB
# "Upload media file for an offer": image 5 MB (the items' x-wb-max-bytes is the video's 50 MB)
GALLERY_IMAGE_MAX_BYTES = 5 * MB
# "Create new offer": offers with unique keys need `keys` and meta.key_instruction; offers with
# content need `content`
KEY_SECTIONS = frozenset({3, 12, 13})
CONTENT_SECTIONS = frozenset({1, 2, 4, 5, 6})
# the file formats of the chunk body's x-wb-formats, for when mimetypes does not know an extension
EXTENSION_TYPES = {
    ".mp4": "video/mp4",
    ".mp3": "audio/mpeg",
    ".pdf": "application/pdf",
    ".epub": "application/epub+zip",
    ".txt": "text/plain",
}
FORMAT_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "MP4": "video/mp4"}
# content statuses (ContentInfo.status): 0 Created, 1 Uploaded, 2 Published, 3 Error, 4 Processing,
# 5 Sent to server
PUBLISHED, FAILED = 2, 3

# --- our own bounds (WB documents none) ------------------------------------------------------------
# Delete activation keys takes the IDs as repeated query keys and documents no maximum; 100 IDs
# keep the URL near 1.5 KB, well under the 8 KB many gateways accept.
DELETE_KEYS_BATCH = 100
# A part is tried this many times in all (the first send and the retries of that part alone).
PART_ATTEMPTS = 4
# A download gives up after this many broken attempts in a row that brought no new bytes.
DOWNLOAD_ATTEMPTS = 5

# httpx and httpcore keep every request in reference cycles (Response <-> its bound stream, the
# pool's request record), so each part's 2 MB body lives until the cyclic GC finds it; a part
# still in flight during a young collection is promoted and can wait for a full one, hundreds of
# parts later (measured: +90 MB for 1 GiB). A full collection every this many parts keeps the
# garbage to about as many parts (+25 MB measured) for ~35 ms, mostly inside the limiter's wait.
GC_EVERY_PARTS = 16

# A part WB answered but did not take: an explicit `"error": true`, or an answer that is not the
# part's JSON. It is sent again alone (the chunk route is idempotent: a part is identified by its
# index, so re-sending replaces it; see specs/wbd.yaml). 5xx, timeouts, resets, cut-off answers and
# 429s the transport already retried; what is left of them fails the part at once.
PART_RESEND = (EnvelopeError, MalformedResponseError)
# What breaks a download mid-way: errors while the body streams come straight from httpx.
DOWNLOAD_FAILURES = (httpx.TransportError, TransportError, ServerError, RetryUnsafeError)
# The media types of error pages: an answer in one of these is not the file, whatever its length.
NOT_A_FILE = ("json", "html", "xml")
ERROR_BODY_MAX = 64 * 1024

Source = str | os.PathLike[str] | IO[bytes]
Blob = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]


def _fail(field: str, value: Any, message: str, limit: Any) -> InvalidRequestError:
    return InvalidRequestError(f"{field}: {message}", field=field, value=value, limit=limit)


# --- files ------------------------------------------------------------------------------------------


def _source_size(source: Source) -> tuple[int, int]:
    """(start offset, bytes to send) of a path or a seekable binary file (from its position)."""
    if isinstance(source, str | os.PathLike):
        try:
            return 0, os.stat(source).st_size
        except OSError as e:
            raise _fail(
                "source", str(source), f"cannot read the file: {e.strerror}", "an existing file"
            ) from e
    if not (hasattr(source, "seek") and hasattr(source, "read")):
        raise TypeError(f"expected a path or a binary file with seek() and read(), got {source!r}")
    start = source.tell()
    end = source.seek(0, io.SEEK_END)
    source.seek(start)
    return start, end - start


def _source_name(source: object) -> str | None:
    if isinstance(source, str | os.PathLike):
        return Path(source).name
    name = getattr(source, "name", None)
    return Path(name).name if isinstance(name, str) else None


@contextmanager
def _opened(source: Source) -> Iterator[IO[bytes]]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as f:
            yield f
    else:
        yield source  # the caller's file: theirs to close


def _read_part(f: IO[bytes], offset: int, size: int, index: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise WBError(f"part {index}: the file changed while uploading ({len(data)} of {size} bytes read)")
    return data


def _read_blob(blob: Blob, max_bytes: int, field: str) -> tuple[bytes, str | None]:
    """The bytes of a small file (cover, gallery item), refusing a too large one before reading it."""
    name: str | None = None
    if isinstance(blob, bytes | bytearray | memoryview):
        data = bytes(blob)
    elif isinstance(blob, str | os.PathLike):
        size = os.stat(blob).st_size
        if size > max_bytes:
            raise _too_big(field, size, max_bytes)
        data, name = Path(blob).read_bytes(), Path(blob).name
    else:
        data, name = blob.read(max_bytes + 1), _source_name(blob)
    if len(data) > max_bytes:
        raise _too_big(field, len(data), max_bytes)
    if not data:
        raise _fail(field, 0, "the file is empty", "not empty")
    return data, name


def _too_big(field: str, size: int, limit: int) -> InvalidRequestError:
    return _fail(field, size, f"{size} bytes; at most {limit} bytes ({limit / MB:g} MiB) allowed", limit)


def _image(blob: Blob, content_type: str | None, operation_id: str, field: str) -> tuple[bytes, str]:
    """A cover's bytes and X-Content-Type, checked against the body's x-wb-max-bytes / x-wb-formats
    and the header's enum."""
    body = body_schema(SPEC, operation_id)
    data, _ = _read_blob(blob, int(body["x-wb-max-bytes"]), field)
    formats = list(body["x-wb-formats"])
    fmt = sniff(data)
    if fmt is None or fmt not in formats:
        raise _fail(field, fmt or "unknown", f"the file is not one of {formats}", formats)
    allowed = param_schema(SPEC, operation_id, "X-Content-Type")["enum"]
    if content_type is not None and content_type not in allowed:
        raise _fail("content_type", content_type, f"is not one of {allowed}", allowed)
    if content_type is not None and content_type != FORMAT_TYPES[fmt]:
        raise _fail(
            "content_type", content_type, f"does not match the file, which is {fmt}", FORMAT_TYPES[fmt]
        )
    return data, FORMAT_TYPES[fmt]


# --- content upload ---------------------------------------------------------------------------------
def _content_type(source: Source, given: str | None) -> str:
    allowed = schema_at(SPEC, "initialize_new_content", "content_type")["enum"]
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
    allowed = schema_at(SPEC, "initialize_new_content", "meta.rating")["enum"]
    if rating is not None and rating not in allowed:
        raise _fail("body.meta.rating", rating, f"{rating!r} is not an age rating: one of {allowed}", allowed)


def _parts(size: int) -> list[dict[str, int]]:
    """The file split into parts of the spec's maximum part size (the last one smaller)."""
    part = int(schema_at(SPEC, "initialize_new_content", "parts.[].size")["maximum"])
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
            response = yield Call(SPEC, "get_content_information", {"content_id": self.content_id})
            info = response.parsed
            status = _set(info.status)
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


def _binary(operation_id: str, data: bytes, headers: dict[str, str]) -> Request:
    """An application/octet-stream upload as a plain request (through the same transport): the
    generated functions want a file object for these bodies; the bytes are all we need."""
    op = operation(SPEC, operation_id)
    headers = {**headers, "Content-Type": "application/octet-stream"}
    return Request(SPEC, op.method.upper(), op.path, {"content": data, "headers": headers})


def _send_part(uuid: str, index: int, data: bytes, content_type: str, content_id: int) -> Plan[Any]:
    """One part; sent again alone after an answer that says it was not taken (PART_RESEND)."""
    headers = {"X-Content-Type": content_type, "X-Wbd-Part-Index": str(index), "X-Wbd-Content-Uuid": uuid}
    where = f"content {content_id} (uuid {uuid}): part {index}"
    for attempt in range(1, PART_ATTEMPTS + 1):
        try:
            response = yield _binary("upload_content_file", data, headers)
            return _answer(response, "upload_content_file")
        except PART_RESEND as e:
            if attempt == PART_ATTEMPTS:
                raise _part_failed(where, f"failed {attempt} times: {e}", index, e) from e
            log.info("WBD %s was not taken (%s), sending it again", where, e)
        except WBError as e:
            raise _part_failed(where, f"failed: {e}", index, e) from e
    raise AssertionError("unreachable")


def _answer(response: httpx.Response, operation_id: str) -> dict[str, Any]:
    """The JSON object of a plain request's answer; anything else is a MalformedResponseError."""
    try:
        answer = response.json()
    except ValueError as e:
        raise MalformedResponseError(
            f"{operation_id}: the answer is not JSON ({e})",
            status=response.status_code,
            body=response.content,
        ) from e
    if not isinstance(answer, dict):
        raise MalformedResponseError(
            f"{operation_id}: the answer is not a JSON object", body=response.content
        )
    return answer


def _part_failed(where: str, what: str, index: int, cause: WBError) -> UploadError:
    """The part's UploadError; the parts before it are stored, and a new upload is needed."""
    return UploadError(f"{where} {what}", failed={index: str(cause)})


# --- download ---------------------------------------------------------------------------------------
def _target(uri: str, dest: str | os.PathLike[str]) -> Path:
    """The file to write: `dest`, or a name from the URI inside `dest` when it is a folder;
    refused before anything is sent when it (or its `.part` beside it) may not be written."""
    if not isinstance(dest, str | os.PathLike):
        raise TypeError(f"dest: expected a path, got {type(dest).__name__}")
    path = Path(dest)
    if path.is_dir() and not path.is_symlink():
        # WB's URIs end in a generic "content": keep the hash folder before it for a unique name
        parts = [p for p in uri.split("/") if p]
        path = path / "_".join(parts[-2:])
    for candidate in (path, _part(path)):
        problem = destination_problem(candidate)
        if problem:
            raise _fail("dest", str(dest), problem, "a regular file (or none) in an existing folder")
    return path


def _part(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def _content_ref(content: Any) -> tuple[Any, int | None]:
    """A download's URI and the size WB lists for it: from a URI string (size unknown), or from
    the content information (ContentInfo, a RawItem or its dict), whose `files` give the size."""
    if isinstance(content, str) or content is None:
        return content, None
    uri = content.get("uri") if isinstance(content, dict) else attr(content, "uri")
    return uri, _listed_size(content, uri)


def _listed_size(info: Any, uri: Any) -> int | None:
    """The size `files` of a content's information gives for `uri` (None when not listed)."""
    files = info.get("files") if isinstance(info, dict) else attr(info, "files")
    for file in files or []:
        file_uri = file.get("uri") if isinstance(file, dict) else attr(file, "uri")
        size = file.get("size") if isinstance(file, dict) else attr(file, "size")
        if isinstance(file_uri, str) and file_uri.strip("/") == str(uri or "").strip("/"):
            return as_int(size)
    return None


def _size_plan(uri: str) -> Plan[int | None]:
    """The size WB's content list gives for `uri`, walking it page by page until found."""
    found: list[int | None] = []

    def match(item: Any) -> bool:
        for candidate in (attr(item, "uri"), *(attr(f, "uri") for f in attr(item, "files") or [])):
            if isinstance(candidate, str) and candidate.strip("/") == uri:
                found.append(_listed_size(item, uri))
                return True
        return False

    op = "get_a_list_of_your_content"
    yield from each(_listing_plan(op, {}, page_size_for(SPEC, op, None, param="take")), match)
    return found[0] if found else None


def _expected_size(response: httpx.Response, start: int) -> int | None:
    """The file's full size from the answer: Content-Range (206) or Content-Length (200)."""
    if response.status_code == 206:
        value = response.headers.get("content-range", "")
        span, _, total = value.removeprefix("bytes ").partition("/")
        first = span.partition("-")[0]
        if not first.isdigit() or int(first) != start or not total.isdigit():
            raise WBError(f"download: asked for bytes from {start}, WB answered Content-Range {value!r}")
        return int(total)
    if response.headers.get("content-encoding", "identity") != "identity":
        return None  # the length is the compressed one: nothing to compare with
    length = response.headers.get("content-length")
    return int(length) if length is not None and length.isdigit() else None


def _content_uri(uri: str) -> str:
    """A content URI as WB gives it (`vol19/924/<hash>/content`): never empty, and no "." or ".."
    segment, backslash, query, fragment or control character (a newline, even percent-encoded),
    which would send the request to another path or split it."""
    if not isinstance(uri, str):
        raise TypeError(f"uri: expected a string, got {type(uri).__name__}")
    clean = uri.strip("/")
    if not clean:
        raise _fail("uri", uri, "must not be empty", "not empty")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in clean + unquote(clean)):
        raise _fail("uri", uri, "holds a control character (a newline?)", "a content URI")
    segments = unquote(clean).split("/")
    if any(p in (".", "..") for p in segments) or any(c in unquote(clean) for c in "\\?#"):
        raise _fail(
            "uri", uri, "is not a content URI (a '.'/'..' segment, '\\', '?' or '#')", "a content URI"
        )
    return clean


def _download_plan(url: str, target: Path, report: Reporter, uri: str, listed: int | None) -> Plan[Path]:
    """Stream to `<target>.part`, resuming with Range after a break; rename once complete and
    its size is the one WB lists for the content (`listed`, else read from the content list)."""
    if listed is None:
        listed = yield from _size_plan(uri)
        if listed is None:
            log.warning("WBD download %s: the content list gives no size for it; only the answer's "
                        "own length is checked", uri)  # fmt: skip
    partial = _part(target)
    total: int | None = listed
    wrote = 0
    try:
        with open_new_file(partial) as f:

            def sink(chunk: bytes) -> None:
                nonlocal wrote
                if listed is not None and f.tell() + len(chunk) > listed:
                    # more than the content is: padding, another file, an error page; stop now
                    raise MalformedResponseError(
                        f"download {url}: WB sent more than the {listed} bytes its content list "
                        "gives for this content; nothing saved",
                        operation=f"GET {url}",
                    )
                f.write(chunk)
                wrote = f.tell()
                report(wrote, total)

            failures = 0
            while True:
                start = f.tell()
                headers = {"Range": f"bytes={start}-"} if start else {}
                try:
                    response = yield Download(SPEC, url, headers, sink)
                except DOWNLOAD_FAILURES as e:
                    f.flush()
                    failures = 0 if f.tell() > start else failures + 1
                    if failures >= DOWNLOAD_ATTEMPTS:
                        raise
                    log.info("WBD download %s: broken at byte %d (%s), resuming", url, f.tell(), e)
                    continue
                if response.status_code == 200 and start:
                    # the server ignored Range and sent the whole file from `start`: start over
                    f.seek(0)
                    f.truncate()
                    failures += 1
                    if failures >= DOWNLOAD_ATTEMPTS:
                        raise WBError(f"download {url}: the server ignores Range; could not resume")
                    continue
                total = _expected_size(response, start)
                break
            size = f.tell()
        _check_is_file(url, response, partial)
        if total is None and response.headers.get("content-encoding", "identity") == "identity":
            # (an encoded body's length is the compressed one, which httpx's framing checked)
            raise WBError(f"download {url}: WB announced no length; cannot tell whether {size} bytes are all")
        if size != total:
            raise WBError(f"download {url}: got {size} bytes, WB announced {total}")
        if listed is not None and size != listed:
            raise MalformedResponseError(
                f"download {url}: got {size} bytes, but WB's content list gives {listed} for this "
                "content; nothing saved",
                operation=f"GET {url}",
            )
        report(size, size)
        problem = destination_problem(target)  # (it may have changed since the call began)
        if problem:
            raise _fail("dest", str(target), problem, "a regular file (or none) in an existing folder")
        os.replace(partial, target)
        return target
    except WBError:  # WB's side (DeadlineError is also a TimeoutError, an OSError): not the disk
        partial.unlink(missing_ok=True)
        raise
    except OSError as e:  # this machine's: a full disk, a quota, a folder gone
        partial.unlink(missing_ok=True)
        kept = f"nothing: the partial file ({wrote} bytes) was removed and {str(target)!r} left as it was"
        raise LocalWriteError(
            f"download {url}: cannot write {str(partial)!r}: {e.strerror or e}; kept {kept}",
            path=str(partial),
            kept=kept,
            errno=e.errno,
        ) from e
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        report.close()


def _check_is_file(url: str, response: httpx.Response, partial: Path) -> None:
    """An error page in place of the file (JSON `"error": true`, HTML…) is an error, never the file."""
    ctype = response.headers.get("content-type", "")
    if response.status_code not in (200, 206):  # the documented answers: the file, or a part of it
        raise MalformedResponseError(
            f"download {url}: WB answered {response.status_code}, not the file (200) or a part (206)",
            status=response.status_code,
            operation=f"GET {url}",
        )
    if not any(kind in ctype for kind in NOT_A_FILE):
        return
    with open(partial, "rb") as f:
        body = f.read(ERROR_BODY_MAX)
    fields = parse_error_body(body, ctype)
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    cls = EnvelopeError if isinstance(data, dict) and data.get("error") is True else MalformedResponseError
    raise cls(
        f"download {url}: WB answered {response.status_code} {ctype} instead of the file"
        + (f": {fields.get('detail') or fields.get('title')}" if fields else ""),
        status=response.status_code,
        body=body,
        operation=f"GET {url}",
        **fields,
    )


# --- results ----------------------------------------------------------------------------------------
@dataclass
class KeysDeletion:
    """The outcome of delete_keys: WB's status of each key, `{id, code, message, status}` (status
    true: deleted), as it answers on 200 and on 207 alike; `partial` when a request answered 207
    (multi-status: some keys were not deleted, `failed` says which and why)."""

    statuses: list[KeyDeleteStatus | RawItem] = field(default_factory=list)
    partial: bool = False

    @property
    def deleted(self) -> list[int | None]:
        """IDs of the keys WB deleted (None where WB's status carried no readable ID)."""
        return [as_int(attr(s, "id")) for s in self.statuses if _deleted(s)]

    @property
    def ok(self) -> bool:
        """True when every key was deleted (`failed` is empty)."""
        return not self.failed

    @property
    def failed(self) -> dict[int | None, str]:
        """Key ID -> WB's reason ("<code>: <message>"), for every key not deleted."""
        return {as_int(attr(s, "id")): _reason(s) for s in self.statuses if not _deleted(s)}

    def raise_for_errors(self) -> KeysDeletion:
        """UploadError (with `.failed`) listing every key not deleted; else the result itself."""
        failed = self.failed
        if failed:
            lines = "; ".join(f"key {key}: {reason}" for key, reason in failed.items())
            raise UploadError(f"{len(failed)} key(s) not deleted: {lines}", failed=dict(failed))
        return self


def _deleted(status: KeyDeleteStatus | RawItem) -> bool:
    return attr(status, "status") is True  # WB's boolean; anything else is not a deletion


def _reason(status: KeyDeleteStatus | RawItem) -> str:
    parts = [attr(status, "code"), attr(status, "message")]
    return ": ".join(str(p) for p in parts if p not in (None, "")) or "not deleted (WB gave no reason)"


def _rfc3339(value: datetime | str | None, name: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        dt = value
    else:
        dt = timestamps.parse(value)
        if dt is None:
            raise _fail(name, value, "is not a date-time (RFC 3339, e.g. 2023-06-17T19:20:30Z)", "RFC 3339")
    if dt is not None and dt.tzinfo is None:
        dt = dt.replace(tzinfo=timestamps.MSK)  # naive: Moscow time, as WB's own naive times
    return dt


def _listing_plan(
    operation_id: str, params: dict[str, Any], take: int, state: PageState | None = None
) -> Plan[None]:
    given = {k: v for k, v in params.items() if v is not None}
    return skip_take_pages(
        lambda skip, n: Call(SPEC, operation_id, {**given, "skip": skip, "take": n}),
        lambda r: attr(r.parsed, "items") or [],  # attr(): the page may be a RawItem (off-spec)
        lambda r: as_int(attr(r.parsed, "total")),
        take,
        state or PageState(),
    )


def _listing(runner: Any, operation_id: str, params: dict[str, Any], take: int) -> Pages[Any]:
    return Pages(runner, lambda state: _listing_plan(operation_id, params, take, state))


class WbdOps:
    """WBD operations shared by the sync and async WBD services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    # --- offers ---------------------------------------------------------------------------------------
    def create_offer(
        self,
        *,
        title: str,
        description: str,
        tags: Sequence[str],
        section: int,
        catalog_path: Sequence[int],
        age_rating: str,
        price: int,
        discount_price: int | None = None,
        gallery: Sequence[str] | None = None,
        keys: Sequence[str] | None = None,
        content: Sequence[dict[str, int]] | None = None,
        meta: dict[str, Any] | None = None,
        status: int = 0,
    ) -> Offer:
        """Create an offer (status 0 draft, 1 publish); returns the offer. Keys beyond WB's 1000 per
        request go in follow-up `Add activation keys` requests. Checks title ≤ 500, description
        ≤ 5000, 1-5 tags of ≤ 45 characters, section and age_rating, gallery ≤ 8, keys ≤ 200
        characters; sections 3/12/13 need keys and meta.key_instruction, 1/2/4/5/6 need content."""
        all_keys = list(keys or [])
        first = max_items(SPEC, "create_new_offer", "keys")
        body: dict[str, Any] = {
            "title": title,
            "description": description,
            "tags": list(tags),
            "section": section,
            "catalog_path": list(catalog_path),
            "age_rating": age_rating,
            "price": price,
            "status": status,
        }
        optional = {
            "discount_price": discount_price,
            "gallery": None if gallery is None else list(gallery),
            "keys": all_keys[:first] or None,
            "content": None if content is None else [dict(c) for c in content],
            "meta": meta,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        check_body(SPEC, "create_new_offer", body)
        _check_prices("body.price", price, discount_price)
        _check_keys(all_keys)
        _check_section_rules(section, all_keys, content, meta)
        rest = all_keys[first:]

        def plan() -> Plan[Any]:
            response = yield Call(SPEC, "create_new_offer", body=body)
            offer = response.parsed
            yield from _add_keys_plan(int(offer.id), rest)
            return offer

        return cast("Offer", self._runner.run(plan()))

    def edit_offer(
        self,
        offer_id: int,
        *,
        title: str | None = None,
        description: str | None = None,
        price: int | None = None,
        discount_price: int | None = None,
        gallery: Sequence[str] | None = None,
        age_rating: str | None = None,
        tags: Sequence[str] | None = None,
        status: int | None = None,
        catalog_path: Sequence[int] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """Change the given fields of an offer (status 0 draft, 1 publish, 2 suspend, 3 delete);
        the same checks as create_offer on what is given."""
        fields = {
            "title": title,
            "description": description,
            "price": price,
            "discount_price": discount_price,
            "gallery": None if gallery is None else list(gallery),
            "age_rating": age_rating,
            "tags": None if tags is None else list(tags),
            "status": status,
            "catalog_path": None if catalog_path is None else list(catalog_path),
            "meta": meta,
        }
        body = {k: v for k, v in fields.items() if v is not None}
        if not body:
            raise InvalidRequestError("edit_offer: nothing to change", field="body")
        check_body(SPEC, "edit_offer", body)
        _int_id(offer_id, "offer_id")
        if price is not None:
            _check_prices("body.price", price, discount_price)
        return self._run_call(Call(SPEC, "edit_offer", {"offer_id": offer_id}, body=body), parsed=False)

    def get_offer(self, offer_id: int) -> Offer:
        """One offer's information."""
        _int_id(offer_id, "offer_id")
        return cast("Offer", self._run_call(Call(SPEC, "get_offer_information", {"offer_id": offer_id})))

    def update_price(self, offer_id: int, price: int, discount_price: int | None = None) -> None:
        """Set an offer's price and discounted price (₽); no discount_price (or 0): no discount."""
        _int_id(offer_id, "offer_id")
        body: dict[str, Any] = {"regular_price": price}
        if discount_price is not None:
            body["discount_price"] = discount_price
        check_body(SPEC, "update_price", body)
        _check_prices("body.regular_price", price, discount_price)
        return self._run_call(Call(SPEC, "update_price", {"offer_id": offer_id}, body=body), parsed=False)

    def update_status(self, offer_id: int, status: int) -> None:
        """Set an offer's status: 0 draft, 1 published, 2 suspended, 3 deleted."""
        body = {"status": status}
        check_body(SPEC, "update_status", body)
        return self._run_call(Call(SPEC, "update_status", {"offer_id": offer_id}, body=body), parsed=False)

    def catalog(self) -> Catalog:
        """The category tree: sections (`is_section`) and their subcategories (catalog_path IDs),
        each a CatalogNode {id, parent_id, section_id, node_order, total, name, img, path,
        children}."""
        return cast("Catalog", self._run_call(Call(SPEC, "get_categories_and_their_subcategories")))

    def iter_offers(
        self,
        *,
        search: str | None = None,
        category: int | None = None,
        status: int | None = None,
        sort: str | None = None,
        sort_dir: str | None = None,
        page_size: int | None = None,
    ) -> Pages[Offer | RawItem]:
        """Every offer matching the filters (category 1 video, 2 audio, 4 document; status 0 draft,
        1 published, 2 suspended; sort created|updated, sort_dir asc|desc), page by page."""
        op = "get_a_list_of_your_offers"
        params = {
            "search": search,
            "category": category,
            "status": status,
            "sort": sort,
            "sort_dir": sort_dir,
        }
        check_params(SPEC, op, params)
        return _listing(self._runner, op, params, page_size_for(SPEC, op, page_size, param="take"))

    def set_offer_cover(self, offer_id: int, image: Blob, content_type: str | None = None) -> None:
        """Add or replace an offer's cover: a path, bytes or a binary file; PNG or JPEG, at most
        5 MB (checked before sending); the type is read from the file unless given."""
        data, ctype = _image(image, content_type, "add_or_update_offer_cover", "cover")
        headers = {"X-Content-Type": ctype, "X-Wbd-OfferId": str(offer_id)}
        request = _binary("add_or_update_offer_cover", data, headers)

        def plan() -> Plan[None]:
            yield request

        return self._runner.run(plan())

    # --- content --------------------------------------------------------------------------------------
    def upload_content_cover(self, image: Blob, content_type: str | None = None) -> list[str]:
        """Upload a content cover (PNG or JPEG, at most 5 MB); returns the URIs of its renditions,
        for `meta={"thumbnail": uris, ...}` of upload_content."""
        data, ctype = _image(image, content_type, "upload_content_cover", "cover")
        request = _binary("upload_content_cover", data, {"X-Content-Type": ctype})

        def plan() -> Plan[list[str]]:
            response = yield request
            return list(_answer(response, "upload_content_cover").get("uris") or [])

        return self._runner.run(plan())

    def upload_gallery(self, files: Sequence[Blob]) -> list[str]:
        """Upload an offer's media files (up to 8: images PNG/JPEG ≤ 5 MB, videos MP4 ≤ 50 MB,
        ≤ 100 MB together; checked before sending); returns their URIs for `gallery`."""
        files_schema = schema_at(SPEC, "upload_media_file_for_an_offer", "files")
        item_schema = schema_at(SPEC, "upload_media_file_for_an_offer", "files.[]")
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
            response = yield Request(SPEC, "POST", GALLERY_PATH, {"files": upload})
            return list(_answer(response, "upload_media_file_for_an_offer").get("uris") or [])

        return self._runner.run(plan())

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
        check_body(SPEC, "initialize_new_content", init)
        _check_content_rules(catalog_id, ctype, meta)
        _check_sniffed(source, start, ctype)
        report = reporter(progress, title[:40])
        return self._runner.run(self._upload_plan(source, start, size, init, report))

    def _upload_plan(
        self, source: Source, start: int, size: int, init: dict[str, Any], report: Reporter
    ) -> Plan[ContentUpload]:
        try:
            with _opened(source) as f:
                response = yield Call(SPEC, "initialize_new_content", body=init)
                content_id, uuid = int(response.parsed.content_id), str(response.parsed.uuid)
                done, uri = 0, None
                for part in init["parts"]:
                    index, n = part["index"], part["size"]
                    data = _read_part(f, start + done, n, index)
                    answer = yield from _send_part(uuid, index, data, init["content_type"], content_id)
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

    def download_content(
        self,
        uri: str | ContentInfo | RawItem | dict[str, Any],
        dest: str | os.PathLike[str],
        *,
        size: int | None = None,
        progress: ProgressArg = None,
    ) -> Path:
        """Download content to `dest`, a file path or an existing folder (the file is then named
        from the URI); streamed to `<dest>.part` beside it, resumed with Range after a broken
        connection. Returns the file's Path.

        `uri`: the content information (`get_content`, `iter_content`), or a URI string from its
        `uri` / `files`. The file must be the size WB lists for the content (`files[].size`; given
        a URI string, wbseller reads it from your content list, or take `size=`): an answer that
        is longer or shorter (padding, another file, an error page) is refused, nothing saved.

        `dest`: its folder must exist; an existing regular file there is replaced, atomically,
        only once the download is complete and checked (until then it stays as it was); anything
        else there (a device such as /dev/full, a folder, a pipe, a symbolic link) is refused
        before anything is sent. A disk that fills up raises LocalWriteError (the partial file
        removed, `dest` untouched)."""
        raw_uri, listed = _content_ref(uri)
        clean = _content_uri(raw_uri)
        if size is not None:
            if isinstance(size, bool) or not isinstance(size, int) or size < 0:
                raise _fail("size", size, "must be a whole number of bytes, 0 or more", 0)
            listed = size
        target = _target(clean, dest)
        report = reporter(progress, target.name[:40])
        # the URI's slashes go as they are: the generated code would percent-encode them
        return self._runner.run(_download_plan(DOWNLOAD_PATH + clean, target, report, clean, listed))

    def get_content(self, content_id: int) -> ContentInfo:
        """One piece of content's information (status: 0 created, 1 uploaded, 2 published,
        3 error, 4 processing, 5 sent to server)."""
        call = Call(SPEC, "get_content_information", {"content_id": content_id})
        return cast("ContentInfo", self._run_call(call))

    def edit_content(
        self, content_id: int, *, title: str | None = None, description: str | None = None
    ) -> ContentInfo:
        """Change a content's title (≤ 500) or description (≤ 1000); returns the content."""
        body = {k: v for k, v in {"title": title, "description": description}.items() if v is not None}
        if not body:
            raise InvalidRequestError("edit_content: nothing to change", field="body")
        check_body(SPEC, "edit_content", body)
        call = Call(SPEC, "edit_content", {"content_id": content_id}, body=body)
        return cast("ContentInfo", self._run_call(call))

    def delete_content(self, content_id: int) -> None:
        """Delete a piece of content."""
        body = {"content_id": content_id}
        return self._run_call(Call(SPEC, "delete_content", body=body), parsed=False)

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
        op = "get_a_list_of_your_content"
        params = {
            "search": search,
            "category": category,
            "status": status,
            "sort": sort,
            "sort_dir": sort_dir,
        }
        check_params(SPEC, op, params)
        return _listing(self._runner, op, params, page_size_for(SPEC, op, page_size, param="take"))

    # --- activation keys ------------------------------------------------------------------------------
    def add_keys(self, offer_id: int, keys: Sequence[str]) -> None:
        """Add activation keys to an offer (section 3, 12 or 13), any number: sent in requests of
        WB's 1000; each key at most 200 characters (checked before sending)."""
        if isinstance(keys, str):
            raise _fail("keys", keys, "give a list of keys, not one string", "list")
        values = list(keys)
        _check_keys(values)
        return self._runner.run(_add_keys_plan(offer_id, values))

    def delete_keys(self, ids: Sequence[int]) -> KeysDeletion:
        """Delete activation keys by ID (split into requests of DELETE_KEYS_BATCH); returns a
        KeysDeletion with WB's status of each key (`deleted`, and `failed` with WB's reasons;
        `partial` when WB answered 207 multi-status: some keys were not deleted)."""
        values = [int(i) for i in ids]
        if not values:
            raise _fail("ids", values, "give at least one key ID", 1)

        def plan() -> Plan[KeysDeletion]:
            out = KeysDeletion()
            for batch in batches(values, DELETE_KEYS_BATCH):
                response = yield Call(SPEC, "delete_activation_keys", {"ids": batch})
                out.partial |= int(response.status_code) == 207
                # 200 and 207 carry the same body; attr(): the answer may be off-spec (a RawItem)
                out.statuses.extend(attr(response.parsed, "statuses") or [])
            return out

        return self._runner.run(plan())

    def count_keys(self, offer_id: int) -> OfferKeysCount:
        """An offer's key counts (total, available, reserved, deleted)."""
        call = Call(SPEC, "get_the_number_of_keys_for_offer", {"offer_id": offer_id})
        return cast("OfferKeysCount", self._run_call(call))

    def iter_keys(
        self,
        offer_id: int,
        *,
        deleted: bool = True,
        sold: bool = True,
        reserved: bool = True,
        expired: bool = True,
        page_size: int | None = None,
    ) -> Pages[OfferKey | RawItem]:
        """The keys uploaded for an offer (the flags include deleted/sold/reserved/expired ones),
        page by page: OfferKey {id, value, created_at, buyed_at, deleted_at} (the last two None
        until bought or deleted). WB grants this method through technical support."""
        op = "get_the_key_list"
        params: dict[str, Any] = {
            "offer_id": offer_id,
            "deleted": deleted,
            "sold": sold,
            "reserved": reserved,
            "expired": expired,
        }
        check_params(SPEC, op, params)
        return _listing(self._runner, op, params, page_size_for(SPEC, op, page_size, param="take"))

    def iter_redeemed_keys(
        self,
        *,
        offer_id: int | None = None,
        date_from: datetime | str | None = None,
        date_to: datetime | str | None = None,
        page_size: int | None = None,
    ) -> Pages[RedeemedKey | RawItem]:
        """Redeemed keys (of one offer, purchased in [date_from, date_to)), page by page:
        RedeemedKey {id, offer_id, offer_title, offer_price, value, created_at, buyed_at}. Dates:
        datetimes or RFC 3339 strings; naive ones are Moscow time."""
        op = "get_redeemed_keys"
        params = {
            "offer_id": offer_id,
            "date_from": _rfc3339(date_from, "date_from"),
            "date_to": _rfc3339(date_to, "date_to"),
        }
        check_params(SPEC, op, {"offer_id": offer_id})
        return _listing(self._runner, op, params, page_size_for(SPEC, op, page_size, param="take"))

    # --- helpers --------------------------------------------------------------------------------------
    @overload
    def _run_call(self, call: Call) -> Any: ...
    @overload
    def _run_call(self, call: Call, parsed: Literal[False]) -> None: ...
    def _run_call(self, call: Call, parsed: bool = True) -> Any:
        def plan() -> Plan[Any]:
            response = yield call
            return response.parsed if parsed else None

        return self._runner.run(plan())


def _int_id(value: Any, name: str) -> None:
    """An ID goes into the path: anything but an integer is the caller's mistake (TypeError)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name}: expected an integer ID, got {value!r}")


def _check_prices(field: str, price: Any, discount_price: Any) -> None:
    """The spec bounds neither: a price below 0 cannot be one, nor a discounted price above the
    price (0 or none: no discount)."""
    if isinstance(price, int) and price < 0:
        raise _fail(field, price, f"{price} is below the minimum 0", 0)
    if isinstance(price, int) and isinstance(discount_price, int) and discount_price > price:
        raise _fail("discount_price", discount_price, f"{discount_price} is above the price {price}", price)
    if isinstance(discount_price, int) and discount_price < 0:
        raise _fail("discount_price", discount_price, f"{discount_price} is below the minimum 0", 0)


def _check_keys(keys: list[str]) -> None:
    item = schema_at(SPEC, "add_activation_keys", "keys.[]")
    for i, key in enumerate(keys):
        if not isinstance(key, str):
            raise _fail(f"keys[{i}]", key, "is not a string", "string")
        if len(key) > item["maxLength"]:
            raise _fail(
                f"keys[{i}]",
                key,
                f"is {len(key)} characters long; at most {item['maxLength']} allowed",
                item["maxLength"],
            )


def _check_section_rules(
    section: int, keys: list[str], content: Sequence[Any] | None, meta: dict[str, Any] | None
) -> None:
    if section in KEY_SECTIONS:
        if not keys:
            raise _fail("keys", [], f"required for offers of section {section} (unique keys)", "required")
        if not str((meta or {}).get("key_instruction") or "").strip():
            raise _fail("meta.key_instruction", None, f"required for offers of section {section}", "required")
    if section in CONTENT_SECTIONS and not content:
        raise _fail("content", content, f"required for offers of section {section}", "required")


def _add_keys_plan(offer_id: int, keys: list[str]) -> Plan[None]:
    for batch in batches(keys, max_items(SPEC, "add_activation_keys", "keys")):
        yield Call(SPEC, "add_activation_keys", body={"keys": batch, "offer_id": offer_id})
