"""Everything a Client and an AsyncClient decide once, the same way: tokens, hosts, sandbox,
limits, retries. Both clients are thin shells around one `Config`."""

from __future__ import annotations

import logging
import math
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from . import attempt
from ._version import __version__
from .errors import InvalidRequestError, SandboxUnavailableError, TransportError
from .limits import Limiter, Rate, default_limiter
from .operations import all_operations, hosts, spec_names
from .token import TOKEN_TYPES, WBD, Secret, TokenInfo, clean_token, decode_header, token_info
from .transport import Policy, RateOverrides
from .wires import hide_password

log = logging.getLogger("wbseller")
EXPIRY_WARNING_DAYS = 14
MAX_RETRIES = 20  # more is a loop, not a retry policy (each waits up to 30 s)
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


class TokenWarning(UserWarning):
    """Something about a token deserves attention (not a JWT, expiring soon, expired)."""


RateLimits = Mapping[str, tuple[int, float, int] | Rate | Mapping[str, tuple[int, float, int] | Rate]]
_untyped_warned = False  # the warning about a token whose type cannot be read: once per process
_base_warned: set[str] = set()  # the Base token warning: once per process and token


def _rates(rate_limits: RateLimits | None) -> RateOverrides:
    """{bucket: (limit, period_seconds, burst)} for every token type, or {bucket: {token_type:
    (limit, period_seconds, burst)}} per type (what Emulator.client_rate_limits() gives)."""
    if rate_limits is not None and not isinstance(rate_limits, Mapping):
        raise InvalidRequestError(
            f"rate_limits: give {{bucket: (limit, period_seconds, burst)}}, not {rate_limits!r}",
            field="rate_limits",
            value=rate_limits,
            limit="a mapping",
        )
    out: RateOverrides = {}
    for bucket, value in (rate_limits or {}).items():
        if isinstance(value, Mapping):
            unknown = set(value) - set(TOKEN_TYPES)
            if unknown:
                raise _bad_rate(bucket, value, f"token types {', '.join(TOKEN_TYPES)}")
            out[bucket] = {t: _rate(f"{bucket}.{t}", v) for t, v in value.items()}
        else:
            out[bucket] = _rate(bucket, value)
    return out


EMULATOR_LIMITS = "/__emulator__/limits"
WB_DOMAINS = ("wildberries.ru", "wb.ru")


def _emulator_rates(
    emulator: object, base_url: str | None, timeout: httpx.Timeout, proxy: str | None, trust_env: bool
) -> RateOverrides:
    """emulator=True: the rate limits of the wbseller emulator at `base_url`, as it enforces them
    (scaled by its time_scale / limits_scale), asked once with GET /__emulator__/limits. Only for
    a base URL that is not WB's: WB's hosts are never asked anything but WB's operations."""
    if not isinstance(emulator, bool):
        raise TypeError(f"emulator: expected True or False, not {emulator!r}")
    if not emulator:
        return {}
    if not base_url:
        raise InvalidRequestError(
            "emulator=True needs base_url= the emulator's URL (`wbseller emulator` prints it)",
            field="emulator",
            value=emulator,
            limit="with base_url",
        )
    host = (httpx.URL(base_url).host or "").lower().rstrip(".")
    urls = [url for h in map(hosts, spec_names()) for url in (h["production"], h["sandbox"]) if url]
    wb = {httpx.URL(str(url)).host for url in urls}
    if host in wb or any(host == d or host.endswith("." + d) for d in WB_DOMAINS):
        raise InvalidRequestError(
            f"emulator=True is for a wbseller emulator at base_url, not WB's host {host}",
            field="emulator",
            value=emulator,
            limit="a base_url other than WB's",
        )
    url = base_url.rstrip("/") + EMULATOR_LIMITS
    try:
        with httpx.Client(timeout=timeout, proxy=proxy, trust_env=trust_env) as http:
            answer = http.get(url)
    except httpx.HTTPError as e:
        raise TransportError(f"emulator=True: no answer from {hide_password(url)}: {e}") from e
    try:
        if answer.status_code != 200:
            raise ValueError(f"HTTP {answer.status_code}")
        limits = answer.json()
        if not isinstance(limits, dict) or not limits:
            raise ValueError("not a JSON object of buckets")
        rates = _rates(limits)
    except (ValueError, InvalidRequestError) as e:
        raise InvalidRequestError(
            f"emulator=True: {hide_password(url)} gave no emulator's limits ({e}): is base_url a "
            "wbseller emulator (`wbseller emulator`, Emulator, EmulatorProcess)?",
            field="emulator",
            value=emulator,
            limit="a wbseller emulator at base_url",
        ) from None
    log.info("rate limits: %d buckets of the emulator at %s", len(rates), hide_password(base_url))
    return rates


def _rate(name: str, value: object) -> Rate:
    try:
        rate = value if isinstance(value, Rate) else Rate(int(value[0]), float(value[1]), int(value[2]))  # type: ignore[index]
    except (TypeError, ValueError, IndexError) as e:
        raise _bad_rate(name, value) from e
    if rate.limit < 1 or rate.period <= 0 or rate.burst < 1:
        raise _bad_rate(name, value)  # a zero limit or period would divide by zero later
    return rate


def _bad_rate(bucket: str, value: object, expected: str = "") -> InvalidRequestError:
    field = f"rate_limits.{bucket}"
    expected = expected or "(limit >= 1, period_seconds > 0, burst >= 1)"
    return InvalidRequestError(
        f"{field}: {value!r} is not {expected}",
        field=field,
        value=value,
        limit=expected,
    )


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
            stacklevel=4,
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
        stacklevel=4,
    )


_CATEGORIES = ("common", "content", "prices", "marketplace", "promotion")


def _ops(keys: tuple[str, ...]) -> str:
    return keys[0] if len(keys) == 1 else f"{keys[0]} and {len(keys) - 1} more"


def _check_token(value: object, name: str) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name}: expected the token as a string, got {type(value).__name__}")


def _bad(name: str, value: object, limit: str) -> InvalidRequestError:
    return InvalidRequestError(f"{name}: {value!r} is not {limit}", field=name, value=value, limit=limit)


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name}: expected a number of seconds, got {type(value).__name__}")
    return float(value)


def _seconds(name: str, value: object) -> float:
    """A positive, finite number of seconds (0, a negative, NaN or infinity is refused)."""
    seconds = _number(name, value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise _bad(name, value, "a finite number of seconds > 0")
    return seconds


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):  # None parts are httpx's explicit "no timeout"
        for part in ("connect", "read", "write", "pool"):
            if getattr(value, part) is not None:
                _seconds(f"timeout.{part}", getattr(value, part))
        return value
    return httpx.Timeout(_seconds("timeout", value))


def _backoff(value: object) -> float:
    backoff = _number("retry_backoff", value)
    if not math.isfinite(backoff) or backoff < 0:
        raise _bad("retry_backoff", value, "a finite number of seconds >= 0")
    return backoff


def _retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETRIES:
        raise _bad("max_retries", value, f"an integer from 0 to {MAX_RETRIES}")
    return value


def _deadline(value: float | None, timeout: httpx.Timeout) -> float | None:
    """Seconds per attempt, all of it; by default DEADLINE_FACTOR read timeouts (none without one)."""
    if value is not None:
        return _seconds("deadline", value)
    return None if timeout.read is None else attempt.DEADLINE_FACTOR * timeout.read


def _answer_limits(value: int | Mapping[str, int]) -> dict[str, int]:
    """{operation key or "*": bytes}; a number is the limit of every operation."""
    table = dict(value) if isinstance(value, Mapping) else {"*": value}
    known = all_operations()
    for key, limit in table.items():
        name = f"max_answer_bytes[{key!r}]" if isinstance(value, Mapping) else "max_answer_bytes"
        if key != "*" and key not in known:
            raise InvalidRequestError(
                f"{name}: no operation {key!r}; give '<category>.<operationId>' "
                "(e.g. 'content.product_cards_list') or '*' for every other",
                field=name,
                value=key,
                limit="an operation key or '*'",
            )
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise _bad(name, limit, "a number of bytes >= 1")
    table.setdefault("*", attempt.DEFAULT_ANSWER_LIMIT)
    return table


def _proxy(value: str | httpx.URL | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | httpx.URL):
        raise TypeError(f"proxy: expected a URL, got {type(value).__name__}")
    try:
        url = httpx.URL(str(value))
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in PROXY_SCHEMES or not url.host:
        shown = hide_password(str(value)) if url is not None else "the value given"
        raise InvalidRequestError(
            f"proxy: {shown} is not a proxy URL ({'/'.join(PROXY_SCHEMES)}://host:port)",
            field="proxy",
            limit="a proxy URL",
        )
    return str(url)


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
            stacklevel=4,
        )
    else:
        left = info.expires_in()
        if left is not None and left <= 0:
            warnings.warn(
                f"the {what} expired on {info.expires_at:%Y-%m-%d %H:%M} UTC: every call that needs "
                "it raises TokenExpiredError; create a new one in the seller portal",
                TokenWarning,
                stacklevel=4,
            )
        elif left is not None and left < EXPIRY_WARNING_DAYS * 86400:
            warnings.warn(
                f"the {what} expires in {left / 86400:.1f} days ({info.expires_at:%Y-%m-%d})",
                TokenWarning,
                stacklevel=4,
            )
    return info


@dataclass
class Config:
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
    ) -> Config:
        _check_token(token, "token")
        _check_token(wbd_token, "wbd_token")
        max_retries = _retries(max_retries)
        retry_backoff = _backoff(retry_backoff)
        http_timeout = _timeout(timeout)
        token = token if token is not None else os.environ.get("WB_API_TOKEN") or None
        wbd_token = wbd_token if wbd_token is not None else os.environ.get("WBD_API_TOKEN") or None
        token = clean_token(token, "token") if token else None  # a newline read from a file and such
        wbd_token = clean_token(wbd_token, "wbd_token") if wbd_token else None
        seller = Secret(token) if token else None
        wbd = Secret(wbd_token) if wbd_token else None
        info = _inspect(seller, "token")
        if info is not None and info.kind == WBD and wbd is None:
            wbd, seller, info = seller, None, None  # a WBD token given as `token`
        wbd_info = _inspect(wbd, "WBD token")
        rates = _rates(rate_limits)
        if seller is None:  # nothing is paced by a type without a token, but a wrong option is an error
            kind, known = (_token_type(token_type, None)[0] if token_type else "personal"), False
        else:
            kind, known = _token_type(token_type, info)
        if kind == "base" and seller is not None:
            _warn_base(info, seller)
        unknown = set(base_urls or {}) - set(spec_names())
        if unknown:
            raise ValueError(f"base_urls: unknown categories {sorted(unknown)}; known: {list(spec_names())}")
        to_wb = base_url is None and set(base_urls or {}) != set(spec_names())
        for secret, what in ((seller, "token"), (wbd, "WBD token")):
            if to_wb and _unsigned(secret):
                warnings.warn(
                    f"the {what} is unsigned (alg: none, an emulator's token) and goes to WB's hosts: "
                    "WB will refuse it (401); pass base_url= the emulator's URL to use it there",
                    TokenWarning,
                    stacklevel=3,
                )
        proxy_url = _proxy(proxy)
        if emulator is not False:
            # the emulator's buckets, then the caller's own overrides on top
            rates = {**_emulator_rates(emulator, base_url, http_timeout, proxy_url, trust_env), **rates}
        if limiter is None and os.environ.get("WB_REDIS_URL"):
            from .limits.redis import shared_redis_limiter  # here: only Redis users import redis

            limiter = shared_redis_limiter(os.environ["WB_REDIS_URL"])
        return cls(
            token=seller,
            wbd_token=wbd,
            sandbox=bool(info.sandbox) if sandbox is None and info is not None else bool(sandbox),
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
            token_info=info,
            wbd_token_info=wbd_info,
            token_type=kind,
            token_type_known=known,
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
                max_retries=self.max_retries,
                backoff_base=self.retry_backoff,
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
