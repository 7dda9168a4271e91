"""client.ping(): check each host the token may use, through its /ping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import Config
from .errors import WBError
from .operations import all_operations


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
    out = []
    for op in all_operations().values():
        if op.operation_id != "connection_check":
            continue
        if info is None and op.category != "wbd":
            if config.token is None:
                continue
        elif info is not None and not any(info.allows(c) for c in op.categories):
            continue
        out.append(op.spec)
    return sorted(out)


def ping_module(spec: str) -> Any:
    import importlib

    op = all_operations()[f"{spec}.connection_check"]
    return importlib.import_module(str(op.module))


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
