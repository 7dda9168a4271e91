"""What each Client option accepts: the checks of the values given to Client/AsyncClient (a bad
one raises InvalidRequestError or TypeError naming it, before any request), and the emulator's
own rate limits (emulator=True)."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping

import httpx

from . import attempt
from .errors import InvalidRequestError, TransportError
from .limits import Rate
from .operations import all_operations, hosts, spec_names
from .policy import RateOverrides
from .retry import Decide
from .token import TOKEN_TYPES
from .wires import hide_password

log = logging.getLogger("wbseller")
MAX_RETRIES = 20  # more is a loop, not a retry policy (each waits up to 30 s)
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
RateLimits = Mapping[str, tuple[int, float, int] | Rate | Mapping[str, tuple[int, float, int] | Rate]]


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
    # every spec's operations are imported only to check names given (a process pays for its specs)
    known = all_operations() if table.keys() - {"*"} else {}
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


def _retry(value: object) -> Decide | None:
    if value is not None and not callable(value):
        raise TypeError(f"retry: expected a decision function (attempt, request, outcome), got {value!r}")
    return value
