"""The generated types as the drift check and the compiled parsers see them, read off the
generated code itself: each model's fields (attribute, JSON key, type, required) from its
from_dict, each operation's body type per status from its _parse_response, and a type hint
compiled into the JSON kinds it allows. (This reads the pinned generator's output by its shape:
tests/unit/test_compiled.py fails when a regenerated client stops looking like this.)"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import attrs

NO_BODY = object()  # the spec declares this status without a JSON body
NOT_JSON = object()  # a binary or text answer: nothing to walk


@dataclass(frozen=True)
class Field:
    key: str  # the JSON key
    hint: Any
    required: bool
    compiled: Hint  # the hint, compiled for the walk


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


@cache
def model_fields(cls: Any) -> dict[str, Field]:
    """attribute name -> JSON key, type, required; read from the generated from_dict (the one
    place that knows the JSON names)."""
    package = sys.modules[cls.__module__.rsplit(".", 1)[0]]
    hints = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]), localns=vars(package))
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict)))
    out: dict[str, Field] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id.lstrip("_")
        # `x = d.pop("key", UNSET)`, also wrapped: `x = _parse_x(d.pop(...))`, `cast(..., d.pop(...))`
        pops = [c for c in ast.walk(node.value) if isinstance(c, ast.Call) and _is_pop(c)]
        if pops and name in hints:
            key = pops[0].args[0]
            assert isinstance(key, ast.Constant)
            out[name] = Field(str(key.value), hints[name], len(pops[0].args) == 1, compile_hint(hints[name]))
    return out


def _is_pop(call: ast.Call) -> bool:
    f = call.func
    return (
        isinstance(f, ast.Attribute)
        and f.attr == "pop"
        and isinstance(f.value, ast.Name)
        and f.value.id == "d"
        and bool(call.args)
        and isinstance(call.args[0], ast.Constant)
    )


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


@cache
def response_types(module: types.ModuleType) -> dict[int, Any]:
    """status -> the generated type of its body (or NO_BODY / NOT_JSON), read from the generated
    _parse_response (a model, a list of models, a cast, a union helper)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(module._parse_response)))
    ns = vars(module)
    out: dict[int, Any] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)):
            continue
        (right,) = node.test.comparators
        if not (isinstance(right, ast.Constant) and isinstance(right.value, int)):
            continue
        out[right.value] = _branch_type(node.body, ns)
    return out


def _branch_type(body: list[ast.stmt], ns: dict[str, Any]) -> Any:
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef) and stmt.returns is not None:  # a union helper
            return eval(ast.unparse(stmt.returns), ns)  # the generated code's own annotation
    calls = [n for stmt in body for n in ast.walk(stmt) if isinstance(n, ast.Call)]
    for call in calls:
        if isinstance(call.func, ast.Attribute) and call.func.attr == "from_dict":
            model = eval(ast.unparse(call.func.value), ns)
            return list[model] if any(isinstance(s, ast.For) for s in body) else model  # type: ignore[valid-type]
        if isinstance(call.func, ast.Name) and call.func.id == "cast":
            target, source = call.args
            if isinstance(source, ast.Constant) and source.value is None:
                return NO_BODY
            return eval(ast.unparse(target), ns)
    return NOT_JSON


@dataclass(frozen=True)
class Hint:
    """A generated type compiled for the walk: what it allows, by JSON kind."""

    hint: Any
    anything: bool
    nullable: bool
    arms: tuple[tuple[str, Any], ...]  # (kind, type): int float str bool list model dict literal other


@cache
def compile_hint(hint: Any) -> Hint:
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
