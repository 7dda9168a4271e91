"""WB's groups the docs lack (wb-facts/2026-08-groups): every operation of its groups (and every
retired one) of a group not pending is in specs/ and in the raw client, on the spec of its host;
`make coverage` says so and names the pending groups; the coverage check and the lint fail, naming
the operation, when specs and facts disagree (checked on temporary copies)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import check_coverage
import draft_from_facts
import lint_specs
import pytest
import yaml
from speclib import iter_operations, load_spec, spec_paths
from wbfacts import FACTS_DIR, FACTS_SOURCE, HOST_SPEC, facts_entries

from wbseller_raw.tables import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
FILE = "2026-08-groups/operations.yaml"
PENDING = {"fbs", "dbw", "dbs", "click_collect", "tariffs"}  # the marketplace orders and the tariffs


def _facts() -> dict[str, Any]:
    return yaml.safe_load((FACTS_DIR / FILE).read_text(encoding="utf-8"))


def _spec_ops(specs: Path = ROOT / "specs") -> dict[tuple[str, str, str], str]:
    """(spec, METHOD, path) -> '<spec>.<operationId>' of every operation sourced from the facts."""
    out = {}
    for p in spec_paths(specs):
        for so in iter_operations(load_spec(p), p):
            if any(
                (m := FACTS_SOURCE.match(s)) and m["file"] == check_coverage.GROUPS_FACTS for s in so.sources
            ):
                out[(so.spec, so.method, so.path)] = f"{so.spec}.{so.op['operationId']}"
    return out


def test_every_operation_of_the_facts_is_in_the_specs_and_the_raw_client() -> None:
    facts = _facts()
    expected = {
        (HOST_SPEC[e["host"][0]], e["method"], e["path"])
        for group, entries in facts["groups"].items()
        if group not in PENDING
        for e in entries
    }
    retired = {
        (draft_from_facts.spec_of(e["method"], e["path"], facts), e["method"], e["path"])
        for e in facts["retired"]
        if e["group"] not in PENDING
    }
    assert len(expected) == 85 and len(retired) == 9
    in_specs = _spec_ops()
    assert set(in_specs) == expected | retired  # nothing missing, nothing extra
    for key in in_specs.values():  # each one generated, with its module
        assert OPERATIONS[key]["module"], key
    removed = {key for (spec, m, p), key in in_specs.items() if (spec, m, p) in retired}
    assert {k for k in removed if OPERATIONS[k]["removed"]} == removed
    assert not any(OPERATIONS[k]["removed"] for k in set(in_specs.values()) - removed)


def test_the_pending_groups_are_the_marketplace_orders_and_the_tariffs() -> None:
    assert set(check_coverage.PENDING) == PENDING
    errors, done, waiting = check_coverage.check_facts(ROOT / "specs")
    assert errors == []
    assert waiting == {"fbs": 40, "dbw": 16, "dbs": 21, "click_collect": 18, "tariffs": 5}
    assert sum(n for g, n in done.items() if g != "retired") == 85 and done["retired"] == 9
    in_specs = _spec_ops()
    for group in PENDING:  # none of them is in the specs yet
        for f in facts_entries(FILE, group):
            assert (HOST_SPEC.get(f.host), f.method, f.path) not in in_specs


def test_make_coverage_reports_the_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_coverage.main([]) == 0
    out = capsys.readouterr().out
    assert "wb-facts/2026-08-groups/operations.yaml: in specs/: fbw_supplies 7, statistics 2" in out
    assert "pending (not in specs/ yet): fbs 40" in out and "tariffs 5 (tariffs (general.yaml))" in out


def _copy_specs(tmp_path: Path) -> Path:
    specs = tmp_path / "specs"
    specs.mkdir()
    for p in (ROOT / "specs").glob("*.yaml"):
        shutil.copy(p, specs / p.name)
    return specs


def _edit(path: Path, change: Any) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(spec)
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_coverage_names_a_missing_operation_and_a_missing_retired_one(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)

    def drop(spec: dict[str, Any]) -> None:
        del spec["paths"]["/api/v1/supplier/sales"]
        del spec["paths"]["/api/v1/supplier/incomes"]

    _edit(specs / "statistics.yaml", drop)
    errors, _, _ = check_coverage.check_facts(specs)
    assert errors == [
        f"{FILE}: statistics GET /api/v1/supplier/sales is missing from specs/statistics.yaml",
        f"{FILE}: retired GET /api/v1/supplier/incomes (statistics, statistics-api.wildberries.ru) "
        "is missing from specs/",
    ]


def test_coverage_names_a_whole_missing_spec(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)
    (specs / "returns.yaml").unlink()
    errors, _, _ = check_coverage.check_facts(specs)
    assert errors == [
        f"{FILE}: buyers_returns PATCH /api/v1/claim is missing from specs/returns.yaml",
        f"{FILE}: buyers_returns GET /api/v1/claims is missing from specs/returns.yaml",
    ]


def test_coverage_says_when_a_pending_group_is_done(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)
    errors, _, _ = check_coverage.check_facts(
        specs, pending={**check_coverage.PENDING, "buyers_chat": "chat"}
    )
    assert errors == ["check_coverage.py: buyers_chat is in specs/ now: take it off PENDING"]


def _lint(path: Path) -> list[str]:
    facts = {(f.spec, f.method, f.path): f for f in lint_specs.read_facts()}
    return lint_specs.lint_file(path, facts, lint_specs.load_spec(lint_specs.SHARED))


def test_lint_checks_an_operation_against_its_facts(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)
    p = specs / "chat.yaml"

    def break_it(spec: dict[str, Any]) -> None:
        download = spec["paths"]["/api/v1/seller/download/{id}"]["get"]
        del download["responses"]["202"]  # the facts: 200 and 202
        events = spec["paths"]["/api/v1/seller/events"]["get"]
        events["x-wb-source"] = [
            "wb-facts/2026-08-groups/operations.yaml: buyers_chat GET /api/v1/seller/event"
        ]
        chats = spec["paths"]["/api/v1/seller/chats"]["get"]
        chats["x-wb-source"] = [
            "wb-facts/2026-08-groups/operations.yaml: buyers_returns GET /api/v1/seller/chats"
        ]

    _edit(p, break_it)
    errs = _lint(p)
    where = "specs/chat.yaml: GET /api/v1/seller"
    statuses = "success statuses [200] differ from the facts' [200, 202]"
    assert f"{where}/download/{{id}} (chat_attachment_download): {statuses}" in errs
    assert any(
        e.startswith(f"{where}/events (chat_events): x-wb-source") and "names another operation" in e
        for e in errs
    )
    assert any(
        e.startswith(f"{where}/chats (chats_list): x-wb-source") and "does not list" in e for e in errs
    )


def test_lint_checks_the_removal_and_disabled_marks(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)
    p = specs / "supplies.yaml"

    def break_it(spec: dict[str, Any]) -> None:
        retired = spec["paths"]["/api/v1/acceptance/coefficients"]["get"]
        del retired["responses"]["404"]
        retired["x-wb-removed"]["date"] = "soon"
        disabled = spec["paths"]["/api/v1/warehouses"]["get"]
        disabled["x-wb-temporarily-disabled"] = {"since": "2026-08-19"}

    _edit(p, break_it)
    errs = _lint(p)
    assert any("acceptance_coefficients): x-wb-removed needs a 404" in e for e in errs)
    assert any("acceptance_coefficients): x-wb-removed.date must be a quoted date" in e for e in errs)
    assert any("fbw_warehouses): x-wb-temporarily-disabled must be {since, note}" in e for e in errs)
