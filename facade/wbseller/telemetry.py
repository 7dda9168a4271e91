"""Optional OpenTelemetry spans and metrics for every call the transport sends.

With `opentelemetry-api` installed (`pip install wbseller[otel]`), each call of an operation is a
CLIENT span (`wbseller <operation>`) with one child span per attempt, and three instruments count
what happens; without it nothing is recorded and nothing is imported (the check is made once, at
the first call, not at `import wbseller`). Spans and metrics go to the providers the application
set (`opentelemetry.trace.set_tracer_provider`...), or to the ones given to `configure()`.

Span attributes: `wbseller.operation` (the operation key, `content.product_cards_list`),
`wbseller.category`, `wbseller.bucket`, `wbseller.limiter_wait` (seconds waited for the bucket),
`wbseller.attempt` / `wbseller.attempts`, `http.response.status_code`, `wbseller.status_429`
(how many 429s the call met), `wbseller.ratelimit_remaining` (WB's `X-Ratelimit-Remaining`),
`wbseller.request_id` (when the answer names one), `wbseller.retry_after`, `error.type`.
Metrics: `wbseller.requests` (attempts sent, by operation and status), `wbseller.rate_limited`
(429 answers, by operation and bucket), `wbseller.limiter.wait` (a histogram of the seconds each
attempt waited for its bucket).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._version import __version__

if TYPE_CHECKING:
    from .limits import Bucket
    from .operations import Operation

NAME = "wbseller"


@dataclass
class _Otel:
    """The tracer and instruments, made once."""

    trace: Any  # the opentelemetry.trace module
    metrics: Any  # the opentelemetry.metrics module
    explicit: bool  # providers given to configure(): always record
    tracer: Any
    requests: Any
    rate_limited: Any
    limiter_wait: Any
    live: bool = False  # the application has set a provider (see _live)
    live_until: float = 0.0


_state: _Otel | None = None
_checked = False


def configure(tracer_provider: Any = None, meter_provider: Any = None) -> bool:
    """Record to these providers (default: the global ones). False when opentelemetry-api is
    not installed (then nothing is recorded)."""
    global _state, _checked
    _checked, _state = True, _load(tracer_provider, meter_provider)
    return _state is not None


def disable() -> None:
    """Record nothing, whatever is installed."""
    global _state, _checked
    _checked, _state = True, None


def _load(tracer_provider: Any = None, meter_provider: Any = None) -> _Otel | None:
    try:
        from opentelemetry import metrics, trace
    except ImportError:
        return None
    tracer = trace.get_tracer(NAME, __version__, tracer_provider=tracer_provider)
    meter = metrics.get_meter(NAME, __version__, meter_provider=meter_provider)
    return _Otel(
        trace=trace,
        metrics=metrics,
        explicit=tracer_provider is not None or meter_provider is not None,
        tracer=tracer,
        requests=meter.create_counter("wbseller.requests", "{request}", "Requests sent to WB (attempts)"),
        rate_limited=meter.create_counter("wbseller.rate_limited", "{answer}", "429 answers from WB"),
        limiter_wait=meter.create_histogram(
            "wbseller.limiter.wait", "s", "Seconds an attempt waited for its rate-limit bucket"
        ),
    )


def start(
    op: Operation[Any, Any] | None, name: str, bucket: Bucket | None, request: httpx.Request
) -> CallTrace | None:
    """The trace of one call, or None when nothing is recorded (the transport's fast path)."""
    global _state, _checked
    if not _checked:
        _checked, _state = True, _load()
    if _state is None or not (_state.explicit or _live(_state)):
        return None
    return CallTrace(_state, op, name, bucket, request)


# The providers the API hands out until the application sets its own: with them every span and
# measurement is dropped, so the transport skips making them (about 0.1 ms a call).
_NO_OP = frozenset({"ProxyTracerProvider", "NoOpTracerProvider", "_ProxyMeterProvider", "NoOpMeterProvider"})


LIVE_CHECK_EVERY = 1.0  # seconds: asking the API for its providers costs microseconds a call


def _live(otel: _Otel) -> bool:
    """Whether the application has set a tracer or meter provider (asked again each second: it
    may set one after the first request)."""
    now = time.monotonic()
    if now >= otel.live_until:
        otel.live = (
            type(otel.trace.get_tracer_provider()).__name__ not in _NO_OP
            or type(otel.metrics.get_meter_provider()).__name__ not in _NO_OP
        )
        otel.live_until = now + LIVE_CHECK_EVERY
    return otel.live


def request_id(response: httpx.Response) -> str | None:
    """The request id an answer names in its headers, if any (see failures.REQUEST_ID_HEADERS)."""
    from .failures import request_id as from_headers

    return from_headers(response)


class CallTrace:
    """One call's span and its attempts' spans and measurements."""

    def __init__(
        self,
        otel: _Otel,
        op: Operation[Any, Any] | None,
        name: str,
        bucket: Bucket | None,
        request: httpx.Request,
    ) -> None:
        self.otel = otel
        self.labels: dict[str, str] = {"wbseller.operation": op.key if op is not None else name}
        if op is not None:
            self.labels["wbseller.category"] = op.category
        if bucket is not None:
            self.labels["wbseller.bucket"] = bucket.name
        attributes: dict[str, Any] = {
            **self.labels,
            "http.request.method": request.method,
            "server.address": request.url.host,
            "url.path": request.url.path,  # never the query: the path names the resource
        }
        span_name = f"{NAME} {op.key if op is not None else name}"
        self.span = otel.tracer.start_span(span_name, kind=otel.trace.SpanKind.CLIENT, attributes=attributes)
        self.context = otel.trace.set_span_in_context(self.span)
        self.attempt_span: Any = None
        self.status_429 = 0

    def attempt(self, number: int, wait: float) -> None:
        """An attempt begins, after waiting `wait` seconds for its bucket."""
        self.attempt_span = self.otel.tracer.start_span(
            f"{NAME} attempt {number}",
            context=self.context,
            kind=self.otel.trace.SpanKind.CLIENT,
            attributes={**self.labels, "wbseller.attempt": number, "wbseller.limiter_wait": wait},
        )
        self.otel.limiter_wait.record(wait, self.labels)

    def answered(
        self, response: httpx.Response | None, exc: BaseException | None, after: float | None
    ) -> None:
        """An attempt ended with an answer or an exception; `after`: the wait before a retry."""
        status = str(response.status_code) if response is not None else type(exc).__name__
        self.otel.requests.add(1, {**self.labels, "http.response.status_code": status})
        attributes: dict[str, Any] = {}
        if response is not None:
            attributes["http.response.status_code"] = response.status_code
            remaining = response.headers.get("X-Ratelimit-Remaining")
            if remaining is not None and remaining.isdigit():
                attributes["wbseller.ratelimit_remaining"] = int(remaining)
            if (rid := request_id(response)) is not None:
                attributes["wbseller.request_id"] = rid
            if response.status_code == 429:
                self.status_429 += 1
                self.otel.rate_limited.add(1, self.labels)
        else:
            attributes["error.type"] = type(exc).__name__
        if after is not None:
            attributes["wbseller.retry_after"] = after
        self.span.set_attributes(attributes)  # the call's span keeps the last attempt's
        span, self.attempt_span = self.attempt_span, None
        if span is not None:
            span.set_attributes(attributes)
            if response is None or response.status_code >= 400:
                span.set_status(self.otel.trace.Status(self.otel.trace.StatusCode.ERROR))
            span.end()

    def ended(self, attempts: int, waited: float, error: BaseException | None) -> None:
        attributes: dict[str, Any] = {
            "wbseller.attempts": attempts,
            "wbseller.limiter_wait": waited,
            "wbseller.status_429": self.status_429,
        }
        if error is not None:
            attributes["error.type"] = type(error).__name__
            rid = getattr(error, "request_id", None)
            if rid:
                attributes["wbseller.request_id"] = rid
            self.span.set_status(self.otel.trace.Status(self.otel.trace.StatusCode.ERROR, str(error)[:300]))
        self.span.set_attributes(attributes)
        self.span.end()
