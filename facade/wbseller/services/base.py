"""A category of the API: `.raw` is the generated client for its host, wired to our transport.

Service classes describe operations; the Client and AsyncClient give each the matching raw
client (sync or async), so one service description serves both.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx

from wbseller_raw import index

from ..config import Config
from ..plans import AsyncRunner, SyncRunner
from ..retry import Decide
from ..transport import AsyncWBTransport, WBTransport
from ..wires import AsyncWire, Wire

RAW_TOKEN = "set-by-wbseller-transport"  # the real token lives only in the transport's Secret


class _ServiceBase:
    spec: str = ""

    def __init__(
        self, config: Config, spec: str | None = None, lookup: Callable[[str], Any] | None = None
    ) -> None:
        self._config = config
        if spec is not None:
            self.spec = spec
        self._raw: Any = None
        # threads sharing the service build one raw client (one transport, one limiter)
        self._raw_lock = threading.Lock()
        # the client's services by spec: a plan may call operations of another host
        self._lookup: Callable[[str], Any] = lookup or (lambda name: self)

    @property
    def retry_policy(self) -> Decide:
        """The client's retry decision for this service's host (the one its transport asks):
        plans that re-send a request themselves ask it too (plans.resend)."""
        return self._config.policy(self.spec).retry

    def _raw_client(self, is_async: bool) -> Any:
        raw = self._raw
        if raw is None:
            with self._raw_lock:
                raw = self._raw
                if raw is None:
                    raw = self._raw = self._build_raw(is_async)
        return raw

    def _build_raw(self, is_async: bool) -> Any:
        base_url, chosen = self._config.url(self.spec)
        url = httpx.URL(base_url)
        policy = self._config.policy(self.spec)
        raw = index.client(self.spec).AuthenticatedClient(base_url=base_url, token=RAW_TOKEN, prefix="")
        ua = {"User-Agent": policy.user_agent}  # the client's default (httpx's own would win otherwise)
        shared = self._config.wires  # an Accounts pool's connections, else the client's own
        if is_async:
            transport = AsyncWBTransport(
                policy,
                self.spec,
                shared.async_() if shared else AsyncWire(self._config.proxy, self._config.trust_env),
                url.path,
                base_url if chosen else None,
            )
            raw.set_async_httpx_client(
                httpx.AsyncClient(
                    base_url=base_url, timeout=self._config.timeout, transport=transport, headers=ua
                )
            )
        else:
            transport_s = WBTransport(
                policy,
                self.spec,
                shared.sync() if shared else Wire(self._config.proxy, self._config.trust_env),
                url.path,
                base_url if chosen else None,
            )
            raw.set_httpx_client(
                httpx.Client(
                    base_url=base_url, timeout=self._config.timeout, transport=transport_s, headers=ua
                )
            )
        return raw

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.spec}>"


class Service(_ServiceBase):
    """Sync service: `.raw` works with the generated `sync`/`sync_detailed` functions."""

    @property
    def _runner(self) -> SyncRunner:
        return SyncRunner(self._lookup)

    @property
    def raw(self) -> Any:
        return self._raw_client(is_async=False)

    @property
    def http(self) -> httpx.Client:
        """The httpx client behind `.raw` (limits, retries and errors applied)."""
        return self.raw.get_httpx_client()  # type: ignore[no-any-return]

    def close(self) -> None:
        with self._raw_lock:
            raw, self._raw = self._raw, None
        if raw is not None:
            raw.get_httpx_client().close()


class AsyncService(_ServiceBase):
    """Async service: `.raw` works with the generated `asyncio`/`asyncio_detailed` functions."""

    @property
    def _runner(self) -> Any:
        # an AsyncRunner; typed Any because the operation classes mixed in here are annotated
        # with their sync results (their async twins in services/_gen say what an AsyncClient gives)
        return AsyncRunner(self._lookup)

    @property
    def raw(self) -> Any:
        return self._raw_client(is_async=True)

    @property
    def http(self) -> httpx.AsyncClient:
        return self.raw.get_async_httpx_client()  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        with self._raw_lock:
            raw, self._raw = self._raw, None
        if raw is not None:
            await raw.get_async_httpx_client().aclose()
