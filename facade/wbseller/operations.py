"""The operations of the specs, from the table `make generate` writes (wbseller_raw.tables):
which category, bucket, idempotency and host each has, and matching a request to its operation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import OperationRemovedError
from .limits import Rate


@dataclass(frozen=True)
class Operation:
    key: str  # "<spec>.<operationId>"
    spec: str
    operation_id: str
    method: str
    path: str
    category: str
    also_categories: tuple[str, ...]
    bucket: str  # the Personal row's (see bucket_for)
    limits: dict[str, dict[str, Any]]  # token type -> {bucket, limit, period, burst}
    token_types: tuple[str, ...] | None  # the token types that may call it (None: every type)
    scope: str  # "account" (per seller account and token type) or "host" (/ping: per host)
    cost_409: int
    cost_4xx: int  # what WB counts for one 4xx answer (x-wb-4xx-cost; 1: no more than a request)
    idempotent: bool
    write: bool
    sandbox: bool
    deprecated: bool
    server: str | None
    module: str | None
    # WB no longer serves it: {"date": "YYYY-MM-DD" (gone by), "successors": ("<spec>.<op>", ...)}
    removed: dict[str, Any] | None = None
    # WB marks it temporarily disabled: {"since": "YYYY-MM-DD", "note": ...} (calling it warns)
    temporarily_disabled: dict[str, str] | None = None

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category, *self.also_categories)

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def rate(self) -> Rate:
        """The Personal row's rate (see rate_for)."""
        return self.rate_for("personal")

    def bucket_for(self, token_type: str) -> str:
        """The bucket a token of this type spends from (the sandbox has buckets of its own)."""
        return str(self.limits[token_type]["bucket"])

    def rate_for(self, token_type: str) -> Rate:
        """WB's row for this token type: `limit` requests per `period` seconds, burst."""
        row = self.limits[token_type]
        return Rate(int(row["limit"]), float(row["period"]), int(row["burst"]))

    def cost(self, status: int) -> int:
        """How many requests WB counts for an answer with this status: a 4xx (not a 429) costs
        x-wb-4xx-cost, else a 409 x-wb-ratelimit-409-cost, else 1."""
        if 400 <= status < 500 and status != 429:
            if self.cost_4xx > 1:
                return self.cost_4xx
            if status == 409:
                return self.cost_409
        return 1

    def allows(self, token_type: str) -> bool:
        """Whether a token of this type may call the operation (x-wb-token-types). A Base token sent
        with a service secret is WB's service access: it may call what a Service token may."""
        if self.token_types is None:
            return True
        return token_type in self.token_types or (
            token_type == "base_with_secret" and "service" in self.token_types
        )


def _pattern(path: str) -> re.Pattern[str]:
    out, pos = [], 0
    for m in re.finditer(r"\{([^}]+)\}", path):
        out.append(re.escape(path[pos : m.start()]))
        out.append(".+" if m.group(1) == "uri" else "[^/]+")  # WBD's {uri} holds slashes
        pos = m.end()
    out.append(re.escape(path[pos:]))
    return re.compile("^" + "".join(out) + "$")


@cache
def all_operations() -> dict[str, Operation]:
    from wbseller_raw.tables import OPERATIONS  # the generated table, loaded on first use

    return {key: Operation(key=key, **_fields(meta)) for key, meta in OPERATIONS.items()}


def _fields(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: meta[k] for k in Operation.__dataclass_fields__ if k != "key" and k in meta}


@cache
def _routes(spec: str) -> tuple[dict[tuple[str, str], Operation], list[tuple[re.Pattern[str], Operation]]]:
    static: dict[tuple[str, str], Operation] = {}
    templated: list[tuple[re.Pattern[str], Operation]] = []
    for op in all_operations().values():
        if op.spec != spec:
            continue
        if "{" in op.path:
            templated.append((_pattern(op.path), op))
        else:
            static[(op.method, op.path)] = op
    # more literal text first: /api/v1/offers/author before /api/v1/offers/{offer_id}
    templated.sort(key=lambda po: -len(re.sub(r"\{[^}]+\}", "", po[1].path)))
    return static, templated


def match(spec: str, method: str, path: str) -> Operation | None:
    static, templated = _routes(spec)
    op = static.get((method, path))
    if op is not None:
        return op
    for pattern, candidate in templated:
        if candidate.method == method and pattern.match(path):
            return candidate
    return None


def operation(spec: str, operation_id: str) -> Operation:
    return all_operations()[f"{spec}.{operation_id}"]


def removed_error(spec: str, operation_id: str, instead: str) -> OperationRemovedError:
    """The error of a facade method whose only operation WB removed (x-wb-removed) and that has
    no successor: names the operation, the day it was gone by and what to use instead."""
    op = operation(spec, operation_id)
    if op.removed is None:
        raise LookupError(f"{op.key} is not marked removed in the specs")
    date = str(op.removed["date"])
    return OperationRemovedError(
        f"{op.key} ({op.name}) was removed by WB (gone by {date}): WB answers 404 and nothing was "
        f"sent. {instead}",
        key=op.key,
        operation=op.name,
        removed=date,
        instead=instead,
    )


def hosts(spec: str) -> dict[str, Any]:
    from wbseller_raw.tables import HOSTS

    return HOSTS[spec]


def spec_names() -> tuple[str, ...]:
    from wbseller_raw.tables import HOSTS

    return tuple(sorted(HOSTS))
