"""scripts/spec_diff.py: each kind of spec change gives the right report line and label, CHANGELOG.md
acknowledges breaking changes by its documented rule, and BASE is read from git."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spec_diff
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spec_diff.py"

DEMO = """
openapi: 3.0.3
info: {title: demo, version: "1"}
servers:
  - {url: "https://demo-api.wildberries.ru", description: production}
  - {url: "https://demo-api-sandbox.wildberries.ru", description: sandbox}
paths:
  /api/v1/cards:
    post:
      operationId: cards_list
      tags: [Cards]
      x-wb-category: content
      x-wb-idempotent: true
      x-wb-read: true
      x-wb-ratelimit: {period: 1m, limit: 100, interval: 600ms, burst: 5, bucket: content}
      parameters:
        - {name: locale, in: query, schema: {type: string, enum: [ru, en]}}
        - {name: limit, in: query, required: true, schema: {type: integer, minimum: 1, maximum: 100}}
        - name: ids
          in: query
          schema: {type: string}
          x-wb-csv: {type: integer, minItems: 1, maxItems: 50}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/CardsRequest"}
      responses:
        "200":
          description: A page.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/CardsResponse"}
        "208": {description: Already done.}
        "400": {description: Bad request.}
        "401": {description: Unauthorized.}
  /api/v1/ping:
    get:
      operationId: connection_check
      tags: [General]
      x-wb-category: content
      x-wb-ratelimit: {period: 1s, limit: 1, interval: 1s, burst: 1, bucket: demo.connection_check}
      responses:
        "200": {description: OK.}
components:
  schemas:
    CardsRequest:
      type: object
      required: [settings]
      properties:
        settings:
          type: object
          properties:
            cursor:
              type: object
              properties:
                limit: {type: integer, maximum: 100}
                nmID: {type: integer, format: int64}
            sort: {type: string, enum: [asc, desc]}
            textSearch: {type: string, maxLength: 100}
            comment: {type: string, nullable: true}
    CardsResponse:
      type: object
      required: [cursor]
      properties:
        cursor: {type: object, properties: {total: {type: integer}}}
        cards:
          type: array
          items: {$ref: "#/components/schemas/Card"}
    Card:
      type: object
      properties:
        nmID: {type: integer, format: int64}
        title: {type: string, maxLength: 60}
        status: {type: string, x-wb-enum: [active, archived]}
        kind: {type: string, enum: [a, b]}
        parent: {$ref: "#/components/schemas/Card"}
"""

CARDS = "paths/~1api~1v1~1cards/post"
BASE_ROW = {"period": "1h", "limit": 2, "interval": "30m", "burst": 1}
SERVICE_ROW = {"period": "1m", "limit": 100, "interval": "600ms", "burst": 5}  # the top row's numbers
TEST_ROW = {"period": "1m", "limit": 100, "interval": "600ms", "burst": 5, "bucket": "demo-sandbox"}
REQ = "components/schemas/CardsRequest/properties/settings/properties"
CARD = "components/schemas/Card/properties"


def demo() -> dict[str, Any]:
    return yaml.safe_load(DEMO)  # type: ignore[no-any-return]


def at(spec: dict[str, Any], pointer: str) -> Any:
    """The node at a JSON pointer (without the leading `/`; `~1` is a `/` inside a key)."""
    node: Any = spec
    for part in pointer.split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The report lines of the `demo` spec, without the group headers: "<label> <item>: <text>"."""
    diffs = spec_diff.diff_specs({"demo": old}, {"demo": new})
    return [
        f"{'BREAKING' if c.breaking else 'non-breaking'} {c.where}: {c.text}"
        for d in diffs
        for c in d.changes
    ]


def mutated(change: Callable[[dict[str, Any]], Any]) -> list[str]:
    new = demo()
    change(new)
    return lines(demo(), new)


def test_identical_specs_give_no_changes() -> None:
    assert lines(demo(), demo()) == []


def test_the_real_specs_against_themselves_give_no_changes() -> None:
    specs = spec_diff.load_dir(ROOT / "specs")
    assert spec_diff.diff_specs(specs, copy.deepcopy(specs)) == []


def _add_param(name: str, required: bool) -> Callable[[dict[str, Any]], None]:
    def change(s: dict[str, Any]) -> None:
        at(s, CARDS)["parameters"].append(
            {"name": name, "in": "query", "required": required, "schema": {"type": "boolean"}}
        )

    return change


def _set(where: str, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda s: at(s, where).update(values)


def _delete(where: str, key: str) -> Callable[[dict[str, Any]], None]:
    return lambda s: at(s, where).pop(key)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # parameters
        (_add_param("dryRun", True), "BREAKING query.dryRun: required parameter added (boolean)"),
        (_add_param("dryRun", False), "non-breaking query.dryRun: optional parameter added (boolean)"),
        (lambda s: at(s, CARDS)["parameters"].pop(0), "BREAKING query.locale: parameter removed (string)"),
        (_set(f"{CARDS}/parameters/0", required=True), "BREAKING query.locale: optional -> required"),
        (_set(f"{CARDS}/parameters/1", required=False), "non-breaking query.limit: required -> optional"),
        # request body fields
        (
            lambda s: (
                at(s, REQ)["cursor"]["properties"].update(page={"type": "integer"})
                or at(s, REQ)["cursor"].update(required=["page"])
            ),
            "BREAKING body.settings.cursor.page: required field added (integer)",
        ),
        (
            lambda s: at(s, REQ).update(withPhoto={"type": "integer"}),
            "non-breaking body.settings.withPhoto: optional field added (integer)",
        ),
        (_delete(REQ, "textSearch"), "BREAKING body.settings.textSearch: field removed (string)"),
        (_delete(REQ, "cursor"), "BREAKING body.settings.cursor: field removed (object)"),  # once, at the top
        (
            _set(f"{REQ}/cursor/properties/nmID", type="string", format=None),
            "BREAKING body.settings.cursor.nmID: type integer(int64) -> string",
        ),
        (
            _set(f"{REQ}/cursor/properties/nmID", format="int32"),
            "non-breaking body.settings.cursor.nmID: type integer(int64) -> integer(int32)"
            " (a Python int/float either way)",
        ),
        (_set(f"{REQ}/comment", nullable=False), "BREAKING body.settings.comment: nullable -> not nullable"),
        # response fields
        (
            lambda s: at(s, CARD).update(rating={"type": "number"}),
            "non-breaking response[200].cards[].rating: field added (number)",
        ),
        (_delete(CARD, "title"), "BREAKING response[200].cards[].title: field removed (string)"),
        (
            _set(f"{CARD}/nmID", type="string", format=None),
            "BREAKING response[200].cards[].nmID: type integer(int64) -> string",
        ),
        (
            _set("components/schemas/CardsResponse", required=[]),
            "BREAKING response[200].cursor: required -> optional (may be absent)",
        ),
        (
            _set(f"{CARD}/title", nullable=True),
            "BREAKING response[200].cards[].title: not nullable -> nullable",
        ),
        # enums: strict on the request side, lenient (x-wb-enum) on the response side
        (_set(f"{REQ}/sort", enum=["asc"]), "BREAKING body.settings.sort: enum values removed: ['desc']"),
        (
            _set(f"{REQ}/sort", enum=["asc", "desc", "rand"]),
            "non-breaking body.settings.sort: enum values added: ['rand']",
        ),
        (
            _set(f"{CARDS}/parameters/0/schema", enum=["ru"]),
            "BREAKING query.locale: enum values removed: ['en']",
        ),
        (
            _set(f"{CARD}/status", **{"x-wb-enum": ["active", "archived", "blocked"]}),
            "non-breaking response[200].cards[].status: x-wb-enum values added: ['blocked']",
        ),
        (
            _set(f"{CARD}/status", **{"x-wb-enum": ["active"]}),
            "non-breaking response[200].cards[].status: x-wb-enum values removed: ['archived']",
        ),
        (
            _set(f"{CARD}/kind", enum=["a", "b", "c"]),  # a strict response enum: the parser refuses "c"
            "BREAKING response[200].cards[].kind: enum values added: ['c']",
        ),
        # limits
        (
            _set(f"{REQ}/cursor/properties/limit", maximum=50),
            "BREAKING body.settings.cursor.limit: maximum 100 -> 50 (tighter)",
        ),
        (
            _set(f"{REQ}/cursor/properties/limit", maximum=200),
            "non-breaking body.settings.cursor.limit: maximum 100 -> 200 (looser)",
        ),
        (
            _set(f"{REQ}/textSearch", minLength=3),
            "BREAKING body.settings.textSearch: minLength absent -> 3 (tighter)",
        ),
        (
            _delete(f"{REQ}/textSearch", "maxLength"),
            "non-breaking body.settings.textSearch: maxLength 100 -> absent (looser)",
        ),
        (_set(f"{CARDS}/parameters/1/schema", minimum=10), "BREAKING query.limit: minimum 1 -> 10 (tighter)"),
        (
            _set(f"{CARDS}/parameters/2/x-wb-csv", maxItems=20),
            "BREAKING query.ids: maxItems 50 -> 20 (tighter)",
        ),
        (
            _set(f"{CARD}/title", maxLength=30),  # responses are not checked against bounds
            "non-breaking response[200].cards[].title: maxLength 60 -> 30 (tighter)",
        ),
        # statuses
        (
            _set(f"{CARDS}/responses", **{"202": {"description": "Accepted."}}),
            "BREAKING response[202]: success status added (the generated parser does not know it)",
        ),
        (_delete(f"{CARDS}/responses", "208"), "non-breaking response[208]: success status removed"),
        (
            _set(f"{CARDS}/responses", **{"409": {"description": "Conflict."}}),
            "non-breaking response[409]: error status added",
        ),
        (_delete(f"{CARDS}/responses", "400"), "non-breaking response[400]: error status removed"),
        # operation level
        (
            _set(f"{CARDS}/x-wb-ratelimit", limit=50, interval="1200ms"),
            "BREAKING x-wb-ratelimit: 100 per 1m (interval 600ms, burst 5) -> 50 per 1m (interval 1200ms,"
            " burst 5) (lower)",
        ),
        (
            _set(f"{CARDS}/x-wb-ratelimit", burst=10),
            "non-breaking x-wb-ratelimit: 100 per 1m (interval 600ms, burst 5) -> 100 per 1m (interval 600ms,"
            " burst 10) (higher)",
        ),
        (
            _set(f"{CARDS}/x-wb-ratelimit", bucket="demo.cards_list"),
            "BREAKING x-wb-ratelimit.bucket: bucket content -> demo.cards_list",
        ),
        # limits per token type: a type's own row, its own bucket; a row like the top one says nothing
        (
            _set(f"{CARDS}/x-wb-ratelimit", **{"by-token-type": {"base": BASE_ROW}}),
            "BREAKING x-wb-ratelimit.by-token-type.base: 100 per 1m (interval 600ms, burst 5) -> 2 per 1h"
            " (interval 30m, burst 1) (lower)",
        ),
        (
            _set(f"{CARDS}/x-wb-ratelimit", **{"by-token-type": {"test": {**TEST_ROW, "limit": 100}}}),
            "BREAKING x-wb-ratelimit.by-token-type.test.bucket: bucket content -> demo-sandbox",
        ),
        (
            _set(f"{CARDS}/x-wb-ratelimit", **{"by-token-type": {"service": SERVICE_ROW}}),
            None,
        ),
        (
            _set(f"{CARDS}/x-wb-ratelimit", scope="host"),
            "BREAKING x-wb-ratelimit.scope: account -> host",
        ),
        (_set(CARDS, **{"x-wb-4xx-cost": 10}), "BREAKING x-wb-4xx-cost: 1 -> 10"),
        (
            _set(CARDS, **{"x-wb-token-types": ["personal", "service"]}),
            "BREAKING x-wb-token-types: every token type -> ['personal', 'service']",
        ),
        (
            _set(f"{CARDS}/x-wb-ratelimit", **{"x-wb-source": "wb-facts/2026-08/limits.tsv"}),
            None,
        ),
        (
            _set(CARDS, deprecated=True),
            "non-breaking deprecated: false -> true (the facade warns once per process)",
        ),
        (_set(CARDS, **{"x-wb-category": "promotion"}), "BREAKING x-wb-category: content -> promotion"),
        (_set(CARDS, tags=["Products"]), "BREAKING tags: ['Cards'] -> ['Products']"),
        (
            _set(CARDS, **{"x-wb-sandbox": False}),
            "BREAKING sandbox: true -> false (no sandbox)",
        ),
        (
            _set(CARDS, **{"x-wb-requires-one-of": ["locale", "ids"]}),
            "BREAKING x-wb-requires-one-of: [] -> ['locale', 'ids']",
        ),
    ],
)
def test_each_kind_of_change(change: Callable[[dict[str, Any]], Any], expected: str | None) -> None:
    assert mutated(change) == ([] if expected is None else [expected])


def test_token_type_rows_and_restrictions_both_ways() -> None:
    """A Base row raised back, a type list widened or dropped, a 4xx cost lowered: not breaking."""
    old = demo()
    at(old, CARDS)["x-wb-ratelimit"]["by-token-type"] = {"base": BASE_ROW}
    at(old, CARDS).update({"x-wb-token-types": ["personal"], "x-wb-4xx-cost": 10})
    new = demo()
    at(new, CARDS)["x-wb-token-types"] = ["personal", "service"]
    assert lines(old, new) == [
        "non-breaking x-wb-ratelimit.by-token-type.base: 2 per 1h (interval 30m, burst 1) -> 100 per 1m"
        " (interval 600ms, burst 5) (higher)",
        "non-breaking x-wb-4xx-cost: 10 -> 1",
        "non-breaking x-wb-token-types: ['personal'] -> ['personal', 'service']",
    ]
    del at(new, CARDS)["x-wb-token-types"]
    assert lines(old, new)[-1] == "non-breaking x-wb-token-types: ['personal'] -> every token type"
    at(new, CARDS)["x-wb-token-types"] = ["service"]
    assert lines(old, new)[-1] == "BREAKING x-wb-token-types: ['personal'] -> ['service']"


def test_operation_added_and_removed() -> None:
    new = demo()
    new["paths"]["/api/v1/tags"] = {
        "get": dict(at(new, "paths/~1api~1v1~1ping/get"), operationId="tags_list")
    }
    diffs = spec_diff.diff_specs({"demo": demo()}, {"demo": new})
    assert [(d.name, c.text, c.breaking) for d in diffs for c in d.changes] == [
        ("demo GET /api/v1/tags (tags_list)", "operation added", False)
    ]
    diffs = spec_diff.diff_specs({"demo": new}, {"demo": demo()})
    assert [(d.name, c.text, c.breaking) for d in diffs for c in d.changes] == [
        ("demo GET /api/v1/tags (tags_list)", "operation removed", True)
    ]


def test_a_moved_operation_keeps_its_operation_id() -> None:
    new = demo()
    new["paths"]["/api/v2/cards"] = new["paths"].pop("/api/v1/cards")
    diffs = spec_diff.diff_specs({"demo": demo()}, {"demo": new})
    assert [(d.name, c.text, c.breaking) for d in diffs for c in d.changes] == [
        ("demo POST /api/v2/cards (cards_list)", "operation moved from POST /api/v1/cards", True)
    ]


def test_a_spec_file_added_or_removed() -> None:
    diffs = spec_diff.diff_specs({}, {"demo": demo()})
    assert [(d.name, c.text, c.breaking) for d in diffs for c in d.changes] == [
        ("demo.yaml", "spec file added (2 operations)", False),
        ("demo POST /api/v1/cards (cards_list)", "operation added", False),
        ("demo GET /api/v1/ping (connection_check)", "operation added", False),
    ]
    removed = spec_diff.diff_specs({"demo": demo()}, {})
    assert [c.breaking for d in removed for c in d.changes] == [True, True, True]


def test_request_content_type_change_is_breaking() -> None:
    def change(s: dict[str, Any]) -> None:
        content = at(s, f"{CARDS}/requestBody/content")
        content["multipart/form-data"] = content.pop("application/json")

    assert mutated(change) == ["BREAKING body: content type application/json -> multipart/form-data"]


def test_a_whole_body_added_or_removed() -> None:
    def change(s: dict[str, Any]) -> None:
        at(s, "paths/~1api~1v1~1ping/get")["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
        del at(s, f"{CARDS}/responses/200")["content"]

    assert mutated(change) == [
        "BREAKING response[200]: body removed (object)",
        "BREAKING body: required body added (object)",
    ]


def test_allof_and_nullable_refs_are_merged() -> None:
    """`nullable: true` + `allOf: [$ref]` is how the conventions make a $ref nullable: same fields."""

    def change(s: dict[str, Any]) -> None:
        at(s, "components/schemas/CardsResponse/properties")["cards"]["items"] = {
            "nullable": True,
            "allOf": [{"$ref": "#/components/schemas/Card"}],
        }

    assert mutated(change) == ["BREAKING response[200].cards[]: not nullable -> nullable"]


def test_recursive_schemas_are_walked_once() -> None:
    old = spec_diff.flatten(demo(), {"$ref": "#/components/schemas/Card"}, "response[200]", True, {})
    assert "response[200].parent" in old and "response[200].parent.parent" not in old


def test_a_real_spec_mutated_in_code(tmp_path: Path) -> None:
    """content.yaml's cards list: the page size limit and a response field, through main()."""
    new = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", new, ignore=shutil.ignore_patterns("shared", "*.md"))
    p = new / "content.yaml"
    spec = yaml.safe_load(p.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["CardsListCursorRequest"]["properties"]["limit"]["maximum"] = 50
    del spec["components"]["schemas"]["Card"]["properties"]["title"]
    p.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n", encoding="utf-8")
    diffs = spec_diff.diff_specs(spec_diff.load_dir(ROOT / "specs"), spec_diff.load_dir(new))
    assert [(d.name, c.where, c.breaking) for d in diffs for c in d.changes] == [
        ("content POST /content/v2/get/cards/list (product_cards_list)", "body.settings.cursor.limit", True),
        ("content POST /content/v2/get/cards/list (product_cards_list)", "response[200].cards[].title", True),
    ]


# --- CHANGELOG.md acknowledgement --------------------------------------------------------------------
CHANGELOG = """# Changelog

Header text: content.cards_list breaking (outside any section: does not count).

## [Unreleased]

### Changed

- {entry}

## [0.1.0] - 2024-01-01

- demo.cards_list: breaking, but released already (does not count for Unreleased)
"""


def _tightened() -> list[spec_diff.OpDiff]:
    new = demo()
    at(new, f"{REQ}/cursor/properties/limit")["maximum"] = 50
    at(new, CARDS)["parameters"].pop(0)
    return spec_diff.diff_specs({"demo": demo()}, {"demo": new})


def _acknowledged(entry: str) -> list[str]:
    diffs = _tightened()
    spec_diff.acknowledge(diffs, CHANGELOG.format(entry=entry))
    return sorted(c.where for d in diffs for c in d.acknowledged)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Breaking: `cards_list` takes at most 50 cards a page.",
            ["body.settings.cursor.limit", "query.locale"],
        ),
        ("demo.cards_list is BREAKING now", ["body.settings.cursor.limit", "query.locale"]),
        ("demo POST /api/v1/cards: breaking", ["body.settings.cursor.limit", "query.locale"]),
        ("demo.yaml: breaking changes everywhere", ["body.settings.cursor.limit", "query.locale"]),
        ("cards_list: `body.settings.cursor.limit` is at most 50", ["body.settings.cursor.limit"]),
        ("cards_list: a non-breaking tweak of the page size", []),  # "non-breaking" is not "breaking"
        ("other.cards_list: breaking", []),  # another spec's operation
        ("Breaking: `cards_list_v2` is new", []),  # another operationId
        ("cards_list: `body.settings.cursor.limitless` added", []),  # another item
        (
            "cards_list gets a smaller page\n  (breaking: callers asking for 100 get a 400)",
            [
                "body.settings.cursor.limit",
                "query.locale",
            ],
        ),  # wrapped over two lines: one entry
    ],
)
def test_acknowledgement_rule(entry: str, expected: list[str]) -> None:
    assert _acknowledged(entry) == expected


def test_a_token_type_row_is_acknowledged_by_its_own_item() -> None:
    """`x-wb-ratelimit.by-token-type.base` covers that row: not the top row, not another type."""
    new = demo()
    at(new, CARDS)["x-wb-ratelimit"]["by-token-type"] = {"base": BASE_ROW, "base_with_secret": BASE_ROW}
    at(new, CARDS)["x-wb-ratelimit"]["limit"] = 50
    diffs = spec_diff.diff_specs({"demo": demo()}, {"demo": new})
    entry = "demo.yaml: Base tokens get WB's own rows (`x-wb-ratelimit.by-token-type.base`)"
    spec_diff.acknowledge(diffs, CHANGELOG.format(entry=entry))
    assert sorted(c.where for d in diffs for c in d.acknowledged) == ["x-wb-ratelimit.by-token-type.base"]
    assert len([c for d in diffs for c in d.changes]) == 3


def test_unreleased_entries_are_the_bullets_of_that_section_only() -> None:
    text = CHANGELOG.format(entry="first line\n  second line\n  - a sub-bullet") + "\n"
    assert spec_diff.unreleased_entries(text) == ["- first line\n  second line\n  - a sub-bullet"]


def test_the_repository_changelog_has_an_unreleased_section() -> None:
    entries = spec_diff.unreleased_entries((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert any("Initial specs for all 112 documented WB operations" in e for e in entries)


def _write_pair(tmp_path: Path, entry: str) -> list[str]:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "demo.yaml").write_text(DEMO, encoding="utf-8")
    spec = demo()
    at(spec, f"{REQ}/cursor/properties/limit")["maximum"] = 50
    (new / "demo.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG.format(entry=entry), encoding="utf-8")
    return ["--base-dir", str(old), "--specs", str(new), "--changelog", str(tmp_path / "CHANGELOG.md")]


def test_fail_on_breaking_unacknowledged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _write_pair(tmp_path, "nothing about it")
    assert spec_diff.main(args) == 0  # a report only
    assert spec_diff.main([*args, "--fail-on-breaking"]) == 1
    out = capsys.readouterr()
    assert "  BREAKING      body.settings.cursor.limit: maximum 100 -> 50 (tighter)\n" in out.out
    assert "1 breaking (1 unacknowledged)" in out.out
    assert "1 breaking change(s) not acknowledged" in out.err


def test_fail_on_breaking_acknowledged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _write_pair(tmp_path, "demo.cards_list: `body.settings.cursor.limit` lowered to 50")
    assert spec_diff.main([*args, "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "maximum 100 -> 50 (tighter)  [acknowledged]" in out
    assert "1 breaking (0 unacknowledged)" in out


# --- BASE from git -------------------------------------------------------------------------------------
def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *args],
        check=True,
        capture_output=True,
    )


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "specs" / "demo.yaml").write_text(DEMO, encoding="utf-8")
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## [Unreleased]\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    return repo


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_git_base_two_commits(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    spec = demo()
    at(spec, CARDS)["parameters"].append({"name": "dryRun", "in": "query", "required": True, "schema": {}})
    (repo / "specs" / "demo.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    (repo / "specs" / "extra.yaml").write_text(DEMO, encoding="utf-8")  # a spec file added
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "second")

    r = _run("--repo", str(repo), "--base", "HEAD~1", "--fail-on-breaking")
    assert r.returncode == 1, r.stdout + r.stderr
    assert (
        "demo POST /api/v1/cards (cards_list)\n  BREAKING      query.dryRun: required parameter added"
        in r.stdout
    )
    assert "extra.yaml\n  non-breaking  spec file added (2 operations)" in r.stdout

    (repo / "CHANGELOG.md").write_text("## [Unreleased]\n- cards_list: breaking, `dryRun` is required\n")
    assert _run("--repo", str(repo), "--base", "HEAD~1", "--fail-on-breaking").returncode == 0


def test_git_working_tree_against_head(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    spec = demo()
    del spec["paths"]["/api/v1/ping"]
    (repo / "specs" / "demo.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")  # not committed
    r = _run("--repo", str(repo), "--base", "HEAD")
    assert r.returncode == 0
    assert "demo GET /api/v1/ping (connection_check)\n  BREAKING      operation removed" in r.stdout


def test_git_without_a_previous_commit(tmp_path: Path) -> None:
    repo = _repo(tmp_path)  # one commit: HEAD~1 does not exist (as in a shallow CI clone)
    r = _run("--repo", str(repo), "--base", "HEAD~1", "--fail-on-breaking", "--missing-base-ok")
    assert r.returncode == 0 and "nothing to compare" in r.stdout
    r = _run("--repo", str(repo), "--base", "HEAD~1")
    assert r.returncode == 2 and "no commit 'HEAD~1'" in r.stderr
