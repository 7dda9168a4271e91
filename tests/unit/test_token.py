"""Token decoding: categories from `s`, read-only bit 30, sandbox, seller, expiry; never shown."""

from __future__ import annotations

import time

import pytest

from wbseller.token import CATEGORY_BITS, Secret, encode_bits, token_info
from wbseller_emulator.auth import mint


def test_bits_follow_the_docs() -> None:
    assert CATEGORY_BITS["content"] == 1 and CATEGORY_BITS["prices"] == 3
    assert CATEGORY_BITS["marketplace"] == 4 and CATEGORY_BITS["promotion"] == 6
    assert encode_bits(["content"]) == 0b10
    assert encode_bits(["content"], read_only=True) == 0b10 | (1 << 30)


def test_decodes_a_seller_token() -> None:
    tok = mint(
        b"k",
        categories=["content", "promotion"],
        read_only=True,
        sandbox=True,
        seller_id="s-1",
        expires_in=3600,
    )
    info = token_info(Secret(tok))
    assert info.is_jwt and info.kind == "seller"
    assert info.categories == {"content", "promotion"}
    assert info.read_only and info.sandbox and info.seller_id == "s-1"
    assert info.allows("content") and info.allows("common") and not info.allows("prices")
    assert not info.allows("wbd")
    assert 3500 < (info.expires_in() or 0) <= 3600
    assert not info.expired()


def test_expired_and_wbd_tokens() -> None:
    old = token_info(
        Secret(mint(None, categories=["content"], seller_id="s", now=time.time() - 10, expires_in=5))
    )
    assert old.expired()
    wbd = token_info(Secret(mint(None, categories=["wbd"], seller_id="s")))
    assert wbd.kind == "wbd" and wbd.allows("wbd") and not wbd.allows("content")


def test_non_jwt_tokens_are_opaque() -> None:
    info = token_info(Secret("not-a-jwt"))
    assert not info.is_jwt and info.allows("content")
    assert info.account.startswith("token:")


@pytest.mark.parametrize("form", [str, repr, lambda s: f"{s}", lambda s: "%s" % s])  # noqa: UP031
def test_secret_never_prints_itself(form) -> None:  # type: ignore[no-untyped-def]
    tok = mint(b"k", categories=["content"], seller_id="s")
    s = Secret(tok)
    assert tok not in form(s)
    assert tok not in repr(token_info(s))
    assert s.get() == tok


def test_expiry_is_checked_on_every_call_against_the_clock_it_is_given() -> None:
    """The expiry is computed once per client, not per call; a call is still refused from the
    moment the token expires (a clock is injected: no waiting, no wall-clock timing)."""
    import httpx

    from wbseller.errors import TokenExpiredError
    from wbseller.limits import InProcessLimiter
    from wbseller.transport import Policy, WBTransport

    issued = 1_700_000_000.0
    tok = Secret(mint(b"k", categories=["marketplace"], seller_id="s", now=issued, expires_in=60))
    now = [issued + 1]
    policy = Policy(tok, token_info(tok), "", InProcessLimiter(), clock=lambda: now[0])
    sent: list[str] = []

    def wb(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json=[])

    transport = WBTransport(policy, "marketplace", httpx.MockTransport(wb))
    with httpx.Client(base_url="https://marketplace-api.wildberries.ru", transport=transport) as http:
        assert http.get("/api/v3/offices").status_code == 200
        now[0] = issued + 59.9
        assert http.get("/api/v3/offices").status_code == 200  # the cached checks still let it go
        now[0] = issued + 60
        with pytest.raises(TokenExpiredError, match="expired"):
            http.get("/api/v3/offices")
    assert sent == ["/api/v3/offices", "/api/v3/offices"]


def _jwt(payload: dict[str, object]) -> Secret:
    import base64
    import json

    def part(data: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return Secret(f"{part({'alg': 'none'})}.{part(payload)}.")


@pytest.mark.parametrize(
    ("claims", "token_type", "service_id"),
    [
        ({"acc": 1}, "base", None),
        ({"acc": 2, "t": True}, "test", None),
        ({"acc": 3, "for": "self"}, "personal", None),
        ({"acc": 4, "for": "asid:1234"}, "service", "1234"),
        ({}, None, None),  # WB documents only id, s, sid, exp as stable: the type cannot be read
        ({"t": True}, "test", None),  # a sandbox token without acc: only test tokens reach the sandbox
        ({"acc": 9}, None, None),  # a type WB has not described
        ({"acc": True}, None, None),
    ],
)
def test_the_token_type_from_acc_for_and_t(
    claims: dict[str, object], token_type: str | None, service_id: str | None
) -> None:
    info = token_info(_jwt({"id": "x", "s": 2, "sid": "seller", "exp": 2_000_000_000, **claims}))
    assert (info.token_type, info.service_id) == (token_type, service_id)


def test_scope_bit_16_is_users() -> None:
    info = token_info(_jwt({"s": (1 << 16) | (1 << 1), "sid": "s", "exp": 2_000_000_000}))
    assert info.categories == {"content", "users"}
