"""Everything a Client and an AsyncClient decide once, the same way: tokens, hosts, sandbox,
limits, retries. Both clients are thin shells around one `Config`."""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import httpx

from . import attempt
from ._version import __version__
from .errors import InvalidRequestError, SandboxUnavailableError
from .limits import Limiter, default_limiter
from .operations import hosts, spec_names
from .options import RateLimits as RateLimits  # re-exported: Client's option type
from .options import (
    _answer_limits,
    _backoff,
    _check_token,
    _deadline,
    _emulator_rates,
    _proxy,
    _rates,
    _retries,
    _retry,
    _timeout,
)
from .policy import Policy, RateOverrides
from .retry import Decide, RetryPolicy
from .token import TOKEN_TYPES, WBD, Secret, TokenInfo, clean_token, decode_header, token_info
from .wires import SharedWires

log = logging.getLogger("wbseller")
EXPIRY_WARNING_DAYS = 14


class TokenWarning(UserWarning):
    """Something about a token deserves attention (not a JWT, expiring soon, expired)."""


_untyped_warned = False  # the warning about a token whose type cannot be read: once per process
_base_warned: set[str] = set()  # the Base token warning: once per process and token


def _token_type(explicit: str | None, info: TokenInfo | None) -> tuple[str, bool]:
    """(the token type the client paces by, whether it is known). An explicit type wins; else the
    token's `acc` claim; else Personal, with one warning per process."""
    global _untyped_warned
    if explicit is not None:
        if explicit not in TOKEN_TYPES:
            raise InvalidRequestError(
                f"token_type: {explicit!r} is not one of {', '.join(TOKEN_TYPES)}",
                field="token_type",
                value=explicit,
                limit=", ".join(TOKEN_TYPES),
            )
        return explicit, True
    if info is None or info.kind == WBD:
        return "personal", False
    if info.token_type is not None:
        return info.token_type, True
    if not _untyped_warned and info.is_jwt:  # a token that is no JWT was warned about already
        _untyped_warned = True
        warnings.warn(
            "the token does not say its type (no `acc` claim): it is paced by WB's Personal limits. "
            "A Base token's limits are far lower (prices 4 per hour, card uploads with merge one per "
            'two hours...): for one, pass token_type="base" (or "base_with_secret" when it is sent '
            'with a service\'s secret; "service" for a Service token)',
            TokenWarning,
            stacklevel=5,
        )
    return "personal", False


def _warn_base(info: TokenInfo | None, token: Secret) -> None:
    """A Base token: say once, at construction, how far below a Personal token its limits are."""
    if token.fingerprint in _base_warned:
        return
    _base_warned.add(token.fingerprint)
    from .token_limits import describe, tightest  # the operations table, loaded only for this

    held = None if info is None or not info.is_jwt else [c for c in _CATEGORIES if info.allows(c)]
    strictest = "; ".join(
        f"{bl.category}: {describe(bl.rate)}, {_ops(bl.operations)}" for bl in tightest("base", held)
    )
    warnings.warn(
        "this is a Base token: WB gives it far lower limits than a Personal or Service token, and the "
        f"client paces by them. The strictest per category: {strictest}. A Base token sent with a "
        'service\'s secret gets the service limits: pass token_type="base_with_secret" then',
        TokenWarning,
        stacklevel=5,
    )


_CATEGORIES = ("common", "content", "prices", "marketplace", "promotion")


def _ops(keys: tuple[str, ...]) -> str:
    return keys[0] if len(keys) == 1 else f"{keys[0]} and {len(keys) - 1} more"


def _unsigned(token: Secret | None) -> bool:
    """A JWT without a signature (`alg: none`): the emulator's unsigned tokens; WB refuses them."""
    header = decode_header(token.get()) if token is not None else None
    return header is not None and str(header.get("alg", "")).lower() == "none"


def _inspect(token: Secret | None, what: str) -> TokenInfo | None:
    if token is None:
        return None
    info = token_info(token)
    if not info.is_jwt:
        warnings.warn(
            f"the {what} is not a JWT: it is sent as is, without scope or expiry checks"
            + ("" if what != "token" else ", and paced by WB's Personal limits (token_type= sets its type)"),
            TokenWarning,
            stacklevel=5,
        )
    else:
        left = info.expires_in()
        if left is not None and left <= 0:
            warnings.warn(
                f"the {what} expired on {info.expires_at:%Y-%m-%d %H:%M} UTC: every call that needs "
                "it raises TokenExpiredError; create a new one in the seller portal",
                TokenWarning,
                stacklevel=5,
            )
        elif left is not None and left < EXPIRY_WARNING_DAYS * 86400:
            warnings.warn(
                f"the {what} expires in {left / 86400:.1f} days ({info.expires_at:%Y-%m-%d})",
                TokenWarning,
                stacklevel=5,
            )
    return info


@dataclass(frozen=True)
class _Identity:
    """Who a client is: its tokens, their claims, and the type it is paced by."""

    seller: Secret | None
    wbd: Secret | None
    info: TokenInfo | None
    wbd_info: TokenInfo | None
    kind: str
    known: bool

    def sandbox(self, option: bool | None) -> bool:
        return bool(self.info.sandbox) if option is None and self.info is not None else bool(option)


def _identity(token: str | None, wbd_token: str | None, token_type: str | None) -> _Identity:
    token = clean_token(token, "token") if token else None  # a newline read from a file and such
    wbd_token = clean_token(wbd_token, "wbd_token") if wbd_token else None
    seller = Secret(token) if token else None
    wbd = Secret(wbd_token) if wbd_token else None
    info = _inspect(seller, "token")
    if info is not None and info.kind == WBD and wbd is None:
        wbd, seller, info = seller, None, None  # a WBD token given as `token`
    wbd_info = _inspect(wbd, "WBD token")
    if seller is None:  # nothing is paced by a type without a token, but a wrong option is an error
        kind, known = (_token_type(token_type, None)[0] if token_type else "personal"), False
    else:
        kind, known = _token_type(token_type, info)
    if kind == "base" and seller is not None:
        _warn_base(info, seller)
    return _Identity(seller, wbd, info, wbd_info, kind, known)


def _warn_unsigned(who: _Identity, to_wb: bool) -> None:
    for secret, what in ((who.seller, "token"), (who.wbd, "WBD token")):
        if to_wb and _unsigned(secret):
            warnings.warn(
                f"the {what} is unsigned (alg: none, an emulator's token) and goes to WB's hosts: "
                "WB will refuse it (401); pass base_url= the emulator's URL to use it there",
                TokenWarning,
                stacklevel=4,
            )


@dataclass
class Config:
    """A client's settings, checked (built by Config.build from Client's arguments)."""

    token: Secret | None
    wbd_token: Secret | None
    sandbox: bool
    base_url: str | None
    base_urls: dict[str, str]
    timeout: httpx.Timeout
    max_retries: int
    retry_backoff: float
    rates: RateOverrides
    limiter: Limiter
    user_agent: str
    token_info: TokenInfo | None = None
    wbd_token_info: TokenInfo | None = None
    deadline: float | None = None
    answer_limits: dict[str, int] = field(default_factory=dict)
    proxy: str | None = None
    trust_env: bool = True
    token_type: str = "personal"  # the type the seller token is paced by
    token_type_known: bool = False  # from token_type= or the token's claims (else assumed)
    policies: dict[str, Policy] = field(default_factory=dict)
    retry: Decide | None = None  # the caller's decision function (None: RetryPolicy from the options)
    wires: SharedWires | None = None  # an Accounts pool's connections (None: the client's own)

    @classmethod
    def build(
        cls,
        token: str | None,
        *,
        wbd_token: str | None,
        sandbox: bool | None,
        base_url: str | None,
        base_urls: Mapping[str, str] | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_backoff: float,
        rate_limits: RateLimits | None,
        limiter: Limiter | None,
        user_agent: str | None,
        deadline: float | None = None,
        max_answer_bytes: int | Mapping[str, int] = attempt.DEFAULT_ANSWER_LIMIT,
        proxy: str | httpx.URL | None = None,
        trust_env: bool = True,
        token_type: str | None = None,
        emulator: bool = False,
        retry: Decide | None = None,
    ) -> Config:
        _check_token(token, "token")
        _check_token(wbd_token, "wbd_token")
        max_retries = _retries(max_retries)
        decide = _retry(retry)
        retry_backoff = _backoff(retry_backoff)
        http_timeout = _timeout(timeout)
        token = token if token is not None else os.environ.get("WB_API_TOKEN") or None
        wbd_token = wbd_token if wbd_token is not None else os.environ.get("WBD_API_TOKEN") or None
        who = _identity(token, wbd_token, token_type)
        rates = _rates(rate_limits)
        unknown = set(base_urls or {}) - set(spec_names())
        if unknown:
            raise ValueError(f"base_urls: unknown categories {sorted(unknown)}; known: {list(spec_names())}")
        _warn_unsigned(who, base_url is None and set(base_urls or {}) != set(spec_names()))
        proxy_url = _proxy(proxy)
        if emulator is not False:
            # the emulator's buckets, then the caller's own overrides on top
            rates = {**_emulator_rates(emulator, base_url, http_timeout, proxy_url, trust_env), **rates}
        if limiter is None and os.environ.get("WB_REDIS_URL"):
            from .limits.redis import shared_redis_limiter  # here: only Redis users import redis

            limiter = shared_redis_limiter(os.environ["WB_REDIS_URL"])
        return cls(
            token=who.seller,
            wbd_token=who.wbd,
            sandbox=who.sandbox(sandbox),
            base_url=base_url.rstrip("/") if base_url else None,
            base_urls={k: v.rstrip("/") for k, v in (base_urls or {}).items()},
            timeout=http_timeout,
            deadline=_deadline(deadline, http_timeout),
            answer_limits=_answer_limits(max_answer_bytes),
            proxy=proxy_url,
            trust_env=bool(trust_env),
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            rates=rates,
            limiter=limiter or default_limiter(),
            user_agent=user_agent or f"wbseller/{__version__} httpx/{httpx.__version__}",
            token_info=who.info,
            wbd_token_info=who.wbd_info,
            token_type=who.kind,
            token_type_known=who.known,
            retry=decide,
        )

    def for_token(
        self,
        token: str,
        *,
        wbd_token: str | None = None,
        token_type: str | None = None,
        sandbox: bool | None = None,
        wires: SharedWires | None = None,
    ) -> Config:
        """This config for another seller account (Accounts.client): the same hosts, options,
        limiter and rates (an emulator's, asked once); the token's own claims, type and budget."""
        _check_token(token, "token")
        _check_token(wbd_token, "wbd_token")
        who = _identity(token, wbd_token, token_type)
        _warn_unsigned(who, self.base_url is None and set(self.base_urls) != set(spec_names()))
        return replace(
            self,
            token=who.seller,
            wbd_token=who.wbd,
            token_info=who.info,
            wbd_token_info=who.wbd_info,
            sandbox=who.sandbox(sandbox),
            token_type=who.kind,
            token_type_known=who.known,
            policies={},
            wires=wires or self.wires,
        )

    def url(self, spec: str) -> tuple[str, bool]:
        """(base URL of the spec's host, whether the user chose it)."""
        if spec in self.base_urls:
            return self.base_urls[spec], True
        if self.base_url:
            return self.base_url, True
        h = hosts(spec)
        if self.sandbox and spec != "wbd":
            if not h["sandbox"]:
                raise SandboxUnavailableError(
                    f"WB runs no sandbox for the {spec} API; use a production token "
                    "or pass base_url/base_urls"
                )
            return str(h["sandbox"]), False
        return str(h["production"]), False

    def policy(self, spec: str) -> Policy:
        p = self.policies.get(spec)
        if p is None:
            wbd = hosts(spec)["auth"] == "BearerAuth"
            p = self.policies[spec] = Policy(
                token=self.wbd_token if wbd else self.token,
                token_info=self.wbd_token_info if wbd else self.token_info,
                auth_prefix="Bearer " if wbd else "",
                limiter=self.limiter,
                rates=self.rates,
                # WBD's tokens have no type: its operations have one row for every token
                token_type="personal" if wbd else self.token_type,
                token_type_known=not wbd and self.token_type_known,
                retry=self.retry
                or RetryPolicy(max_retries=self.max_retries, backoff_base=self.retry_backoff),
                sandbox=self.sandbox and not wbd,
                user_agent=self.user_agent,
                deadline=self.deadline,
                answer_limits=self.answer_limits,
            )
        return p

    def __repr__(self) -> str:  # never the tokens
        return (
            f"Config(sandbox={self.sandbox}, base_url={self.base_url!r}, token={self.token_info}, "
            f"token_type={self.token_type!r})"
        )
