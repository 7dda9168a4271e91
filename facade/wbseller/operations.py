"""The operations of the specs, as `make generate` writes them: one constant per operation in
wbseller_raw.<spec>.ops (route, category, limit rows per token type, flags, removal marks, body and
answer types, how to build the request). Here: finding one by name (the old string form, until the
services name their constants), matching a `.raw`/`.http` request, which comes without one, by its
route, and what the facade makes of an operation's facts (its Rate, the error of a removed one)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wbseller_raw import index
from wbseller_raw._runtime.operation import Operation

from .errors import OperationRemovedError
from .limits import Rate

__all__ = [
    "Operation",
    "all_operations",
    "hosts",
    "match",
    "operation",
    "rate",
    "removed_error",
    "spec_names",
]


@cache
def operation(spec: str, operation_id: str) -> Operation[Any, Any]:
    """The constant of `<spec>.<operationId>` (wbseller_raw.<spec>.ops)."""
    return index.ops(spec).OPERATIONS[operation_id]  # type: ignore[no-any-return]


@cache
def all_operations() -> dict[str, Operation[Any, Any]]:
    """Every operation of every spec, keyed '<spec>.<operationId>'."""
    return {op.key: op for spec in index.SPECS for op in index.ops(spec).OPERATIONS.values()}


def rate(op: Operation[Any, Any], token_type: str = "personal") -> Rate:
    """WB's row of the operation for this token type, as the limiter takes it: `limit` requests
    per `period` seconds, burst."""
    row = op.limits[token_type]
    return Rate(row.limit, row.period, row.burst)


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


def removed_error(spec: str, operation_id: str, instead: str) -> OperationRemovedError:
    """The error of a facade method whose only operation WB removed (x-wb-removed) and that has
    no successor: names the operation, the day it was gone by and what to use instead."""
    op = operation(spec, operation_id)
    if op.removed is None:
        raise LookupError(f"{op.key} is not marked removed in the specs")
    date = str(op.removed.date)
    return OperationRemovedError(
        f"{op.key} ({op.name}) was removed by WB (gone by {date}): WB answers 404 and nothing was "
        f"sent. {instead}",
        key=op.key,
        operation=op.name,
        removed=date,
        instead=instead,
    )


def hosts(spec: str) -> dict[str, Any]:
    """The spec's production and sandbox base URLs and its security scheme."""
    return index.HOSTS[spec]


def spec_names() -> tuple[str, ...]:
    return tuple(sorted(index.SPECS))
