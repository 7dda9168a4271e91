"""Straight-line Python compiled once per generated type, for the answers that match their spec
(nearly all of them):

- `validator(hint)`: whether a JSON value matches, accepting exactly what drift's walk accepts;
- `builder(hint)`: the value the generated parser would make of it (the same attrs models, equal
  field by field), or MISMATCH. It validates and builds in one pass, where the generated
  from_dict copies each object, pops every key and defines a closure per field on every call,
  and the validator would then walk it all again.

Walking with drift's _Walk costs more than the generated parse itself; it runs only on an answer
that does not match, to say where.
"""

from __future__ import annotations

import importlib
import itertools
import threading
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

import attrs

from .shapes import Hint, compile_hint, model_fields

PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)  # what a generated parser raises
_MISSING = object()
_NS: dict[str, Any] = {
    "_MISSING": _MISSING,
    "_PARSE_ERRORS": PARSE_ERRORS,
    "_new": object.__new__,
}  # the compiled functions' globals
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
    exec(compile(source, f"<wbseller.compiled {name}>", "exec"), _NS)
    return name


def _model_fn(cls: type) -> str:
    """The validator of a model, compiled on first need. Its name is bound before its body is
    compiled, so a model that contains itself calls itself."""
    name = _model_fns.get(cls)
    if name is not None:
        return name
    name = _model_fns[cls] = _fresh(f"_m_{cls.__name__}_")
    try:
        lines = [f"def {name}(d):"]
        for f in model_fields(cls).values():
            ok = _expr(f.compiled, "v")
            if f.required:
                lines.append(f"    v = d.get({f.key!r}, _MISSING)")
                lines.append(f"    if v is _MISSING or not {ok}:\n        return False")
            elif ok != "True":
                lines.append(f"    v = d.get({f.key!r}, _MISSING)")
                lines.append(f"    if v is not _MISSING and not {ok}:\n        return False")
        lines.append("    return True")
        return _define(name, "\n".join(lines))
    except BaseException:
        del _model_fns[cls]
        raise


def _list_fn(item: Hint) -> str:
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


def _expr(h: Hint, v: str) -> str:
    """A parenthesised Python expression over the variable `v`: whether it matches `h` as
    _Walk.value decides (a null where allowed; else one arm of its JSON kind whose contents
    match)."""
    if h.anything:
        return "True"
    arms = [_arm(kind, tp, v) for kind, tp in h.arms]
    some = " or ".join(f"({a})" for a in arms) or "False"
    if h.nullable:
        return f"({v} is None or {some})"
    if any(kind in ("literal", "other") for kind, _ in h.arms):  # the others never take a null
        return f"({v} is not None and ({some}))"
    return f"({some})"


def _arm(kind: str, tp: Any, v: str) -> str:
    """Whether `v` matches one arm of a type (its contents too)."""
    if kind == "literal":
        values = typing.get_args(tp)
        kinds = _const(frozenset(type(x) for x in values))
        return f"type({v}) in {kinds} and {v} in {_const(values)}"
    if kind == "list":
        return f"type({v}) is list and {_list_fn(tp)}({v})"
    if kind == "model":
        return f"type({v}) is dict and {_model_fn(tp)}({v})"
    return _FITS[kind].format(v=v)


@cache
def validator(hint: Any) -> Callable[[Any], bool]:
    with _lock:
        name = _fresh("_v")
        _define(name, f"def {name}(v):\n    return {_expr(compile_hint(hint), 'v')}")
        return _NS[name]  # type: ignore[no-any-return]


# --- the builder: the generated parser's value, validated and built in one pass -------------------
MISMATCH = _MISSING  # what a builder returns for a value that does not match: take the slow path
_builder_fns: dict[type, str] = {}
_JSON_KINDS = {"int": "number", "float": "number", "str": "string", "bool": "bool", "list": "list"}
_JSON_KINDS |= {"model": "object", "dict": "object"}


def _json_kinds(kind: str, tp: Any) -> set[str]:
    if kind == "literal":
        return {_JSON_KINDS.get(type(x).__name__, "other") for x in typing.get_args(tp)}
    return {_JSON_KINDS.get(kind, "other")}


def _straight(h: Hint) -> bool:
    """Whether a value of this type is built by telling its JSON kind alone: no arm the generated
    parser decides by trying (File, date…), no two arms of one JSON kind (two models, int|float)."""
    if h.anything:
        return True
    seen: set[str] = set()
    for kind, tp in h.arms:
        kinds = _json_kinds(kind, tp)
        if "other" in kinds or kinds & seen:
            return False
        seen |= kinds
    return True


def _plain(h: Hint) -> bool:
    """Whether a value of this type is handed on as it came (the generated parser casts it)."""
    return h.anything or all(kind not in ("model", "list", "other") for kind, _ in h.arms)


def _build(h: Hint, src: str, dst: str, ind: str, absent: list[str] | None = None) -> list[str]:
    """Statements that set `dst` to what the generated parser makes of `src`, or return MISMATCH
    (straight types only). `absent`: what to do when `src` is _MISSING (an absent key), tested
    after the arms (nearly every key is there, most values are not null)."""
    if_absent = [f"{ind}elif {src} is _MISSING:", *(f"{ind}    {x}" for x in absent)] if absent else []
    if h.anything:
        if not absent:
            return [f"{ind}{dst} = {src}"]
        return [f"{ind}if {src} is _MISSING:", *if_absent[1:], f"{ind}else:", f"{ind}    {dst} = {src}"]
    lines: list[str] = []

    def branch(cond: str) -> str:
        return f"{ind}{'elif' if lines else 'if'} {cond}:"

    for kind, tp in h.arms:
        if kind == "model":
            call = f"{_builder_fn(tp)}({src})"
            lines += [branch(f"type({src}) is dict"), f"{ind}    {dst} = {call}"]
            lines += [f"{ind}    if {dst} is _MISSING:", f"{ind}        return _MISSING"]
        elif kind == "list" and not _plain(tp):
            lines += [branch(f"type({src}) is list"), f"{ind}    {dst} = {_list_builder(tp)}({src})"]
            lines += [f"{ind}    if {dst} is _MISSING:", f"{ind}        return _MISSING"]
        else:  # a scalar, a literal, a dict, a list of those: checked, then the value itself
            lines += [branch(_arm(kind, tp, src)), f"{ind}    {dst} = {src}"]
    if h.nullable:
        lines += [branch(f"{src} is None"), f"{ind}    {dst} = None"]
    return [*lines, *if_absent, f"{ind}else:", f"{ind}    return _MISSING"]


def _list_builder(item: Hint) -> str:
    name = _fresh("_lb")
    body = _build(item, "x", "y", "        ")
    # the JSON's own list takes the built items: no new list (a tracked object) per list built
    lines = [f"def {name}(items):", "    i = 0", "    for x in items:", *body]
    return _define(name, "\n".join([*lines, "        items[i] = y", "        i += 1", "    return items"]))


def _builder_fn(cls: type) -> str:
    """The builder of a model, compiled on first need (its name bound first: a model that
    contains itself calls itself). A model with a field the generated parser decides by trying,
    or whose __init__ does more than store its arguments, is validated, then built by its own
    from_dict."""
    name = _builder_fns.get(cls)
    if name is not None:
        return name
    name = _builder_fns[cls] = _fresh(f"_b_{cls.__name__}_")
    try:
        fields = model_fields(cls)
        init = [a for a in attrs.fields(cls) if a.init]
        straight = all(_straight(f.compiled) for f in fields.values())
        plain = {a.name for a in init} == set(fields) and hasattr(cls, "additional_properties")
        if not (plain and straight and _plain_init(cls)):
            model = _const(cls)
            lines = [f"def {name}(d):", f"    if not {_model_fn(cls)}(d):", "        return _MISSING"]
            lines += ["    try:", f"        return {model}.from_dict(d)", "    except _PARSE_ERRORS:"]
            return _define(name, "\n".join([*lines, "        return _MISSING"]))
        # the package's UNSET (a model with required fields only does not import it)
        unset = _const(importlib.import_module(cls.__module__.rsplit(".models.", 1)[0] + ".types").UNSET)
        # d.get inline, not bound once: a bound method is an object the GC tracks, one per model
        lines = [f"def {name}(d):", "    gone = 0"]  # gone: the fields absent
        var: dict[str, str] = {}
        for i, (attr, f) in enumerate(fields.items()):
            lines.append(f"    v = d.get({f.key!r}, _MISSING)")
            absent = ["return _MISSING"] if f.required else [f"a{i} = {unset}", "gone += 1"]
            lines += _build(f.compiled, "v", f"a{i}", "    ", absent)
            var[attr] = f"a{i}"
        keys = _const(frozenset(f.key for f in fields.values()))
        extras = (
            f"{{k: x for k, x in d.items() if k not in {keys}}} if len(d) + gone > {len(fields)} else {{}}"
        )
        # what its __init__ does, without the call: one per object built
        lines.append(f"    o = _new({_const(cls)})")
        lines += [f"    o.{a.name} = {var[a.name]}" for a in init]
        lines.append(f"    o.additional_properties = {extras}")
        return _define(name, "\n".join([*lines, "    return o"]))
    except BaseException:
        del _builder_fns[cls]
        raise


def _plain_init(cls: type) -> bool:
    """Whether the generated __init__ only stores its arguments (no validator, converter or hook)."""
    if any(hasattr(cls, h) for h in ("__attrs_pre_init__", "__attrs_post_init__")):
        return False
    return all(
        a.validator is None and a.converter is None and a.on_setattr is None for a in attrs.fields(cls)
    )


@cache
def builder(hint: Any) -> Callable[[Any], Any]:
    """JSON -> the value the generated parser makes of it (attrs models equal to its own), or
    MISMATCH when the JSON does not match the type or the type is not built straight.

    It consumes its input: the JSON's lists are filled with the built items as it goes (half
    filled on a MISMATCH), so give it JSON nothing else reads (parse it again for the slow path)."""
    with _lock:
        h = compile_hint(hint)
        name = _fresh("_t")
        if not _straight(h):
            return lambda value: _MISSING
        body = _build(h, "v", "r", "    ")
        _define(name, "\n".join([f"def {name}(v):", *body, "    return r"]))
        return _NS[name]  # type: ignore[no-any-return]
