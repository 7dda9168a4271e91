"""wbseller's exceptions. Each WB error carries status, title, detail, request_id, origin, the raw
body and the operation as "METHOD path" — never the token (it is not in URLs, and headers are
never copied into errors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# re-exported: the parsing of WB's error bodies lives in error_body.py
from .error_body import parse_error_body as parse_error_body
from .error_body import unrepeated as unrepeated


class WBError(Exception):
    """Base of every wbseller error. `outcome`: on an error that stopped a write of many items
    over several requests, where its items stand (see WriteOutcome); None otherwise."""

    outcome: WriteOutcome | None = None

    def __init__(
        self,
        message: str = "",
        *,
        status: int | None = None,
        title: str | None = None,
        detail: str | None = None,
        request_id: str | None = None,
        origin: str | None = None,
        code: str | None = None,
        body: bytes | str | None = None,
        operation: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.title = title
        self.detail = detail
        self.request_id = request_id
        self.origin = origin
        self.code = code
        self.body = body
        self.operation = operation
        self.retry_after = retry_after
        super().__init__(message or self._message())

    def _message(self) -> str:
        parts = [p for p in (self.operation, str(self.status) if self.status else None) if p]
        text = ": ".join(unrepeated([self.title, self.detail]))
        head = " ".join(parts)
        tail = f" (request {self.request_id})" if self.request_id else ""
        return f"{head}: {text}{tail}" if head and text else (head or text or type(self).__name__) + tail


class AuthError(WBError):
    """401: missing, invalid or expired token, or a token of another category."""


class ForbiddenError(WBError):
    """403: the token may not do this (read-only token, blocked access)."""


class NotFoundError(WBError):
    """404."""


class ConflictError(WBError):
    """409: the request contradicts the current state (in Marketplace it costs 5 requests)."""


class BadRequestError(WBError):
    """400 or 422: WB refused the request's data."""


class PayloadTooLargeError(BadRequestError):
    """413: the request body is too large."""


class EnvelopeError(BadRequestError):
    """WB answered a 2xx with "error": true (the content and prices envelopes, or any API answering
    so instead of its documented body): the request failed."""


class RateLimitError(WBError):
    """429, still, after the retries."""


class ServerError(WBError):
    """5xx from WB."""


class MalformedResponseError(WBError):
    """WB answered with a success whose body does not match the spec (not JSON, wrong shape)."""


class TemporarilyDisabledWarning(UserWarning):
    """The operation called is one WB marks temporarily disabled (x-wb-temporarily-disabled in the
    specs): it is sent, but may fail until WB turns it on again. Once per process and operation;
    `operation` is "<spec>.<operationId>", `since` the date WB stated it (YYYY-MM-DD)."""

    def __init__(self, message: str, *, operation: str = "", since: str = "") -> None:
        super().__init__(message)
        self.operation = operation
        self.since = since


class SchemaDriftWarning(UserWarning):
    """A success answer did not match the spec: handed on as WB sent it (see wbseller.drift),
    reported once per operation and shape. `operation` ("content.product_cards_list"), `path`
    (normalised: "cards[].sizes[].chrtID"), `at` (first met: "cards[3].sizes[0].chrtID"),
    `expected`, `got`."""

    def __init__(
        self,
        message: str,
        *,
        operation: str = "",
        path: str = "",
        at: str = "",
        expected: str = "",
        got: str = "",
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.path = path
        self.at = at
        self.expected = expected
        self.got = got


class TransportError(WBError):
    """Could not talk to WB: connection refused or reset, timeout."""


class RedirectError(WBError):
    """WB answered a redirect (3xx) that wbseller does not follow. A read follows one only to one of
    the client's own hosts (the category's WB production or sandbox host, or the base URL you
    chose), keeping its method, at most 5 times; any other redirect of a read is this error. A
    write is never followed: a 301/302/307/308 answers that the request has to be sent elsewhere
    to be carried out (RFC 9110, 15.4), so WB did not apply the write, and wbseller did not send
    it on (`applied` is False). (A 303 or another 3xx on a write may answer a write WB carried
    out: that one is a RetryUnsafeError whose cause is this error, `applied` None.)
    `location` is where the answer pointed (None if it named no place)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        location: str | None = None,
        applied: bool | None = False,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, status=status, operation=operation)
        self.location = location
        self.applied = applied


class DeadlineError(WBError, TimeoutError):
    """An attempt took longer than its overall deadline (`Client(deadline=...)`): the answer kept
    coming too slowly to end in time (httpx's own timeouts only bound each wait between two
    bytes). Retried like a timeout for a read; a write that met it is a RetryUnsafeError whose
    cause is this error. A streamed download is not resumed after it."""


class AnswerTooLargeError(WBError):
    """An answer was larger than the client accepts for this operation
    (`Client(max_answer_bytes=...)`); reading stopped at the limit, nothing of it was parsed.
    `limit` is the limit in bytes. The request itself was carried out as WB's `status` says."""

    def __init__(
        self, message: str, *, status: int | None = None, limit: int = 0, operation: str | None = None
    ):
        super().__init__(message, status=status, operation=operation)
        self.limit = limit


class TLSConfigError(WBError):
    """TLS could not be set up from the environment (e.g. SSL_CERT_FILE names no CA bundle):
    nothing was sent. Verification is never turned off instead."""


class RetryUnsafeError(WBError):
    """A write failed in a way that leaves it unknown whether WB applied it (timeout, reset, 5xx):
    it was not sent again. Check the state (e.g. the upload list) before repeating it."""


class TokenScopeError(WBError):
    """The token lacks the category this operation needs, or is read-only and this is a write."""


class TokenTypeError(TokenScopeError):
    """WB lets only some token types call this operation (e.g. Personal and Service tokens), and
    the client's token is of another type: refused before sending. `token_type` is the client's
    type, `allowed` the types that may call it."""

    def __init__(
        self, message: str = "", *, token_type: str = "", allowed: tuple[str, ...] = (), **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.token_type = token_type
        self.allowed = allowed


class TokenExpiredError(WBError):
    """The token's exp claim has passed."""


class InvalidRequestError(WBError, ValueError):
    """Client-side check failed before anything was sent; names the field, value and limit."""

    def __init__(
        self, message: str, *, field: str | None = None, value: Any = None, limit: Any = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.value = value
        self.limit = limit


class OperationRemovedError(WBError):
    """A facade method whose only WB operation WB removed, with nothing to replace it: raised
    before anything is sent. `.operation` is "METHOD path", `.key` "<spec>.<operationId>",
    `.removed` the day WB had removed it by (YYYY-MM-DD), `.instead` what to use."""

    def __init__(self, message: str, *, key: str, operation: str, removed: str, instead: str) -> None:
        super().__init__(message, operation=operation)
        self.key = key
        self.removed = removed
        self.instead = instead


class SandboxUnavailableError(WBError):
    """The sandbox was asked for, but WB runs no sandbox for this category or operation."""


class PaginationError(WBError):
    """A list's cursor did not advance: stopping instead of looping for ever."""


class WaitTimeoutError(WBError, TimeoutError):
    """An asynchronous write was not finished when the wait's timeout ran out. The handle can
    wait again (or be rebuilt from its IDs by another process)."""


class UploadError(WBError):
    """An asynchronous upload, or a batch write (WBD keys deletion), finished with errors for some
    items: `.failed` maps each to WB's reason (raised by the results' `raise_for_errors()`)."""

    def __init__(self, message: str, *, failed: dict[Any, Any] | None = None) -> None:
        super().__init__(message)
        self.failed = failed or {}


STATUS_ERRORS: dict[int, type[WBError]] = {
    400: BadRequestError,
    401: AuthError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class(status: int) -> type[WBError]:
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    if status >= 500:
        return ServerError
    return WBError  # 498 and other statuses IANA never listed


class LocalWriteError(WBError):
    """A file could not be written on this machine (a full disk, a quota, an I/O error); WB's
    answer was fine. `path`: the file meant; `kept`: what is left of the work, in words; `errno`:
    the operating system's error number (the OSError is the `__cause__`)."""

    def __init__(self, message: str, *, path: str = "", kept: str = "", errno: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.kept = kept
        self.errno = errno


@dataclass
class WriteOutcome:
    """Where the items of a write that stopped stand, as WB's own state shows them right after:
    `applied` (WB shows them set, or took their request), `not_applied` (WB shows them not set, or
    they were never sent), `unknown` (WB's state cannot tell yet: an upload WB processes later).
    For price and promotion uploads `uploads` are the uploadIDs WB acknowledged."""

    applied: list[Any] = field(default_factory=list)
    not_applied: list[Any] = field(default_factory=list)
    unknown: list[Any] = field(default_factory=list)
    uploads: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        parts = [f"{len(self.applied)} applied", f"{len(self.not_applied)} not applied"]
        parts.append(f"{len(self.unknown)} unknown")
        return ", ".join(parts)


class UnknownOutcomeError(RetryUnsafeError):
    """A write stopped on a request whose outcome was unknown (a reset, a timeout, an answer cut
    off, a 5xx). wbseller read back what WB's state shows (`outcome`: applied, not applied,
    unknown) and did not send anything again. `resume()` goes on: it sends again only what WB
    shows as not applied, or what WB itself recognises when repeated (an identical price or
    promotion upload is answered "already exists" with its ID), then the requests never sent, and
    returns what the original call returns (awaitable on an AsyncClient)."""

    def __init__(
        self, message: str, *, outcome: WriteOutcome, resume: Callable[..., Any] | None = None
    ) -> None:
        super().__init__(message)
        self.outcome = outcome
        self._resume = resume

    def resume(self, **options: Any) -> Any:
        if self._resume is None:
            raise WBError("nothing to resume: every item's outcome is known")
        return self._resume(**options)


class ReportFailedError(WBError):
    """A report task WB will not finish (purged, canceled, FAILED after the retries): create the
    report again. `.task_id` names it, `.task_status` is WB's status."""

    def __init__(self, message: str, *, task_id: str, status: str) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.task_status = status
