"""Fixtures for the service tests: a time-scaled strict emulator, and clients wired to it."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any

import pytest

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

ALL = ["content", "prices", "marketplace", "promotion"]


@pytest.fixture
def make_client(emu: Emulator) -> Iterator[Callable[..., Any]]:
    """make_client(async_=False, categories=ALL, **Client options): a Client (or AsyncClient) on
    the emulator, with a WBD token too, the emulator's scaled limits and a limiter of its own."""
    made: list[Any] = []

    def make(*, async_: bool = False, categories: list[str] | None = None, **kw: Any) -> Any:
        kw.setdefault("base_url", emu.base_url)
        # 10% under the emulator's pace: these tests are about the services, not about timing
        # (tests/core/test_limits.py holds the client to the exact limits)
        kw.setdefault("rate_limits", emu.client_rate_limits(slack=1.1))
        kw.setdefault("limiter", InProcessLimiter())
        kw.setdefault("retry_backoff", 0.01)
        kw.setdefault("wbd_token", emu.make_token(["wbd"]))
        cls = wbseller.AsyncClient if async_ else wbseller.Client
        client = cls(emu.make_token(categories or ALL), **kw)
        made.append(client)
        return client

    yield make
    for c in made:
        if isinstance(c, wbseller.Client):
            c.close()


class Drive:
    """One scenario for both clients: `await d(x)` is x on a Client, `await x` on an AsyncClient."""

    poll = 0.02  # real seconds between a waiter's checks (the emulator's delays are time-scaled)

    def __init__(self, client: Any, is_async: bool) -> None:
        self.client = client
        self.is_async = is_async

    async def __call__(self, value: Any) -> Any:
        return await value if self.is_async else value

    async def list(self, pages: Any) -> list[Any]:
        if self.is_async:
            return [x async for x in pages]
        return list(pages)

    async def wait(self, handle: Any, **kw: Any) -> Any:
        kw.setdefault("poll", self.poll)
        return await self(handle.wait(**kw))


Scenario = Callable[[Drive], Coroutine[Any, Any, None]]
Run = Callable[..., None]


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, make_client: Callable[..., Any]) -> Run:
    """run(scenario, **client options): the scenario on a fresh Client (or AsyncClient), inside
    asyncio.run."""
    is_async = request.param == "async"

    def go(scenario: Scenario, **kw: Any) -> None:
        async def main() -> None:
            client = make_client(async_=is_async, **kw)
            try:
                await scenario(Drive(client, is_async))
            finally:
                if is_async:
                    await client.aclose()

        asyncio.run(main())

    return go


# --- the same, for tests that take the client as a fixture and call play() ------------------------
@pytest.fixture(params=["sync", "async"])
def wb(request: pytest.FixtureRequest, make_client: Callable[..., Any]) -> Any:
    return make_client(async_=request.param == "async")


async def done(value: Any) -> Any:
    """A service call's result: the value (Client) or the awaited coroutine (AsyncClient)."""
    return await value if inspect.isawaitable(value) else value


async def collect(wb: Any, pages: Any) -> list[Any]:
    if isinstance(wb, wbseller.AsyncClient):
        return [item async for item in pages]
    return list(pages)


def play(wb: Any, scenario: Callable[[], Awaitable[None]]) -> None:
    async def main() -> None:
        try:
            await scenario()
        finally:
            if isinstance(wb, wbseller.AsyncClient):
                await wb.aclose()

    asyncio.run(main())
