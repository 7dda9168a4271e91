"""The check-and-build functions `make generate` writes (wbseller_raw.<spec>._shapes) stand in for
the generated parser on every answer that matches its spec: for every 2xx JSON type of every
operation, on random answers that match (optional keys left out, nulls where allowed, extra keys
WB added), the builder must give what the generated parser gives (the same classes, equal field by
field, the same extras) and the check must say it matches; an answer that does not match is
MISMATCH (it then takes the tolerant path)."""

from __future__ import annotations

import copy
import json
import random
import string
import typing
from typing import Any

import httpx
import pytest

import wbseller_raw.content
from wbseller import drift
from wbseller.operations import Operation, all_operations
from wbseller.shapes import MISMATCH, NO_BODY, NOT_JSON, Hint, compile_hint, model_fields
from wbseller_raw._runtime.operation import Answer

CLIENT = wbseller_raw.content.Client(base_url="http://wb.invalid")  # the parsers only read its flags
SAMPLES = 25  # random answers per type


def _types() -> list[tuple[str, Operation[Any, Any], Answer]]:
    """(operation status, operation, answer) of every 2xx JSON answer."""
    out = []
    for key, op in sorted(all_operations().items()):
        for status, answer in op.answers.items():
            if 200 <= status < 300 and answer.type is not NO_BODY and answer.type is not NOT_JSON:
                out.append((f"{key} {status}", op, answer))
    return out


TYPES = _types()


def _scalar(kind: str, rng: random.Random) -> Any:
    if kind == "int":
        return rng.randint(-5, 10**9)
    if kind == "float":
        return rng.choice([rng.random() * 1000, rng.randint(0, 99)])  # WB sends 10 for 10.0
    if kind == "str":
        return "".join(rng.choices(string.ascii_letters + "ё ", k=rng.randint(0, 8)))
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "dict":
        return {"k": rng.randint(0, 9)}
    return rng.choice([1, "x", None, [1], {"a": 1}])  # Any


def _value(h: Hint, rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value that matches `h`."""
    if h.anything:
        return _scalar("any", rng)
    if h.nullable and (rng.random() < 0.15 or not h.arms):
        return None
    kind, tp = rng.choice(h.arms)
    if kind == "literal":
        return rng.choice(typing.get_args(tp))
    if kind == "list":
        return [_value(tp, rng, depth + 1) for _ in range(rng.randint(0, 3 if depth < 4 else 0))]
    if kind == "model":
        out: dict[str, Any] = {}
        for f in model_fields(tp).values():
            if f.required or (depth < 5 and rng.random() < 0.75):
                out[f.key] = _value(f.compiled, rng, depth + 1)
        if rng.random() < 0.3:
            out["fieldWbAddedLater"] = rng.choice([1, "new", {"nested": [1]}, None])
        return out
    return _scalar(kind, rng)


def _generated(op: Operation[Any, Any], status: int, value: Any) -> Any:
    body = json.dumps(value).encode()  # (json=None would send no body: a null answer is "null")
    answer = httpx.Response(status, content=body, request=httpx.Request("GET", "http://wb.invalid/"))
    return op.parse(CLIENT, answer).parsed


def _extras(value: Any) -> Any:
    """Every model's additional_properties, nested, to compare what equality alone may not show."""
    if isinstance(value, list):
        return [_extras(v) for v in value]
    if hasattr(value, "additional_properties"):
        nested = [_extras(getattr(value, n)) for n in model_fields(type(value))]
        return (type(value), value.additional_properties, nested)
    return type(value)


@pytest.mark.parametrize(("key", "op", "answer"), TYPES, ids=[t[0] for t in TYPES])
def test_the_builder_gives_what_the_generated_parser_gives(
    key: str, op: Operation[Any, Any], answer: Answer
) -> None:
    rng = random.Random(key)  # the same answers every run
    status = int(key.rsplit(" ", 1)[1])
    hint = answer.type
    assert answer.valid is not None
    for _ in range(SAMPLES):
        value = _value(compile_hint(hint), rng)
        assert drift.check(hint, value) == [], value  # the generator makes matching answers
        assert answer.valid(value), (key, value)  # and the generated check says so
        want = _generated(op, status, value)
        if answer.build is None:  # a type built by trying arms: the generated parser's
            continue
        built = answer.build(copy.deepcopy(value))  # it fills the JSON's lists with what it builds
        assert built is not MISMATCH, (key, value)
        assert built == want, (key, value)
        assert _extras(built) == _extras(want), (key, value)


def test_most_types_are_built_straight() -> None:
    """The fast path is the common one: nearly every answer type is built without the generated
    parser."""
    straight = {key for key, _, answer in TYPES if answer.build is not None}
    assert len(TYPES) > 80 and len(straight) >= 0.9 * len(TYPES), sorted({t[0] for t in TYPES} - straight)


# --- an answer that does not match: MISMATCH, whatever the place ----------------------------------
@pytest.mark.parametrize(
    ("mutate", "why"),
    [
        (lambda c: c.update(nmID="123"), "a string for an int"),
        (lambda c: c.update(sizes={"chrtID": 1}), "an object for a list"),
        (lambda c: c["sizes"][0].update(chrtID=None), "a null where none is allowed"),
        (lambda c: c.update(needKiz=1), "an int for a bool"),
        (lambda c: c["dimensions"].update(length="10"), "a string in a nested object"),
    ],
)
def test_a_drifted_card_is_a_mismatch(mutate: Any, why: str) -> None:
    from wbseller_raw.content import ops
    from wbseller_raw.content.models import CardsListResponse

    card = {
        "nmID": 1,
        "vendorCode": "A",
        "sizes": [{"chrtID": 5, "techSize": "M", "skus": ["1"]}],
        "dimensions": {"length": 1, "width": 2, "height": 3},
        "needKiz": False,
    }
    page = {"cards": [card], "cursor": {"updatedAt": "2026-01-01T00:00:00Z", "nmID": 1, "total": 1}}
    answer = ops.PRODUCT_CARDS_LIST.answers[200]
    assert answer.build is not None and answer.valid is not None
    assert answer.build(copy.deepcopy(page)) == CardsListResponse.from_dict(page)  # as sent, it matches
    assert answer.valid(page)
    mutate(card)
    assert answer.build(copy.deepcopy(page)) is MISMATCH, why
    assert not answer.valid(page)
    assert drift.check(CardsListResponse, page) != []  # and the walk says where
