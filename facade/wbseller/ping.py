"""client.ping(): check each host the token may use, through its /ping."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, replace
from typing import Any

import httpx

from .config import Config
from .errors import TokenScopeError, TransportError, WBError
from .failures import request_id
from .operations import all_operations
from .transport import CONNECT_FINAL, NOT_SENT

# a connection that could not be made is the ping's answer: no retries (see transport.CONNECT_FINAL)
EXTENSIONS = {CONNECT_FINAL: True}


@dataclass(frozen=True)
class PingResult:
    """One category's answer to a ping."""

    category: str  # the spec / host: general, content, prices, marketplace, promotion
    ok: bool
    status: int | None = None
    ts: str | None = None
    error: str | None = None
    request_id: str | None = None  # the id WB gave the request (an error's body; a header if any)


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


def ping_path(spec: str) -> str:
    return all_operations()[f"{spec}.connection_check"].path


def by_origin(config: Config, specs: list[str]) -> list[list[str]]:
    """The specs grouped by the host that answers their /ping (one group each on WB; a single
    group with base_url, e.g. an emulator)."""
    groups: dict[str, list[str]] = {}
    for spec in specs:
        op = all_operations()[f"{spec}.connection_check"]
        url, chosen = config.url(spec)
        where = httpx.URL(op.server if op.server and not chosen else url)
        groups.setdefault(f"{where.scheme}://{where.netloc.decode()}", []).append(spec)
    return list(groups.values())


# A group's pings one after the other: yields the spec to ping, is sent its answer or thrown its
# WBError. Once a host could not be reached, its other categories are reported with that error
# without trying it again (a dead host costs one connection attempt, not one per category).
PingPlan = Generator[str, httpx.Response, list[PingResult]]


def ping_plan(specs: list[str]) -> PingPlan:
    results: list[PingResult] = []
    unreachable: PingResult | None = None
    for spec in specs:
        if unreachable is not None:
            results.append(replace(unreachable, category=spec))
            continue
        try:
            response = yield spec
        except WBError as e:
            results.append(result(spec, error=e))
            if isinstance(e, TransportError) and isinstance(e.__cause__, NOT_SENT):
                unreachable = results[-1]
        else:
            results.append(result(spec, response))
    return results


def result(spec: str, response: httpx.Response | None = None, error: WBError | None = None) -> PingResult:
    if error is not None or response is None:
        rid = error.request_id if error is not None else None
        return PingResult(spec, False, error.status if error else None, error=str(error), request_id=rid)
    try:
        data: Any = response.json()
    except ValueError:
        data = None
    ts = data.get("TS") or data.get("ts") if isinstance(data, dict) else None
    ok = 200 <= response.status_code < 300
    return PingResult(
        spec, ok, response.status_code, ts if isinstance(ts, str) else None, request_id=request_id(response)
    )
