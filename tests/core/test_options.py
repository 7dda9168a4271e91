"""Client options: tokens from the environment, hosts, sandbox routing, per-category URLs."""

from __future__ import annotations

import asyncio
import warnings

import pytest

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.auth import mint


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch, emu: Emulator) -> None:
    monkeypatch.setenv("WB_API_TOKEN", emu.make_token(["marketplace"]))
    monkeypatch.setenv("WBD_API_TOKEN", emu.make_token(["wbd"]))
    with wbseller.Client(base_url=emu.base_url) as wb:
        assert wb.token_info is not None and wb.token_info.categories == {"marketplace"}
        assert wb.wbd_token_info is not None and wb.wbd_token_info.kind == "wbd"
        assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
        assert wb.wbd.http.get("/api/v1/catalog").status_code == 200


def test_production_hosts_by_default() -> None:
    tok = mint(b"k", categories=["content"], seller_id="s")
    with wbseller.Client(tok) as wb:
        assert str(wb.content.http.base_url) == "https://content-api.wildberries.ru"
        assert str(wb.promotion.http.base_url) == "https://advert-api.wildberries.ru"
        assert str(wb.wbd.http.base_url) == "https://devapi-digital.wildberries.ru"


def test_sandbox_follows_the_token_claim() -> None:
    tok = mint(b"k", categories=["content", "prices"], seller_id="s", sandbox=True)
    with wbseller.Client(tok) as wb:
        assert wb.sandbox
        assert str(wb.content.http.base_url) == "https://content-api-sandbox.wildberries.ru"
        assert str(wb.prices.http.base_url) == "https://discounts-prices-api-sandbox.wildberries.ru"
        with pytest.raises(wbseller.SandboxUnavailableError, match="no sandbox for the media API"):
            wb.media.raw  # noqa: B018
    with wbseller.Client(tok, sandbox=False) as wb:
        assert str(wb.content.http.base_url) == "https://content-api.wildberries.ru"


def test_sandbox_refuses_operations_without_one(emu: Emulator) -> None:
    tok = emu.make_token(["promotion"], sandbox=True)
    with wbseller.Client(tok, base_url=emu.base_url) as wb:
        with pytest.raises(wbseller.SandboxUnavailableError, match="no sandbox for this operation"):
            wb.promotion.http.get("/adv/v0/config")  # the facts list no sandbox for it
        assert wb.promotion.http.get("/adv/v1/balance").status_code == 200  # this one has one
    assert [r.path for r in emu.requests] == ["/adv/v1/balance"]


def test_base_urls_per_category(emu: Emulator) -> None:
    tok = mint(b"k", categories=["marketplace"], seller_id="s")
    with wbseller.Client(tok, base_urls={"marketplace": emu.base_url + "/"}) as wb:
        assert str(wb.marketplace.http.base_url) == emu.base_url
        assert str(wb.content.http.base_url) == "https://content-api.wildberries.ru"
    with pytest.raises(ValueError, match="unknown categories"):
        wbseller.Client(tok, base_urls={"contnet": "http://x"})


def test_operation_on_another_host_keeps_its_host() -> None:
    """/general/health lives on api.wildberries.ru, not on the general spec's common-api host."""
    import httpx
    import respx

    tok = mint(b"k", categories=["content"], seller_id="s")
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get("https://api.wildberries.ru/general/health").respond(200, json={})
        with wbseller.Client(tok, max_retries=0) as wb:
            assert wb.general.http.get("/general/health").status_code == 200
        assert route.called
        assert route.calls.last.request.headers["Authorization"] == tok
    assert isinstance(httpx.URL("https://api.wildberries.ru"), httpx.URL)


def test_wbd_token_given_as_the_only_token_is_used_for_wbd(emu: Emulator) -> None:
    with wbseller.Client(emu.make_token(["wbd"]), base_url=emu.base_url) as wb:
        assert wb.token_info is None and wb.wbd_token_info is not None
        assert wb.wbd.http.get("/api/v1/catalog").status_code == 200
        with pytest.raises(wbseller.TokenScopeError, match="no token for the marketplace category"):
            wb.marketplace.http.get("/api/v3/offices")


def test_async_client_same_options(emu: Emulator) -> None:
    async def main() -> None:
        async with wbseller.AsyncClient(emu.make_token(["marketplace"]), base_url=emu.base_url) as wb:
            r = await wb.marketplace.http.get("/api/v3/offices")
            assert r.status_code == 200
            assert wb.token_info is not None and wb.token_info.categories == {"marketplace"}

    asyncio.run(main())


def test_expiring_token_warns_and_non_jwt_warns_once(emu: Emulator) -> None:
    with pytest.warns(wbseller.config.TokenWarning, match="expires in"):
        wbseller.Client(emu.make_token(["content"], expires_in=3 * 86400), base_url=emu.base_url)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with wbseller.Client("plain-old-api-key", base_url=emu.base_url) as wb:
            assert wb.token_info is not None and not wb.token_info.is_jwt
            with pytest.raises(wbseller.AuthError):  # sent as is; the emulator refuses it
                wb.marketplace.http.get("/api/v3/offices")
    assert [str(w.message) for w in caught if issubclass(w.category, wbseller.config.TokenWarning)] == [
        "the token is not a JWT: it is sent as is, without scope or expiry checks, and paced by WB's "
        "Personal limits (token_type= sets its type)"
    ]


def test_expired_token_warns_at_construction(emu: Emulator) -> None:
    with pytest.warns(wbseller.config.TokenWarning, match=r"token expired on .*TokenExpiredError"):
        wb = wbseller.Client(emu.make_token(["content"], expires_in=-86400), base_url=emu.base_url)
    with pytest.raises(wbseller.TokenExpiredError):  # and a call is refused before it leaves
        wb.content.http.post("/content/v2/get/cards/list", json={"settings": {"cursor": {"limit": 1}}})
    wb.close()
    with pytest.warns(wbseller.config.TokenWarning, match="WBD token expired on"):
        wbseller.AsyncClient(wbd_token=emu.make_token(["wbd"], expires_in=-60), base_url=emu.base_url)
    assert emu.requests == []


def test_user_agent_reaches_wb(emu: Emulator) -> None:
    """user_agent= (default wbseller/<version>) is what WB sees, not httpx's own default."""
    with wbseller.Client(emu.make_token(["marketplace"]), base_url=emu.base_url, user_agent="shop/2") as wb:
        wb.marketplace.http.get("/api/v3/offices")
    with wbseller.Client(emu.make_token(["marketplace"]), base_url=emu.base_url) as wb:
        wb.marketplace.http.get("/api/v3/offices")
    agents = [r.headers.get("user-agent", "") for r in emu.requests]
    assert agents[0] == "shop/2" and agents[1].startswith("wbseller/")
