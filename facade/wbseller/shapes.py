"""The generated types as the drift check sees them. `make generate` writes, beside each raw
package, each model's field table (attribute, JSON key, type, required) and its check-and-build
functions (wbseller_raw.<spec>._shapes), and each operation's answer per status (its ops.py); this
module reads those tables and compiles a type hint into the JSON kinds it allows, for the walk
over an answer that does not match (drift.py)."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from wbseller_raw._runtime.operation import MISSING, NO_BODY, NOT_JSON, PARSE_ERRORS
from wbseller_raw._runtime.shape import shape_of

__all__ = ["MISMATCH", "NOT_JSON", "NO_BODY", "PARSE_ERRORS", "Field", "Hint", "compile_hint", "model_fields"]

MISMATCH = MISSING  # what a generated builder returns for JSON that does not match: the slow path


@dataclass(frozen=True)
class Field:
    """One attribute of a generated model."""

    key: str  # the JSON key
    hint: Any
    required: bool
    compiled: Hint  # the hint, compiled for the walk


def is_model(tp: Any) -> bool:
    # what attrs.has looks at, without importing attrs for `import wbseller`
    return isinstance(tp, type) and hasattr(tp, "__attrs_attrs__") and hasattr(tp, "from_dict")


_fields: dict[type, dict[str, Field]] = {}


def model_fields(cls: Any) -> dict[str, Field]:
    """attribute name -> JSON key, type, required: the model's generated field table."""
    out = _fields.get(cls)
    if out is None:
        table = shape_of(cls).fields
        out = _fields[cls] = {f.name: Field(f.key, f.type, f.required, compile_hint(f.type)) for f in table}
    return out


def validator(hint: Any) -> Callable[[Any], bool] | None:
    """The generated check of a model (None for other types: the walk decides)."""
    return shape_of(hint).valid if is_model(hint) else None


def json_key(model: type, name: str) -> str | None:
    """The JSON key of a model attribute (`nm_id` -> `nmID`)."""
    f = model_fields(model).get(name)
    return f.key if f is not None else None


def arms_of(hint: Any) -> tuple[Any, ...]:
    """The types a hint allows, Unset left out (absent keys are checked apart)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(hint) if getattr(a, "__name__", "") != "Unset")
    return (hint,)


def model_in(hint: Any) -> type | None:
    return next((a for a in arms_of(hint) if is_model(a)), None)


def list_item(hint: Any) -> Any:
    for a in arms_of(hint):
        if typing.get_origin(a) is list:
            args = typing.get_args(a)
            return args[0] if args else Any
    return None


def type_name(hint: Any) -> str:
    if hint is None or hint is type(None):
        return "null"
    if typing.get_origin(hint) is Literal:
        return "one of " + ", ".join(repr(v) for v in typing.get_args(hint))
    if typing.get_origin(hint) is list:
        return f"list[{type_name(list_item(hint))}]"
    arms = arms_of(hint)
    if len(arms) > 1:
        return " | ".join(type_name(a) for a in arms)
    if arms[0] is not hint:
        return type_name(arms[0])
    return getattr(hint, "__name__", str(hint))


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


@dataclass(frozen=True)
class Hint:
    """A generated type compiled for the walk: what it allows, by JSON kind."""

    hint: Any
    anything: bool
    nullable: bool
    arms: tuple[tuple[str, Any], ...]  # (kind, type): int float str bool list model dict literal other


@cache
def compile_hint(hint: Any) -> Hint:
    """What a type allows, by JSON kind (scripts/codegen/shapes.py reads types the same way)."""
    arms = arms_of(hint)
    anything = any(a is Any or a is object for a in arms)
    nullable = any(a is type(None) or a is None for a in arms)
    compiled: list[tuple[str, Any]] = []
    for a in arms:
        if a is type(None) or a is None:
            continue
        origin = typing.get_origin(a)
        if origin is Literal:
            compiled.append(("literal", a))
        elif origin is list:
            compiled.append(("list", compile_hint(list_item(a))))
        elif is_model(a):
            compiled.append(("model", a))
        elif origin is dict or a is dict:
            compiled.append(("dict", a))
        elif a in (int, float, str, bool):
            compiled.append((a.__name__, a))
        else:
            compiled.append(("other", a))  # File, date…: the generated parser decides
    return Hint(hint, anything, nullable, tuple(compiled))
