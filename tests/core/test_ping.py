"""client.ping() against the emulator at WB's real speed (time_scale 1.0), sync and async, and
what it does without a token.

One emulator origin answers the /ping of every host (content, general, marketplace, prices,
promotion); each host's /ping keeps its own window of 3 requests per 30 s there, as on WB's
hosts, so pinging them all at once (the async client gathers them) is no 429. The client counts
/ping per host and process: a fresh emulator per test (a new origin) starts with full windows."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

HOSTS = ["content", "general", "marketplace", "prices", "promotion"]


@pytest.fixture
def real_speed() -> Iterator[Emulator]:
    with Emulator(time_scale=1.0) as emu:
        yield emu


@pytest.fixture
def emu1(real_speed: Emulator) -> Iterator[Emulator]:
    real_speed.reset()
    yield real_speed
    assert real_speed.response_errors + real_speed.handler_errors == []


def _options(emu: Emulator) -> dict[str, Any]:
    return {"base_url": emu.base_url, "rate_limits": emu.client_rate_limits(), "limiter": InProcessLimiter()}


def _check(emu: Emulator, results: dict[str, wbseller.PingResult]) -> None:
    assert sorted(results) == HOSTS
    assert all(r.ok and r.status == 200 for r in results.values()), results
    # one request per host, none refused: a 429 retried would have shown here
    assert sorted((r.operation, r.status) for r in emu.requests) == [
        (f"{h}.connection_check", 200) for h in HOSTS
    ]


def test_sync_ping_at_real_speed(emu1: Emulator) -> None:
    with wbseller.Client(emu1.make_token(), **_options(emu1)) as wb:
        _check(emu1, wb.ping())


def test_async_ping_at_real_speed(emu1: Emulator) -> None:
    async def main() -> dict[str, wbseller.PingResult]:
        async with wbseller.AsyncClient(emu1.make_token(), **_options(emu1)) as wb:
            return await wb.ping()

    _check(emu1, asyncio.run(main()))


def test_each_host_keeps_its_own_ping_bucket() -> None:
    """Not one shared allowance for everything: a sixth /ping is refused (an hour-long period,
    so no bucket refills while the test runs)."""
    import httpx

    hourly = {f"{h}.connection_check": (1, 3600.0, 1) for h in HOSTS}
    with (
        Emulator(rate_limits=hourly) as emu,
        httpx.Client(base_url=emu.base_url, headers={"Authorization": emu.make_token()}) as http,
    ):
        statuses = [http.get("/ping").status_code for _ in range(6)]
        assert statuses == [200] * 5 + [429]
        assert sorted(r.operation or "" for r in emu.requests[:5]) == [f"{h}.connection_check" for h in HOSTS]


def test_ping_without_a_token_names_wb_api_token(monkeypatch: pytest.MonkeyPatch, emu1: Emulator) -> None:
    monkeypatch.delenv("WB_API_TOKEN", raising=False)
    monkeypatch.delenv("WBD_API_TOKEN", raising=False)
    with (
        wbseller.Client(base_url=emu1.base_url) as wb,
        pytest.raises(wbseller.TokenScopeError, match=r"no seller token.*WB_API_TOKEN"),
    ):
        wb.ping()

    async def main() -> None:
        async with wbseller.AsyncClient(base_url=emu1.base_url) as wb:
            await wb.ping()

    with pytest.raises(wbseller.TokenScopeError, match="WB_API_TOKEN"):
        asyncio.run(main())
    # a WBD token alone does not do either: WBD's API has no /ping
    with (
        wbseller.Client(wbd_token=emu1.make_token(["wbd"]), base_url=emu1.base_url) as wb,
        pytest.raises(wbseller.TokenScopeError, match="WB_API_TOKEN"),
    ):
        wb.ping()
    assert emu1.requests == []


def test_a_call_without_a_token_names_wb_api_token(monkeypatch: pytest.MonkeyPatch, emu1: Emulator) -> None:
    monkeypatch.delenv("WB_API_TOKEN", raising=False)
    with (
        wbseller.Client(base_url=emu1.base_url) as wb,
        pytest.raises(wbseller.TokenScopeError, match=r"no token for the content category.*WB_API_TOKEN"),
    ):
        next(iter(wb.content.iter_cards()))
    assert emu1.requests == []
