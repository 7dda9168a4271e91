"""Proxies (issue 21): wbseller hands httpx a transport of its own, and httpx then read no proxy
settings: HTTP(S)_PROXY / NO_PROXY were silently ignored, and a request meant for a proxy went
out directly. Now the environment applies as in httpx (unless trust_env=False), and proxy= sends
everything through one. Tested through a real local proxy: plain HTTP forwarding to the
emulator, and a CONNECT tunnel to a local TLS server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

import wbseller
from core._proxy import Proxy, TLSServer
from wbseller import wires
from wbseller_emulator import Emulator
from wbseller_emulator.auth import mint

PROXY_ENV = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Proxy]:
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)
    p = Proxy()
    yield p
    p.close()


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TLSServer]:
    """A TLS server whose CA the process trusts through SSL_CERT_FILE (read by httpx's context)."""
    server = TLSServer(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_file))
    wires._ssl_context.cache_clear()
    yield server
    server.close()
    wires._ssl_context.cache_clear()


def _token(emu: Emulator | None = None) -> str:
    return emu.make_token(["marketplace"]) if emu else mint(b"k", categories=["marketplace"], seller_id="s")


def test_http_proxy_from_the_environment(
    emu: Emulator, proxy: Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with wbseller.Client(_token(emu), base_url=emu.base_url) as wb:
        assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    assert proxy.seen == [f"GET {emu.base_url}/api/v3/offices"]
    assert [r.path for r in emu.requests] == ["/api/v3/offices"]  # it did reach the emulator


def test_no_proxy_and_trust_env(emu: Emulator, proxy: Proxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with wbseller.Client(_token(emu), base_url=emu.base_url) as wb:
        assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    monkeypatch.delenv("NO_PROXY")
    with wbseller.Client(_token(emu), base_url=emu.base_url, trust_env=False) as wb:
        assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    assert proxy.seen == []
    assert len(emu.requests) == 2


def test_proxy_option_wins_over_the_environment(
    emu: Emulator, proxy: Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "*")

    async def main() -> None:
        async with wbseller.AsyncClient(_token(emu), base_url=emu.base_url, proxy=proxy.url) as wb:
            assert (await wb.marketplace.http.get("/api/v3/offices")).status_code == 200

    asyncio.run(main())
    with wbseller.Client(_token(emu), base_url=emu.base_url, proxy=proxy.url) as wb:
        assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    assert proxy.seen == [f"GET {emu.base_url}/api/v3/offices"] * 2


def test_https_through_connect(proxy: Proxy, tls: TLSServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    token = _token()
    with wbseller.Client(token, base_url=tls.url) as wb:
        assert wb.marketplace.http.get("/api/v3/offices").json() == []
    with wbseller.Client(token, base_url=tls.url, trust_env=False, proxy=proxy.url) as wb:
        assert wb.marketplace.http.get("/api/v3/offices").json() == []
    host = tls.url.removeprefix("https://")
    assert proxy.seen == [f"CONNECT {host}", f"CONNECT {host}"]
    assert [h["Authorization"] for h in tls.seen] == [token, token]  # inside the tunnel only


def test_tls_is_verified_through_the_proxy(
    proxy: Proxy, tls: TLSServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE")
    wires._ssl_context.cache_clear()  # the default CA bundle, which does not know the test CA
    wb = wbseller.Client(_token(), base_url=tls.url, proxy=proxy.url, max_retries=0)
    with wb, pytest.raises(wbseller.TransportError, match="CERTIFICATE_VERIFY_FAILED"):
        wb.marketplace.http.get("/api/v3/offices")
    assert tls.seen == []


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("ftp://proxy.example:21", "proxy: ftp://proxy.example:21 is not a proxy URL"),
        ("http://user:secret@", "proxy:"),
        ("nonsense", "is not a proxy URL"),
    ],
)
def test_bad_proxy_urls_are_refused_at_construction(value: str, error: str) -> None:
    with pytest.raises(wbseller.InvalidRequestError, match=error) as info:
        wbseller.Client(_token(), proxy=value)
    assert "secret" not in str(info.value)


def test_the_environment_is_read_as_httpx_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """wires.proxy_map relies on httpx's own (private) functions: this pins what they give."""
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://p:1")
    monkeypatch.setenv("NO_PROXY", "localhost,.internal")
    table = wires.proxy_map(None, True)
    import httpx

    def pick(url: str) -> str | None:
        return next((p for pattern, p in table if pattern.matches(httpx.URL(url))), None)

    assert pick("https://content-api.wildberries.ru/x") == "http://p:1"
    assert pick("https://localhost/x") is None and pick("https://a.internal/x") is None
    assert pick("http://content-api.wildberries.ru/x") is None
    assert wires.proxy_map(None, False) == []
    assert [p for _, p in wires.proxy_map("http://q:2", True)] == ["http://q:2"]
