"""The docs-coverage and lint scripts fail, naming the file and operation, when docs and specs
disagree (checked on temporary copies)."""

from __future__ import annotations

import shutil
from pathlib import Path

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
