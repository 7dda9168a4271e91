"""Fixtures for the facade core tests: a time-scaled emulator and clients wired to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

ALL = ["content", "prices", "marketplace", "promotion"]


@pytest.fixture
def make_client(emu: Emulator) -> Iterator[Callable[..., Any]]:
    """make_client(categories=ALL, async_=False, token=None, **Client options): a client on the
    emulator with the emulator's (scaled) limits and its own limiter, closed after the test."""
    made: list[Any] = []

    def make(
        categories: list[str] | None = None, *, async_: bool = False, token: str | None = None, **kw: Any
    ) -> Any:
        kw.setdefault("base_url", emu.base_url)
        kw.setdefault("rate_limits", emu.client_rate_limits())
        kw.setdefault("limiter", InProcessLimiter())
        kw.setdefault("timeout", 5.0)
        tok = token if token is not None else emu.make_token(categories or ALL)
        cls = wbseller.AsyncClient if async_ else wbseller.Client
        client = cls(tok, **kw)
        made.append(client)
        return client

    yield make
    for c in made:
        if isinstance(c, wbseller.Client):
            c.close()


@pytest.fixture
def warehouse(emu: Emulator) -> dict[str, int]:
    """A warehouse of the default seller, and an office no warehouse uses yet."""
    from wbseller_emulator.handlers.marketplace import MarketplaceStore

    store = emu.state.default.store(MarketplaceStore)
    offices = store.offices()
    wh = store.add_warehouse("Main", offices[0].id)
    return {"id": wh.id, "free_office": offices[1].id}


def statuses(emu: Emulator, operation: str) -> list[int | None]:
    return [r.status for r in emu.requests if r.operation == operation]
