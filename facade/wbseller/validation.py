"""Client-side checks before anything is sent, driven by the specs' own schema keywords (the
request schemas `make generate` writes beside each operation, wbseller_raw/<spec>/_requests.py):
required, type, enum, maxLength, minLength, pattern, minimum, maximum, maxItems, minItems,
uniqueItems, x-wb-requires-one-of. Errors name the field, the value and the limit.

    check_body(ops.CREATE_PRODUCT_CARDS, cards)
    max_items(ops.SET_PRICES_AND_DISCOUNTS, "data")   # 1000, from the spec

Each helper takes the operation constant; the old form, `(spec, operation_id, ...)` by strings,
still works for services not yet converted.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from wbseller_raw import index
from wbseller_raw._runtime.operation import Operation, Schemas

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
Op = Operation[Any, Any] | str
_NONE = Schemas({}, {}, {})


def _args(op: Op, rest: tuple[Any, ...]) -> tuple[Operation[Any, Any], tuple[Any, ...]]:
    """(operation, the other arguments): the old string form `spec, operation_id, ...` too."""
    if isinstance(op, str):
        return operation(op, rest[0]), rest[1:]
    return op, rest


def _resolve(schemas: Schemas, node: Any) -> Any:
    return schemas.resolve(node)


def _op(spec_name: str, operation_id: str) -> tuple[Schemas, dict[str, Any]]:
    """(the spec's request schemas, {"parameters": ...}) of an operation named by strings (the
    old form of a service not yet converted)."""
    o = operation(spec_name, operation_id)
    return o.schemas, {"parameters": list(o.parameters)}


def body_schema(op: Op, *rest: Any) -> dict[str, Any]:
    o, _ = _args(op, rest)
    return o.body_schema()


def schema_at(op: Op, *rest: Any) -> dict[str, Any]:
    """The request body's sub-schema at a dotted path ("data", "settings.cursor.limit",
    "[]" for array items); a nullable `allOf: [$ref]` is looked through."""
    o, more = _args(op, rest)
    return o.schema(*more)


def max_items(op: Op, *rest: Any) -> int:
    """The batch size WB allows for the array at `path` of the request body."""
    o, more = _args(op, rest)
    return o.max_items(*more)


def param_schema(op: Op, *rest: Any) -> dict[str, Any]:
    """The schema of a parameter, by its spec name."""
    o, more = _args(op, rest)
    return o.param(*more)


def check_body(op: Op, *rest: Any) -> None:
    """`check_body(op, value, root="")`: raise InvalidRequestError on the first violation of the
    request body's schema."""
    o, more = _args(op, rest)
    value, root = more[0], (more[1] if len(more) > 1 else "")
    _check(o.schemas, o.body_schema(), value, root or "body")


def check_body_item(op: Op, *rest: Any) -> None:
    """`check_body_item(op, item, field)`: one item of an array body against the body's item
    schema, named `field` ("cards[7]"): for items read one at a time from an iterable."""
    o, (item, field) = _args(op, rest)
    _check(o.schemas, o.schema("[]"), item, field)


def check_params(op: Op, *rest: Any) -> None:
    """`check_params(op, params)`: the query and path parameters (by their spec names)."""
    o, (params,) = _args(op, rest)
    schemas = o.schemas
    for p in o.parameters:
        value = params.get(p["name"])
        if value is None:
            if p.get("required") and p["in"] != "path":
                raise InvalidRequestError(f"{p['name']}: required", field=p["name"])
            continue
        csv = p.get("x-wb-csv")
        if csv and isinstance(value, list | tuple):
            # csv's own "type" is the item type: it must not replace the array's
            _check(
                schemas,
                {**csv, "type": "array", "items": {"type": csv.get("type", "string")}},
                value,
                p["name"],
            )
        else:
            _check(schemas, p.get("schema") or {}, value, p["name"])


def check_value(schema: dict[str, Any], value: Any, field: str, op: Op | None = None) -> None:
    """`value` against a schema one of the helpers above gave; `op` resolves its `$ref`s (a spec
    name: any operation of that spec)."""
    if isinstance(op, str):  # the old form: a spec's name
        schemas = next(iter(index.ops(op).OPERATIONS.values())).schemas
    else:
        schemas = op.schemas if op is not None else _NONE
    _check(schemas, schema, value, field)


def _fail(field: str, value: Any, what: str, limit: Any) -> InvalidRequestError:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return InvalidRequestError(f"{field}: {shown} {what}", field=field, value=value, limit=limit)


def _check(spec: Schemas, schema: Any, value: Any, field: str) -> None:
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


def _check_any(spec: Schemas, variants: list[Any], value: Any, field: str) -> None:
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
    spec: Schemas, schema: dict[str, Any], value: list[Any] | tuple[Any, ...], field: str
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


def _check_object(spec: Schemas, schema: dict[str, Any], value: dict[str, Any], field: str) -> None:
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
