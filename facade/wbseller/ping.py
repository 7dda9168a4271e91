"""client.ping(): check each host the token may use, through its /ping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import Config
from .errors import TokenScopeError, WBError
from .operations import all_operations, operation


@dataclass(frozen=True)
class PingResult:
    category: str  # the spec / host: general, content, prices, marketplace, promotion
    ok: bool
    status: int | None = None
    ts: str | None = None
    error: str | None = None


def ping_targets(config: Config) -> list[str]:
    """Specs with a /ping whose category the token has (all of them for a non-JWT token)."""
    info = config.token_info
    if config.token is None or info is None:
        # WBD's API has no /ping: without a seller token there is nothing to check, and an empty
        # answer would look like success
        raise TokenScopeError(
            "ping: no seller token (pass it to the client or set WB_API_TOKEN)", operation="ping"
        )
    return sorted(
        op.spec
        for op in all_operations().values()
        if op.operation_id == "connection_check" and any(info.allows(c) for c in op.categories)
    )


def ping_module(spec: str) -> Any:
    """The generated api module of the spec's /ping."""
    return operation(spec, "connection_check").api


def result(spec: str, response: Any = None, error: WBError | None = None) -> PingResult:
    if error is not None:
        return PingResult(spec, False, error.status, error=str(error))
    parsed = response.parsed
    ts = getattr(parsed, "ts", None)
    return PingResult(
        spec,
        200 <= int(response.status_code) < 300,
        int(response.status_code),
        ts if isinstance(ts, str) else None,
    )
