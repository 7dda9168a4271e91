"""Fixtures for the emulator's own tests: a time-scaled, strict emulator and an httpx client.

After every test, the emulator must not have produced an answer that breaks its spec, nor a
handler crash (strict mode records both)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wbseller.testing import Emulator


@pytest.fixture(scope="module")
def emulator_module() -> Iterator[Emulator]:
    with Emulator(time_scale=0.01, strict=True) as emu:
        yield emu


@pytest.fixture
def emu(emulator_module: Emulator) -> Iterator[Emulator]:
    emulator_module.reset()
    yield emulator_module
    errors = emulator_module.response_errors + emulator_module.handler_errors
    emulator_module.reset()
    assert errors == [], "the emulator broke its spec or crashed:\n" + "\n".join(errors)


ALL = ["content", "prices", "marketplace", "promotion"]


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
