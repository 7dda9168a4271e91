"""The operations of the specs, from the table `make generate` writes (wbseller_raw.tables):
which category, bucket, idempotency and host each has, and matching a request to its operation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

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
    bucket: str
    cost_409: int
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
        from wbseller_raw.tables import BUCKETS

        b = BUCKETS[self.bucket]
        return Rate(int(b["limit"]), float(b["period"]), int(b["burst"]))


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


def hosts(spec: str) -> dict[str, Any]:
    from wbseller_raw.tables import HOSTS

    return HOSTS[spec]


def spec_names() -> tuple[str, ...]:
    from wbseller_raw.tables import HOSTS

    return tuple(sorted(HOSTS))
