"""Answers built from a response schema, for operations with no stateful handler: the spec's
example when it has one, else a small value of the right shape (x-wb-enum values preferred)."""

from __future__ import annotations

import copy
from typing import Any

from .operations import Operation

_MAX_DEPTH = 12
_SHALLOW = {"object": {}, "array": [], "string": "x", "integer": 1, "number": 1.0, "boolean": False}


def from_schema(op: Operation, schema: Any, depth: int = 0) -> Any:
    schema = op.resolve(schema)
    if not isinstance(schema, dict):
        return None
    if depth > _MAX_DEPTH:  # a recursive schema: stop with a value of the right type, not a null
        return schema.get("example", copy.copy(_SHALLOW.get(str(schema.get("type")))))
    if "example" in schema:
        return schema["example"]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = from_schema(op, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:
                return value
        return merged
    for combo in ("oneOf", "anyOf"):
        if schema.get(combo):
            return from_schema(op, schema[combo][0], depth + 1)
    for key in ("enum", "x-wb-enum"):
        if schema.get(key):
            return schema[key][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {
            name: from_schema(op, sub, depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if not (op.resolve(sub) or {}).get("nullable") or name in schema.get("required", [])
        }
    if kind == "array":
        n = max(1, int(schema.get("minItems", 1)))
        return [from_schema(op, schema.get("items", {}), depth + 1) for _ in range(n)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2025-01-01T00:00:00Z"
        if fmt == "date":
            return "2025-01-01"
        if fmt == "binary":
            return b"emulated content"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        return "x" * max(1, int(schema.get("minLength", 6)))
    return None


def success(op: Operation) -> tuple[int, Any, str]:
    """(status, body, media type) of a synthesized success answer."""
    status = op.success_statuses[0] if op.success_statuses else 200
    resp = op.response(status) or {}
    content = resp.get("content") or {}
    if not content:
        return status, None, ""
    media_type = "application/json" if "application/json" in content else next(iter(content))
    media = content[media_type]
    if "example" in media:
        return status, media["example"], media_type
    return status, from_schema(op, media.get("schema", {})), media_type
