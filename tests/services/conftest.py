"""Fixtures for the service tests: a time-scaled strict emulator, and clients wired to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller.testing import Emulator

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
