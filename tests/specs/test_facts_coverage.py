"""WB's groups the docs lack (wb-facts/2026-08-groups) and the operations WB added to the groups of
the docs (wb-facts/2026-08/operations.yaml, `new`): every operation of its groups (and every retired
one) and every new one is in specs/ and in the raw client, on the spec of its host (or with its own
`servers`); `make coverage` says so; the coverage check and the lint fail, naming the operation,
when specs and facts disagree (checked on temporary copies)."""

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
NEW_FILE = "2026-08/operations.yaml"


def _facts() -> dict[str, Any]:
    return yaml.safe_load((FACTS_DIR / FILE).read_text(encoding="utf-8"))


def _spec_ops(
    specs: Path = ROOT / "specs", file: str = FILE, by_host: bool = False
) -> dict[tuple[str, str, str], str]:
    """(spec, METHOD, path) -> '<spec>.<operationId>' of every operation sourced from the facts
    file; with by_host, keyed by the host that serves it (its own `servers`, else the spec's)."""
    out = {}
    for p in spec_paths(specs):
        spec = load_spec(p)
        for so in iter_operations(spec, p):
            if any((m := FACTS_SOURCE.match(s)) and m["file"] == file for s in so.sources):
                servers = so.op.get("servers") or spec["servers"]
                where = servers[0]["url"].removeprefix("https://") if by_host else so.spec
                assert (where, so.method, so.path) not in out, f"{so.name} twice"
                out[(where, so.method, so.path)] = f"{so.spec}.{so.op['operationId']}"
    return out


def test_every_operation_of_the_facts_is_in_the_specs_and_the_raw_client() -> None:
    facts = _facts()
    expected = {
        (HOST_SPEC[e["host"][0]], e["method"], e["path"])
        for group, entries in facts["groups"].items()
        for e in entries
    }
    retired = {
        (draft_from_facts.spec_of(e["method"], e["path"], facts), e["method"], e["path"])
        for e in facts["retired"]
    }
    assert len(expected) == 185 and len(retired) == 43  # the README's counts: every group, every retired one
    in_specs = _spec_ops()
    assert set(in_specs) == expected | retired  # nothing missing, nothing extra
    for key in in_specs.values():  # each one generated, with its module
        assert OPERATIONS[key]["module"], key
    removed = {key for (spec, m, p), key in in_specs.items() if (spec, m, p) in retired}
    assert {k for k in removed if OPERATIONS[k]["removed"]} == removed
    assert not any(OPERATIONS[k]["removed"] for k in set(in_specs.values()) - removed)


def test_every_new_operation_of_the_facts_is_in_the_specs_and_the_raw_client() -> None:
    """wb-facts/2026-08/operations.yaml, `new`: the 31 operations WB added to the groups of the docs
    (promotion's 16 and the 15 of content, prices, general and DBW warehouses), each on the host
    that serves it."""
    facts = yaml.safe_load((FACTS_DIR / NEW_FILE).read_text(encoding="utf-8"))
    expected = {(e["host"][0], e["method"], e["path"]) for entries in facts["new"].values() for e in entries}
    assert len(expected) == 31
    in_specs = _spec_ops(file=NEW_FILE, by_host=True)
    assert set(in_specs) == expected
    for key in in_specs.values():
        assert OPERATIONS[key]["module"] and not OPERATIONS[key]["removed"], key
    # two are served by another host than their spec's: the rating and the user management
    elsewhere = {key: OPERATIONS[key]["server"] for key in in_specs.values() if OPERATIONS[key]["server"]}
    assert elsewhere == {
        "general.seller_rating": "https://feedbacks-api.wildberries.ru",
        "general.user_invite": "https://user-management-api.wildberries.ru",
        "general.users_list": "https://user-management-api.wildberries.ru",
        "general.users_access_update": "https://user-management-api.wildberries.ru",
        "general.user_delete": "https://user-management-api.wildberries.ru",
    }
    assert OPERATIONS["general.seller_rating"]["category"] == "feedbacks"
    assert {OPERATIONS[k]["category"] for k in elsewhere} - {"feedbacks"} == {"users"}


def test_no_group_is_pending() -> None:
    assert check_coverage.PENDING == {}
    errors, done, waiting = check_coverage.check_facts(ROOT / "specs")
    assert errors == [] and waiting == {}
    assert done == {**{g: len(facts_entries(FILE, g)) for g in _facts()["groups"]}, "retired": 43}
    assert sum(n for g, n in done.items() if g != "retired") == 185
    assert (done["fbs"], done["dbw"], done["dbs"], done["click_collect"], done["tariffs"]) == (
        40,
        16,
        21,
        18,
        5,
    )
    new_errors, new_done = check_coverage.check_new(ROOT / "specs")
    assert new_errors == []
    assert new_done == {"content": 3, "general": 8, "prices": 2, "promotion": 16, "warehouses": 2}


def test_make_coverage_reports_the_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_coverage.main([]) == 0
    out = capsys.readouterr().out
    assert (
        "wb-facts/2026-08-groups/operations.yaml: in specs/: fbs 40, dbw 16, dbs 21, click_collect 18, "
        "fbw_supplies 7, statistics 2"
    ) in out
    assert "tariffs 5, retired 43" in out and "pending" not in out
    assert (
        "wb-facts/2026-08/operations.yaml: new: in specs/: content 3, general 8, prices 2, promotion 16, "
        "warehouses 2"
    ) in out


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


def test_coverage_names_a_missing_new_operation_and_one_on_the_wrong_host(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)

    def drop_and_move(spec: dict[str, Any]) -> None:
        del spec["paths"]["/api/v1/seller-info"]
        del spec["paths"]["/api/v1/users"]["get"]["servers"]  # then it claims common-api

    _edit(specs / "general.yaml", drop_and_move)
    errors, _ = check_coverage.check_new(specs)
    assert errors == [
        f"{NEW_FILE}: new general GET /api/v1/seller-info (on common-api.wildberries.ru) is missing "
        "from specs/",
        f"{NEW_FILE}: new general GET /api/v1/users (on user-management-api.wildberries.ru) is missing "
        "from specs/",
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


# --- scripts/draft_from_facts.py's merge into a spec written from the docs -------------------------
LIMIT_KEYS = {"x-wb-ratelimit", "x-wb-token-types", "x-wb-4xx-cost", "x-wb-changes"}  # apply_limits'


def _drop_facts_operations(spec: dict[str, Any], dropped: list[tuple[str, str]]) -> None:
    for path, item in list(spec["paths"].items()):
        for method in [m for m in item if isinstance(item[m], dict)]:
            if any(str(s).startswith("wb-facts/") for s in item[method].get("x-wb-source") or []):
                del item[method]
                dropped.append((path, method))
        if not item:
            del spec["paths"][path]


def test_the_merge_adds_what_a_spec_lacks_and_changes_nothing_else(tmp_path: Path) -> None:
    """marketplace.yaml without its operations from the facts: the merge gives them back as the
    spec has them (but for what scripts/apply_limits.py writes), leaves every other operation as it
    was, and a second merge adds nothing."""
    specs = _copy_specs(tmp_path)
    committed = load_spec(ROOT / "specs" / "marketplace.yaml")
    dropped: list[tuple[str, str]] = []
    _edit(specs / "marketplace.yaml", lambda spec: _drop_facts_operations(spec, dropped))
    assert len(dropped) == 95 + 34 + 2  # the orders, the retired ones, the DBW warehouse contacts
    before = load_spec(specs / "marketplace.yaml")
    text = draft_from_facts.draft("marketplace", specs_dir=specs)
    merged = yaml.safe_load(text)
    for path, item in before["paths"].items():
        for method, op in item.items():
            assert merged["paths"][path][method] == op
    for path, method in dropped:
        got, want = merged["paths"][path][method], committed["paths"][path][method]
        assert {k: v for k, v in got.items() if k not in LIMIT_KEYS} == {
            k: v for k, v in want.items() if k not in LIMIT_KEYS
        }, (method, path)
    assert [t["name"] for t in merged["tags"]] == [t["name"] for t in committed["tags"]]
    (specs / "marketplace.yaml").write_text(text, encoding="utf-8")
    assert draft_from_facts.draft("marketplace", specs_dir=specs) == text


def test_the_merge_refuses_a_component_the_spec_defines_otherwise(tmp_path: Path) -> None:
    specs = _copy_specs(tmp_path)

    def clash(spec: dict[str, Any]) -> None:
        del spec["paths"]["/api/v3/orders/new"]
        spec["components"]["schemas"]["FbsOrdersNewResponse"] = {"type": "string"}

    _edit(specs / "marketplace.yaml", clash)
    with pytest.raises(SystemExit, match=r"components\.schemas\.FbsOrdersNewResponse is the spec.s already"):
        draft_from_facts.draft("marketplace", specs_dir=specs)
