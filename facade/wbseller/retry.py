"""When to send a request again: one value, a decision function (as githubkit's RetryOption).

    decide(attempt, request, outcome) -> Retry(after=seconds) | GiveUp(reason)

`outcome` is the failed attempt's `httpx.Response` (a 429, a 5xx, another 4xx), the exception it
ended with (an httpx error, DeadlineError, AnswerTooLargeError), or `NotTaken(error)`: an answer the
caller has judged as "WB did not take this request" (a WBD upload part with `"error": true`), so
safe to send again. Every re-send path asks one: the transport after each failed attempt, and
plans that re-send a request themselves (`yield from plans.resend(spec, attempt, request, error)`).

`Client(retry=...)` replaces the default `RetryPolicy` with any callable of that signature; the
rules below hold whatever it answers (`refusal`), so a decision function can only say *whether
and when* among what is safe: a 4xx other than 429 is never sent again (WB refused the request
itself), nor a write that may have reached WB unless its spec marks it idempotent, nor an answer
over the size limit, nor a connection refused where that is the answer (a ping).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._frozen import Frozen
from .errors import AnswerTooLargeError, WBError

if TYPE_CHECKING:
    from .operations import Operation

RETRY_STATUSES = frozenset({500, 502, 503, 504})
# httpx errors after which the request surely never reached WB
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
# A request extension: a connection that could not be made is the answer, not retried (a ping
# asks whether the host is reachable: retrying a refused connection only delays saying it is not).
CONNECT_FINAL = "wbseller.connect_final"
# WB's headers saying when to come back, in the order they are trusted
RETRY_HEADERS = ("X-Ratelimit-Retry", "X-Ratelimit-Reset", "Retry-After")


class Attempt(Frozen):
    """The attempt that just failed: its number (1 for the first send), the operation (None for a
    `.http` request no spec route matched) and whether it may be sent again after reaching WB."""

    __slots__ = ("idempotent", "number", "operation")
    _fields = ("number", "operation", "idempotent")
    number: int
    operation: Operation[Any, Any] | None
    idempotent: bool

    def __init__(self, number: int, operation: Operation[Any, Any] | None, idempotent: bool) -> None:
        self._set("number", number)
        self._set("operation", operation)
        self._set("idempotent", idempotent)


class NotTaken(Frozen):
    """An outcome the caller vouches for: WB answered and did not take the request."""

    __slots__ = ("error",)
    _fields = ("error",)
    error: BaseException

    def __init__(self, error: BaseException) -> None:
        self._set("error", error)


class Retry(Frozen):
    """Send it again after `after` seconds."""

    __slots__ = ("after", "reason")
    _fields = ("after", "reason")
    after: float
    reason: str

    def __init__(self, after: float, reason: str = "") -> None:
        self._set("after", after)
        self._set("reason", reason)


class GiveUp(Frozen):
    """Raise the attempt's error. `unsafe`: it was not sent again because it may have reached WB
    (the caller gets RetryUnsafeError)."""

    __slots__ = ("reason", "unsafe")
    _fields = ("reason", "unsafe")
    reason: str
    unsafe: bool

    def __init__(self, reason: str = "", unsafe: bool = False) -> None:
        self._set("reason", reason)
        self._set("unsafe", unsafe)


Outcome = httpx.Response | BaseException | NotTaken
Decide = Callable[[Attempt, httpx.Request, Outcome], Retry | GiveUp]


def retry_after(headers: Mapping[str, str]) -> float | None:
    """The seconds WB asks to wait before the next request, if its answer says."""
    for name in RETRY_HEADERS:
        value = headers.get(name)
        if value is not None:
            try:
                seconds = float(value)
            except ValueError:
                continue
            if math.isfinite(seconds):
                return max(0.0, seconds)
    return None


def may_have_reached(request: httpx.Request, outcome: Outcome) -> bool:
    """Whether WB may have carried the request out: an answer other than 429 (WB refuses a 429
    before doing anything), or a break after the request could have left."""
    if isinstance(outcome, NotTaken):
        return False
    if isinstance(outcome, httpx.Response):
        return outcome.status_code != 429
    return not isinstance(outcome, NOT_SENT)


def refusal(attempt: Attempt, request: httpx.Request, outcome: Outcome) -> GiveUp | None:
    """The rules no decision function overrides; None: a retry is allowed."""
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        if _refused(status):
            return GiveUp(f"WB refused the request ({status}): the same request gets the same answer")
        if status < 400:
            return GiveUp(f"a {status} is not a failure to retry")
    elif isinstance(outcome, AnswerTooLargeError):
        return GiveUp("the answer is what it is: asking again changes nothing")
    elif isinstance(outcome, NOT_SENT) and request.extensions.get(CONNECT_FINAL):
        return GiveUp("a connection that cannot be made is the answer")
    else:  # a plan's error (NotTaken's too) that came of a 4xx is WB's refusal all the same
        error = outcome.error if isinstance(outcome, NotTaken) else outcome
        if isinstance(error, WBError) and error.status is not None and _refused(error.status):
            return GiveUp(f"WB refused the request ({error.status})")
    if not attempt.idempotent and may_have_reached(request, outcome):
        return GiveUp("a write that may have reached WB", unsafe=True)
    return None


def _refused(status: int) -> bool:
    return 400 <= status < 500 and status != 429


class RetryPolicy(Frozen):
    """The default decision: up to `max_retries` sends after the first; a 429 waits what WB's
    headers say, everything else exponential backoff with full jitter (`backoff_base * 2**n`,
    capped at `backoff_cap`) where WB gives no header."""

    __slots__ = ("backoff_base", "backoff_cap", "max_retries", "statuses")
    _fields = ("max_retries", "backoff_base", "backoff_cap", "statuses")
    max_retries: int
    backoff_base: float
    backoff_cap: float
    statuses: frozenset[int]

    def __init__(
        self,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        statuses: frozenset[int] = RETRY_STATUSES,
    ) -> None:
        self._set("max_retries", max_retries)
        self._set("backoff_base", backoff_base)
        self._set("backoff_cap", backoff_cap)
        self._set("statuses", statuses)

    def backoff(self, number: int) -> float:
        """Exponential backoff with full jitter, capped."""
        return random.uniform(0, min(self.backoff_cap, self.backoff_base * 2**number))

    def __call__(self, attempt: Attempt, request: httpx.Request, outcome: Outcome) -> Retry | GiveUp:
        if attempt.number > self.max_retries:
            return GiveUp(f"no retries left after {attempt.number} attempt(s)")
        if isinstance(outcome, httpx.Response) and outcome.status_code not in self.statuses | {429}:
            return GiveUp(f"{outcome.status_code} is not retried")
        if (refused := refusal(attempt, request, outcome)) is not None:
            return refused
        if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
            after = retry_after(outcome.headers)
            return Retry(self.backoff(attempt.number) if after is None else after, "429 from WB")
        if isinstance(outcome, httpx.Response):
            return Retry(self.backoff(attempt.number), f"{outcome.status_code} from WB")
        if isinstance(outcome, NotTaken):
            return Retry(self.backoff(attempt.number), "WB did not take it")
        return Retry(self.backoff(attempt.number), type(outcome).__name__)


def checked(decide: Decide, attempt: Attempt, request: httpx.Request, outcome: Outcome) -> Retry | GiveUp:
    """`decide`'s answer within the rules: a Retry the rules forbid becomes their GiveUp, a wait
    that is no number of seconds is refused."""
    decision = decide(attempt, request, outcome)
    if isinstance(decision, GiveUp):
        return decision
    if not isinstance(decision, Retry):
        raise TypeError(f"a retry decision must be Retry or GiveUp, not {decision!r}")
    if (refused := refusal(attempt, request, outcome)) is not None:
        return refused
    if not math.isfinite(decision.after) or decision.after < 0:
        raise ValueError(f"a retry decision's wait must be a finite number of seconds >= 0: {decision!r}")
    return decision


def resent(service: object, effect: Any) -> Retry | GiveUp:
    """A plan's Resend (plans.resend) answered by the decision function of the client the
    service belongs to: the one its transport uses."""
    decide: Decide = getattr(service, "retry_policy", None) or RetryPolicy()
    return checked(decide, effect.attempt, effect.request, NotTaken(effect.error))
