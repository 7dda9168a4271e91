"""Threads sharing a client get one service per category and one `.raw` per service (one
transport and limiter each): the first use builds them under a lock. The builders are slowed down
here so that, without the lock, every thread would build its own."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import wbseller
from wbseller.services.base import _ServiceBase
from wbseller_emulator.auth import mint

TOKEN = mint(b"k", categories=["content", "prices"], seller_id="s")
THREADS = 8


def _slowed(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, calls: list[str]) -> None:
    real: Callable[..., Any] = getattr(owner, name)

    def slow(self: Any, *args: Any) -> Any:
        calls.append(name)
        time.sleep(0.05)  # a wide window for a second thread to start building too
        return real(self, *args)

    monkeypatch.setattr(owner, name, slow)


@pytest.mark.parametrize("cls", [wbseller.Client, wbseller.AsyncClient])
def test_one_service_and_one_raw_client_per_category(
    monkeypatch: pytest.MonkeyPatch, cls: type[wbseller.Client] | type[wbseller.AsyncClient]
) -> None:
    calls: list[str] = []
    _slowed(monkeypatch, cls, "_new_service", calls)
    _slowed(monkeypatch, _ServiceBase, "_build_raw", calls)
    client = cls(TOKEN)
    barrier = threading.Barrier(THREADS)

    def use(_: int) -> tuple[Any, Any]:
        barrier.wait()
        service = client.content
        return service, service.raw

    with ThreadPoolExecutor(THREADS) as pool:
        seen = list(pool.map(use, range(THREADS)))
    assert len({id(s) for s, _ in seen}) == 1
    assert len({id(r) for _, r in seen}) == 1
    assert calls == ["_new_service", "_build_raw"]
    assert client.prices is client.prices  # another category: its own, once
