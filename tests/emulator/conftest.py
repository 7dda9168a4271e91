"""Fixtures for the emulator's own tests: a time-scaled, strict emulator and an httpx client.

After every test, the emulator must not have produced an answer that breaks its spec, nor a
handler crash (strict mode records both)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wbseller.testing import Emulator

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
