"""OpenTelemetry: a span per call and per attempt, and the request/429/limiter-wait metrics, recorded
by the SDK's in-memory exporter and reader against the emulator; nothing (and no import) without
opentelemetry-api."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import wbseller
from wbseller import telemetry
from wbseller_emulator import Emulator

from .conftest import statuses

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

OFFICES = "marketplace.get_offices"


class Recorded:
    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.reader = InMemoryMetricReader()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def calls(self) -> list[ReadableSpan]:
        return [s for s in self.spans() if s.parent is None]

    def metrics(self) -> dict[str, list[Any]]:
        """instrument name -> its data points"""
        data = self.reader.get_metrics_data()
        out: dict[str, list[Any]] = {}
        for rm in data.resource_metrics if data else []:
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    out.setdefault(m.name, []).extend(m.data.data_points)
        return out


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorded]:
    rec = Recorded()
    assert telemetry.configure(rec.tracer_provider, rec.meter_provider)
    yield rec
    monkeypatch.setattr(telemetry, "_checked", False)  # the next test checks the globals again
    monkeypatch.setattr(telemetry, "_state", None)


def test_a_call_is_a_span_with_one_child_per_attempt(otel: Recorded, make_client: Callable[..., Any]) -> None:
    wb = make_client()
    assert wb.marketplace.offices()
    (call,) = otel.calls()
    (attempt,) = [s for s in otel.spans() if s.parent is not None]
    assert call.name == "wbseller marketplace.get_offices" and call.kind is SpanKind.CLIENT
    attrs = dict(call.attributes or {})
    assert attrs["wbseller.operation"] == OFFICES and attrs["wbseller.category"] == "marketplace"
    assert attrs["wbseller.bucket"] and attrs["http.response.status_code"] == 200
    assert attrs["wbseller.attempts"] == 1 and attrs["wbseller.status_429"] == 0
    assert isinstance(attrs["wbseller.ratelimit_remaining"], int)  # the emulator's X-Ratelimit-Remaining
    assert attrs["wbseller.limiter_wait"] >= 0 and call.status.status_code is StatusCode.UNSET
    assert attempt.parent is not None and attempt.parent.span_id == call.context.span_id
    assert dict(attempt.attributes or {})["wbseller.attempt"] == 1
    assert "Authorization" not in str(attrs) and "token" not in str(attrs).lower()

    metrics = otel.metrics()
    (requests,) = metrics["wbseller.requests"]
    assert requests.value == 1 and requests.attributes["http.response.status_code"] == "200"
    (waits,) = metrics["wbseller.limiter.wait"]
    assert waits.count == 1 and waits.attributes["wbseller.operation"] == OFFICES
    assert "wbseller.rate_limited" not in metrics or not any(
        p.value for p in metrics["wbseller.rate_limited"]
    )


def test_429s_are_counted_on_the_span_and_in_the_metrics(
    otel: Recorded, emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("429", route=OFFICES, times=2, retry_after=0.02)
    wb = make_client(retry_backoff=0.01)
    wb.marketplace.offices()
    assert statuses(emu, OFFICES) == [429, 429, 200]
    (call,) = otel.calls()
    attrs = dict(call.attributes or {})
    assert attrs["wbseller.attempts"] == 3 and attrs["wbseller.status_429"] == 2
    attempts = sorted((s for s in otel.spans() if s.parent is not None), key=lambda s: s.start_time or 0)
    assert [dict(s.attributes or {})["http.response.status_code"] for s in attempts] == [429, 429, 200]
    assert dict(attempts[0].attributes or {})["wbseller.retry_after"] == pytest.approx(0.02)
    assert attempts[0].status.status_code is StatusCode.ERROR
    metrics = otel.metrics()
    assert sum(p.value for p in metrics["wbseller.rate_limited"]) == 2
    assert sum(p.value for p in metrics["wbseller.requests"]) == 3
    assert sum(p.count for p in metrics["wbseller.limiter.wait"]) == 3


def test_a_failed_call_has_an_error_status_and_the_request_id(
    otel: Recorded, emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("status", status=404, route=OFFICES)
    wb = make_client()
    with pytest.raises(wbseller.NotFoundError) as exc:
        wb.marketplace.offices()
    (call,) = otel.calls()
    attrs = dict(call.attributes or {})
    assert call.status.status_code is StatusCode.ERROR and attrs["error.type"] == "NotFoundError"
    assert exc.value.request_id and attrs["wbseller.request_id"] == exc.value.request_id


def test_async_calls_are_traced_alike(otel: Recorded, emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("status", status=503, route=OFFICES, times=1)
    wb = make_client(async_=True, retry_backoff=0.01)

    async def main() -> None:
        await wb.marketplace.offices()
        await wb.aclose()

    asyncio.run(main())
    (call,) = otel.calls()
    assert dict(call.attributes or {})["wbseller.attempts"] == 2
    assert sorted(dict(s.attributes or {})["wbseller.attempt"] for s in otel.spans() if s.parent) == [1, 2]
    (failed,) = [
        p for p in otel.metrics()["wbseller.requests"] if p.attributes["http.response.status_code"] == "503"
    ]
    assert failed.value == 1


def test_the_request_id_is_on_the_retry_log_line(
    emu: Emulator, make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    emu.faults.add("status", status=503, route=OFFICES, times=1)
    caplog.set_level(logging.INFO, logger="wbseller")
    make_client(retry_backoff=0.01).marketplace.offices()
    (line,) = [r for r in caplog.records if "retrying" in r.getMessage()]
    rid = line.wbseller_request_id  # type: ignore[attr-defined]
    assert rid and f"request {rid}" in line.getMessage()


def test_nothing_is_recorded_or_imported_without_opentelemetry(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Any]
) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # as if not installed
    monkeypatch.setattr(telemetry, "_checked", False)
    assert make_client().marketplace.offices()
    assert telemetry._state is None and telemetry.configure() is False
    monkeypatch.setattr(telemetry, "_checked", False)
    code = "import sys, wbseller.transport; print(any(m.startswith('opentelemetry') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
