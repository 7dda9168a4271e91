"""The inner httpx transports of a category: built on its first request, one per URL scheme, so
a client of plain-http hosts (the emulator) never loads the CA bundle while https still goes
through the one verifying context."""

from __future__ import annotations

import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import wbseller
from wbseller.wires import AsyncWire, Wire, _ssl_context
from wbseller_emulator import Emulator


def _context(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> ssl.SSLContext:
    return transport._pool._ssl_context  # type: ignore[no-any-return]


@pytest.mark.slow  # an emulator
def test_no_transport_until_the_first_request_and_one_per_scheme() -> None:
    with Emulator(rate_limits=False) as emu:
        wb = wbseller.Client(emu.make_token(["content"]), base_url=emu.base_url)
        with wb:
            wire = wb.content.http._transport.inner
            assert isinstance(wire, Wire) and wire._made == {}
            wb.content.http.get("/content/v2/cards/limits").raise_for_status()
            assert list(wire._made) == [("http", None)]


def test_https_verifies_with_the_process_context_http_needs_no_bundle() -> None:
    https_url, http_url = httpx.URL("https://wb.example"), httpx.URL("http://wb.example")
    for wire in (Wire(trust_env=False), AsyncWire(trust_env=False)):
        https = _context(wire.wire(https_url))
        assert https is _ssl_context() and https.verify_mode == ssl.CERT_REQUIRED and https.check_hostname
        plain = _context(wire.wire(http_url))
        assert plain is not https
        # nothing loaded, yet not a non-verifying context: TLS through it would fail, never go unchecked
        assert plain.verify_mode == ssl.CERT_REQUIRED and plain.check_hostname
        assert plain.cert_store_stats()["x509_ca"] == 0
        assert wire.wire(https_url) is wire.wire(https_url)


def test_the_send_time_hook_only_where_a_bucket_can_bind() -> None:
    """httpcore calls the pacing hook a dozen times per request: it is attached for every bucket
    a process could run empty, and left off for one turned off by a huge rate."""
    from wbseller.limits import InProcessLimiter, Rate
    from wbseller.token import Secret, token_info
    from wbseller.transport import Policy, WBTransport
    from wbseller_emulator.auth import mint

    tok = Secret(mint(b"k", categories=["marketplace"], seller_id="s"))
    warehouses = "marketplace-warehouses"  # the offices' bucket
    hooked: list[bool] = []

    def wb(request: httpx.Request) -> httpx.Response:
        hooked.append("trace" in request.extensions)
        return httpx.Response(200, json=[])

    for rates in ({}, {warehouses: Rate(10**9, 1.0, 10**9)}, {warehouses: Rate(10**5, 1.0, 10)}):
        policy = Policy(tok, token_info(tok), "", InProcessLimiter(), rates=rates)
        transport = WBTransport(policy, "marketplace", httpx.MockTransport(wb))
        with httpx.Client(base_url="https://marketplace-api.wildberries.ru", transport=transport) as http:
            assert http.get("/api/v3/offices").status_code == 200
    assert hooked == [True, False, True]


def test_a_late_headers_write_keeps_the_next_request_of_a_burst_1_bucket_a_full_interval_away() -> None:
    """The wire pacing books a request's slot as its headers start; a thread held up before they
    are written arrives that much later, so the next request of a bucket without a spare one
    keeps its spacing from the write, not from the booking (WB would count the two closer)."""
    import time

    from wbseller import pacing
    from wbseller.limits import InProcessLimiter, Rate, gcra
    from wbseller.token import Secret, token_info
    from wbseller.transport import Policy, WBTransport
    from wbseller_emulator.auth import mint

    tok = Secret(mint(b"k", categories=["marketplace"], seller_id="s-late-write"))
    rate = Rate(10, 1.0, 1)
    written: list[float] = []

    def wb(request: httpx.Request) -> httpx.Response:
        trace = request.extensions["trace"]
        trace("http11.send_request_headers.started", {})
        time.sleep(0.02)  # held up between the booking and the write
        written.append(time.monotonic())
        trace("http11.send_request_headers.complete", {})
        return httpx.Response(200, json=[])

    policy = Policy(tok, token_info(tok), "", InProcessLimiter(), rates={"marketplace-warehouses": rate})
    transport = WBTransport(policy, "marketplace", httpx.MockTransport(wb))
    with httpx.Client(base_url="https://marketplace-api.wildberries.ru", transport=transport) as http:
        assert http.get("/api/v3/offices").status_code == 200
    (key,) = [k for k in pacing._WIRE._tats if k.startswith("s-late-write:")]
    assert pacing._WIRE._tats[key] >= written[0] + gcra.spacing(rate, 1, InProcessLimiter.margin_cap)


def test_threads_sending_first_together_make_one_transport() -> None:
    """Threads of one client (or of an Accounts pool) whose first requests go together: one
    transport, built once (a second one's connections would never be closed)."""
    wire = Wire(trust_env=False)
    made: list[object] = []
    build = wire._make

    def slow(verify: ssl.SSLContext | bool, proxy: httpx.Proxy | None) -> object:
        time.sleep(0.05)  # building one loads TLS settings: a thread switch there
        made.append(build(verify, proxy))
        return made[-1]

    wire._make = slow
    start = threading.Barrier(8)

    def first(_: int) -> object:
        start.wait()
        return wire.wire(httpx.URL("http://127.0.0.1:9/"))

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(first, range(8)))
    assert len(made) == 1 and all(t is made[0] for t in got)
    wire.close()
