"""Schema drift: a success answer that does not match the spec still reaches the user.

The generated parser raises on the first value it cannot take (an object where a list is
declared, a null where an object is, a missing required key) and does not look at scalars at
all (a string where an int is declared goes through). `parsed()` runs the generated parser and,
on every 2xx JSON answer, walks the JSON against the generated response type (attrs models,
lists, unions, literals, scalars). What does not match is handed on as WB sent it:

- an object (a list item, a nested object) with a field that does not match becomes a
  `RawItem`: a dict of its JSON as sent (its model's attribute names read it too:
  `raw.vendor_code` is `raw["vendorCode"]`); the objects around it stay typed;
- a list item that is not even an object (a number where a card is) stays as it is, in place
  (the one case where the typed list around it has no `to_dict()`);
- the response object itself stays typed: a field of it that does not match is kept by its
  JSON key (`page["cursor"]`, in `to_dict()`), its attribute left unset; a list that came as an
  object is a one-item list of that object (as in a RawItem read by attribute). Only a missing
  or mismatched *required* field makes the answer itself a RawItem;
- extra fields are no drift: the models keep them (`additional_properties`, `to_dict()`).

Each deviation is reported once per process and (operation, JSON path, what came) as a
`SchemaDriftWarning` and a warning on the `wbseller` logger, the path normalised
(`cards[].sizes[].chrtID`). `warnings.simplefilter("error", SchemaDriftWarning)` makes it raise.
A body that is not JSON is no drift: it stays a MalformedResponseError.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import logging
import sys
import textwrap
import threading
import types
import typing
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from typing import Any, Literal

import attrs
import httpx

from .errors import MalformedResponseError, SchemaDriftWarning
from .transport import parsed_once

log = logging.getLogger("wbseller")

PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)
NO_BODY = object()  # the spec declares this status without a JSON body
NOT_JSON = object()  # a binary or text answer: nothing to walk


# --- what a user gets for an object that did not match -------------------------------------------
class RawItem(dict[str, Any]):
    """The JSON of an object that did not match its model, as WB sent it. A plain dict; also
    readable by the model's attribute names (`raw.nm_id` is `raw["nmID"]`, None when absent;
    a nested object comes back as a RawItem of its model), and `to_dict()` like a model."""

    __slots__ = ("model",)

    def __init__(self, data: dict[str, Any], model: type | None = None) -> None:
        super().__init__(data)
        self.model = model

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    def __getattr__(self, name: str) -> Any:
        if name == "model" or name.startswith("__"):
            raise AttributeError(name)
        return read(self, name)

    def __repr__(self) -> str:
        return f"RawItem({_name(self.model)}, {dict.__repr__(self)})"


def read(raw: RawItem, name: str) -> Any:
    """A RawItem's field by its model's attribute name (also for names a dict method has:
    `read(raw, "items")`); None when absent."""
    fields = _fields(raw.model) if raw.model is not None else {}
    if name not in fields:
        raise AttributeError(f"RawItem of {_name(raw.model)} has no field {name!r}")
    f = fields[name]
    return _view(f.hint, raw.get(f.key))


def _view(hint: Any, value: Any) -> Any:
    """A raw value as read through a model attribute: objects of a model as RawItems."""
    model = _model_in(hint)
    if model is not None and isinstance(value, dict):
        return value if isinstance(value, RawItem) else RawItem(value, model)
    item = _list_item(hint)
    if item is not None and isinstance(value, dict):  # an object where a list is declared
        value = [value]
    if item is not None and isinstance(value, list):
        return [_view(item, v) for v in value]
    return value


# --- the generated types ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Field:
    key: str  # the JSON key
    hint: Any
    required: bool
    compiled: _Hint  # the hint, compiled for the walk


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


@cache
def _fields(cls: Any) -> dict[str, _Field]:
    """attribute name -> JSON key, type, required; read from the generated from_dict (the one
    place that knows the JSON names)."""
    package = sys.modules[cls.__module__.rsplit(".", 1)[0]]
    hints = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]), localns=vars(package))
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict)))
    out: dict[str, _Field] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id.lstrip("_")
        # `x = d.pop("key", UNSET)`, also wrapped: `x = _parse_x(d.pop(...))`, `cast(..., d.pop(...))`
        pops = [c for c in ast.walk(node.value) if isinstance(c, ast.Call) and _is_pop(c)]
        if pops and name in hints:
            key = pops[0].args[0]
            assert isinstance(key, ast.Constant)
            out[name] = _Field(str(key.value), hints[name], len(pops[0].args) == 1, _compile(hints[name]))
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
    f = _fields(model).get(name)
    return f.key if f is not None else None


def _arms(hint: Any) -> tuple[Any, ...]:
    """The types a hint allows, Unset left out (absent keys are checked apart)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(hint) if getattr(a, "__name__", "") != "Unset")
    return (hint,)


def _model_in(hint: Any) -> type | None:
    return next((a for a in _arms(hint) if _is_model(a)), None)


def _list_item(hint: Any) -> Any:
    for a in _arms(hint):
        if typing.get_origin(a) is list:
            args = typing.get_args(a)
            return args[0] if args else Any
    return None


def _name(hint: Any) -> str:
    if hint is None or hint is type(None):
        return "null"
    if typing.get_origin(hint) is Literal:
        return "one of " + ", ".join(repr(v) for v in typing.get_args(hint))
    if typing.get_origin(hint) is list:
        return f"list[{_name(_list_item(hint))}]"
    arms = _arms(hint)
    if len(arms) > 1:
        return " | ".join(_name(a) for a in arms)
    if arms[0] is not hint:
        return _name(arms[0])
    return getattr(hint, "__name__", str(hint))


def _kind(value: Any) -> str:
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


# --- the walk --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Deviation:
    path: str  # normalised: cards[].sizes[].chrtID
    at: str  # where it was first met: cards[3].sizes[0].chrtID
    expected: str
    got: str

    def __str__(self) -> str:
        where = self.path or "(the answer)"
        first = f" (first at {self.at})" if self.at != self.path else ""
        return f"{where}: expected {self.expected}, got {self.got}{first}"


# A place in the answer, built cheaply as the walk goes and spelled out only for a deviation:
# None (the answer) or (parent, key), an int key being a list index.
Where = tuple[Any, str | int] | None


def _spell(where: Where, normalised: bool) -> str:
    parts: list[str] = []
    while where is not None:
        where, key = where
        if isinstance(key, int):
            parts.append("[]" if normalised else f"[{key}]")
        else:
            parts.append(f".{key}")
    return "".join(reversed(parts)).lstrip(".")


@dataclass(frozen=True)
class _Hint:
    """A generated type compiled for the walk: what it allows, by JSON kind."""

    hint: Any
    anything: bool
    nullable: bool
    arms: tuple[tuple[str, Any], ...]  # (kind, type): int float str bool list model dict literal other


@cache
def _compile(hint: Any) -> _Hint:
    arms = _arms(hint)
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
            compiled.append(("list", _compile(_list_item(a))))
        elif _is_model(a):
            compiled.append(("model", a))
        elif origin is dict or a is dict:
            compiled.append(("dict", a))
        elif a in (int, float, str, bool):
            compiled.append((a.__name__, a))
        else:
            compiled.append(("other", a))  # File, date…: the generated parser decides
    return _Hint(hint, anything, nullable, tuple(compiled))


_SCALARS = frozenset({"int", "float", "str", "bool", "dict", "other"})


def _fits(kind: str, tp: Any, value: Any) -> bool:
    """Whether `value` has the JSON kind wanted (its contents are walked apart)."""
    t = type(value)
    if kind == "int":
        return t is int
    if kind == "str":
        return t is str
    if kind == "model" or kind == "dict":
        return t is dict
    if kind == "list":
        return t is list
    if kind == "float":
        return t is float or t is int
    if kind == "bool":
        return t is bool
    if kind == "literal":
        return any(type(v) is t for v in typing.get_args(tp))
    return True


class _Walk:
    """One walk over an answer. `build=False` only finds deviations; `build=True` also returns
    the value to hand on (typed where it matches, raw where not)."""

    def __init__(self, build: bool) -> None:
        self.build = build
        self.found: list[Deviation] = []

    def deviate(self, where: Where, hint: Any, value: Any, got: str | None = None) -> None:
        self.found.append(
            Deviation(_spell(where, True), _spell(where, False), _name(hint), got or _kind(value))
        )

    def value(self, h: _Hint, value: Any, where: Where, root: bool = False) -> tuple[Any, bool]:
        """(the value to hand on, whether it matched at its own level). Deeper mismatches are
        dealt with below (raw items) and do not count as this level's."""
        if h.anything:
            return value, True
        hint = h.hint
        if value is None:
            if h.nullable:
                return None, True
            self.deviate(where, hint, value)
            return None, False
        arms = h.arms
        if len(arms) == 1:
            kind, tp = arms[0]
            if _fits(kind, tp, value):
                if kind in _SCALARS:
                    return value, True
                return self._one(kind, tp, value, where, root)
            fitting: list[tuple[str, Any]] = []
        else:
            fitting = [(k, t) for k, t in arms if _fits(k, t, value)]
        if not fitting:
            self.deviate(where, hint, value)
            item = _list_item(hint)
            if item is not None and isinstance(value, dict):  # an object where a list is declared
                return [RawItem(value, _model_in(item))], False
            return value, False
        if len(fitting) > 1:  # several models could take it: the first that matches, as generated
            for kind, tp in fitting:
                trial = _Walk(build=False)
                trial._one(kind, tp, value, where, root)
                if not trial.found:
                    return self._one(kind, tp, value, where, root)
        return self._one(*fitting[0], value, where, root)

    def _one(self, kind: str, tp: Any, value: Any, where: Where, root: bool) -> tuple[Any, bool]:
        if kind == "literal":
            if value in typing.get_args(tp):
                return value, True
            self.deviate(where, tp, value, f"{value!r}")
            return value, False
        if kind == "list":
            return self._list(tp, value, where), True
        if kind == "model":
            return self._model(tp, value, where, root), True
        return value, True  # a scalar that fits, dict[str, Any], Any

    def _list(self, item: _Hint, value: list[Any], where: Where) -> Any:
        out = []
        for i, v in enumerate(value):
            got, _ = self.value(item, v, (where, i))
            out.append(got)  # a list item is handed on by itself, typed or as sent
        return out if self.build else None

    def _model(self, cls: Any, value: dict[str, Any], where: Where, root: bool) -> Any:
        before = len(self.found)
        fields = _fields(cls)
        kwargs: dict[str, Any] = {}
        bad: list[str] = []  # fields that do not match at their own level
        hard = False  # a required field missing or not matching: no typed object without it
        for name, f in fields.items():
            if f.key not in value:
                if f.required:
                    self.deviate((where, f.key), f.hint, None, "nothing (a required key is missing)")
                    hard = True
                continue
            got, ok = self.value(f.compiled, value[f.key], (where, f.key))
            if not ok:
                bad.append(name)
                hard = hard or f.required
            kwargs[name] = got
        if not self.build:
            return None
        if len(self.found) == before:
            try:
                return cls.from_dict(value)  # what the generated parser makes
            except PARSE_ERRORS as e:
                self.found.append(
                    Deviation(
                        _spell(where, True),
                        _spell(where, False),
                        cls.__name__,
                        f"an object it cannot parse ({e!r})",
                    )
                )
                return RawItem(value, cls)
        if hard or (bad and not root):
            return RawItem(value, cls)
        keys = {f.key for f in fields.values()}
        extras = {k: v for k, v in value.items() if k not in keys}
        for name in bad:  # the answer itself: a field that does not match is kept by its key
            key = fields[name].key
            if not (isinstance(value[key], dict) and isinstance(kwargs[name], list)):  # not a wrapped list
                extras[key] = value[key]
                del kwargs[name]
        obj = cls(**kwargs)
        obj.additional_properties = extras
        return obj


# --- the fast check: a validator compiled once per generated type ----------------------------------
# Most answers match. Walking them with _Walk costs more than the generated parse itself, so each
# type gets straight-line Python (generated source, one function per model, scalars inlined)
# that only says whether the value matches, accepting exactly what the walk accepts; the walk
# runs only on an answer that does not match, to say where.
_MISSING = object()
_NS: dict[str, Any] = {"_MISSING": _MISSING}  # the validators' globals: functions and constants
_model_fns: dict[type, str] = {}
_names = itertools.count()
_lock = threading.RLock()  # the namespace; a model's validator compiles those it contains


def _fresh(prefix: str) -> str:
    return f"{prefix}{next(_names)}"


def _const(value: Any) -> str:
    name = _fresh("_c")
    _NS[name] = value
    return name


def _define(name: str, source: str) -> str:
    exec(compile(source, f"<wbseller.drift validator {name}>", "exec"), _NS)
    return name


def _model_fn(cls: type) -> str:
    """The validator of a model, compiled on first need. Its name is bound before its body is
    compiled, so a model that contains itself calls itself."""
    name = _model_fns.get(cls)
    if name is not None:
        return name
    name = _model_fns[cls] = _fresh(f"_m_{cls.__name__}_")
    try:
        lines = [f"def {name}(d):", "    get = d.get"]
        for f in _fields(cls).values():
            ok = _expr(f.compiled, "v")
            if f.required:
                lines.append(f"    v = get({f.key!r}, _MISSING)")
                lines.append(f"    if v is _MISSING or not {ok}:\n        return False")
            elif ok != "True":
                lines.append(f"    v = get({f.key!r}, _MISSING)")
                lines.append(f"    if v is not _MISSING and not {ok}:\n        return False")
        lines.append("    return True")
        return _define(name, "\n".join(lines))
    except BaseException:
        del _model_fns[cls]
        raise


def _list_fn(item: _Hint) -> str:
    name = _fresh("_l")
    ok = _expr(item, "x")
    body = f"    for x in items:\n        if not {ok}:\n            return False\n    return True"
    return _define(name, f"def {name}(items):\n{body}")


_FITS = {
    "int": "type({v}) is int",
    "str": "type({v}) is str",
    "bool": "type({v}) is bool",
    "float": "type({v}) is float or type({v}) is int",
    "dict": "type({v}) is dict",
    "other": "True",  # File, date…: the walk takes any value (a null as its hint says)
}


def _expr(h: _Hint, v: str) -> str:
    """A parenthesised Python expression over the variable `v`: whether it matches `h` as
    _Walk.value decides (a null where allowed; else one arm of its JSON kind whose contents
    match)."""
    if h.anything:
        return "True"
    arms: list[str] = []
    for kind, tp in h.arms:
        if kind == "literal":
            values = typing.get_args(tp)
            kinds = _const(frozenset(type(x) for x in values))
            arms.append(f"type({v}) in {kinds} and {v} in {_const(values)}")
        elif kind == "list":
            arms.append(f"type({v}) is list and {_list_fn(tp)}({v})")
        elif kind == "model":
            arms.append(f"type({v}) is dict and {_model_fn(tp)}({v})")
        else:
            arms.append(_FITS[kind].format(v=v))
    some = " or ".join(f"({a})" for a in arms) or "False"
    if h.nullable:
        return f"({v} is None or {some})"
    if any(kind in ("literal", "other") for kind, _ in h.arms):  # the others never take a null
        return f"({v} is not None and ({some}))"
    return f"({some})"


@cache
def _validator(hint: Any) -> Callable[[Any], bool]:
    with _lock:
        name = _fresh("_v")
        _define(name, f"def {name}(v):\n    return {_expr(_compile(hint), 'v')}")
        return _NS[name]  # type: ignore[no-any-return]


def check(hint: Any, data: Any) -> list[Deviation]:
    """The deviations of a JSON value from a generated type."""
    if _validator(hint)(data):
        return []
    walk = _Walk(build=False)
    walk.value(_compile(hint), data, None, root=True)
    return walk.found


def tolerant(hint: Any, data: Any) -> tuple[Any, list[Deviation]]:
    """The JSON as the generated type, typed where it matches and raw where not."""
    walk = _Walk(build=True)
    value, _ = walk.value(_compile(hint), data, None, root=True)
    return value, walk.found


# --- reporting -------------------------------------------------------------------------------------
_seen: set[tuple[str, str, str]] = set()
_seen_lock = threading.Lock()


def report(operation: str, deviations: list[Deviation]) -> None:
    """Warn (SchemaDriftWarning) and log once per process per operation, path and what came."""
    for d in deviations:
        key = (operation, d.path, d.got)
        with _seen_lock:
            if key in _seen:
                continue
        message = f"{operation}: the answer does not match the spec at {d}; handed on as WB sent it"
        # warn first: with the "error" filter this raises, and the next answer raises again
        warning = SchemaDriftWarning(
            message, operation=operation, path=d.path, at=d.at, expected=d.expected, got=d.got
        )
        warnings.warn(warning, stacklevel=2)
        with _seen_lock:
            if key in _seen:
                continue
            _seen.add(key)
        log.warning("schema drift: %s", message)


def forget() -> None:
    """Report every shape again (tests; a long-running process after a deploy)."""
    with _seen_lock:
        _seen.clear()


# --- the runners' entry point ---------------------------------------------------------------------
def parsed(operation: str, module: types.ModuleType, client: Any, response: httpx.Response) -> Any:
    """The generated Response for an answer, drift tolerated on a 2xx JSON one (see the module
    docstring); a 2xx whose body is not JSON is a MalformedResponseError."""
    status = response.status_code
    expected = response_types(module).get(status, NO_BODY)
    walk = 200 <= status < 300 and expected is not NOT_JSON and bool(response.content)
    if walk:
        try:
            data = response.json()  # the envelope check's parse, when it made one
        except ValueError as e:  # not JSON (or cut short): no drift, an error
            raise _malformed(operation, response, e) from e
        parsed_once(response, data)  # the generated parser reads the same, not a second parse
    try:
        built = module._build_response(client=client, response=response)
        failure: Exception | None = None
    except PARSE_ERRORS as e:
        built, failure = None, e
    if not walk:
        if failure is not None:
            raise _malformed(operation, response, failure)
        return built
    if expected is NO_BODY:  # a body the spec does not declare for this status
        statuses = sorted(response_types(module))
        want = f"no body with status {status}" if status in statuses else f"one of the statuses {statuses}"
        found = [Deviation("", "", want, f"status {status} with a JSON {_kind(data)}")]
        value: Any = RawItem(data) if isinstance(data, dict) else data
    elif failure is None:
        found = check(expected, data)
        if not found:
            return built
        value, found = tolerant(expected, data)
    else:
        value, found = tolerant(expected, data)
        if not found:  # the walk took what the generated parser did not: say so, hand it on
            found = [Deviation("", "", _name(expected), f"a body it cannot parse ({failure!r})")]
    report(operation, found)
    return module.Response(
        status_code=HTTPStatus(status), content=response.content, headers=response.headers, parsed=value
    )


def _malformed(operation: str, response: httpx.Response, cause: Exception) -> MalformedResponseError:
    err = MalformedResponseError(
        f"{operation}: the answer is not the JSON the spec describes ({cause!r})",
        status=response.status_code,
        body=response.content,
    )
    err.__cause__ = cause
    return err
