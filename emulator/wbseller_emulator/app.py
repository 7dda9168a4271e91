"""The emulator's ASGI application: one pipeline every request passes through.

route (an operation WB removed, x-wb-removed: 404, as a path WB does not serve) -> record
-> (fault: reset before body) -> body -> (fault: reset after body)
-> token (401/403 as WB) -> rate limit (429 as WB) -> (fault: redirect) -> scripted faults
-> request validation (the 400 or 422 the spec declares; none where it declares neither)
-> stateful handler or spec example
-> 409 cost -> rate-limit headers -> (strict) response validation -> send
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import socket
import struct
import time
import traceback
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from ipaddress import ip_address
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from . import synth
from .arrival import ARRIVED
from .auth import Claims, TokenError, parse
from .errors import ApiError, Body, error_body, problem
from .faults import Fault, apply_patch
from .handlers import HANDLERS, Ctx, Reply
from .operations import Operation

if TYPE_CHECKING:
    from .server import Emulator

log = logging.getLogger("wbseller_emulator")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ADMIN = "/__emulator__/"
STRICT_MAX_BYTES = 8 * 1024 * 1024
# answered by WB's gateway for any operation, declared or not (api-information: 401, 402, 403, 413,
# 429, 5xx): a handler may raise them anywhere
GATEWAY_STATUSES = frozenset({401, 402, 403, 413, 429, 500, 502, 503, 504})
RECORDED_BODY_MAX = 64 * 1024  # what a RecordedRequest keeps of a body (tests read JSON bodies)
# the names a request may give in Host (and a browser's Origin) besides the address it reached:
# any other name is a web page's doing (DNS rebinding: evil.example resolving to 127.0.0.1)
LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _peer(scope: Scope) -> str | None:
    client = scope.get("client")
    return f"{client[0]}:{client[1]}" if client else None


@dataclass
class RecordedRequest:
    """What the emulator received (never the Authorization header)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body_size: int = 0
    operation: str | None = None
    seller: str | None = None
    status: int | None = None
    at: float = field(default_factory=time.monotonic)
    body: bytes = b""  # the first RECORDED_BODY_MAX bytes
    peer: str | None = None  # the client's "host:port": one per TCP connection it opened

    def json(self) -> Any:
        """The body as JSON (a body cut at RECORDED_BODY_MAX does not parse)."""
        return json.loads(self.body)


@dataclass
class Admitted:
    """A request let in: its operation, the token's claims, and the rate-limit headers."""

    op: Operation
    claims: Claims
    rl_headers: dict[str, str]


@dataclass
class Refusal:
    """A request turned away on its headers (401, 403, 429)."""

    status: int
    body: Body


class _Abort(Exception):
    """Drop the connection without an answer."""


class EmulatorApp:
    def __init__(self, emulator: Emulator) -> None:
        self.emu = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        try:
            await self._handle(scope, receive, send)
        except _Abort:
            _abort(receive)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        emu = self.emu
        method, path = scope["method"], scope["path"]
        raw_headers = [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in scope["headers"]]
        headers = dict(raw_headers)
        foreign = self._foreign(scope, headers)
        if foreign:
            # before anything is read or changed: a web page must not seed, reset or call it
            log.warning("emulator refused %s %s: %s", method, path, foreign)
            await _send_body(send, 403, _render(problem(403, "forbidden", foreign), "application/json"))
            return
        if path.startswith(ADMIN):
            body = await _read_body(receive)
            await self._admin(method, path[len(ADMIN) :], body, send)
            return
        ops, path_params = emu.operations.match(method, path)
        op_key = ops[0].key if ops else None
        # an operation WB removed (x-wb-removed): a path WB no longer serves, answered as any such
        removed = bool(ops) and all(o.meta.get("removed") for o in ops)
        rec = RecordedRequest(
            method,
            path,
            scope.get("query_string", b"").decode("latin-1"),
            {k: v for k, v in headers.items() if k != "authorization"},
            operation=op_key,
            peer=_peer(scope),
        )
        arrived = (scope.get("extensions") or {}).get(ARRIVED)
        if arrived is not None:
            rec.at = arrived
        emu.requests.append(rec)
        if emu.faults.pick(op_key, path, ("reset_before_body",)):
            raise _Abort
        # tokens and limits are checked on the headers, as a request arrives (as WB's edge
        # does): a long body upload must not shift when the request counts
        admitted = self._admit(ops, headers, rec) if ops and not removed else None
        body = await _read_body(receive)
        rec.body_size = len(body)
        rec.body = body[:RECORDED_BODY_MAX]
        after = emu.faults.pick(op_key, path, ("reset_after_body",))
        if after and not after.apply_handler:
            raise _Abort
        if not ops or removed:
            status = 405 if not removed and emu.operations.allowed_methods(path) else 404
            title = "method not allowed" if status == 405 else "path not found"
            detail = "Please consult the https://dev.wildberries.ru/openapi/api-information"
            rec.status = status
            await _send_body(
                send, status, Body(json.dumps(problem(status, title, detail)).encode(), "application/json")
            )
            return
        query = parse_qsl(rec.query, keep_blank_values=True)
        assert admitted is not None
        redirect = None if isinstance(admitted, Refusal) else emu.faults.pick(op_key, path, ("redirect",))
        if isinstance(admitted, Refusal):
            status, out = admitted.status, admitted.body
        elif redirect is not None:  # answered before any handling: nothing is carried out
            here = path + ("?" + rec.query if rec.query else "")
            status, out = (
                redirect.status,
                Body(b"", "", {**admitted.rl_headers, "location": redirect.location or here}),
            )
        else:
            status, out = await self._operation(
                admitted, headers, raw_headers, query, path_params, body, receive
            )
        if after:  # the handler ran (the write happened), then the connection drops
            raise _Abort
        rec.status = status
        pad = emu.faults.pick(op_key, path, ("padded_body",)) if 200 <= status < 300 else None
        if pad:
            out.padding = pad.extra
        if emu.faults.pick(op_key, path, ("truncated_body",)):
            await _send_body(send, status, out, cut=True)
            raise _Abort  # the whole length was announced, half of it sent
        slow = emu.faults.pick(op_key, path, ("drip", "oversize"))
        if slow is not None:
            await _send_faulty(send, receive, status, out, slow)
            return
        await _send_body(send, status, out)

    def _foreign(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """Why a request is not from this machine's own programs, or None. A Host naming another
        than the address the emulator is bound to or a local name is DNS rebinding; an Origin
        (which only browsers send) other than those, on the emulator's port, is a web page posting
        across sites (a text/plain POST needs no CORS preflight)."""
        server = scope.get("server") or (self.emu.host, self.emu.port)
        allowed = {*LOCAL_NAMES, str(server[0]), self.emu.host, *self.emu.allowed_hosts}
        port = server[1]
        host = headers.get("host")
        # any port: a relay in front (a test's TCP proxy) passes its own port on in Host
        if host is not None and not _local(host, allowed, None, any_ip=_wildcard(self.emu.host)):
            return f"Host {host!r} is not this emulator's address (allowed: {sorted(allowed)})"
        origin = headers.get("origin")
        if origin is not None:
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or not _local(
                parts.netloc, allowed, port, any_ip=_wildcard(self.emu.host)
            ):
                return f"Origin {origin!r} is not this emulator's address (allowed: {sorted(allowed)})"
        return None

    def _admit(
        self, ops: list[Operation], headers: dict[str, str], rec: RecordedRequest
    ) -> Admitted | Refusal:
        """Token (401/403) and rate limit (429) for a request whose headers just arrived."""
        try:
            claims, op = self._authorize(ops, headers)
        except ApiError as e:
            return Refusal(e.status, error_body(ops[0], e))
        # Several hosts have a /ping, and one emulator origin serves them all: such a request may
        # be any of them, so it takes from the one of their buckets with the most room (each keeps
        # its own limit, as on WB's hosts) instead of piling every host's /ping into one bucket:
        # a client that pings each host once meets each host's window once.
        token_type = claims.token_type
        alike = [op, *(o for o in ops if o is not op and any(claims.has(c) for c in o.categories))]
        if len(alike) > 1:
            room = {
                o.key: self.emu.limits.room(claims.account, o.bucket_for(token_type), token_type=token_type)
                for o in alike
            }
            alike.sort(key=lambda o: -room[o.key])
        verdicts = []
        for candidate in alike:
            verdicts.append(
                self.emu.limits.take(
                    claims.account, candidate.bucket_for(token_type), token_type=token_type, arrived=rec.at
                )
            )
            if verdicts[-1].allowed:
                op = candidate
                break
        verdict = verdicts[-1] if verdicts[-1].allowed else verdicts[0]
        rec.operation, rec.seller = op.key, claims.seller
        if not verdict.allowed:
            err = ApiError(
                429,
                "too many requests: limited by the bucket " + op.bucket_for(token_type),
                headers=verdict.headers,
            )
            return Refusal(429, error_body(op, err))
        return Admitted(op, claims, verdict.headers)

    async def _operation(
        self,
        admitted: Admitted,
        headers: dict[str, str],
        raw_headers: list[tuple[str, str]],
        query: list[tuple[str, str]],
        path_params: dict[str, str],
        body: bytes,
        receive: Receive,
    ) -> tuple[int, Body]:
        emu = self.emu
        op, claims, rl_headers = admitted.op, admitted.claims, admitted.rl_headers
        generation = emu.generation
        fault = None
        try:
            fault = emu.faults.pick(
                op.key, op.path, ("delay", "status", "429", "malformed_json", "envelope_error", "drift")
            )
            if fault and fault.kind == "delay":
                await _sleep_unless_gone(receive, fault.seconds)
                if generation != emu.generation:
                    raise _Abort  # the emulator was reset meanwhile: this request is history
                fault = emu.faults.pick(
                    op.key, op.path, ("status", "429", "malformed_json", "envelope_error", "drift")
                )
            if fault and fault.kind == "status":
                raise ApiError(fault.status, "emulated fault", headers=rl_headers)
            if fault and fault.kind == "429":
                if fault.retry_after is None:
                    return 429, error_body(op, ApiError(429, "too many requests (emulated, no headers)"))
                retry = {
                    "X-Ratelimit-Retry": _num(fault.retry_after),
                    "X-Ratelimit-Reset": _num(fault.retry_after),
                }
                raise ApiError(429, "too many requests (emulated storm)", headers={**rl_headers, **retry})
            if fault and fault.kind == "malformed_json":
                return 200, Body(b'{"data": [1, 2, {"broken', "application/json", rl_headers)
            if fault and fault.kind == "envelope_error":
                env = {"data": None, "error": True, "errorText": "emulated error", "additionalErrors": None}
                return 200, Body(json.dumps(env).encode(), "application/json", rl_headers)
            if emu.validate_requests and op.has_input and op.refusal_status is not None:
                # an operation for which WB declares no 400/422 does not refuse a request on its
                # contract: it takes it, and its handler reads what it can
                problem_text = emu.validator.request_problem(op, query, raw_headers, path_params, body)
                if problem_text:
                    raise ApiError(op.refusal_status, problem_text)
            status, out = self._respond(op, claims, query, path_params, headers, body)
            out.headers = {**rl_headers, **out.headers}
            if fault and fault.kind == "drift" and fault.patch and 200 <= status < 300 and out.content:
                with contextlib.suppress(ValueError):  # only a JSON answer drifts
                    drifted = apply_patch(json.loads(out.content), copy.deepcopy(fault.patch))
                    out.content = json.dumps(drifted).encode()
        except ApiError as e:
            e.headers = {**rl_headers, **e.headers}
            status, out = e.status, error_body(op, e)
            if emu.strict and fault is None and status not in GATEWAY_STATUSES and not op.declares(status):
                # a handler answering outside its spec: WB declares no such answer for this operation
                emu.response_errors.append(f"{op.key} {status}: not a status its spec declares ({e.detail})")
        if extra := op.cost(status) - 1:  # WB counts a 4xx as 10 on Marketplace, a 409 as 5
            token_type = claims.token_type
            emu.limits.charge(claims.account, op.bucket_for(token_type), extra, token_type=token_type)
        declared = op.response(status) is not None
        # strict mode checks answers up to STRICT_MAX_BYTES (arrays sampled: see validation.py)
        if emu.strict and fault is None and declared and len(out.content) <= STRICT_MAX_BYTES:
            problem_text = (
                emu.validator.response_problem(
                    op,
                    status,
                    list({"content-type": out.media_type, **out.headers}.items()),
                    out.content,
                    (query, raw_headers, path_params, body),
                )
                if (out.media_type or out.content) and out.file is None
                else None
            )
            if problem_text:
                emu.response_errors.append(f"{op.key} {status}: {problem_text}")
                log.error("emulator answer breaks the spec: %s %s: %s", op.key, status, problem_text)
                err = ApiError(500, f"emulator answer breaks the spec: {problem_text}")
                return 500, error_body(None, err)
        return status, out

    def _authorize(self, ops: list[Operation], headers: dict[str, str]) -> tuple[Claims, Operation]:
        raw = headers.get("authorization", "").strip()
        if not raw:
            raise ApiError(401, "empty Authorization header")
        bearer = raw[:7].lower() == "bearer "
        token = raw[7:].strip() if bearer else raw
        try:
            claims = parse(token, self.emu.secret)
        except TokenError as e:
            raise ApiError(401, str(e)) from None
        if claims.expired:
            raise ApiError(401, "token expired")
        op = next((o for o in ops if any(claims.has(c) for c in o.categories)), None)
        if op is None:
            raise ApiError(401, "token scope not allowed")
        if op.category == "wbd" and not bearer:
            raise ApiError(401, "WBD expects Authorization: Bearer <token>")
        if claims.read_only and op.write:
            raise ApiError(403, "read-only token scope not allowed")
        allowed = op.meta.get("token_types")
        if allowed is not None and claims.token_type not in allowed:
            raise ApiError(
                401, f"token type not allowed: {claims.token_type} (allowed: {', '.join(allowed)})"
            )
        return claims, op

    def _respond(
        self,
        op: Operation,
        claims: Claims,
        query: list[tuple[str, str]],
        path_params: dict[str, str],
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[int, Body]:
        emu = self.emu
        fn = HANDLERS.get(op.key)
        if fn is None:
            status, value, media_type = synth.success(op)
            return status, _render(value, media_type) if media_type else Body(b"", "")
        q: dict[str, list[str]] = {}
        for k, v in query:
            q.setdefault(k, []).append(v)
        with emu.state.lock:
            ctx = Ctx(op, emu.state.seller(claims.seller), q, path_params, headers, body)
            try:
                result = fn(ctx)
            except ApiError:
                raise
            except Exception as e:
                emu.handler_errors.append(f"{op.key}: {traceback.format_exc()}")
                log.exception("emulator handler %s failed", op.key)
                raise ApiError(500, f"emulator handler failed: {e!r}") from e
        if isinstance(result, Reply):
            if result.no_body:
                return result.status, Body(b"", "", result.headers)
            if result.file is not None:
                size = result.file.stat().st_size
                length = size - result.offset if result.length is None else result.length
                return result.status, Body(
                    b"",
                    result.media_type or "application/octet-stream",
                    result.headers,
                    file=result.file,
                    offset=result.offset,
                    length=length,
                )
            if result.content is not None:
                return result.status, Body(
                    result.content, result.media_type or "application/octet-stream", result.headers
                )
            out = _render(result.json, result.media_type or "application/json")
            out.headers.update(result.headers)
            return result.status, out
        status = op.success_statuses[0] if op.success_statuses else 200
        if result is None and status == 204:
            return status, Body(b"", "")
        return status, _render(result, "application/json")

    async def _admin(self, method: str, name: str, body: bytes, send: Send) -> None:
        emu = self.emu
        if name == "health":
            out: Any = {"status": "ok"}
        elif name == "token" and method == "POST":
            args = json.loads(body or b"{}")
            out = {"token": emu.make_token(**args)}
        elif name == "reset" and method == "POST":
            emu.reset()
            out = {"status": "reset"}
        elif name == "seed" and method == "POST":
            out = {"seeded": emu.seed(**json.loads(body or b"{}"))}
        elif name == "limits" and method == "GET":  # what `wbseller --emulator-limits` paces by
            out = {
                k: {t: list(v) for t, v in per_type.items()}
                for k, per_type in emu.client_rate_limits().items()
            }
        elif name == "requests" and method == "GET":
            # the body as text (JSON): bytes do not serialize
            out = [{**vars(r), "body": r.body.decode("utf-8", "replace")} for r in emu.requests]
        elif name == "faults" and method == "POST":
            fault = emu.faults.add(**json.loads(body or b"{}"))
            out = {"kind": fault.kind, "route": fault.route}
        elif name == "foreign-load" and method == "POST":
            emu.limits.add_foreign_load(**json.loads(body or b"{}"))
            out = {"status": "ok"}
        else:
            await _send_body(
                send, 404, _render({"error": f"no admin endpoint {method} {name}"}, "application/json")
            )
            return
        await _send_body(send, 200, _render(out, "application/json"))


def _wildcard(host: str) -> bool:
    """Bound to every interface (0.0.0.0, ::): the machine's own IP addresses reach it too."""
    return host in ("0.0.0.0", "::", "")


def _local(netloc: str, allowed: set[str], port: int | None, *, any_ip: bool) -> bool:
    """`host[:port]` names an allowed host (an IP literal too, when bound to every interface) and,
    when it gives a port, this emulator's."""
    parts = urlsplit(f"//{netloc}")
    try:
        name, given = parts.hostname, parts.port
    except ValueError:  # a port that is no number
        return False
    if name is None or (given is not None and port is not None and given != port):
        return False
    if name in allowed:
        return True
    if not any_ip:
        return False
    try:
        ip_address(name)
    except ValueError:
        return False  # a name: only the local ones
    return True


def _render(value: Any, media_type: str) -> Body:
    if media_type.startswith("text/"):
        return Body(str(value if value is not None else "").encode(), media_type + "; charset=utf-8")
    if media_type == "application/octet-stream" or isinstance(value, bytes):
        # a file (a ZIP, a PDF, an image: whatever binary type the spec declares)
        return Body(value if isinstance(value, bytes) else b"", media_type)
    return Body(json.dumps(value, ensure_ascii=False).encode(), "application/json")


def _num(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


async def _sleep_unless_gone(receive: Receive, seconds: float) -> None:
    """Sleep, but stop (and drop the request) if the client disconnects meanwhile: an abandoned
    request must not go on to change state or use up faults scripted for later ones."""
    try:
        msg = await asyncio.wait_for(receive(), timeout=seconds)
    except TimeoutError:
        return
    if msg.get("type") == "http.disconnect":
        raise _Abort


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect":
            raise _Abort
        chunks.append(msg.get("body", b""))
        if not msg.get("more_body"):
            return b"".join(chunks)


STREAM_CHUNK = 1 << 20


def _request_id(headers: list[tuple[bytes, bytes]], content: bytes) -> None:
    """Every answer names its request as WB's do (X-Request-Id); an error body's `requestId`, when
    it has one, is the same id."""
    if any(k == b"x-request-id" for k, _ in headers):
        return
    rid = ""
    if b'"requestId"' in content[:4096]:
        with contextlib.suppress(ValueError, AttributeError):
            rid = str(json.loads(content).get("requestId") or "")
    headers.append((b"x-request-id", (rid or uuid.uuid4().hex).encode("latin-1")))


async def _send_body(send: Send, status: int, out: Body, cut: bool = False) -> None:
    """Send an answer; `cut`: only its first half (the caller then drops the connection)."""
    headers = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in out.headers.items()]
    if out.media_type:
        headers.append((b"content-type", out.media_type.encode()))
    length = out.length if out.file is not None else len(out.content)
    headers.append((b"content-length", str(length + out.padding).encode()))
    _request_id(headers, out.content)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    padded = bool(out.padding) and not cut
    if out.file is None:
        body = out.content[: len(out.content) // 2] if cut else out.content
        await send({"type": "http.response.body", "body": body, "more_body": cut or padded})
    else:
        with open(out.file, "rb") as f:  # one chunk in memory at a time
            f.seek(out.offset)
            left = out.length // 2 if cut else out.length
            while True:
                chunk = f.read(min(STREAM_CHUNK, left))
                left -= len(chunk)
                more = left > 0 and bool(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": more or cut or padded})
                if not more:
                    break
    left = out.padding if padded else 0
    while left > 0:  # a chunk at a time, and stop as soon as the client hangs up
        n = min(STREAM_CHUNK, left)
        left -= n
        await send({"type": "http.response.body", "body": bytes(n), "more_body": left > 0})


def _chunks(out: Body, size: int) -> Any:
    """An answer's body in pieces of `size` bytes (a file read as it goes)."""
    if out.file is None:
        for i in range(0, len(out.content), size):
            yield out.content[i : i + size]
        return
    with open(out.file, "rb") as f:
        f.seek(out.offset)
        left = out.length
        while left > 0 and (chunk := f.read(min(size, left))):
            left -= len(chunk)
            yield chunk


def _gone(receive: Receive) -> bool:
    """Whether the client has left (uvicorn then drops what is sent without a word)."""
    return bool(getattr(getattr(receive, "__self__", None), "disconnected", False))


async def _send_faulty(send: Send, receive: Receive, status: int, out: Body, fault: Fault) -> None:
    """drip: the answer as it is, `chunk` bytes every `seconds`; oversize: a 200 of `size` bytes of
    JSON without a length (chunked), as fast as the client takes it. Both stop when the client leaves;
    `fault.sent` counts the bytes that went out."""
    if fault.kind == "oversize":
        pad = max(0, fault.size - 12)
        pieces: Any = iter(
            [
                b'{"pad": "',
                *([b"x" * STREAM_CHUNK] * (pad // STREAM_CHUNK)),
                b"x" * (pad % STREAM_CHUNK),
                b'"}',
            ]
        )
        headers = [(b"content-type", b"application/json")]
        status = 200
    else:
        pieces = _chunks(out, fault.chunk)
        headers = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in out.headers.items()]
        if out.media_type:
            headers.append((b"content-type", out.media_type.encode()))
        length = out.length if out.file is not None else len(out.content)
        headers.append((b"content-length", str(length).encode()))
        _request_id(headers, out.content)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    for piece in pieces:
        if _gone(receive):
            raise _Abort
        await send({"type": "http.response.body", "body": piece, "more_body": True})
        fault.sent += len(piece)
        if fault.kind == "drip":
            await _sleep_unless_gone(receive, fault.seconds)
    await send({"type": "http.response.body", "body": b"", "more_body": False})


def _abort(receive: Receive) -> None:
    """Reset the TCP connection (RST, not a polite close), as a crashed WB front would."""
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("cannot reach the connection to reset it")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
