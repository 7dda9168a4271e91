"""The pytest plugin (registered through the `pytest11` entry point: installing wbseller-emulator
is enough): fixtures for tests of code that talks to the WB seller API.

- `wb_emulator`: an emulator, reset before the test; after it, the test fails if the emulator
  answered against its spec or a handler crashed (strict mode records both).
- `wb_token(token_type="personal", categories=<all>, **make_token_options)`: a token for it.
- `wb_client` / `wb_async_client`: a `wbseller.Client` / `AsyncClient` bound to both, paced by
  the emulator's (scaled) limits; the async one is not entered: `async with wb_async_client as wb`
  inside the test's own event loop.

One server serves the whole session by default (starting one costs ~0.3 s); the ini options
`wb_emulator_scope` (session, package, module, function) and `wb_emulator_time_scale` (real
seconds one emulator second lasts, default 0.01: WB's limits and delays 100x faster) change that.
Override `wb_emulator_options` to pass other `Emulator(...)` arguments.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pytest

# pytest loads this module in every run of an environment that has the emulator: the server and
# wbseller are imported when a fixture is used, not here
if TYPE_CHECKING:
    import wbseller

    from .server import Emulator

SCOPES = ("session", "package", "module", "class", "function")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "wb_emulator_scope", "how long one wb_emulator server lives (pytest scope)", default="session"
    )
    parser.addini(
        "wb_emulator_time_scale",
        "real seconds one second of wb_emulator lasts (0.01: its limits and delays 100x faster)",
        default="0.01",
    )


def _scope(fixture_name: str, config: pytest.Config) -> Any:
    scope = str(config.getini("wb_emulator_scope"))
    if scope not in SCOPES:
        raise pytest.UsageError(f"wb_emulator_scope = {scope!r}: one of {', '.join(SCOPES)}")
    return scope


@pytest.fixture(scope="session")
def wb_emulator_options(pytestconfig: pytest.Config) -> dict[str, Any]:
    """The `Emulator(...)` arguments of `wb_emulator_server` (override the fixture for others)."""
    return {"time_scale": float(pytestconfig.getini("wb_emulator_time_scale")), "strict": True}


@pytest.fixture(scope=_scope)
def wb_emulator_server(wb_emulator_options: dict[str, Any]) -> Iterator[Emulator]:
    """The running emulator itself, shared for `wb_emulator_scope`; tests use `wb_emulator`."""
    from .server import Emulator

    with Emulator(**wb_emulator_options) as emu:
        yield emu


@pytest.fixture
def wb_emulator(wb_emulator_server: Emulator) -> Iterator[Emulator]:
    """The emulator, empty (reset) for this test; the test fails if it broke its spec meanwhile."""
    emu = wb_emulator_server
    emu.reset()
    yield emu
    errors = emu.response_errors + emu.handler_errors
    emu.reset()
    assert errors == [], "the emulator broke its spec or crashed:\n" + "\n".join(errors)


@pytest.fixture
def wb_token(wb_emulator: Emulator) -> Callable[..., str]:
    """A factory of tokens for `wb_emulator`: wb_token(token_type="base"),
    wb_token(categories=["content"], read_only=True), wb_token(categories=["wbd"]) (WBD).
    The default categories: every seller category a token can carry."""
    from wbseller.token import CATEGORY_BITS

    def make(
        token_type: str | None = "personal", categories: Sequence[str] = tuple(CATEGORY_BITS), **options: Any
    ) -> str:
        return wb_emulator.make_token(list(categories), token_type=token_type, **options)

    return make


def _client_options(emu: Emulator, wb_token: Callable[..., str]) -> dict[str, Any]:
    return {
        "token": wb_token(),
        "wbd_token": wb_token(categories=["wbd"]),
        "base_url": emu.base_url,
        "emulator": True,  # paced by the emulator's own (scaled) limits
    }


@pytest.fixture
def wb_client(wb_emulator: Emulator, wb_token: Callable[..., str]) -> Iterator[wbseller.Client]:
    """A `wbseller.Client` for `wb_emulator` with a Personal token of every category (and a WBD
    token), closed after the test."""
    import wbseller

    with wbseller.Client(**_client_options(wb_emulator, wb_token)) as client:
        yield client


@pytest.fixture
def wb_async_client(wb_emulator: Emulator, wb_token: Callable[..., str]) -> Iterator[wbseller.AsyncClient]:
    """`wb_client`'s async twin, not entered (an event loop is the test's own):
    `asyncio.run(main(wb_async_client))` with `async with client as wb:` in main."""
    import wbseller

    client = wbseller.AsyncClient(**_client_options(wb_emulator, wb_token))
    yield client
    # closed already after `async with`; otherwise close what a fresh loop can
    asyncio.run(client.aclose())
