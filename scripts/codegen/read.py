"""What the generated package knows, read at generation time: each model's fields (attribute,
JSON key, type, required) from its from_dict, each operation's body type, parameters and answer
type per status from its api module. This reads the pinned generator's output by its shape
(openapi-python-client 0.29.1): it fails loudly when a regenerated client stops looking like this,
and tests/unit/test_codegen.py holds what it writes equal to what the generated parser does."""

from __future__ import annotations

import ast
import functools
import inspect
import operator
import sys
import textwrap
import types
import typing
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import attrs

NO_BODY = "NO_BODY"  # the spec declares this status without a JSON body
NOT_JSON = "NOT_JSON"  # a binary or text answer: nothing to walk


@dataclass(frozen=True)
class FieldInfo:
    name: str  # the attribute
    key: str  # the JSON key
    hint: Any
    required: bool


@dataclass(frozen=True)
class AnswerInfo:
    type: Any  # a generated type, or NO_BODY / NOT_JSON
    python: Any  # what the generated parser returns for it (File, str for NOT_JSON; None for NO_BODY)


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


class Package:
    """One generated package (wbseller_raw.<spec>), imported."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.dotted = f"wbseller_raw.{name}"
        self.models_pkg = import_module(f"{self.dotted}.models")
        # every model of the package by name: the namespace its annotations are read in (a model
        # module names the others only under TYPE_CHECKING)
        self.namespace: dict[str, Any] = {n: getattr(self.models_pkg, n) for n in self.models_pkg.__all__}
        self.models = sorted((v for v in self.namespace.values() if is_model(v)), key=lambda m: m.__module__)

    def module_of(self, model: type) -> str:
        """The model's module name inside models/ (`card` for models/card.py)."""
        return model.__module__.rsplit(".", 1)[1]

    def fields(self, cls: type) -> list[FieldInfo]:
        """The fields from_dict reads, in its order."""
        module = sys.modules[cls.__module__]
        hints = typing.get_type_hints(cls, globalns={**vars(module), **self.namespace})
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict)))
        out: list[FieldInfo] = []
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
                continue
            name = node.targets[0].id.lstrip("_")
            # `x = d.pop("key", UNSET)`, also wrapped: `x = _parse_x(d.pop(...))`, `cast(..., d.pop(...))`
            pops = [c for c in ast.walk(node.value) if isinstance(c, ast.Call) and _is_pop(c)]
            if pops and name in hints:
                key = pops[0].args[0]
                assert isinstance(key, ast.Constant)
                out.append(FieldInfo(name, str(key.value), hints[name], len(pops[0].args) == 1))
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


def answers(module: types.ModuleType) -> dict[int, AnswerInfo]:
    """status -> the generated type of its body (or NO_BODY / NOT_JSON), read from the generated
    _parse_response (a model, a list of models, a cast, a union helper)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(module._parse_response)))
    ns = vars(module)
    out: dict[int, AnswerInfo] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)):
            continue
        (right,) = node.test.comparators
        if not (isinstance(right, ast.Constant) and isinstance(right.value, int)):
            continue
        out[right.value] = _branch(node.body, ns)
    return dict(sorted(out.items()))


def _branch(body: list[ast.stmt], ns: dict[str, Any]) -> AnswerInfo:
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef) and stmt.returns is not None:  # a union helper
            hint = eval(ast.unparse(stmt.returns), ns)  # the generated code's own annotation
            return AnswerInfo(hint, hint)
    calls = [n for stmt in body for n in ast.walk(stmt) if isinstance(n, ast.Call)]
    for call in calls:
        if isinstance(call.func, ast.Attribute) and call.func.attr == "from_dict":
            model = eval(ast.unparse(call.func.value), ns)
            hint = list[model] if any(isinstance(s, ast.For) for s in body) else model  # type: ignore[valid-type]
            return AnswerInfo(hint, hint)
        if isinstance(call.func, ast.Name) and call.func.id == "cast":
            target, source = call.args
            if isinstance(source, ast.Constant) and source.value is None:
                return AnswerInfo(NO_BODY, None)
            hint = eval(ast.unparse(target), ns)
            return AnswerInfo(hint, hint)
        if isinstance(call.func, ast.Name) and call.func.id == "File":
            return AnswerInfo(NOT_JSON, ns["File"])
    attributes = {n.attr for stmt in body for n in ast.walk(stmt) if isinstance(n, ast.Attribute)}
    if "json" in attributes:  # `response.json()` as it is: a schema that takes any JSON
        return AnswerInfo(Any, Any)
    text = "text" in attributes
    return AnswerInfo(NOT_JSON, str if text else Any)


def body_type(module: types.ModuleType) -> Any:
    """The body parameter of the generated request builder, Unset left out; None without one."""
    hints = typing.get_type_hints(module._get_kwargs)
    if "body" not in hints:
        return None
    return without_unset(hints["body"])


def without_unset(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        arms = [a for a in typing.get_args(hint) if getattr(a, "__name__", "") != "Unset"]
        if len(arms) == 1:
            return arms[0]
        if typing.get_origin(hint) is typing.Union:  # (a Literal first: `|` makes a typing.Union too)
            return typing.Union.__getitem__(tuple(arms))
        return functools.reduce(operator.or_, arms)
    return hint


def params(module: types.ModuleType) -> tuple[str, ...]:
    """The generated request builder's parameters, body aside (path parameters first)."""
    return tuple(p for p in inspect.signature(module._get_kwargs).parameters if p != "body")
