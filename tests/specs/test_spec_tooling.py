"""The docs-coverage and lint scripts fail, naming the file and operation, when docs and specs
disagree (checked on temporary copies)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import check_coverage
import lint_specs
import yaml
from wbfacts import DOCS_DIR

ROOT = Path(__file__).resolve().parents[2]


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    specs = tmp_path / "specs"
    shutil.copytree(DOCS_DIR, docs)
    specs.mkdir()
    for p in (ROOT / "specs").glob("*.yaml"):
        shutil.copy(p, specs / p.name)
    return docs, specs


def test_coverage_is_complete_on_the_real_docs() -> None:
    errors, docs, spec_ops = check_coverage.check(DOCS_DIR, ROOT / "specs")
    assert errors == []
    assert len(docs) == 135 and len(spec_ops) >= 111


def test_coverage_fails_on_a_doc_with_an_extra_heading(tmp_path: Path) -> None:
    docs, specs = _copies(tmp_path)
    p = docs / "products.txt"
    p.write_text(
        p.read_text(encoding="utf-8") + "\nFrobnicate cards{{ /content/v2/frobnicate }}\n\nDoes it.\n"
    )
    errors, _, _ = check_coverage.check(docs, specs)
    assert errors == [
        "products.txt: 'Frobnicate cards' {{ /content/v2/frobnicate }} is documented but missing from specs/"
    ]
    assert check_coverage.main(["--docs", str(docs), "--specs", str(specs)]) == 1


def test_coverage_fails_on_a_spec_with_an_extra_operation(tmp_path: Path) -> None:
    docs, specs = _copies(tmp_path)
    p = specs / "general.yaml"
    spec = yaml.safe_load(p.read_text(encoding="utf-8"))
    extra = dict(spec["paths"]["/ping"]["get"], operationId="undocumented_thing")
    extra["x-wb-source"] = ["api-information.txt: Undocumented Thing"]
    spec["paths"]["/undocumented"] = {"get": extra}
    p.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    errors, _, _ = check_coverage.check(docs, specs)
    assert len(errors) == 1
    assert errors[0].startswith(str(p)) or "general.yaml" in errors[0]
    assert "GET /undocumented (undocumented_thing)" in errors[0]


def test_lint_names_file_and_operation(tmp_path: Path) -> None:
    _, specs = _copies(tmp_path)
    p = specs / "general.yaml"
    spec = yaml.safe_load(p.read_text(encoding="utf-8"))
    op = spec["paths"]["/ping"]["get"]
    del op["x-wb-ratelimit"]
    op["tags"] = ["Общие"]
    p.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    facts = {(f.spec, f.method, f.path): f for f in lint_specs.read_facts()}
    errs = lint_specs.lint_file(p, facts, lint_specs.load_spec(lint_specs.SHARED))
    assert "specs/general.yaml: GET /ping (connection_check): x-wb-ratelimit missing" in errs
    assert any("GET /ping (connection_check): needs exactly one ASCII tag" in e for e in errs)


def test_lint_rejects_strict_enums_in_responses(tmp_path: Path) -> None:
    _, specs = _copies(tmp_path)
    p = specs / "general.yaml"
    spec = yaml.safe_load(p.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["PingResponse"]["properties"]["Status"]["enum"] = ["OK"]
    p.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    facts = {(f.spec, f.method, f.path): f for f in lint_specs.read_facts()}
    errs = lint_specs.lint_file(p, facts, lint_specs.load_spec(lint_specs.SHARED))
    assert any("connection_check" in e and "strict enum" in e for e in errs)


def test_the_real_specs_lint_clean() -> None:
    assert lint_specs.main([]) == 0


# --- operations sourced from a dated facts file, and operations WB removed ---------------------------
def _promotion(tmp_path: Path) -> tuple[Path, dict]:
    _, specs = _copies(tmp_path)
    p = specs / "promotion.yaml"
    return p, yaml.safe_load(p.read_text(encoding="utf-8"))


def _lint(p: Path, spec: dict) -> list[str]:
    p.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    facts = {(f.spec, f.method, f.path): f for f in lint_specs.read_facts()}
    return lint_specs.lint_file(p, facts, lint_specs.load_spec(lint_specs.SHARED))


def test_an_operation_from_the_facts_must_be_listed_there(tmp_path: Path) -> None:
    """x-wb-source "wb-facts/2026-08/operations.yaml: new" passes only for an operation that file
    lists (method, path, host); the docs coverage does not look for it in the docs."""
    p, spec = _promotion(tmp_path)
    assert _lint(p, spec) == []
    moved = spec["paths"].pop("/api/advert/v2/adverts")
    spec["paths"]["/api/advert/v9/adverts"] = moved
    errs = _lint(p, spec)
    assert errs == [
        "specs/promotion.yaml: GET /api/advert/v9/adverts (campaigns_information_v2): x-wb-source "
        "'wb-facts/2026-08/operations.yaml: new' does not list GET /api/advert/v9/adverts on "
        "advert-api.wildberries.ru"
    ]
    moved["get"]["x-wb-source"] = ["wb-facts/2026-08/operations.yaml: nothing"]  # no such section
    assert any("does not list" in e for e in _lint(p, spec))
    moved["get"]["x-wb-source"] = ["operations.yaml: new"]  # neither a docs heading nor a facts file
    assert any("x-wb-source missing or not" in e for e in _lint(p, spec))
    errors, _, _ = check_coverage.check(DOCS_DIR, ROOT / "specs")
    assert errors == []  # the real specs: facts-sourced operations are no docs gap


def test_a_removed_operation_needs_its_mark_complete(tmp_path: Path) -> None:
    """x-wb-removed: a quoted date, successors that exist, a source, deprecated, and the 404."""
    p, spec = _promotion(tmp_path)
    op = spec["paths"]["/adv/v0/config"]["get"]
    mark = op["x-wb-removed"]
    assert (
        mark["date"] == "2026-02-11" and "promotion.promotional_configuration_values_v1" in mark["successors"]
    )
    op["deprecated"] = False
    del op["responses"]["404"]
    mark["date"] = "11.02.2026"
    del mark["source"]
    errs = [e.split(": ", 2)[-1] for e in _lint(p, spec) if "promotional_configuration_values)" in e]
    assert errs == [
        'x-wb-removed.date must be a quoted date ("YYYY-MM-DD"), the day WB had removed it by, '
        "or null when the facts give none",
        "x-wb-removed.source missing",
        "x-wb-removed needs deprecated: true",
        "x-wb-removed needs a 404 response (what WB answers for it now)",
    ]


def test_a_removed_operation_names_existing_successors(tmp_path: Path, monkeypatch: Any) -> None:
    assert lint_specs.lint_removed_successors(lint_specs.spec_paths(ROOT / "specs")) == []
    p, spec = _promotion(tmp_path)
    spec["paths"]["/adv/v0/config"]["get"]["x-wb-removed"]["successors"] = [
        "promotion.nope",
        "promotion.campaigns_information",  # removed itself
    ]
    p.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setattr(lint_specs, "SPECS_DIR", p.parent)
    assert lint_specs.lint_removed_successors([p]) == [
        "promotion.promotional_configuration_values: x-wb-removed successor promotion.nope is no "
        "operation of specs/",
        "promotion.promotional_configuration_values: x-wb-removed successor promotion.campaigns_information "
        "is removed too",
    ]


def test_the_tables_carry_the_removal() -> None:
    from wbseller.operations import operation
    from wbseller_raw._runtime.operation import Removed
    from wbseller_raw.tables import OPERATIONS

    assert operation("promotion", "bid_update").removed == Removed(
        "2025-12-26", ("promotion.changing_campaigns_bids",)
    )
    assert OPERATIONS["promotion.bid_update"]["removed"] == {
        "date": "2025-12-26",
        "successors": ("promotion.changing_campaigns_bids",),
    }
    assert operation("promotion", "changing_campaigns_bids").removed is None
