"""Every response example in specs/ parses through the generated parser: the shape the specs
show (and the emulator answers, as it serves the examples) is one the raw client can read.

A JSON `null` example parses to None; anything else must give a model (or list, or value) whose
`to_dict()` gives the example back, so no part of it is lost or silently reshaped."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from check_samples import _to_plain
from generate import _shape, generated_modules
from speclib import SpecOperation, iter_operations, load_spec, resolve, spec_paths


@dataclass
class Example:
    op: SpecOperation
    status: str
    value: Any

    @property
    def id(self) -> str:
        return f"{self.op.spec}.{self.op.op['operationId']}[{self.status}]"


def _examples() -> list[Example]:
    out: list[Example] = []
    for path in spec_paths():
        spec = load_spec(path)
        for so in iter_operations(spec, path):
            for status, response in (so.op.get("responses") or {}).items():
                media = (resolve(spec, response).get("content") or {}).get("application/json") or {}
                if "example" in media:
                    out.append(Example(so, str(status), media["example"]))
                for named in (media.get("examples") or {}).values():
                    out.append(Example(so, str(status), resolve(spec, named).get("value")))
    return out


EXAMPLES = _examples()
MODULES = {p.stem: generated_modules(p.stem) for p in spec_paths()}


def parse(example: Example) -> Any:
    so = example.op
    mod = importlib.import_module(MODULES[so.spec][(so.method, _shape(so.path))])
    client = importlib.import_module(f"wbseller_raw.{so.spec}.client").Client(
        base_url="http://x", raise_on_unexpected_status=True
    )
    return mod._parse_response(
        client=client, response=httpx.Response(int(example.status), json=example.value)
    )


def test_there_are_examples_of_the_changed_shapes() -> None:
    ids = {e.id for e in EXAMPLES}
    assert "promotion.custom_bid_campaigns_information[200]" in ids
    assert "marketplace.get_inventory[200]" in ids
    assert len(EXAMPLES) > 100


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_response_example_parses(example: Example) -> None:
    parsed = parse(example)
    if example.value is None:
        assert parsed is None
        return
    assert parsed is not None, "the generated parser gave nothing for the example"
    assert _to_plain(parsed) == example.value


def test_a_wrong_shape_does_not_round_trip() -> None:
    """The check can fail: the docs' array form of the auction adverts is not the answer now."""
    (example,) = [e for e in EXAMPLES if e.id == "promotion.custom_bid_campaigns_information[200]"]
    old = Example(example.op, "200", example.value["adverts"])
    with pytest.raises((TypeError, ValueError, AttributeError, KeyError)):
        assert _to_plain(parse(old)) == old.value
