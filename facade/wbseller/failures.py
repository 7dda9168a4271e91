"""The errors a failed attempt becomes: WB's answer mapped to its WBError class, a 2xx whose
envelope says `"error": true`, a broken connection as TransportError or DeadlineError, a write not
sent again as RetryUnsafeError. None of them carries the token: messages are scrubbed, chained
httpx exceptions lose their tracebacks (whose frames hold the request's headers).
"""

from __future__ import annotations

import json
import logging
import re

import httpx

from . import attempt
from .errors import (
    DeadlineError,
    EnvelopeError,
    RateLimitError,
    RetryUnsafeError,
    ServerError,
    TransportError,
    WBError,
    error_class,
    parse_error_body,
)
from .retry import retry_after
from .token import Secret

log = logging.getLogger("wbseller")
# A request extension: the operation a facade call sends (the runner's); a `.raw`/`.http` request
# arrives without one and is matched by its route.
OPERATION = "wbseller.operation"
# A response extension of a facade call: its JSON, parsed once here (the envelope check) for the
# runner's builder.
JSON = "wbseller.json"
# what a body whose top-level "error" is true must contain (a key spelled with escapes aside)
_MAY_BE_ERROR = re.compile(rb'"error"\s*:\s*true|\\u')
# The `extra` of the "giving up" log record: the error it names is raised to the caller, who
# reports it (the command line shows it once, as the command's error, not also as this warning).
GAVE_UP = "wbseller_gave_up"
# WB documents its request id only inside error bodies (`requestId`); an answer that carries one
# as a header (as the emulator does) gives it to successes too.
REQUEST_ID_HEADERS = ("X-Request-Id", "X-Requestid")


def request_id(response: httpx.Response) -> str | None:
    """The answer's request id from its headers, if it has one."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def scrub(text: str, secrets: tuple[Secret | None, ...]) -> str:
    """A message with the token taken out (it cannot be in one, but an httpx or h11 message
    quoting a header must not be the way it leaks)."""
    for secret in secrets:
        if secret is not None and secret.get().strip():
            text = text.replace(secret.get().strip(), "<token>")
    return text


def detached(exc: BaseException) -> BaseException:
    """`exc` and the exceptions it chains without their tracebacks: their frames (httpcore's, h11's)
    hold the request's raw headers, token included, for whatever walks a traceback's locals.
    Their types and messages stay, which is what tells what went wrong."""
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        e.__traceback__ = None
        e = e.__cause__ or e.__context__
    return exc


def status_error(response: httpx.Response, name: str) -> WBError:
    """WB's error answer as its WBError class."""
    status = response.status_code
    fields = parse_error_body(response.content, response.headers.get("content-type", ""))
    fields.setdefault("request_id", request_id(response))
    return error_class(status)(
        status=status,
        operation=name,
        body=response.content,
        retry_after=retry_after(response.headers),
        **fields,
    )


def exception_error(
    exc: Exception, deadline: attempt.Deadline, name: str, secrets: tuple[Secret | None, ...]
) -> WBError:
    """What an attempt that ended with `exc` raises."""
    if isinstance(exc, WBError):  # DeadlineError, AnswerTooLargeError: ours already
        return exc
    error: WBError
    if isinstance(exc, httpx.TimeoutException) and deadline.passed():
        error = deadline.error(name)  # a wait cut short to end by the deadline
    else:
        error = TransportError(scrub(f"{name}: {type(exc).__name__}: {exc}", secrets), operation=name)
    error.__cause__ = detached(exc)
    return error


def unsafe(cause: WBError, name: str) -> RetryUnsafeError:
    said = str(cause)  # names the operation already, mostly: not twice
    said = said if said.startswith(name) else f"{name}: {said}"
    err = RetryUnsafeError(
        f"{said} — the write may or may not have reached WB, so it was not sent again",
        status=cause.status,
        title=cause.title,
        detail=cause.detail,
        request_id=cause.request_id,
        body=cause.body,
        operation=name,
    )
    err.__cause__ = cause
    return err


def envelope_error(response: httpx.Response, request: httpx.Request, name: str) -> WBError | None:
    """A 2xx whose JSON says `"error": true` (the content and prices envelopes; any API answering
    so instead of its documented body) failed: an error, never an empty result. A facade call's
    JSON is kept in the response's extensions (JSON) for the runner's builder: one parse."""
    if "json" not in attempt.header(response.headers, b"content-type"):
        return None
    try:
        if not response.content:
            return None
    except httpx.ResponseNotRead:  # a streamed body: its reader checks it
        return None
    content = response.content
    facade = OPERATION in request.extensions
    if not facade and not _MAY_BE_ERROR.search(content):
        return None  # no `"error": true` in it: a `.raw` call's parser parses it, once
    try:
        data = json.loads(content)
    except ValueError:
        return None
    if facade:
        response.extensions[JSON] = data
    if isinstance(data, dict) and data.get("error") is True:
        fields = parse_error_body(response.content, "application/json")
        fields.setdefault("request_id", request_id(response))
        return EnvelopeError(
            status=response.status_code,
            operation=name,
            body=response.content,
            **{"title": "error in the response envelope", **fields},
        )
    return None


def log_give_up(err: BaseException, name: str, attempts: int) -> None:
    """A retried call that failed for good says so once (a first failure is simply raised)."""
    if attempts > 1 and isinstance(err, RateLimitError | ServerError | TransportError | DeadlineError):
        said = str(err).removeprefix(name).lstrip(": ")  # the error names the call too: not twice
        log.warning("%s: giving up after %d attempt(s): %s", name, attempts, said, extra={GAVE_UP: True})
