"""httpx's own transports under wbseller's: one per URL scheme and proxy, each built on the first
request that needs it, with the proxies chosen as httpx chooses them.

wbseller hands httpx a transport of its own, and httpx then reads no proxy settings: so the
proxy= option and, unless trust_env=False, HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY are
applied here, the way httpx.Client applies them (its own functions, so NO_PROXY patterns mean
the same)."""

from __future__ import annotations

import os
import ssl
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

import httpx

# httpx's own reading and matching of proxy settings: private, but unchanged in every httpx this
# package allows (0.23-0.28); tests/core/test_proxies.py notices if that changes
from httpx._utils import URLPattern, get_environment_proxies

from .errors import TLSConfigError


@cache
def _ssl_context() -> ssl.SSLContext | bool:
    """One verifying SSL context (httpx's default one, which reads SSL_CERT_FILE/SSL_CERT_DIR) for
    every transport of the process: loading the CA bundle is most of what building a transport
    costs, and every category used would load it again. (httpx before 0.28 has no public factory:
    it builds its own then.)"""
    create = getattr(httpx, "create_ssl_context", None)
    return create() if create is not None else True


def _no_tls() -> ssl.SSLContext:
    """For a transport that only ever sees http:// URLs: no CA bundle to load, and verification
    still on, so TLS through it (which nothing asks for) would fail rather than go unchecked."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _verify(scheme: str) -> ssl.SSLContext | bool:
    if scheme == "http":
        return _no_tls()
    try:
        return _ssl_context()
    except (ssl.SSLError, OSError) as e:
        raise _tls_error(e) from None


def _tls_error(e: BaseException) -> TLSConfigError:
    where = ", ".join(f"{k}={os.environ[k]}" for k in ("SSL_CERT_FILE", "SSL_CERT_DIR") if os.environ.get(k))
    return TLSConfigError(
        f"TLS: could not load the CA certificates ({where or 'the default bundle'}): {e}; "
        "point SSL_CERT_FILE at a CA bundle or unset it (verification stays on)"
    )


def proxy_map(proxy: str | None, trust_env: bool) -> list[tuple[Any, str | None]]:
    """(URL pattern, proxy URL or None for "direct"), most specific first, as httpx.Client makes it."""
    if proxy is not None:
        table: dict[str, str | None] = {"all://": proxy}
    elif trust_env:
        table = dict(get_environment_proxies())
    else:
        table = {}
    return sorted(((URLPattern(k), v) for k, v in table.items()), key=lambda kv: kv[0])


def hide_password(url: str) -> str:
    u = httpx.URL(url)
    return str(u.copy_with(password="***")) if u.password else url


class _Wires:
    def __init__(
        self, make: Callable[[ssl.SSLContext | bool, httpx.Proxy | None], Any], proxies: list[Any]
    ) -> None:
        self._make = make
        self._proxies = proxies
        self._made: dict[tuple[str, str | None], Any] = {}
        # threads (of one client, or of an Accounts pool) first sending together make one
        # transport, not one each (the others' connections would never be closed)
        self._making = threading.Lock()

    def wire(self, url: httpx.URL) -> Any:
        proxy = next((p for pattern, p in self._proxies if pattern.matches(url)), None)
        key = (url.scheme, proxy)
        t = self._made.get(key)
        if t is None:
            with self._making:
                t = self._made.get(key)
                if t is None:
                    t = self._made[key] = self._new(url.scheme, proxy)
        return t

    def _new(self, url_scheme: str, proxy: str | None) -> Any:
        try:
            # a plain-http URL needs no CA bundle, unless it goes through an https proxy
            scheme = "https" if proxy is not None and proxy.startswith("https:") else url_scheme
            return self._make(_verify(scheme), None if proxy is None else httpx.Proxy(proxy))
        except ssl.SSLError as e:  # httpx < 0.28 loads the CA bundle itself, here
            raise _tls_error(e) from None


class Wire(_Wires, httpx.BaseTransport):
    def __init__(self, proxy: str | None = None, trust_env: bool = True) -> None:
        super().__init__(
            lambda verify, p: httpx.HTTPTransport(verify=verify, proxy=p, trust_env=trust_env),
            proxy_map(proxy, trust_env),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.wire(request.url).handle_request(request)  # type: ignore[no-any-return]

    def close(self) -> None:
        for t in self._made.values():
            t.close()


class AsyncWire(_Wires, httpx.AsyncBaseTransport):
    def __init__(self, proxy: str | None = None, trust_env: bool = True) -> None:
        super().__init__(
            lambda verify, p: httpx.AsyncHTTPTransport(verify=verify, proxy=p, trust_env=trust_env),
            proxy_map(proxy, trust_env),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.wire(request.url).handle_async_request(request)  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        for t in self._made.values():
            await t.aclose()


class SharedWires:
    """One Wire and one AsyncWire for every client of an Accounts pool: one connection pool per
    host, whatever the account (a token travels in each request's header, never in a
    connection). Each client gets a borrowed view whose close() leaves the connections open;
    the pool closes them once."""

    def __init__(self, proxy: str | None = None, trust_env: bool = True) -> None:
        self._proxy, self._trust_env = proxy, trust_env
        self._sync: Wire | None = None
        self._async: AsyncWire | None = None
        self._lock = threading.Lock()
        self.closed = False

    def sync(self) -> httpx.BaseTransport:
        with self._lock:
            if self._sync is None:
                self._sync = Wire(self._proxy, self._trust_env)
            return _Borrowed(self._sync, self)

    def async_(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async is None:
                self._async = AsyncWire(self._proxy, self._trust_env)
            return _AsyncBorrowed(self._async, self)

    def close(self) -> None:
        self.closed = True
        with self._lock:
            wire, self._sync = self._sync, None
        if wire is not None:
            wire.close()

    async def aclose(self) -> None:
        self.closed = True
        self.close()
        with self._lock:
            wire, self._async = self._async, None
        if wire is not None:
            await wire.aclose()


def _refuse() -> None:
    # a closed httpcore pool would quietly open new connections nobody closes
    raise RuntimeError("this client's Accounts pool is closed")


class _Borrowed(httpx.BaseTransport):
    def __init__(self, wire: Wire, owner: SharedWires) -> None:
        self._wire, self._owner = wire, owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._owner.closed:
            _refuse()
        return self._wire.handle_request(request)

    def close(self) -> None:  # the pool's connections: closed by the pool
        pass


class _AsyncBorrowed(httpx.AsyncBaseTransport):
    def __init__(self, wire: AsyncWire, owner: SharedWires) -> None:
        self._wire, self._owner = wire, owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._owner.closed:
            _refuse()
        return await self._wire.handle_async_request(request)

    async def aclose(self) -> None:
        pass
