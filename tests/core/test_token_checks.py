"""Before anything is sent: a token without the operation's category, a read-only token on a
write, or an expired token is refused locally, with a clear error (and nothing reaches WB)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator


def test_missing_category_is_refused_before_sending(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client(["content"])
    with pytest.raises(wbseller.TokenScopeError, match="needs a token with the marketplace category"):
        wb.marketplace.http.get("/api/v3/offices")
    assert emu.requests == []


def test_also_category_is_enough(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """The docs let a Promotion token read the cards list (x-wb-also-categories)."""
    wb = make_client(["promotion"])
    r = wb.content.http.post("/content/v2/get/cards/list", json={"settings": {"cursor": {"limit": 1}}})
    assert r.status_code == 200


def test_read_only_token_may_read_but_not_write(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    wb = make_client(
        ["marketplace", "promotion"], token=emu.make_token(["marketplace", "promotion"], read_only=True)
    )
    assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    # a POST that only reads (x-wb-read) is fine
    r = wb.marketplace.http.post(f"/api/v3/stocks/{warehouse['id']}", json={"chrtIds": [1]})
    assert r.status_code != 403
    with pytest.raises(wbseller.TokenScopeError, match="read-only token cannot call a write"):
        wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
        )
    # WB starts campaigns with a GET: still a write
    with pytest.raises(wbseller.TokenScopeError, match="read-only"):
        wb.promotion.http.get("/adv/v0/start", params={"id": 1})
    assert [r.path for r in emu.requests] == ["/api/v3/offices", f"/api/v3/stocks/{warehouse['id']}"]


def test_expired_token(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client(token=emu.make_token(["marketplace"], expires_in=1))
    time.sleep(1.1)
    with pytest.raises(wbseller.TokenExpiredError, match="expired"):
        wb.marketplace.http.get("/api/v3/offices")
    assert emu.requests == []


def test_the_server_agrees_when_checks_are_skipped(warehouse: dict[str, int], emu: Emulator) -> None:
    """The emulator enforces the same rules (401 for a missing category, 403 read-only)."""
    import httpx

    with httpx.Client(base_url=emu.base_url) as c:
        r = c.get("/api/v3/offices", headers={"Authorization": emu.make_token(["content"])})
        assert r.status_code == 401 and r.json()["detail"] == "token scope not allowed"
        r = c.post(
            "/api/v3/warehouses",
            json={"name": "x", "officeId": warehouse["free_office"]},
            headers={"Authorization": emu.make_token(["marketplace"], read_only=True)},
        )
        assert r.status_code == 403


def test_async_checks(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client(["content"], async_=True)

    async def main() -> None:
        with pytest.raises(wbseller.TokenScopeError):
            await wb.marketplace.http.get("/api/v3/offices")
        await wb.aclose()

    asyncio.run(main())
    assert emu.requests == []
