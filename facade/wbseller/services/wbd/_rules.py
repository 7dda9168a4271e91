"""WBD's shared rules: WB's limits the spec states only in prose, our own bounds, the checks of
files and sizes, the re-sending of a part, and what every topic's operations share (plain binary
requests, listings, the one-call plan)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ... import timestamps
from ...errors import EnvelopeError, InvalidRequestError, MalformedResponseError
from ...files import sniff
from ...operations import Operation
from ...pagination import Pages, PageState, skip_take_pages
from ...plans import Plan, Request, call, resend
from ...retry import Retry
from .._common import as_int, attr
from .._common import page_size as _page_size

if TYPE_CHECKING:
    from ...config import Config
    from ...plans import SyncRunner

SPEC = "wbd"
MB = 1024 * 1024  # WB's "MB" of its limits: 1024-based (said as MiB in messages)

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
# A part is tried this many times in all under the default retry policy (the first send and its
# max_retries=3 re-sends of that part alone); the client's retry decision (Client(max_retries=,
# retry_backoff=, retry=)) decides, as for the transport's own retries.
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

Source = str | os.PathLike[str] | IO[bytes]
Blob = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]


def part_resend(error: BaseException, attempt: int, request: Request) -> Plan[bool]:
    """Whether to send a content part again after `attempt` tries of `request` failed with
    `error` (the plan has waited the backoff when True). Only an answer WB gave that says the part
    was not taken is re-sent (the route is idempotent per part index), and only while the client's
    retry decision (the transport's: plans.resend) says so; what the transport already retried
    (5xx, timeouts, 429) or refused (4xx) is final."""
    if not isinstance(error, PART_RESEND):
        return False
    decision = yield from resend(request.spec, attempt, request, error)
    return isinstance(decision, Retry)


def _fail(field: str, value: Any, message: str, limit: Any) -> InvalidRequestError:
    return InvalidRequestError(f"{field}: {message}", field=field, value=value, limit=limit)


def _too_big(field: str, size: int, limit: int) -> InvalidRequestError:
    return _fail(field, size, f"{size} bytes; at most {limit} bytes ({limit / MB:g} MiB) allowed", limit)


def _int_id(value: Any, name: str) -> None:
    """An ID goes into the path: anything but an integer is the caller's mistake (TypeError)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name}: expected an integer ID, got {value!r}")


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


def _image(blob: Blob, content_type: str | None, op: Operation[Any, Any], field: str) -> tuple[bytes, str]:
    """A cover's bytes and X-Content-Type, checked against the body's x-wb-max-bytes / x-wb-formats
    and the header's enum."""
    body = op.body_schema()
    data, _ = _read_blob(blob, int(body["x-wb-max-bytes"]), field)
    formats = list(body["x-wb-formats"])
    fmt = sniff(data)
    if fmt is None or fmt not in formats:
        raise _fail(field, fmt or "unknown", f"the file is not one of {formats}", formats)
    allowed = op.param("X-Content-Type")["enum"]
    if content_type is not None and content_type not in allowed:
        raise _fail("content_type", content_type, f"is not one of {allowed}", allowed)
    if content_type is not None and content_type != FORMAT_TYPES[fmt]:
        raise _fail(
            "content_type", content_type, f"does not match the file, which is {fmt}", FORMAT_TYPES[fmt]
        )
    return data, FORMAT_TYPES[fmt]


# --- requests ---------------------------------------------------------------------------------------
def _binary(op: Operation[Any, Any], data: bytes, headers: dict[str, str]) -> Request:
    """An application/octet-stream upload as a plain request (through the same transport): the
    generated functions want a file object for these bodies; the bytes are all we need."""
    headers = {**headers, "Content-Type": "application/octet-stream"}
    return Request(op.spec, op.method.upper(), op.path, {"content": data, "headers": headers})


def _answer(response: httpx.Response, op: Operation[Any, Any]) -> dict[str, Any]:
    """The JSON object of a plain request's answer; anything else is a MalformedResponseError."""
    try:
        answer = response.json()
    except ValueError as e:
        raise MalformedResponseError(
            f"{op.operation_id}: the answer is not JSON ({e})",
            status=response.status_code,
            body=response.content,
        ) from e
    if not isinstance(answer, dict):
        raise MalformedResponseError(
            f"{op.operation_id}: the answer is not a JSON object", body=response.content
        )
    return answer


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


Listing = Operation[None, Any]  # a list WB pages by skip/take (offers, content, keys)


def _listing_plan(
    op: Listing, params: dict[str, Any], take: int, state: PageState | None = None
) -> Plan[None]:
    given = {k: v for k, v in params.items() if v is not None}
    return skip_take_pages(
        lambda skip, n: call(op, **given, skip=skip, take=n),
        lambda r: attr(r.parsed, "items") or [],  # attr(): the page may be a RawItem (off-spec)
        lambda r: as_int(attr(r.parsed, "total")),
        take,
        state or PageState(),
    )


def _listing(runner: Any, op: Listing, params: dict[str, Any], page_size: int | None) -> Pages[Any]:
    """A listing's pages; the page size WB's `take` allows unless given (and checked)."""
    take = _page_size(op, page_size, param="take")
    return Pages(runner, lambda state: _listing_plan(op, params, take, state))


class WbdBase:
    """What the topics' operations share: the runner (one-call plans: _common.answer, sent), the
    client's settings."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    _config: Config
