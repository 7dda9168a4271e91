"""The spec's bounds of an operation named by its constant (wbseller_raw.<spec>.ops): its body's
schema and batch sizes, its parameters, their checks. validation.py reads them by spec and
operation id; these take the Operation, so a service names no operation by a string."""

from __future__ import annotations

from typing import Any

from .. import validation
from ..operations import Operation
from ._common import page_size as _page_size

Op = Operation[Any, Any]


def body_schema(op: Op) -> dict[str, Any]:
    """The request body's schema."""
    return validation.body_schema(op.spec, op.operation_id)


def schema_at(op: Op, path: str = "") -> dict[str, Any]:
    """The body's sub-schema at a dotted path ("keys.[]", "parts.[].size")."""
    return validation.schema_at(op.spec, op.operation_id, path)


def max_items(op: Op, path: str = "") -> int:
    """The batch size WB allows for the array at `path` of the body."""
    return validation.max_items(op.spec, op.operation_id, path)


def param_schema(op: Op, name: str) -> dict[str, Any]:
    """A parameter's schema (query, path or header)."""
    return validation.param_schema(op.spec, op.operation_id, name)


def csv_max(op: Op, name: str) -> int:
    """maxItems of a comma-joined query parameter (its x-wb-csv)."""
    spec, operation = validation._op(op.spec, op.operation_id)
    for p in operation.get("parameters", []):
        p = validation._resolve(spec, p)
        if p["name"] == name:
            return int((p.get("x-wb-csv") or {})["maxItems"])
    raise LookupError(f"{op.key} has no parameter {name}")


def check_body(op: Op, value: Any, root: str = "") -> None:
    validation.check_body(op.spec, op.operation_id, value, root)


def check_params(op: Op, params: dict[str, Any]) -> None:
    validation.check_params(op.spec, op.operation_id, params)


def page_size_for(op: Op, size: int | None, param: str = "limit") -> int:
    """The page size of a list (see _common.page_size)."""
    return _page_size(op.spec, op.operation_id, size, param=param)
