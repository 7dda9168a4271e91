"""Many seller accounts in one process: `Accounts` (sync) and `AsyncAccounts` hand out one client
per token, made on first use and kept (the least recently used dropped past `max_clients`).

    with wbseller.Accounts(base_url=...) as accounts:      # Client's options, for every account
        for token in tokens:
            cards = accounts.client(token).content.cards_list()

What the clients share: one connection pool per host (a token travels in each request's header,
never in a connection), the options, the limiter (its buckets are keyed by the seller account the
token names, so two accounts never share a bucket and two tokens of one account always do; with
RedisLimiter too), and an emulator's limits, asked once. What each keeps: its token, the token's
claims and type, and the services it used (a few KiB per account).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace
from types import TracebackType
from typing import Any, Generic, TypeVar

from .client import AsyncClient, Client, _ClientBase
from .config import Config
from .errors import InvalidRequestError
from .wires import SharedWires

C = TypeVar("C", bound=_ClientBase)
DEFAULT_MAX_CLIENTS = 10_000


class _Accounts(Generic[C]):
    _client_cls: type[C]

    def __init__(self, *, max_clients: int = DEFAULT_MAX_CLIENTS, **options: Any) -> None:
        for name in ("token", "wbd_token"):
            if name in options:
                raise TypeError(f"{name}: each account's token goes to .client(token), not to the pool")
        if isinstance(max_clients, bool) or not isinstance(max_clients, int) or max_clients < 1:
            raise InvalidRequestError(
                f"max_clients: {max_clients!r} is not a whole number >= 1",
                field="max_clients",
                value=max_clients,
                limit=">= 1",
            )
        self.max_clients = max_clients
        # every option checked once, the way Client checks it ("": no token, not $WB_API_TOKEN)
        template: Config = self._client_cls("", wbd_token="", **options)._config
        self._wires = SharedWires(template.proxy, template.trust_env)
        self._config = replace(template, wires=self._wires)
        self._token_type: str | None = options.get("token_type")
        self._sandbox: bool | None = options.get("sandbox")
        self._clients: OrderedDict[tuple[str, str | None], C] = OrderedDict()
        self._lock = threading.Lock()
        self._closed = False

    def client(self, token: str, *, wbd_token: str | None = None) -> C:
        """The client of the account this seller token belongs to (and its WBD token, if any):
        the same object for the same tokens while it is kept. Its close() leaves the shared
        connections open: the pool's close closes them."""
        if self._closed:
            raise RuntimeError("this Accounts pool is closed")
        if not isinstance(token, str) or not token.strip():
            if token is not None and not isinstance(token, str):
                raise TypeError(f"token: expected the token as a string, got {type(token).__name__}")
            raise InvalidRequestError("token: each account needs its seller token", field="token")
        key = (token, wbd_token)
        with self._lock:
            made = self._clients.get(key)
            if made is not None:
                self._clients.move_to_end(key)
                return made
        # outside the lock: decoding a token is the slow part, and it may warn (about the token)
        config = self._config.for_token(
            token, wbd_token=wbd_token, token_type=self._token_type, sandbox=self._sandbox
        )
        new = self._client_cls._from_config(config)
        with self._lock:
            made = self._clients.setdefault(key, new)  # a thread that came first wins
            self._clients.move_to_end(key)
            while len(self._clients) > self.max_clients:
                # dropped, not closed: it holds no connection, and whoever still has it may use it
                self._clients.popitem(last=False)
        return made

    def __len__(self) -> int:
        return len(self._clients)

    def _closing(self) -> None:
        self._closed = True
        with self._lock:
            self._clients.clear()

    def __repr__(self) -> str:  # never a token
        return (
            f"<{type(self).__name__} {len(self._clients)} clients (at most {self.max_clients}), "
            f"base_url={self._config.base_url!r}, limiter={type(self._config.limiter).__name__}"
            f"{', closed' if self._closed else ''}>"
        )


class Accounts(_Accounts[Client]):
    """Many seller accounts, one process: `Client`s sharing connections and a limiter.
    Thread-safe. Takes Client's options (except the tokens) and `max_clients`."""

    _client_cls = Client

    def close(self) -> None:
        """Close the shared connections (once); the pool's clients cannot send after it."""
        self._closing()
        self._wires.close()

    def __enter__(self) -> Accounts:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAccounts(_Accounts[AsyncClient]):
    """`Accounts` for asyncio: `AsyncClient`s sharing connections (of one event loop) and a limiter."""

    _client_cls = AsyncClient

    async def aclose(self) -> None:
        self._closing()
        await self._wires.aclose()

    async def __aenter__(self) -> AsyncAccounts:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


__all__ = ["Accounts", "AsyncAccounts"]
