"""Schema drift: a success answer that does not match the spec still reaches the user.

The generated parser raises on the first value it cannot take (an object where a list is
declared, a null where an object is, a missing required key) and does not look at scalars at
all (a string where an int is declared goes through). `parsed()` checks every 2xx JSON answer
against the generated response type (attrs models, lists, unions, literals, scalars). One that
matches (nearly all) is built in the same pass by the check-and-build function `make generate`
wrote for its type (wbseller_raw.<spec>._shapes), into the very models the generated parser
makes; one that does not is parsed by the generated parser as far as it goes and walked here,
and what does not match is handed on as WB sent it:

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

import json
import logging
import threading
import typing
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .errors import MalformedResponseError, SchemaDriftWarning
from .shapes import (
    MISMATCH,
    NO_BODY,
    NOT_JSON,
    PARSE_ERRORS,
    Hint,
    compile_hint,
    json_key,
    kind_of,
    list_item,
    model_fields,
    model_in,
    type_name,
    validator,
)
from .transport import JSON

if TYPE_CHECKING:
    from wbseller_raw._runtime.operation import Operation
    from wbseller_raw._runtime.types import Response

R = TypeVar("R")
_UNREAD = object()

log = logging.getLogger("wbseller")

__all__ = ["RawItem", "check", "forget", "json_key", "parsed", "read", "report", "response_types", "tolerant"]


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
        return f"RawItem({type_name(self.model)}, {dict.__repr__(self)})"


def read(raw: RawItem, name: str) -> Any:
    """A RawItem's field by its model's attribute name (also for names a dict method has:
    `read(raw, "items")`); None when absent."""
    fields = model_fields(raw.model) if raw.model is not None else {}
    if name not in fields:
        raise AttributeError(f"RawItem of {type_name(raw.model)} has no field {name!r}")
    f = fields[name]
    return _view(f.hint, raw.get(f.key))


def _view(hint: Any, value: Any) -> Any:
    """A raw value as read through a model attribute: objects of a model as RawItems."""
    model = model_in(hint)
    if model is not None and isinstance(value, dict):
        return value if isinstance(value, RawItem) else RawItem(value, model)
    item = list_item(hint)
    if item is not None and isinstance(value, dict):  # an object where a list is declared
        value = [value]
    if item is not None and isinstance(value, list):
        return [_view(item, v) for v in value]
    return value


# --- the walk --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Deviation:
    """One way an answer differs from its spec."""

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
            Deviation(_spell(where, True), _spell(where, False), type_name(hint), got or kind_of(value))
        )

    def value(self, h: Hint, value: Any, where: Where, root: bool = False) -> tuple[Any, bool]:
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
            item = list_item(hint)
            if item is not None and isinstance(value, dict):  # an object where a list is declared
                return [RawItem(value, model_in(item))], False
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

    def _list(self, item: Hint, value: list[Any], where: Where) -> Any:
        out = []
        for i, v in enumerate(value):
            got, _ = self.value(item, v, (where, i))
            out.append(got)  # a list item is handed on by itself, typed or as sent
        return out if self.build else None

    def _model(self, cls: Any, value: dict[str, Any], where: Where, root: bool) -> Any:
        before = len(self.found)
        fields = model_fields(cls)
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


def check(hint: Any, data: Any, valid: Callable[[Any], bool] | None = None) -> list[Deviation]:
    """The deviations of a JSON value from a generated type. `valid`: the type's generated check,
    which answers nearly every value without the walk (a model's own, if not given)."""
    valid = valid or validator(hint)
    if valid is not None and valid(data):
        return []
    walk = _Walk(build=False)
    walk.value(compile_hint(hint), data, None, root=True)
    return walk.found


def tolerant(hint: Any, data: Any) -> tuple[Any, list[Deviation]]:
    """The JSON as the generated type, typed where it matches and raw where not."""
    walk = _Walk(build=True)
    value, _ = walk.value(compile_hint(hint), data, None, root=True)
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
def response_types(op: Operation[Any, Any]) -> dict[int, Any]:
    """status -> the generated type of its body (or NO_BODY / NOT_JSON), every status the spec
    declares."""
    return {status: answer.type for status, answer in op.answers.items()}


def parsed(op: Operation[Any, R], client: Any, response: httpx.Response) -> Response[R]:
    """The generated Response for an answer, drift tolerated on a 2xx JSON one (see the module
    docstring); a 2xx whose body is not JSON is a MalformedResponseError."""
    status = response.status_code
    answer = op.answers.get(status)
    expected = answer.type if answer is not None else NO_BODY
    walk = 200 <= status < 300 and expected is not NOT_JSON and bool(response.content)
    if walk:
        data = response.extensions.pop(JSON, _UNREAD)  # the envelope check's parse, when it made one
        if data is _UNREAD:
            try:
                data = json.loads(response.content)
            except ValueError as e:  # not JSON (or cut short): no drift, an error
                raise _malformed(op.key, response, e) from e
        if answer is not None and answer.build is not None:  # nearly always: it matches, built in one pass
            fast = answer.build(data)
            if fast is not MISMATCH:
                return op.respond(response, fast)
            data = json.loads(response.content)  # the builder filled its lists: a fresh copy
    try:
        built = op.parse(client, response)
        failure: Exception | None = None
    except PARSE_ERRORS as e:
        built, failure = None, e
    if not walk:
        if failure is not None:
            raise _malformed(op.key, response, failure)
        return built  # type: ignore[return-value]
    if expected is NO_BODY:  # a body the spec does not declare for this status
        statuses = sorted(op.statuses)
        want = f"no body with status {status}" if status in statuses else f"one of the statuses {statuses}"
        found = [Deviation("", "", want, f"status {status} with a JSON {kind_of(data)}")]
        value: Any = RawItem(data) if isinstance(data, dict) else data
    elif failure is None:
        found = check(expected, data, answer.valid if answer is not None else None)
        if not found:
            return built  # type: ignore[return-value]
        value, found = tolerant(expected, data)
    else:
        value, found = tolerant(expected, data)
        if not found:  # the walk took what the generated parser did not: say so, hand it on
            found = [Deviation("", "", type_name(expected), f"a body it cannot parse ({failure!r})")]
    report(op.key, found)
    return op.respond(response, value)


def _malformed(operation: str, response: httpx.Response, cause: Exception) -> MalformedResponseError:
    err = MalformedResponseError(
        f"{operation}: the answer is not the JSON the spec describes ({cause!r})",
        status=response.status_code,
        body=response.content,
    )
    err.__cause__ = cause
    return err
