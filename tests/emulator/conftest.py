"""Fixtures for the emulator's own tests: a time-scaled, strict emulator and an httpx client.

The emulator is the pytest plugin's (wbseller_emulator.plugin, `wb_emulator`): these tests need
nothing else of the repository, so they run against an installed wbseller-emulator too
(scripts/smoke_wheel.sh). After every test, the emulator must not have produced an answer that
breaks its spec, nor a handler crash (strict mode records both)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator

ALL = ["content", "prices", "marketplace", "promotion"]


@pytest.fixture
def emu(wb_emulator: Emulator) -> Emulator:
    return wb_emulator


@pytest.fixture(scope="module")
def emulator_module(wb_emulator_server: Emulator) -> Emulator:
    return wb_emulator_server


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    """Seller-token client (content, prices, marketplace, promotion)."""
    with httpx.Client(base_url=emu.base_url, headers={"Authorization": emu.make_token(ALL)}, timeout=10) as c:
        yield c


@pytest.fixture
def wbd_http(emu: Emulator) -> Iterator[httpx.Client]:
    """WBD-token client (Bearer)."""
    token = emu.make_token(["wbd"])
    with httpx.Client(base_url=emu.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=10) as c:
        yield c


class Api:
    """A client for one token that waits out WB's budgets on the virtual clock: a 429 moves the
    emulator's clock past its X-Ratelimit-Retry instead of sleeping, so a test of a 1-a-minute
    operation neither waits nor depends on the machine's speed."""

    def __init__(self, emu: Emulator, client: httpx.Client) -> None:
        self.emu = emu
        self.client = client

    def request(self, method: str, url: str, **kw: Any) -> httpx.Response:
        for _ in range(20):
            r = self.client.request(method, url, **kw)
            if r.status_code != 429:
                return r
            retry = float(r.headers.get("X-Ratelimit-Retry") or 1)
            self.emu.clock.advance(retry / self.emu.clock.time_scale + 0.001)
        raise AssertionError(f"{method} {url}: still 429 after 20 waits")

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("POST", url, **kw)

    def patch(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("PATCH", url, **kw)

    def put(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("PUT", url, **kw)

    def delete(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("DELETE", url, **kw)


@pytest.fixture
def api(emu: Emulator) -> Iterator[Callable[..., Api]]:
    """api(*categories, token_type="personal") -> an Api with a token of those categories."""
    clients: list[httpx.Client] = []

    def make(*categories: str, token_type: str = "personal") -> Api:
        token = emu.make_token(list(categories), token_type=token_type)
        client = httpx.Client(base_url=emu.base_url, headers={"Authorization": token}, timeout=10)
        clients.append(client)
        return Api(emu, client)

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def frozen(emu: Emulator) -> Iterator[Emulator]:
    """The emulator with its virtual clock stopped (only clock.advance moves it): what a test
    observes between two requests cannot depend on how fast a loaded machine sends them."""
    emu.clock.freeze()
    try:
        yield emu
    finally:
        emu.clock.resume()


MakeApi = Callable[..., Api]  # the `api` fixture's type
