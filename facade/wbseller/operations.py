"""The operations of the specs, as `make generate` writes them: one constant per operation in
wbseller_raw.<spec>.ops (route, category, bucket and limit rows, flags, body and answer types, how
to build the request). Here: finding one by name (the old string form, until the services name
their constants), and matching a `.raw`/`.http` request, which comes without one, by its route."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wbseller_raw import index
from wbseller_raw._runtime.operation import Operation

from .limits import Rate

__all__ = ["Operation", "all_operations", "hosts", "match", "operation", "rate", "spec_names"]


@cache
def operation(spec: str, operation_id: str) -> Operation[Any, Any]:
    """The constant of `<spec>.<operationId>` (wbseller_raw.<spec>.ops)."""
    return index.ops(spec).OPERATIONS[operation_id]  # type: ignore[no-any-return]


@cache
def all_operations() -> dict[str, Operation[Any, Any]]:
    """Every operation of every spec, keyed '<spec>.<operationId>'."""
    return {op.key: op for spec in index.SPECS for op in index.ops(spec).OPERATIONS.values()}


def rate(op: Operation[Any, Any]) -> Rate:
    """The operation's limit row as the limiter takes it."""
    return Rate(op.limit, op.period, op.burst)


def _pattern(path: str) -> re.Pattern[str]:
    out, pos = [], 0
    for m in re.finditer(r"\{([^}]+)\}", path):
        out.append(re.escape(path[pos : m.start()]))
        out.append(".+" if m.group(1) == "uri" else "[^/]+")  # WBD's {uri} holds slashes
        pos = m.end()
    out.append(re.escape(path[pos:]))
    return re.compile("^" + "".join(out) + "$")


Routes = tuple[
    dict[tuple[str, str], "Operation[Any, Any]"], list[tuple[re.Pattern[str], "Operation[Any, Any]"]]
]


@cache
def _routes(spec: str) -> Routes:
    static: dict[tuple[str, str], Operation[Any, Any]] = {}
    templated: list[tuple[re.Pattern[str], Operation[Any, Any]]] = []
    for op in index.ops(spec).OPERATIONS.values():
        if "{" in op.path:
            templated.append((_pattern(op.path), op))
        else:
            static[(op.method, op.path)] = op
    # more literal text first: /api/v1/offers/author before /api/v1/offers/{offer_id}
    templated.sort(key=lambda po: -len(re.sub(r"\{[^}]+\}", "", po[1].path)))
    return static, templated


def match(spec: str, method: str, path: str) -> Operation[Any, Any] | None:
    """The operation of a request that came without one (a `.raw`/`.http` call), by its route."""
    static, templated = _routes(spec)
    op = static.get((method, path))
    if op is not None:
        return op
    for pattern, candidate in templated:
        if candidate.method == method and pattern.match(path):
            return candidate
    return None


def hosts(spec: str) -> dict[str, Any]:
    from wbseller_raw.tables import HOSTS

    return HOSTS[spec]


def spec_names() -> tuple[str, ...]:
    from wbseller_raw.tables import HOSTS

    return tuple(sorted(HOSTS))
