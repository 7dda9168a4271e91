"""Tokens the emulator mints and checks: WB-shaped JWTs (HS256 with the emulator's secret, or
unsigned), payload as WB's: id, s (category bitmask), sid, exp, t, and the token type's acc and
`for` (wb-facts/2026-08/tokens.yaml); WBD tokens carry no `s`."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wbseller.token import ACC_TYPES, CATEGORY_BITS, WBD, encode_bits

# the `acc` claim of each token type WB issues (base_with_secret is a Base token plus a secret)
TYPE_ACC = {t: acc for acc, t in ACC_TYPES.items()}
DEFAULT_SERVICE = "emulated-service"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def mint(
    secret: bytes | None,
    *,
    categories: Iterable[str] = (),
    read_only: bool = False,
    sandbox: bool = False,
    expires_in: float = 180 * 86400,
    seller_id: str,
    now: float | None = None,
    token_type: str | None = "personal",
    service_id: str = DEFAULT_SERVICE,
) -> str:
    """token_type: personal (acc 3, for "self"), service (acc 4, for "asid:<service_id>"), base
    (acc 1), test (acc 2, t true), or None for a token without acc and `for` (the claims WB
    documents as stable: a type the client cannot read). A sandbox token is a test token (WB
    issues no other for the sandbox)."""
    cats = list(categories)
    if sandbox and token_type is not None:
        token_type = "test"
    if token_type is not None and token_type not in TYPE_ACC:
        raise ValueError(f"unknown token_type {token_type!r}; known: {sorted(TYPE_ACC)} and None")
    issued = int(time.time() if now is None else now)
    payload: dict[str, Any]
    if WBD in cats:
        if len(cats) > 1:
            raise ValueError("a WBD token carries no seller categories: mint it separately")
        payload = {"id": str(uuid.uuid4()), "sid": seller_id, "exp": issued + int(expires_in), "iat": issued}
    else:
        unknown = [c for c in cats if c not in CATEGORY_BITS]
        if unknown:
            raise ValueError(f"unknown categories {unknown}; known: {sorted(CATEGORY_BITS)} and 'wbd'")
        payload = {
            "id": str(uuid.uuid4()),
            "s": encode_bits(cats, read_only),
            "sid": seller_id,
            "exp": issued + int(expires_in),
            "iat": issued,
            "t": sandbox or token_type == "test",
        }
        if token_type is not None:
            payload["acc"] = TYPE_ACC[token_type]
            if token_type == "personal":
                payload["for"] = "self"
            elif token_type == "service":
                payload["for"] = f"asid:{service_id}"
    header = {"alg": "HS256" if secret else "none", "typ": "JWT"}
    signing_input = _b64(json.dumps(header).encode()) + "." + _b64(json.dumps(payload).encode())
    sig = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest() if secret else b""
    return signing_input + "." + _b64(sig)


@dataclass
class Claims:
    payload: dict[str, Any]
    wbd: bool

    @property
    def seller(self) -> str:
        return str(self.payload.get("sid") or "")

    @property
    def bits(self) -> int:
        s = self.payload.get("s")
        return s if isinstance(s, int) else 0

    def has(self, category: str) -> bool:
        if category == WBD:
            return self.wbd
        if self.wbd:
            return False
        return category == "common" or bool((self.bits >> CATEGORY_BITS[category]) & 1)

    @property
    def token_type(self) -> str:
        """Whose limits apply: the `acc` claim's type; without it, test for a sandbox token and
        Personal otherwise (as the client assumes)."""
        acc = self.payload.get("acc")
        found = ACC_TYPES.get(acc) if isinstance(acc, int) and not isinstance(acc, bool) else None
        return found or ("test" if self.payload.get("t") else "personal")

    @property
    def account(self) -> str:
        """Whose budget the limits are: the service's for a Service token (one budget for all tokens
        of a service), else the seller's."""
        target = self.payload.get("for")
        if self.token_type == "service" and isinstance(target, str) and target.startswith("asid:"):
            return target
        return self.seller

    @property
    def read_only(self) -> bool:
        return bool((self.bits >> 30) & 1)

    @property
    def expired(self) -> bool:
        exp = self.payload.get("exp")
        return isinstance(exp, int | float) and exp <= time.time()


class TokenError(Exception):
    """Why a token is refused; the message goes into WB's 401 body."""


def parse(token: str, secret: bytes | None) -> Claims:
    parts = token.split(".")
    if len(parts) != 3:
        raise TokenError("malformed token: not a JWT")
    try:
        header = json.loads(_unb64(parts[0]))
        payload = json.loads(_unb64(parts[1]))
    except (ValueError, UnicodeDecodeError) as e:
        raise TokenError("malformed token: bad encoding") from e
    if not isinstance(payload, dict) or not isinstance(header, dict):
        raise TokenError("malformed token: bad claims")
    alg = header.get("alg")
    if alg == "HS256":
        if secret is None:
            raise TokenError("signature is invalid")
        expected = hmac.new(secret, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
        try:
            ok = hmac.compare_digest(expected, _unb64(parts[2]))
        except ValueError:
            ok = False
        if not ok:
            raise TokenError("signature is invalid")
    elif alg != "none":
        raise TokenError(f"unsupported signing algorithm {alg!r}")
    if "sid" not in payload or "exp" not in payload:
        raise TokenError("malformed token: missing claims")
    return Claims(payload, wbd="s" not in payload)
