"""WB API tokens: decode the JWT payload (never verified: only WB can), scopes, expiry, sandbox,
and the token type WB sets its limits by.

The token itself is kept in a `Secret`, whose str/repr never show it, so it cannot leak
through logs, reprs or exception messages by accident.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .errors import InvalidRequestError

# Bit N of the `s` claim, as api-information.txt lists them.
CATEGORY_BITS: dict[str, int] = {
    "content": 1,
    "analytics": 2,
    "prices": 3,
    "marketplace": 4,
    "statistics": 5,
    "promotion": 6,
    "feedbacks": 7,
    "chat": 9,
    "supplies": 10,
    "returns": 11,
    "documents": 12,
    "finance": 13,
    "users": 16,
}
READ_ONLY_BIT = 30
# The token types WB gives limits for (wb-facts/2026-08/tokens.yaml): a token's `acc` claim says
# which of the first four it is; "base_with_secret" is a Base token sent with a service's secret
# (WB then applies the service limits), which no claim shows: the client is told so.
TOKEN_TYPES = ("personal", "service", "base_with_secret", "base", "test")
ACC_TYPES = {1: "base", 2: "test", 3: "personal", 4: "service"}
# Pseudo-categories of our specs: "common" needs any seller token; "wbd" a WBD token.
COMMON = "common"
WBD = "wbd"


class Secret:
    """A token that never prints itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    @property
    def fingerprint(self) -> str:
        """A short stable hash, safe to log and to key rate-limit buckets by."""
        return hashlib.sha256(self._value.encode()).hexdigest()[:12]

    def __repr__(self) -> str:
        return f"Secret(sha256:{self.fingerprint})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:  # pickling would carry the token
        raise TypeError("a wbseller Secret cannot be pickled")


def clean_token(value: str, name: str = "token") -> str:
    """The token as WB issued it: surrounding whitespace (the newline of a file, a \\r\\n, a
    trailing space) taken off. Anything else that is not printable ASCII (inner whitespace, a
    control, a non-ASCII letter) is refused here, before any request: sent as is it would fail
    on the wire, and the error would quote the header. The message never shows the token."""
    token = value.strip()
    for i, ch in enumerate(token):
        if not "!" <= ch <= "~":
            kind = (
                "whitespace"
                if ch.isspace()
                else "a control character"
                if ch < " " or ch == "\x7f"
                else "not ASCII"
            )
            raise InvalidRequestError(  # no value=: that would be the token
                f"{name}: character {i + 1} of {len(token)} is {kind} (U+{ord(ch):04X}); a WB token is "
                "printable ASCII only: check how it was copied (the token is not shown)",
                field=name,
                limit="printable ASCII",
            )
    return token


def encode_bits(categories: list[str] | set[str] | frozenset[str], read_only: bool = False) -> int:
    s = 0
    for c in categories:
        s |= 1 << CATEGORY_BITS[c]
    if read_only:
        s |= 1 << READ_ONLY_BIT
    return s


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def decode_payload(token: str) -> dict[str, Any] | None:
    """The JWT payload as a dict, or None when the token is not a JWT (no error names it)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(_b64decode(parts[1]))
    except (ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def decode_header(token: str) -> dict[str, Any] | None:
    """The JWT header (`alg`, `typ`) as a dict, or None when the token is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        header = json.loads(_b64decode(parts[0]))
    except (ValueError, UnicodeDecodeError):
        return None
    return header if isinstance(header, dict) else None


@dataclass(frozen=True)
class TokenInfo:
    """What a token's public claims say. Holds no secret; safe to print."""

    is_jwt: bool
    kind: str = "seller"  # "seller" (has the `s` bitmask) or "wbd"
    categories: frozenset[str] = field(default_factory=frozenset)
    read_only: bool = False
    sandbox: bool = False
    seller_id: str | None = None
    token_id: str | None = None
    expires_at: datetime | None = None
    fingerprint: str = ""
    # personal, service, base or test from the `acc` claim (a sandbox token without it: test);
    # None when the token does not say (WB documents only id, s, sid and exp as stable)
    token_type: str | None = None
    service_id: str | None = None  # a Service token's service (`for`: "asid:<id>")

    def expires_in(self, now: float | None = None) -> float | None:
        if self.expires_at is None:
            return None
        return self.expires_at.timestamp() - (time.time() if now is None else now)

    def expired(self, now: float | None = None) -> bool:
        left = self.expires_in(now)
        return left is not None and left <= 0

    def allows(self, category: str) -> bool:
        """Whether the token's claims grant the category (unknown for non-JWT tokens: True)."""
        if not self.is_jwt:
            return True
        if category == WBD:
            return self.kind == WBD
        if self.kind == WBD:
            return False
        return category == COMMON or category in self.categories

    @property
    def account(self) -> str:
        """Who the rate limits belong to: the seller id, else a hash of the token."""
        return self.seller_id or f"token:{self.fingerprint}"


def token_info(token: Secret) -> TokenInfo:
    payload = decode_payload(token.get())
    if payload is None:
        return TokenInfo(is_jwt=False, fingerprint=token.fingerprint)
    exp = payload.get("exp")
    expires_at = datetime.fromtimestamp(exp, UTC) if isinstance(exp, int | float) else None
    s = payload.get("s")
    if not isinstance(s, int):
        # WBD issues its own JWTs, without the seller bitmask.
        return TokenInfo(
            is_jwt=True,
            kind=WBD,
            categories=frozenset({WBD}),
            seller_id=_str(payload.get("sid") or payload.get("a")),
            token_id=_str(payload.get("id")),
            expires_at=expires_at,
            fingerprint=token.fingerprint,
        )
    sandbox = bool(payload.get("t", False))
    acc = payload.get("acc")
    token_type = ACC_TYPES.get(acc) if isinstance(acc, int) and not isinstance(acc, bool) else None
    if token_type is None and sandbox:
        token_type = "test"  # only test tokens reach the sandbox
    target = payload.get("for")
    service_id = target[len("asid:") :] if isinstance(target, str) and target.startswith("asid:") else None
    return TokenInfo(
        is_jwt=True,
        kind="seller",
        categories=frozenset(c for c, bit in CATEGORY_BITS.items() if (s >> bit) & 1),
        read_only=bool((s >> READ_ONLY_BIT) & 1),
        sandbox=sandbox,
        token_type=token_type,
        service_id=service_id or None,
        seller_id=_str(payload.get("sid")),
        token_id=_str(payload.get("id")),
        expires_at=expires_at,
        fingerprint=token.fingerprint,
    )


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
