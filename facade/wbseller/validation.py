"""Client-side checks before anything is sent, driven by the specs' own schema keywords (the
JSON copies `make generate` ships in wbseller_raw/specs): required, type, enum, maxLength,
minLength, pattern, minimum, maximum, maxItems, minItems, uniqueItems, x-wb-requires-one-of.
Errors name the field, the value and the limit.

    check_body("content", "create_product_cards", cards)
    max_items("prices", "set_prices_and_discounts", "data")   # 1000, from the spec
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from typing import Any

from .errors import InvalidRequestError
from .operations import operation

_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
}


@cache
def _spec(name: str) -> dict[str, Any]:
    from importlib import resources  # here: a first call that validates nothing skips its import

    text = (resources.files("wbseller_raw") / "specs" / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _op(spec_name: str, operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    spec = _spec(spec_name)
    o = operation(spec_name, operation_id)
    return spec, spec["paths"][o.path][o.method.lower()]


def body_schema(spec_name: str, operation_id: str) -> dict[str, Any]:
    spec, op = _op(spec_name, operation_id)
    body = _resolve(spec, op.get("requestBody") or {})
    content = body.get("content") or {}
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    return _resolve(spec, media.get("schema") or {})  # type: ignore[no-any-return]


def schema_at(spec_name: str, operation_id: str, path: str = "") -> dict[str, Any]:
    """The request body's sub-schema at a dotted path ("data", "settings.cursor.limit",
    "[]" for array items); a nullable `allOf: [$ref]` is looked through."""
    spec = _spec(spec_name)
    node = body_schema(spec_name, operation_id)
    for part in [p for p in path.split(".") if p]:
        node = _resolve(spec, node)
        if "properties" not in node and len(node.get("allOf") or ()) == 1:
            node = _resolve(spec, node["allOf"][0])
        node = _resolve(spec, node["items"] if part == "[]" else node.get("properties", {})[part])
    return node


def max_items(spec_name: str, operation_id: str, path: str = "") -> int:
    """The batch size WB allows for the array at `path` of the request body."""
    value = schema_at(spec_name, operation_id, path).get("maxItems")
    if value is None:
        raise LookupError(f"{spec_name}.{operation_id}: no maxItems at {path or 'the body'}")
    return int(value)


def param_schema(spec_name: str, operation_id: str, name: str) -> dict[str, Any]:
    spec, op = _op(spec_name, operation_id)
    for p in op.get("parameters", []):
        p = _resolve(spec, p)
        if p["name"] == name:
            return _resolve(spec, p.get("schema") or {})  # type: ignore[no-any-return]
    raise LookupError(f"{spec_name}.{operation_id} has no parameter {name}")


def check_body(spec_name: str, operation_id: str, value: Any, root: str = "") -> None:
    """Raise InvalidRequestError on the first violation of the request body's schema."""
    _check(_spec(spec_name), body_schema(spec_name, operation_id), value, root or "body")


def check_body_item(spec_name: str, operation_id: str, item: Any, field: str) -> None:
    """One item of an array body against the body's item schema, named `field` ("cards[7]"): for
    items read one at a time from an iterable."""
    _check(_spec(spec_name), schema_at(spec_name, operation_id, "[]"), item, field)


def check_params(spec_name: str, operation_id: str, params: dict[str, Any]) -> None:
    spec, op = _op(spec_name, operation_id)
    for p in op.get("parameters", []):
        p = _resolve(spec, p)
        value = params.get(p["name"])
        if value is None:
            if p.get("required") and p["in"] != "path":
                raise InvalidRequestError(f"{p['name']}: required", field=p["name"])
            continue
        csv = p.get("x-wb-csv")
        if csv and isinstance(value, list | tuple):
            # csv's own "type" is the item type: it must not replace the array's
            _check(
                spec, {**csv, "type": "array", "items": {"type": csv.get("type", "string")}}, value, p["name"]
            )
        else:
            _check(spec, p.get("schema") or {}, value, p["name"])


def check_value(schema: dict[str, Any], value: Any, field: str, spec_name: str = "") -> None:
    _check(_spec(spec_name) if spec_name else {}, schema, value, field)


def _fail(field: str, value: Any, what: str, limit: Any) -> InvalidRequestError:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return InvalidRequestError(f"{field}: {shown} {what}", field=field, value=value, limit=limit)


def _check(spec: dict[str, Any], schema: Any, value: Any, field: str) -> None:
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    if value is None:
        if schema.get("nullable") or not schema:
            return
        raise _fail(field, value, "may not be null", "not null")
    for sub in schema.get("allOf", []):
        _check(spec, sub, value, field)
    for combo in ("oneOf", "anyOf"):
        if schema.get(combo):
            _check_any(spec, schema[combo], value, field)
    kind = schema.get("type")
    if kind in _TYPES and (
        not isinstance(value, _TYPES[kind]) or (isinstance(value, bool) and kind in ("integer", "number"))
    ):
        raise _fail(field, value, f"is not of type {kind}", kind)
    if "enum" in schema and value not in schema["enum"]:
        raise _fail(field, value, f"is not one of {schema['enum']}", schema["enum"])
    if isinstance(value, str):
        _check_string(schema, value, field)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(schema, value, field)
    elif isinstance(value, list | tuple):
        _check_array(spec, schema, value, field)
    elif isinstance(value, dict):
        _check_object(spec, schema, value, field)


def _check_any(spec: dict[str, Any], variants: list[Any], value: Any, field: str) -> None:
    errors = []
    for sub in variants:
        try:
            _check(spec, sub, value, field)
            return
        except InvalidRequestError as e:
            errors.append(e)
    raise errors[0]


def _check_string(schema: dict[str, Any], value: str, field: str) -> None:
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise _fail(
            field,
            value,
            f"is {len(value)} characters long; at most {schema['maxLength']} allowed",
            schema["maxLength"],
        )
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise _fail(
            field,
            value,
            f"is {len(value)} characters long; at least {schema['minLength']} needed",
            schema["minLength"],
        )
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise _fail(field, value, f"does not match {schema['pattern']}", schema["pattern"])


def _check_number(schema: dict[str, Any], value: float, field: str) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        # json.dumps would send NaN or Infinity: no JSON parser (WB's) takes them
        raise _fail(field, value, "is not a finite number", "a finite number")
    if "minimum" in schema and value < schema["minimum"]:
        raise _fail(field, value, f"is below the minimum {schema['minimum']}", schema["minimum"])
    if "maximum" in schema and value > schema["maximum"]:
        raise _fail(field, value, f"is above the maximum {schema['maximum']}", schema["maximum"])


def _check_array(
    spec: dict[str, Any], schema: dict[str, Any], value: list[Any] | tuple[Any, ...], field: str
) -> None:
    n = len(value)
    if "maxItems" in schema and n > schema["maxItems"]:
        raise _fail(field, f"<{n} items>", f"has more than {schema['maxItems']} items", schema["maxItems"])
    if "minItems" in schema and n < schema["minItems"]:
        raise _fail(field, f"<{n} items>", f"needs at least {schema['minItems']} items", schema["minItems"])
    if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) < n:
        raise _fail(field, f"<{n} items>", "has duplicate items", "unique")
    if "items" in schema:
        for i, item in enumerate(value):
            _check(spec, schema["items"], item, f"{field}[{i}]")


def _check_object(spec: dict[str, Any], schema: dict[str, Any], value: dict[str, Any], field: str) -> None:
    props = schema.get("properties", {})
    for name in schema.get("required", []):
        if value.get(name) is None and not (
            name in value and _resolve(spec, props.get(name, {})).get("nullable")
        ):
            raise InvalidRequestError(f"{field}.{name}: required", field=f"{field}.{name}")
    one_of = schema.get("x-wb-requires-one-of")
    if one_of and all(value.get(n) is None for n in one_of):
        raise InvalidRequestError(
            f"{field}: give at least one of {', '.join(one_of)}", field=field, limit=one_of
        )
    for name, sub in props.items():
        if name in value:
            _check(spec, sub, value[name], f"{field}.{name}")
