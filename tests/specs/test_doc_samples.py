"""Every JSON sample in WB's docs round-trips through the generated models, and every key it
shows is declared in the spec (not swallowed as an additional property)."""

from __future__ import annotations

import copy

import pytest
from check_samples import Case, check_case, collect
from generate import generated_modules

CASES = collect()
MODULES = {name: generated_modules(name) for name in {c.spec_op.spec for c in CASES if c.spec_op}}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_doc_sample_round_trips(case: Case) -> None:
    assert check_case(case, MODULES) == []


def test_there_are_samples_for_every_doc_file() -> None:
    files = {c.doc.file for c in CASES if c.sample.value is not None}
    assert {"products.txt", "promotion.txt", "wbd.txt", "content-legacy.txt", "api-information.txt"} <= files


def test_an_undeclared_key_is_caught() -> None:
    # a copy: the shared case must stay as it is for test_doc_sample_round_trips (xdist may run it later)
    case = copy.deepcopy(
        next(c for c in CASES if c.doc.title == "Connection Check" and c.spec_op is not None)
    )
    assert case.sample.value == {"TS": "2024-08-16T11:19:05+03:00", "Status": "OK"}
    case.sample.value = {**case.sample.value, "Unknown": 1}
    problems = check_case(case, MODULES)
    assert problems and "Unknown" in problems[0]
