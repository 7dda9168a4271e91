"""WBD downloads: a content file streamed to disk, resumed with Range after a break, checked
against the size WB lists for it (an error page or another file is never saved), then moved
into place atomically."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import httpx

from wbseller_raw.wbd import ops

from ...drift import RawItem
from ...errors import (
    EnvelopeError,
    LocalWriteError,
    MalformedResponseError,
    RetryUnsafeError,
    ServerError,
    TransportError,
    WBError,
    parse_error_body,
)
from ...files import destination_problem, open_new_file
from ...plans import Download, Plan, each
from ...progress import ProgressArg, Reporter, reporter
from .._common import as_int, attr
from .._common import page_size as _page_size
from ._rules import DOWNLOAD_ATTEMPTS, WbdBase, _fail, _listing_plan

if TYPE_CHECKING:
    from wbseller_raw.wbd.models import ContentInfo

log = logging.getLogger("wbseller")

DOWNLOAD_PATH = ops.DOWNLOAD_CONTENT.path.partition("{")[0]  # /api/v1/content/download/ + the URI
# What breaks a download mid-way: errors while the body streams come straight from httpx.
DOWNLOAD_FAILURES = (httpx.TransportError, TransportError, ServerError, RetryUnsafeError)
# The media types of error pages: an answer in one of these is not the file, whatever its length.
NOT_A_FILE = ("json", "html", "xml")
ERROR_BODY_MAX = 64 * 1024


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

    op = ops.GET_A_LIST_OF_YOUR_CONTENT
    yield from each(_listing_plan(op, {}, _page_size(op, None, param="take")), match)
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
                # `wrote` is the file's position (kept here: f.tell() is a syscall per chunk)
                nonlocal wrote
                end = wrote + len(chunk)
                if listed is not None and end > listed:
                    # more than the content is: padding, another file, an error page; stop now
                    raise MalformedResponseError(
                        f"download {url}: WB sent more than the {listed} bytes its content list "
                        "gives for this content; nothing saved",
                        operation=f"GET {url}",
                    )
                f.write(chunk)
                wrote = end
                report(wrote, total)

            failures = 0
            while True:
                start = wrote = f.tell()
                headers = {"Range": f"bytes={start}-"} if start else {}
                try:
                    response = yield Download(ops.DOWNLOAD_CONTENT.spec, url, headers, sink)
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


class DownloadOps(WbdBase):
    """Content files to disk."""

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
