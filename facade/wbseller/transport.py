"""The one place every HTTP request passes, for the generated clients and the hand-written
services alike. `Call` runs one call through its rooms, each a module of its own:

- checks.py: what is refused before a request leaves (host, token scope/type/expiry, sandbox);
- pacing.py: the limiter's slot before each attempt, WB's rate headers fed back;
- retry.py: whether and when a failed attempt is sent again (one decision function);
- failures.py: what error a failed attempt becomes (the token never in it);
- attempt.py: what bounds one attempt (redirects, the deadline, the answer's size).

`Call` holds the decisions for one call and does no I/O (sans-IO); `WBTransport` and
`AsyncWBTransport` are the thin sync and async drivers around httpx's own transports.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Literal

import httpx

from . import attempt, checks, failures, retry, telemetry
from ._frozen import Frozen
from .errors import AnswerTooLargeError, DeadlineError, WBError
from .failures import GAVE_UP, JSON, OPERATION
from .pacing import Pacer
from .policy import Policy, RateOverrides
from .retry import CONNECT_FINAL, NOT_SENT, RETRY_STATUSES
from .transport_route import Route, find_route

__all__ = [
    "CONNECT_FINAL",
    "GAVE_UP",
    "JSON",
    "NOT_SENT",
    "OPERATION",
    "RETRY_STATUSES",
    "STREAM",
    "AsyncWBTransport",
    "Call",
    "Policy",
    "RateOverrides",
    "WBTransport",
]

log = logging.getLogger("wbseller")
SEND_EVENT = "send_request_headers.started"
# A request extension: the caller streams the answer's body itself (a download), so the transport
# leaves a 2xx body unread; every other body is read inside the retry loop.
STREAM = "wbseller.stream"


class Decision(Frozen):
    """What a Call makes of an attempt's outcome."""

    __slots__ = ("action", "error", "wait")
    _fields = ("action", "wait", "error")
    action: Literal["return", "retry", "raise"]
    wait: float
    error: BaseException | None

    def __init__(
        self,
        action: Literal["return", "retry", "raise"],
        wait: float = 0.0,
        error: BaseException | None = None,
    ) -> None:
        self._set("action", action)
        self._set("wait", wait)
        self._set("error", error)


RETURN = Decision("return")  # the common outcome, made once (a Decision is never changed)


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
        routes: dict[tuple[Any, ...], Route] | None = None,
    ) -> None:
        self.policy = policy
        self.request = request
        self.origins = origins  # where the token may go (empty: anywhere; see attempt.wb_origins)
        self.redirects = 0
        self.base_timeouts: dict[str, Any] = request.extensions.get("timeout", {})
        self.deadline = attempt.Deadline(None)
        route = find_route(policy, spec, base_path, request, server_override, routes)
        self.op, self.name = route.op, route.name
        self.attempt = 0
        self.started = time.monotonic()
        if route.server is not None:
            # an operation served by another host than its spec's (e.g. /general/health)
            target = route.server
            request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        bucket = route.bucket
        if route.per_host:  # a bucket WB counts per host: the host's, whatever the route
            bucket = policy.bucket(route.op, request.url.netloc.decode("ascii"))  # type: ignore[arg-type]
        self.pacer = Pacer(bucket, route.limiter, self.op, self.name)
        self.answer_limit = route.answer_limit
        self.trace: telemetry.CallTrace | None = None  # spans and metrics, when OpenTelemetry is there
        self.auth_entry: object = None  # the token's header entry of the attempt (see forget_token)

    @property
    def bucket(self) -> Any:
        return self.pacer.bucket

    @property
    def waited(self) -> float:
        return self.pacer.waited

    def check(self) -> None:
        """Once per call, before anything is sent."""
        checks.before_send(self.policy, self.op, self.request, self.origins, self.name)
        self.trace = telemetry.start(self.op, self.name, self.pacer.bucket, self.request)

    # --- once per attempt --------------------------------------------------------------------
    def acquire(self) -> float:
        self.attempt += 1
        return self._began(self.pacer.reserve())

    async def aacquire(self) -> float:
        self.attempt += 1
        return self._began(await self.pacer.areserve())

    def _began(self, wait: float) -> float:
        if self.trace is not None:
            self.trace.attempt(self.attempt, wait)
        return wait

    def sent(self) -> None:
        """The headers are about to be written: the moment the round trip starts (and the attempt's
        deadline: waiting for a slot before it is pacing, not the server's slowness)."""
        self.pacer.sent()
        self.deadline = attempt.Deadline(self.deadline.seconds, self.deadline.streamed)

    def prepare(self, trace: object) -> httpx.Request:
        """The request of this attempt: the token put on (in place of any Authorization header,
        in one pass over httpx's list), the attempt's deadline and httpx's waits bounded by it."""
        req = self.request
        if self.policy.auth is not None:
            self.auth_entry = attempt.set_header(req.headers, b"Authorization", self.policy.auth.get())
        deadline = self.deadline = attempt.Deadline(
            self.policy.deadline, streamed=bool(req.extensions.get(STREAM))
        )
        if deadline.seconds is not None or "timeout" in req.extensions:
            req.extensions["timeout"] = deadline.timeouts(self.base_timeouts)
        if self.pacer.traced:
            req.extensions["trace"] = trace  # httpcore calls it per event (the request's own dict)
        return req

    @property
    def idempotent(self) -> bool:
        if self.op is not None:
            return self.op.idempotent
        return self.request.method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")

    def forget_token(self, request: httpx.Request) -> None:
        """Take the token off a request once its attempt is over: the request object lives on in
        httpx's errors (`exc.request`), responses and pickles, which must not carry it."""
        attempt.drop_header(request.headers, b"authorization", self.auth_entry)

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

    # --- the outcome ---------------------------------------------------------------------------
    def on_response(self, response: httpx.Response) -> Decision:
        status = response.status_code
        self._log(status, response=response)
        if 300 <= status < 400:
            decision = self._redirected(response)
        elif status < 400:
            envelope = failures.envelope_error(response, self.request, self.name)
            decision = Decision("raise", error=envelope) if envelope else RETURN
        else:
            decision = self._decide(response, failures.status_error(response, self.name))
        return self._traced(decision, response)

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
            return Decision("raise", error=failures.unsafe(target, self.name))
        return Decision("raise", error=target)

    def on_exception(self, exc: Exception) -> Decision:
        self._log(None, exc)
        secrets = (self.policy.auth, self.policy.token)
        decision = self._decide(exc, failures.exception_error(exc, self.deadline, self.name, secrets))
        return self._traced(decision, None, exc)

    def _traced(
        self, decision: Decision, response: httpx.Response | None, exc: BaseException | None = None
    ) -> Decision:
        if self.trace is not None:
            again = decision.action == "retry"
            self.trace.answered(response, exc, decision.wait if again else None)
            if not again:
                self.trace.ended(self.attempt, self.pacer.waited, decision.error)
        return decision

    def _decide(self, outcome: httpx.Response | Exception, error: WBError) -> Decision:
        """The policy's decision (retry.py), within the rules no policy overrides."""
        now = retry.Attempt(self.attempt, self.op, self.idempotent)
        decision = retry.checked(self.policy.retry, now, self.request, outcome)
        if isinstance(decision, retry.Retry):
            log.info(
                "%s: %s, retrying in %.2f s (attempt %d%s)",
                self.name,
                decision.reason,
                decision.after,
                self.attempt,
                f", request {error.request_id}" if error.request_id else "",
                extra={"wbseller_request_id": error.request_id},
            )
            return Decision("retry", wait=decision.after)
        return Decision("raise", error=failures.unsafe(error, self.name) if decision.unsafe else error)

    def _log(
        self, status: int | None, exc: BaseException | None = None, response: httpx.Response | None = None
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - self.started) * 1000
            outcome = status if exc is None else type(exc).__name__
            rid = failures.request_id(response) if response is not None else None
            log.debug(
                "%s -> %s in %.1f ms (attempt %d, limiter waits %.3f s%s)",
                self.name,
                outcome,
                elapsed,
                self.attempt,
                self.pacer.waited,
                f", request {rid}" if rid else "",
                extra={"wbseller_request_id": rid},
            )

    def give_up(self, decision: Decision) -> BaseException:
        err = decision.error
        assert err is not None
        failures.log_give_up(err, self.name, self.attempt)
        return err


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
        self.routes: dict[tuple[Any, ...], Route] = {}  # see transport_route

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = Call(
            self.policy, self.spec, self.base_path, request, self.server_override, self.origins, self.routes
        )
        call.check()
        request.read()  # a body must be replayable for a retry

        def trace(event: str, info: object) -> None:
            if event.endswith(SEND_EVENT):
                if call.pacer.missed_slot():
                    time.sleep(call.pacer.reserve())
                while (wait := call.pacer.wire_wait()) > 0:
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
                call.pacer.feedback(response)
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
        self.routes: dict[tuple[Any, ...], Route] = {}  # see transport_route

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # here, not at the top: sync users never pay for importing asyncio

        call = Call(
            self.policy, self.spec, self.base_path, request, self.server_override, self.origins, self.routes
        )
        call.check()
        await request.aread()

        async def trace(event: str, info: object) -> None:
            if event.endswith(SEND_EVENT):
                if call.pacer.missed_slot():
                    await asyncio.sleep(await call.pacer.areserve())
                while (wait := call.pacer.wire_wait()) > 0:
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
                await call.pacer.afeedback(response)
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
