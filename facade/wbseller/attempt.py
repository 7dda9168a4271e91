"""What bounds one attempt besides httpx's own timeouts: where a redirect may lead, the attempt's
overall deadline, and how large an answer may be. Decisions and small stream wrappers, used by
transport.Call and its drivers (kept apart from the Call so each policy reads on its own).

- Redirects: a 3xx is never a success. A read follows it to one of the client's own origins only,
  with its method unchanged; a write never (see errors.RedirectError).
- Deadline: httpx's read timeout restarts with every chunk, so a server trickling its answer keeps
  a call alive for ever. Each attempt gets a total deadline; a streamed body (a download) may take
  the deadline plus one second per STREAM_FLOOR bytes it brought.
- Size: a JSON answer is read into memory whole; past the operation's limit reading stops.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

import httpx

from .errors import AnswerTooLargeError, DeadlineError, RedirectError, WBError
from .operations import all_operations, hosts

MAX_REDIRECTS = 5
# statuses that name a place to send the request to (300 and 305 name none wbseller could use)
FOLLOWED = frozenset({301, 302, 303, 307, 308})
# a write answered with one of these was not carried out where it was sent (RFC 9110, 15.4)
NOT_APPLIED = frozenset({301, 302, 307, 308})
DEFAULT_ANSWER_LIMIT = 64 * 1024 * 1024  # generous: a page of 100 cards is a few MB
STREAM_FLOOR = 64 * 1024  # bytes per second a download must average beyond its deadline
DEADLINE_FACTOR = 2.0  # the default deadline: this many read timeouts for the whole attempt

Origin = tuple[str, str, int]
_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL) -> Origin:
    ref = getattr(url, "_uri_reference", None)  # httpx's parsed parts: each URL property decodes
    if ref is None:
        return _origin(url)
    key = (ref.scheme, ref.host, ref.port)
    found = _seen.get(key)
    if found is None:
        found = _origin(url)
        if len(_seen) < 256:  # a handful of hosts in practice
            _seen[key] = found
    return found


_seen: dict[tuple[str, str, int | None], Origin] = {}


def _origin(url: httpx.URL) -> Origin:
    return url.scheme, url.host.lower(), url.port or _PORTS.get(url.scheme, 0)


def wb_origins(spec: str, chosen: str | None) -> frozenset[Origin]:
    """Where this category's requests (and the token) may go: the base URL the user chose, else
    WB's production and sandbox hosts of the category and its operations' own hosts."""
    if chosen is not None:
        return frozenset({origin(httpx.URL(chosen))})
    h = hosts(spec)
    urls = [h.get("production"), h.get("sandbox")]
    urls += [op.server for op in all_operations().values() if op.spec == spec and op.server]
    return frozenset(origin(httpx.URL(u)) for u in urls if u)


def _show(location: str) -> str:
    return location if len(location) <= 200 else location[:200] + "…"


def follow(
    request: httpx.Request,
    response: httpx.Response,
    *,
    origins: frozenset[Origin],
    write: bool,
    name: str,
    hops: int,
) -> httpx.Request | RedirectError:
    """The request to send for a 3xx answer, or the error it is."""
    status = response.status_code
    location = response.headers.get("location")
    where = f" to {_show(location)}" if location else ""
    if write:
        applied: bool | None = False if status in NOT_APPLIED else None
        what = (
            "the write was not applied (a redirect answers that it has to be sent elsewhere) "
            "and was not sent on"
            if applied is False
            else "it may answer a write WB carried out"
        )
        return RedirectError(
            f"{name}: WB answered {status}{where}: {what}",
            status=status,
            location=location,
            applied=applied,
            operation=name,
        )

    def refuse(why: str) -> RedirectError:
        return RedirectError(
            f"{name}: WB answered {status}{where}: not followed ({why})",
            status=status,
            location=location,
            operation=name,
        )

    if status not in FOLLOWED or not location:
        return refuse("it names no place to go" if not location else "wbseller follows 301/302/303/307/308")
    if hops >= MAX_REDIRECTS:
        return refuse(f"more than {MAX_REDIRECTS} redirects")
    try:
        url = request.url.join(location)
    except httpx.InvalidURL:
        return refuse("not a URL")
    if origin(url) not in origins:
        shown = ", ".join(f"{s}://{h}:{p}" for s, h, p in sorted(origins))
        return refuse(f"not one of this client's hosts: {shown}")
    if request.method not in ("GET", "HEAD") and status not in (307, 308):
        return refuse(f"a {status} would turn the {request.method} into a GET")
    headers = httpx.Headers(request.headers)
    headers.pop("Host", None)  # httpx sets the new one
    headers.pop("Authorization", None)  # the transport adds it for an origin of its own
    return httpx.Request(
        request.method, url, headers=headers, content=request.content, extensions=dict(request.extensions)
    )


class Deadline:
    """The overall deadline of one attempt (None: none)."""

    def __init__(self, seconds: float | None, streamed: bool = False) -> None:
        self.seconds = seconds
        self.streamed = streamed
        self.at = float("inf") if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def timeouts(self, base: Mapping[str, Any]) -> Mapping[str, Any]:
        """httpx's per-wait timeouts, none longer than what is left (every wait ends by then)."""
        left = max(self.remaining(), 0.001)
        if left == float("inf"):
            return dict(base)
        if left >= _longest(base):  # the common case: no wait is cut short, base is the answer
            return base
        return {k: left if v is None else min(v, left) for k, v in base.items()}

    def got(self, size: int) -> None:
        """A chunk of a streamed body arrived: it buys its time at STREAM_FLOOR."""
        if self.streamed:
            self.at += size / STREAM_FLOOR

    def error(self, name: str) -> DeadlineError:
        return DeadlineError(
            f"{name}: no complete answer within the deadline of {self.seconds:g} s per attempt "
            "(the server kept sending too slowly); see Client(deadline=...)",
            operation=name,
        )


def _longest(base: Mapping[str, Any]) -> float:
    """The longest of httpx's waits (infinite if one has no timeout)."""
    longest = 0.0
    for v in base.values():
        if v is None:
            return float("inf")
        longest = max(longest, v)
    return longest


class Guarded(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's body that stops with DeadlineError once its attempt's deadline passed."""

    def __init__(self, stream: Any, deadline: Deadline, name: str) -> None:
        self.stream, self.deadline, self.name = stream, deadline, name

    def _check(self, chunk: bytes) -> None:
        self.deadline.got(len(chunk))
        if self.deadline.passed():
            raise self.deadline.error(self.name)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.stream:
            self._check(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            self._check(chunk)
            yield chunk

    def close(self) -> None:
        self.stream.close()

    async def aclose(self) -> None:
        await self.stream.aclose()


def header(headers: httpx.Headers, name: bytes, default: str = "") -> str:
    """headers.get() for a lower-case ASCII name, in one pass over httpx's list: Headers.get
    normalises the name and the encoding on every lookup, several µs an answer at this rate.
    Values are read as Latin-1 (the names looked up this way hold ASCII: lengths, media types)."""
    items: list[tuple[bytes, bytes, bytes]] | None = getattr(headers, "_list", None)
    if items is None:  # an httpx without the list: its own lookup
        return str(headers.get(name.decode(), default))
    values = [v for _, k, v in items if k == name]
    if not values:
        return default
    return b", ".join(values).decode("latin-1")


def drop_header(headers: httpx.Headers, name: bytes, added: object = None) -> None:
    """headers.pop(name) for a lower-case ASCII name, every value of it, in one pass (pop()
    looks the name up twice and works out the headers' encoding on the way). `added`: the entry
    set_header put last, the only one of the name then: taken off without a pass when still last."""
    items = getattr(headers, "_list", None)
    if items is None:
        headers.pop(name.decode(), None)
    elif added is not None and items and items[-1] is added:
        items.pop()
    else:
        items[:] = [item for item in items if item[1] != name]


def set_header(headers: httpx.Headers, name: bytes, value: str) -> object:
    """headers[name] = value for an ASCII name, in one pass: any value of it replaced by this one
    (Headers.__setitem__ works out the encoding and lower-cases every name on each call). Returns
    the entry added, for `drop_header`'s fast path."""
    items = getattr(headers, "_list", None)
    if items is None:
        headers[name.decode()] = value
        return None
    lower = name.lower()
    items[:] = [item for item in items if item[1] != lower]
    entry = (name, lower, value.encode(getattr(headers, "_encoding", None) or "utf-8"))
    items.append(entry)
    return entry


def answer_limit(limits: Mapping[str, int], op_key: str | None) -> int:
    if op_key is not None and op_key in limits:
        return limits[op_key]
    return limits.get("*", DEFAULT_ANSWER_LIMIT)


def announced(headers: httpx.Headers) -> int | None:
    """The decoded size the answer announces: its Content-Length when the body is not encoded
    (None: not announced, or compressed), both headers found in one pass over httpx's list."""
    items: list[tuple[bytes, bytes, bytes]] | None = getattr(headers, "_list", None)
    if items is None:
        return _announced(header(headers, b"content-length"), header(headers, b"content-encoding"))
    length, encoding = b"", b""
    for _, k, v in items:
        if k == b"content-length":
            length = v if not length else length + b", " + v
        elif k == b"content-encoding":
            encoding = v if not encoding else encoding + b", " + v
    return _announced(length.decode("latin-1"), encoding.decode("latin-1"))


def _announced(length: str, encoding: str) -> int | None:
    if encoding not in ("", "identity") or not length.isdigit():
        return None
    return int(length)


def too_large(response: httpx.Response, limit: int, name: str, size: int | None = None) -> WBError | None:
    """The error for an answer over `limit` bytes: by its Content-Length before reading (an encoded
    body is checked as it is decoded), or by what was read so far (`size`)."""
    if size is None:
        length = announced(response.headers)
        if length is None or length <= limit:
            return None
        seen = f"it announced {length:,}"
    elif size <= limit:
        return None
    else:
        seen = f"{size:,} read"
    return AnswerTooLargeError(
        f"{name}: WB answered {response.status_code} with more than {limit:,} bytes ({seen}); "
        "not read further, see Client(max_answer_bytes=...)",
        status=response.status_code,
        limit=limit,
        operation=name,
    )


def _keep(response: httpx.Response, chunks: Iterable[bytes]) -> None:
    # What Response.read() does (httpx keeps a read body there); read here chunk by chunk so that
    # the decoded size is counted as it grows (a compressed answer is small on the wire).
    response._content = b"".join(chunks)


def read(response: httpx.Response, limit: int, name: str) -> None:
    """response.read(), stopping with AnswerTooLargeError past `limit` decoded bytes."""
    try:
        error = too_large(response, limit, name)
        if error is not None:
            raise error
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit and (error := too_large(response, limit, name, size)) is not None:
                raise error
            chunks.append(chunk)
        _keep(response, chunks)
    except BaseException:
        response.close()
        raise


async def aread(response: httpx.Response, limit: int, name: str) -> None:
    try:
        error = too_large(response, limit, name)
        if error is not None:
            raise error
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit and (error := too_large(response, limit, name, size)) is not None:
                raise error
            chunks.append(chunk)
        _keep(response, chunks)
    except BaseException:
        await response.aclose()
        raise


_SPENT = httpx.ByteStream(b"")


def spent(response: httpx.Response) -> httpx.Response:
    """A read answer without the spent stream httpx wrapped around it: that wrapper holds the
    answer (a reference cycle), so each page's body would stay until the next cyclic collection
    (a cards walk kept ~10 pages alive that way); without it the body goes with the answer."""
    response.stream = _SPENT
    return response
