"""Every response example in specs/*.yaml goes through the generated parser and through the tolerance
path (wbseller.drift): the same data, no warning. Then mutated copies of each (a string where
the spec declares an integer, null where it declares a non-nullable value, an object where it
declares an array, an extra field): the tolerance path never raises, warns exactly where the
spec was broken (and not for an extra field), and hands the data on.

The mutation sites are found from the spec's own schemas (not from the generated types the
tolerance path walks), so the two must agree for the test to pass."""

from __future__ import annotations

import copy
import json
import typing
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from speclib import iter_operations, load_spec, resolve, spec_paths
from wbfacts import FACTS_SOURCE

import wbseller_raw.content
from wbseller import SchemaDriftWarning, drift
from wbseller.operations import Operation, operation
from wbseller.shapes import NO_BODY, NOT_JSON, compile_hint, validator

CLIENT = wbseller_raw.content.Client(base_url="http://wb.invalid")  # the parsers only read its flags


@dataclass(frozen=True)
class Example:
    spec: str
    operation_id: str
    status: int
    value: Any
    schema: dict[str, Any]
    doc: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.spec}.{self.operation_id}"


def _examples() -> Iterator[Example]:
    for path in spec_paths():
        doc = load_spec(path)
        for so in iter_operations(doc, path):
            for status, response in so.op.get("responses", {}).items():
                for media, content in (resolve(doc, response).get("content") or {}).items():
                    if "json" not in media:
                        continue
                    values = [content["example"]] if "example" in content else []
                    values += [resolve(doc, e)["value"] for e in (content.get("examples") or {}).values()]
                    for value in values:
                        yield Example(
                            so.spec, so.op["operationId"], int(status), value, content["schema"], doc
                        )


EXAMPLES = list(_examples())
IDS = [f"{e.key}-{e.status}-{i}" for i, e in enumerate(EXAMPLES)]


def _op(example: Example) -> Operation[Any, Any]:
    return operation(example.spec, example.operation_id)


def _type(example: Example) -> tuple[Any, Any]:
    """(the generated type of the example's status, its generated check: the answer's own, for an
    error answer, which the runners never build, its model's or its list's models')."""
    answer = _op(example).answers[example.status]
    if answer.valid is not None or typing.get_origin(answer.type) is not list:
        return answer.type, answer.valid or validator(answer.type)
    # a list of models (marketplace's stocks 409): its models' checks, item by item
    (item,) = typing.get_args(answer.type)
    valid = validator(item)
    assert valid is not None, example.key
    return answer.type, lambda value: type(value) is list and all(valid(v) for v in value)


def _answer(status: int, value: Any) -> httpx.Response:
    return httpx.Response(status, json=value, request=httpx.Request("GET", "http://wb.invalid/"))


def _json(value: Any) -> Any:
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def _tolerated(example: Example, value: Any) -> tuple[Any, list[SchemaDriftWarning]]:
    """value through drift.parsed (what the runners do), with the warnings it gave."""
    drift.forget()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        response = drift.parsed(_op(example), CLIENT, _answer(example.status, value))
    return response.parsed, [w.message for w in caught if isinstance(w.message, SchemaDriftWarning)]


def _from_the_docs(path: Any) -> bool:
    """A spec reconstructed from the docs (their samples are its examples), not one drafted from
    the facts of wb-facts/2026-08-groups, which keep no answer samples (tests/services/
    test_new_hosts.py sends their synthesised answers through the same two parsers)."""
    return any(not FACTS_SOURCE.match(s) for so in iter_operations(load_spec(path), path) for s in so.sources)


def test_the_specs_have_examples() -> None:
    assert len(EXAMPLES) > 80
    assert {e.spec for e in EXAMPLES} == {p.stem for p in spec_paths() if _from_the_docs(p)}


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_parses_the_same_both_ways(example: Example) -> None:
    generated = _op(example).parse(CLIENT, _answer(example.status, example.value)).parsed
    assert generated is not None, f"{example.key}: no generated parser for status {example.status}"
    hint, valid = _type(example)
    assert valid is not None and valid(example.value), example.key  # the generated check agrees
    assert drift.check(hint, example.value) == []
    tolerated, warned = _tolerated(example, example.value)
    assert warned == []
    assert type(tolerated) is type(generated)
    assert _json(tolerated) == _json(generated)


# --- mutated examples -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Site:
    at: tuple[str | int, ...]  # the JSON path to the value
    schema: dict[str, Any]  # the spec's schema for it


def _plain(doc: dict[str, Any], schema: Any) -> dict[str, Any] | None:
    """The schema itself, through $ref and a single allOf; None where it is a choice (oneOf…)."""
    schema = resolve(doc, schema)
    while isinstance(schema, dict) and len(schema.get("allOf", [])) == 1:
        nullable = schema.get("nullable", False)
        schema = {**resolve(doc, schema["allOf"][0]), "nullable": nullable}
    if not isinstance(schema, dict) or "oneOf" in schema or "anyOf" in schema:
        return None
    return schema


def _sites(doc: dict[str, Any], schema: Any, value: Any, at: tuple[str | int, ...] = ()) -> Iterator[Site]:
    plain = _plain(doc, schema)
    if plain is None:
        return
    yield Site(at, plain)
    if isinstance(value, dict) and plain.get("type", "object") == "object":
        for key, v in value.items():
            if key in plain.get("properties", {}):
                yield from _sites(doc, plain["properties"][key], v, (*at, key))
    elif isinstance(value, list) and "items" in plain:
        for i, v in enumerate(value):
            yield from _sites(doc, plain["items"], v, (*at, i))


def _where(at: tuple[str | int, ...]) -> str:
    out = ""
    for part in at:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _set(value: Any, at: tuple[str | int, ...], new: Any) -> Any:
    value = copy.deepcopy(value)
    if not at:
        return new
    node = value
    for part in at[:-1]:
        node = node[part]
    node[at[-1]] = new
    return value


def _mutations(example: Example) -> Iterator[tuple[str, tuple[str | int, ...], Any]]:
    """(what, where, the mutated answer): the first place of each kind the spec allows."""
    sites = list(_sites(example.doc, example.schema, example.value))
    found: set[str] = set()
    for site in sites:
        s, (value, at) = site.schema, (_get(example.value, site.at), site.at)
        nullable = s.get("nullable", False)
        if "int" not in found and s.get("type") == "integer" and not nullable and "enum" not in s:
            found.add("int")
            yield "string for int", at, _set(example.value, at, f"{value}x")
        if "null" not in found and at and s.get("type") in ("string", "integer", "array") and not nullable:
            found.add("null")
            yield "null", at, _set(example.value, at, None)
        listed = s.get("type") == "array" and not nullable and value and isinstance(value[0], dict)
        if "list" not in found and listed:
            found.add("list")
            yield "object for list", at, _set(example.value, at, value[0])


def _get(value: Any, at: tuple[str | int, ...]) -> Any:
    for part in at:
        value = value[part]
    return value


MUTATED = [(e, m) for e in EXAMPLES if 200 <= e.status < 300 for m in _mutations(e)]


@pytest.mark.parametrize(
    ("example", "mutation"),
    MUTATED,
    ids=[f"{e.key}-{m[0]}-{_where(m[1]) or 'root'}" for e, m in MUTATED],
)
def test_mutated_example_warns_once_and_goes_on(example: Example, mutation: tuple[str, Any, Any]) -> None:
    what, at, mutated = mutation
    tolerated, warned = _tolerated(example, mutated)  # never raises
    assert [w.at for w in warned] == [_where(at)], f"{what} at {_where(at)}: {[str(w) for w in warned]}"
    (w,) = warned
    assert w.operation == example.key and example.key in str(w)
    # nothing lost: the JSON as sent is all there (an object for a list comes as a list of it)
    sent = json.dumps(_get(mutated, at), sort_keys=True)
    assert sent in json.dumps(_json(tolerated), sort_keys=True, default=repr)
    if what != "object for list":
        assert _json(tolerated) == mutated


SAMPLE = 20  # examples with an extra field at the top and in the first list item


@pytest.mark.parametrize("example", [e for e in EXAMPLES if isinstance(e.value, dict)][:SAMPLE])
def test_extra_fields_are_kept_without_a_warning(example: Example) -> None:
    mutated = {**example.value, "fieldWbAddedLater": {"any": [1, "thing"]}}
    tolerated, warned = _tolerated(example, mutated)
    assert warned == []
    assert _json(tolerated) == mutated


def test_mutations_cover_each_kind() -> None:
    kinds = {m[0] for _, m in MUTATED}
    assert kinds == {"string for int", "null", "object for list"}
    assert len(MUTATED) > 60


def test_the_changed_shapes_have_examples() -> None:
    """WB's answers of today (specs/changes/) are among the examples checked above."""
    keys = {e.key for e in EXAMPLES}
    assert {"promotion.custom_bid_campaigns_information", "marketplace.get_inventory"} <= keys


def test_the_docs_old_shape_is_drift() -> None:
    """The check can fail: the docs' array form of the auction adverts is not WB's answer now."""
    (example,) = [
        e for e in EXAMPLES if e.key == "promotion.custom_bid_campaigns_information" and e.status == 200
    ]
    old = example.value["adverts"]
    with pytest.raises((TypeError, ValueError, AttributeError, KeyError)):
        _op(example).parse(CLIENT, _answer(200, old))
    assert drift.check(drift.response_types(_op(example))[200], old) != []


ODD_VALUES = (None, "x", 7, 1.5, True, {}, [], {"k": 1}, [1])


def _walk_finds(hint: Any, value: Any) -> bool:
    walk = drift._Walk(build=False)
    walk.value(compile_hint(hint), value, None, root=True)
    return bool(walk.found)


def test_the_generated_check_agrees_with_the_walk() -> None:
    """check() answers most pages by the check `make generate` wrote per type and walks only
    those it refuses: it must refuse exactly what the walk finds drift in, for every kind of
    value at every place of every example."""
    checked = refused = 0
    for example in EXAMPLES:
        hint, valid = _type(example)
        if hint is NO_BODY or hint is NOT_JSON:
            continue
        for site in list(_sites(example.doc, example.schema, example.value))[:40]:
            for odd in ODD_VALUES:
                value = _set(example.value, site.at, odd)
                finds = _walk_finds(hint, value)
                assert valid(value) is not finds, (example.key, _where(site.at), odd)
                checked, refused = checked + 1, refused + finds
    assert checked > 1000 and 0 < refused < checked
