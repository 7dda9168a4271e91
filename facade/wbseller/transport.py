"""The one place every HTTP request passes: token checks, rate limiting, retries, error mapping
and logging, for the generated clients and the hand-written services alike.

`Call` holds the decisions for one call and does no I/O (sans-IO); `WBTransport` and
`AsyncWBTransport` are the thin sync and async drivers around httpx's own transports.
Per call (once): operation lookup, token scope/expiry, sandbox availability, deprecation.
Per attempt: limiter wait, the Authorization header, send, feedback, classify the outcome.
"""

from __future__ import annotations

import json
import logging
import random
import re
import sys
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from . import attempt
from .errors import (
    AnswerTooLargeError,
    DeadlineError,
    EnvelopeError,
    InvalidRequestError,
    RateLimitError,
    RetryUnsafeError,
    SandboxUnavailableError,
    ServerError,
    TemporarilyDisabledWarning,
    TokenExpiredError,
    TokenScopeError,
    TokenTypeError,
    TransportError,
    WBError,
    error_class,
    parse_error_body,
)
from .limits import Bucket, InProcessLimiter, Limiter, Rate, gcra
from .operations import Operation, match, rate
from .token import Secret, TokenInfo

log = logging.getLogger("wbseller")
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# httpx errors after which the request surely never reached WB
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
_deprecation_warned: set[str] = set()
_disabled_warned: set[str] = set()  # operations WB marks temporarily disabled, warned about once
# Paces the moment requests really go on the wire (see Call.wire_wait); local to the process.
_WIRE = InProcessLimiter()
# The buckets WB counts per host, whatever the token (/ping: 3 per 30 s): one per process, shared
# by every client, whatever limiter each was given (a shared one, as Redis, is used instead).
_HOSTS = InProcessLimiter()
# rate_limits overrides: per bucket, one Rate for every token type or one per type
RateOverrides = dict[str, Rate | dict[str, Rate]]
SEND_EVENT = "send_request_headers.started"
# A bucket faster than this no process can run empty (one httpx request alone costs more CPU):
# the send-time hooks, which httpcore calls a dozen times per request, have nothing to pace there
# (limits turned off with a huge rate).
UNBINDING_INTERVAL = 1e-6
# A request extension: the caller streams the answer's body itself (a download), so the transport
# leaves a 2xx body unread; every other body is read inside the retry loop.
STREAM = "wbseller.stream"
# A request extension: the operation a facade call sends (the runner's); a `.raw`/`.http` request
# arrives without one and is matched by its route.
OPERATION = "wbseller.operation"
# A response extension of a facade call: its JSON, parsed once here (the envelope check) for the
# runner's builder.
JSON = "wbseller.json"
# what a body whose top-level "error" is true must contain (a key spelled with escapes aside)
_MAY_BE_ERROR = re.compile(rb'"error"\s*:\s*true|\\u')
# A request extension: a connection that could not be made is the answer, not retried (a ping
# asks whether the host is reachable: retrying a refused connection only delays saying it is not).
CONNECT_FINAL = "wbseller.connect_final"
# The `extra` of the "giving up" log record: the error it names is raised to the caller, who
# reports it (the command line shows it once, as the command's error, not also as this warning).
GAVE_UP = "wbseller_gave_up"


@dataclass
class Policy:
    """What a client decided once: who it is, how it retries, where its limits live."""

    token: Secret | None
    token_info: TokenInfo | None
    auth_prefix: str  # "" for seller APIs, "Bearer " for WBD
    limiter: Limiter
    rates: RateOverrides = field(default_factory=dict)  # bucket overrides
    token_type: str = "personal"  # which of WB's rows apply (x-wb-ratelimit by-token-type)
    token_type_known: bool = False  # from the client's option or the token (else: assumed Personal)
    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    sandbox: bool = False
    user_agent: str = "wbseller"
    check_scopes: bool = True
    clock: Callable[[], float] = time.time  # wall clock: a token's expiry is a Unix time
    deadline: float | None = None  # seconds per attempt, all of it (see attempt.Deadline)
    answer_limits: dict[str, int] = field(default_factory=dict)  # operation key or "*" -> bytes
    # what is decided once per operation, not per call: its bucket, and that the token may call it
    _buckets: dict[tuple[str, str], Bucket] = field(default_factory=dict, repr=False, compare=False)
    account: str = field(default="", init=False)  # whose budget the buckets are (see __post_init__)
    _cleared: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        info = self.token_info
        checked = info is not None and info.is_jwt and self.check_scopes
        exp = info.expires_at if checked and info is not None else None
        self.expires_ts = exp.timestamp() if exp is not None else None  # once, not per call
        self.auth = None if self.token is None else Secret(self.auth_prefix + self.token.get())
        # Whose budget the buckets are: the seller account's (Personal), the service's (a Service
        # token: WB gives all tokens of one service one budget), else the account's per token type
        account = info.account if info else "anonymous"
        if self.token_type == "service" and info is not None and info.service_id:
            account = f"service:{info.service_id}"
        elif self.token_type != "personal":
            account = f"{account}/{self.token_type}"
        self.account = account

    def bucket(self, op: Operation[Any, Any], host: str = "") -> Bucket:
        """The operation's bucket for this client's token type; a bucket WB counts per host
        (scope host: /ping) is that host's, whatever the account."""
        b = self._buckets.get((op.key, host))
        if b is None:
            name = op.bucket_for(self.token_type)
            override = self.rates.get(name)
            if isinstance(override, dict):
                override = override.get(self.token_type)
            account = f"host:{host}" if op.scope == "host" else self.account
            row = override or rate(op, self.token_type)
            b = self._buckets[(op.key, host)] = Bucket(account, name, row)
        return b

    def limiter_for(self, op: Operation[Any, Any]) -> Limiter:
        """A bucket WB counts per host is the process's (or the shared limiter's), not the client's."""
        if op.scope == "host" and not getattr(self.limiter, "shared", True):
            return _HOSTS
        return self.limiter

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter, capped."""
        return random.uniform(0, min(self.backoff_cap, self.backoff_base * 2**attempt))


@dataclass
class Decision:
    action: Literal["return", "retry", "raise"]
    wait: float = 0.0
    error: BaseException | None = None


class Call:
    """One call of one operation, all its attempts. Decides; never sleeps or sends."""

    def __init__(
        self,
        policy: Policy,
        spec: str,
        base_path: str,
        request: httpx.Request,
        server_override: str | None,
        origins: frozenset[attempt.Origin] = frozenset(),
    ) -> None:
        self.policy = policy
        self.request = request
        self.origins = origins  # where the token may go (empty: anywhere; see attempt.wb_origins)
        self.redirects = 0
        self.base_timeouts: dict[str, Any] = dict(request.extensions.get("timeout", {}))
        self.deadline = attempt.Deadline(None)
        path = request.url.path
        if base_path and path.startswith(base_path):
            path = path[len(base_path) :] or "/"
        self.op: Operation[Any, Any] | None = request.extensions.get(OPERATION) or match(
            spec, request.method, path
        )
        self.name = f"{request.method} {path}"
        self.attempt = 0
        self.started = time.monotonic()
        self.sent_at = 0.0
        self.waited = 0.0
        self.slot = 0.0  # when the current attempt's reservation falls due (time.monotonic)
        if self.op is not None and self.op.server and server_override is None:
            # an operation served by another host than its spec's (e.g. /general/health)
            target = httpx.URL(self.op.server)
            request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        self.bucket: Bucket | None = None
        self.limiter = policy.limiter
        if self.op is not None:
            host = request.url.netloc.decode("ascii") if self.op.scope == "host" else ""
            self.bucket = policy.bucket(self.op, host)
            self.limiter = policy.limiter_for(self.op)
        self.traced = self.bucket is not None and self.bucket.rate.interval >= UNBINDING_INTERVAL
        self.answer_limit = attempt.answer_limit(policy.answer_limits, self.op.key if self.op else None)

    # --- once per call ---------------------------------------------------------------------
    def check(self) -> None:
        op, policy = self.op, self.policy
        self._check_origin()
        if op is None:
            return
        if op.key in policy._cleared:  # the checks below passed for this operation before
            self._check_expiry()
            return
        self._check_operation(op)
        self._check_expiry()
        policy._cleared.add(op.key)

    def _check_origin(self) -> None:
        """The token goes to this client's own hosts only: an absolute URL elsewhere is refused."""
        if self.origins and attempt.origin(self.request.url) not in self.origins:
            url = self.request.url.copy_with(query=None, fragment=None)
            raise InvalidRequestError(
                f"{self.name}: {url} is not one of this client's hosts; wbseller sends its token "
                "only to WB's hosts of the category or the base URL you chose",
                field="url",
                value=str(url),
                limit="this client's hosts",
            )

    def _check_expiry(self) -> None:
        expires = self.policy.expires_ts
        if expires is not None and self.policy.clock() >= expires:
            info = self.policy.token_info
            assert info is not None and info.expires_at is not None
            raise TokenExpiredError(
                f"{self.name}: the token expired at {info.expires_at:%Y-%m-%d %H:%M} UTC", operation=self.name
            )

    def _check_operation(self, op: Operation[Any, Any]) -> None:
        """What depends on the operation and the token only: checked once per operation."""
        info = self.policy.token_info
        if self.policy.sandbox and not op.sandbox:
            raise SandboxUnavailableError(
                f"{self.name}: WB runs no sandbox for this operation", operation=self.name
            )
        if op.deprecated and op.key not in _deprecation_warned:
            _deprecation_warned.add(op.key)
            gone = (
                f"; WB removed it (gone by {op.removed.date}: it answers 404), use "
                f"{', '.join(op.removed.successors) or 'nothing: it has no successor'}"
                if op.removed
                else ""
            )
            warnings.warn(
                f"{op.key} ({self.name}) is deprecated by WB{gone}",
                DeprecationWarning,
                stacklevel=_caller_stacklevel(),
            )
        if op.temporarily_disabled and op.key not in _disabled_warned:
            _disabled_warned.add(op.key)
            since = op.temporarily_disabled.since
            warnings.warn(
                TemporarilyDisabledWarning(
                    f"{op.key} ({self.name}) is temporarily disabled by WB (since {since}): it is sent, "
                    "but may fail until WB turns it on again",
                    operation=op.key,
                    since=since,
                ),
                stacklevel=_caller_stacklevel(),
            )
        if self.policy.token is None:
            raise TokenScopeError(
                f"{self.name}: no token for the {op.category} category (pass it to the client or set "
                f"{'WBD_API_TOKEN' if op.category == 'wbd' else 'WB_API_TOKEN'})",
                operation=self.name,
            )
        if self.policy.check_scopes:
            self._check_token_type(op)
        if info is None or not info.is_jwt or not self.policy.check_scopes:
            return
        if not any(info.allows(c) for c in op.categories):
            raise TokenScopeError(
                f"{self.name}: needs a token with the {' or '.join(op.categories)} category; "
                f"this token has {', '.join(sorted(info.categories)) or 'none'}",
                operation=self.name,
            )
        if info.read_only and op.write:
            raise TokenScopeError(f"{self.name}: a read-only token cannot call a write", operation=self.name)

    def _check_token_type(self, op: Operation[Any, Any]) -> None:
        """WB lets only some token types call some operations (x-wb-token-types). A token whose
        type is not known (assumed Personal) goes: WB decides."""
        policy = self.policy
        if not policy.token_type_known or op.allows(policy.token_type):
            return
        allowed = op.token_types or ()
        raise TokenTypeError(
            f"{self.name} ({op.key}): WB lets only {' and '.join(allowed)} tokens call it; this client's "
            f"token is {policy.token_type} (token_type= sets it when the token's claims do not say)",
            operation=self.name,
            token_type=policy.token_type,
            allowed=allowed,
        )

    # --- once per attempt --------------------------------------------------------------------
    def acquire(self) -> float:
        self.attempt += 1
        return self.reserve()

    async def aacquire(self) -> float:
        self.attempt += 1
        return await self.areserve()

    def reserve(self) -> float:
        """A slot in the bucket: how long to wait for it."""
        if self.bucket is None:
            return 0.0
        return self._waited(self.limiter.acquire(self.bucket, 1))

    async def areserve(self) -> float:
        """reserve() for the async driver: a limiter with `aacquire` (a network backend) is awaited."""
        aacquire = getattr(self.limiter, "aacquire", None)
        if self.bucket is None or aacquire is None:
            return self.reserve()
        return self._waited(await aacquire(self.bucket, 1))

    def _waited(self, wait: float) -> float:
        self.waited += wait
        self.slot = time.monotonic() + wait
        if wait > 0 and self.bucket is not None:
            log.debug("%s: waiting %.3f s for bucket %s", self.name, wait, self.bucket.name)
        return wait

    def _extra_cost(self, status: int) -> int:
        """Requests WB counts beyond the request itself: a 4xx costs x-wb-4xx-cost (Marketplace
        warehouses and stocks: 10), else a 409 x-wb-ratelimit-409-cost (5). Spent from the bucket,
        so the next calls wait for those slots."""
        return self.op.cost(status) - 1 if self.op is not None else 0

    def _age(self) -> float:
        """How far back to date the answer's headers: to the middle of the round trip (WB
        computed them somewhere in it; the middle keeps half of it as a margin)."""
        return max(0.0, (time.monotonic() - self.sent_at) / 2) if self.sent_at else 0.0

    def feedback(self, response: httpx.Response) -> None:
        if self.bucket is None:
            return
        self.limiter.feedback(self.bucket, response.status_code, response.headers, self._age())
        if extra := self._extra_cost(response.status_code):
            self.limiter.acquire(self.bucket, extra)

    async def afeedback(self, response: httpx.Response) -> None:
        limiter = self.limiter
        if self.bucket is None or not hasattr(limiter, "afeedback"):
            return self.feedback(response)
        await limiter.afeedback(self.bucket, response.status_code, response.headers, self._age())
        if extra := self._extra_cost(response.status_code):
            aacquire = getattr(limiter, "aacquire", None)
            if aacquire is not None:
                await aacquire(self.bucket, extra)
            else:
                limiter.acquire(self.bucket, extra)

    def sent(self) -> None:
        """The headers are about to be written: the moment the round trip starts (and the attempt's
        deadline: waiting for a slot before it is pacing, not the server's slowness)."""
        self.sent_at = time.monotonic()
        self.deadline = attempt.Deadline(self.deadline.seconds, self.deadline.streamed)

    def wire_wait(self) -> float:
        """How long to hold a request that is about to be written to the socket (0: it goes now).

        `acquire` schedules requests; but a request can leave later than scheduled (a new
        connection, a busy event loop) while the next leaves on time, or many together after
        a stall, and WB counts what arrives, not what was scheduled. So the moment the headers
        are written passes a second, local pacing too, which books a slot only for a request
        that goes at once: it schedules what really happens. It rarely waits."""
        if self.bucket is None:
            return 0.0
        return _WIRE.try_acquire(self.bucket, 1)

    def missed_slot(self) -> bool:
        """Whether this request leaves too late for the slot it reserved in a shared limiter.

        The local pacing cannot see other processes: a request held up past what the requests
        kept in hand absorb lands in slots another process reserved, and WB sees two in one.
        Such a request gives its slot up and takes a new one (the drivers `reserve` again): a
        slot lost, never a 429."""
        limiter = self.limiter
        if self.bucket is None or not getattr(limiter, "shared", True):
            return False
        late = time.monotonic() - self.slot
        if late <= gcra.lateness_allowed(self.bucket.rate, getattr(limiter, "headroom", 1)):
            return False
        log.debug(
            "%s: %.3f s past its slot in bucket %s, taking a new one", self.name, late, self.bucket.name
        )
        return True

    def prepare(self, trace: object) -> httpx.Request:
        req = self.request
        if self.policy.auth is not None:
            req.headers["Authorization"] = self.policy.auth.get()
        self.deadline = attempt.Deadline(self.policy.deadline, streamed=bool(req.extensions.get(STREAM)))
        req.extensions["timeout"] = self.deadline.timeouts(self.base_timeouts)
        if self.traced:
            req.extensions["trace"] = trace  # httpcore calls it per event (the request's own dict)
        return req

    @property
    def idempotent(self) -> bool:
        if self.op is not None:
            return self.op.idempotent
        return self.request.method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")

    @property
    def retries_left(self) -> bool:
        return self.attempt <= self.policy.max_retries

    @staticmethod
    def forget_token(request: httpx.Request) -> None:
        """Take the token off a request once its attempt is over: the request object lives on in
        httpx's errors (`exc.request`), responses and pickles, which must not carry it."""
        request.headers.pop("Authorization", None)

    def guard(self, response: httpx.Response) -> None:
        """The answer's body ends with DeadlineError once the attempt's deadline passed."""
        if self.deadline.seconds is not None:
            response.stream = attempt.Guarded(response.stream, self.deadline, self.name)

    def read(self, response: httpx.Response) -> None:
        attempt.read(response, self.answer_limit, self.name)

    async def aread(self, response: httpx.Response) -> None:
        await attempt.aread(response, self.answer_limit, self.name)

    def needs_body(self, response: httpx.Response) -> bool:
        """Read the body before deciding, inside the retry loop: a body cut off mid-way is then a
        break like any other (a read retried, a write RetryUnsafeError), never a raw httpx error
        after the loop. Only a streamed success (a download) is left to its reader."""
        return response.status_code >= 400 or not self.request.extensions.get(STREAM)

    def on_response(self, response: httpx.Response) -> Decision:
        status = response.status_code
        self._log(status)
        if 300 <= status < 400:
            return self._redirected(response)
        if status < 400:
            envelope = self._envelope_error(response)
            return Decision("raise", error=envelope) if envelope else Decision("return")
        error = self._error(response)
        if status == 429:
            if self.retries_left:
                wait = _retry_after(response.headers)
                wait = self.policy.backoff(self.attempt) if wait is None else wait
                log.info("%s: 429 from WB, retrying in %.2f s (attempt %d)", self.name, wait, self.attempt)
                return Decision("retry", wait=wait)
            return Decision("raise", error=error)
        if status in RETRY_STATUSES and self.retries_left:
            if self.idempotent:
                wait = self.policy.backoff(self.attempt)
                log.info(
                    "%s: %d from WB, retrying in %.2f s (attempt %d)", self.name, status, wait, self.attempt
                )
                return Decision("retry", wait=wait)
            return Decision("raise", error=self._unsafe(error))
        return Decision("raise", error=error)

    def _redirected(self, response: httpx.Response) -> Decision:
        write = (
            self.op.write if self.op is not None else self.request.method not in ("GET", "HEAD", "OPTIONS")
        )
        target = attempt.follow(
            self.request, response, origins=self.origins, write=write, name=self.name, hops=self.redirects
        )
        if isinstance(target, httpx.Request):
            log.info("%s: %d from WB, following it to %s", self.name, response.status_code, target.url)
            self.request, self.redirects = target, self.redirects + 1
            self.attempt -= 1  # the next one is this attempt sent on, not a retry
            return Decision("retry")
        if target.applied is None:  # a write WB may have carried out
            return Decision("raise", error=self._unsafe(target))
        return Decision("raise", error=target)

    def on_exception(self, exc: Exception) -> Decision:
        self._log(None, exc)
        if isinstance(exc, AnswerTooLargeError):  # the answer is what it is: asking again changes nothing
            return Decision("raise", error=exc)
        error: WBError
        if isinstance(exc, DeadlineError):
            error = exc
        elif isinstance(exc, httpx.TimeoutException) and self.deadline.passed():
            error = self.deadline.error(self.name)  # a wait cut short to end by the deadline
            error.__cause__ = _detached(exc)
        else:
            error = TransportError(
                self._scrub(f"{self.name}: {type(exc).__name__}: {exc}"), operation=self.name
            )
            error.__cause__ = _detached(exc)
        final = isinstance(exc, NOT_SENT) and self.request.extensions.get(CONNECT_FINAL)
        if final or not self.retries_left:
            return Decision("raise", error=error)
        if isinstance(exc, NOT_SENT) or self.idempotent:
            wait = self.policy.backoff(self.attempt)
            log.info(
                "%s: %s, retrying in %.2f s (attempt %d)", self.name, type(exc).__name__, wait, self.attempt
            )
            return Decision("retry", wait=wait)
        return Decision("raise", error=self._unsafe(error))

    # --- helpers ---------------------------------------------------------------------------
    def _scrub(self, text: str) -> str:
        """A message with the token taken out (it cannot be in one, but an httpx or h11 message
        quoting a header must not be the way it leaks)."""
        for secret in (self.policy.auth, self.policy.token):
            if secret is not None and secret.get().strip():
                text = text.replace(secret.get().strip(), "<token>")
        return text

    def _unsafe(self, cause: WBError) -> RetryUnsafeError:
        said = str(cause)  # names the operation already, mostly: not twice
        said = said if said.startswith(self.name) else f"{self.name}: {said}"
        err = RetryUnsafeError(
            f"{said} — the write may or may not have reached WB, so it was not sent again",
            status=cause.status,
            title=cause.title,
            detail=cause.detail,
            request_id=cause.request_id,
            body=cause.body,
            operation=self.name,
        )
        err.__cause__ = cause
        return err

    def _error(self, response: httpx.Response) -> WBError:
        status = response.status_code
        fields = parse_error_body(response.content, response.headers.get("content-type", ""))
        cls = error_class(status)
        return cls(
            status=status,
            operation=self.name,
            body=response.content,
            retry_after=_retry_after(response.headers),
            **fields,
        )

    def _envelope_error(self, response: httpx.Response) -> WBError | None:
        """A 2xx whose JSON says `"error": true` (the content and prices envelopes; any API answering
        so instead of its documented body) failed: an error, never an empty result."""
        if "json" not in response.headers.get("content-type", ""):
            return None
        try:
            if not response.content:
                return None
        except httpx.ResponseNotRead:  # a streamed body: its reader checks it
            return None
        content = response.content
        if OPERATION not in self.request.extensions and not _MAY_BE_ERROR.search(content):
            return None  # no `"error": true` in it: a `.raw` call's parser parses it, once
        try:
            data = json.loads(content)
        except ValueError:
            return None
        if OPERATION in self.request.extensions:
            response.extensions[JSON] = data  # the runner's builder takes it: one parse per answer
        if isinstance(data, dict) and data.get("error") is True:
            fields = parse_error_body(response.content, "application/json")
            return EnvelopeError(
                status=response.status_code,
                operation=self.name,
                body=response.content,
                **{"title": "error in the response envelope", **fields},
            )
        return None

    def _log(self, status: int | None, exc: BaseException | None = None) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - self.started) * 1000
            outcome = status if exc is None else type(exc).__name__
            log.debug(
                "%s -> %s in %.1f ms (attempt %d, limiter waits %.3f s)",
                self.name,
                outcome,
                elapsed,
                self.attempt,
                self.waited,
            )

    def give_up(self, decision: Decision) -> BaseException:
        err = decision.error
        assert err is not None
        retried = self.attempt > 1  # a first failure is simply raised
        if retried and isinstance(err, RateLimitError | ServerError | TransportError | DeadlineError):
            # the error names the call too: not twice
            said = str(err).removeprefix(self.name).lstrip(": ")
            log.warning(
                "%s: giving up after %d attempt(s): %s", self.name, self.attempt, said, extra={GAVE_UP: True}
            )
        return err


_LIBRARY_PACKAGES = ("wbseller", "wbseller_raw", "httpx", "httpcore", "asyncio", "anyio")


def _caller_stacklevel() -> int:
    """The stacklevel of the user's line that led here (the first frame outside the libraries),
    so the warning shows where the user called, and Python's default filters (which show a
    DeprecationWarning for __main__ code) let it through."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.split(".")[0] not in _LIBRARY_PACKAGES:
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return 1


def _detached(exc: BaseException) -> BaseException:
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


def _retry_after(headers: Mapping[str, str]) -> float | None:
    for name in ("X-Ratelimit-Retry", "X-Ratelimit-Reset", "Retry-After"):
        value = headers.get(name)
        if value is not None:
            try:
                return max(0.0, float(value))
            except ValueError:
                continue
    return None


class WBTransport(httpx.BaseTransport):
    """Sync driver."""

    def __init__(
        self,
        policy: Policy,
        spec: str,
        inner: httpx.BaseTransport,
        base_path: str = "",
        server_override: str | None = None,
    ) -> None:
        self.policy, self.spec, self.inner = policy, spec, inner
        self.base_path, self.server_override = base_path.rstrip("/"), server_override
        self.origins = attempt.wb_origins(spec, server_override)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = Call(self.policy, self.spec, self.base_path, request, self.server_override, self.origins)
        call.check()
        request.read()  # a body must be replayable for a retry

        def trace(event: str, info: object) -> None:
            if event.endswith(SEND_EVENT):
                if call.missed_slot():
                    time.sleep(call.reserve())
                while (wait := call.wire_wait()) > 0:
                    time.sleep(wait)
                call.sent()

        while True:
            wait = call.acquire()
            if wait > 0:
                time.sleep(wait)
            sent = call.prepare(trace)
            try:
                response = self.inner.handle_request(sent)
                call.guard(response)
                if call.needs_body(response):
                    call.read(response)
            except (httpx.HTTPError, DeadlineError, AnswerTooLargeError) as exc:
                decision = call.on_exception(exc)
            else:
                call.feedback(response)
                decision = call.on_response(response)
                if decision.action != "return":
                    response.close()
            finally:
                call.forget_token(sent)
            if decision.action == "return":
                return response
            if decision.action == "raise":
                raise call.give_up(decision)
            time.sleep(decision.wait)

    def close(self) -> None:
        self.inner.close()


class AsyncWBTransport(httpx.AsyncBaseTransport):
    """Async driver: the same Call, awaited."""

    def __init__(
        self,
        policy: Policy,
        spec: str,
        inner: httpx.AsyncBaseTransport,
        base_path: str = "",
        server_override: str | None = None,
    ) -> None:
        self.policy, self.spec, self.inner = policy, spec, inner
        self.base_path, self.server_override = base_path.rstrip("/"), server_override
        self.origins = attempt.wb_origins(spec, server_override)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # here, not at the top: sync users never pay for importing asyncio

        call = Call(self.policy, self.spec, self.base_path, request, self.server_override, self.origins)
        call.check()
        await request.aread()

        async def trace(event: str, info: object) -> None:
            if event.endswith(SEND_EVENT):
                if call.missed_slot():
                    await asyncio.sleep(await call.areserve())
                while (wait := call.wire_wait()) > 0:
                    await asyncio.sleep(wait)
                call.sent()

        while True:
            wait = await call.aacquire()
            if wait > 0:
                await asyncio.sleep(wait)
            sent = call.prepare(trace)
            try:
                response = await self.inner.handle_async_request(sent)
                call.guard(response)
                if call.needs_body(response):
                    await call.aread(response)
            except (httpx.HTTPError, DeadlineError, AnswerTooLargeError) as exc:
                decision = call.on_exception(exc)
            else:
                await call.afeedback(response)
                decision = call.on_response(response)
                if decision.action != "return":
                    await response.aclose()
            finally:
                call.forget_token(sent)
            if decision.action == "return":
                return response
            if decision.action == "raise":
                raise call.give_up(decision)
            await asyncio.sleep(decision.wait)

    async def aclose(self) -> None:
        await self.inner.aclose()
