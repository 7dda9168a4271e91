"""Lint our own spec conventions (see specs/CONVENTIONS.md). Exits 1 naming file and operation.

python scripts/lint_specs.py [SPEC ...]     # default: every specs/*.yaml
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speclib import ROOT, SPECS_DIR, SpecOperation, iter_operations, load_spec, resolve, spec_paths
from wbchanges import added_operations, read_changes
from wbfacts import FACTS_SOURCE, HOST_SPEC, facts_entries, facts_operations, read_facts

# token categories (facade/wbseller/token.py CATEGORY_BITS) and our pseudo-categories common, wbd
CATEGORIES = {
    "content",
    "prices",
    "marketplace",
    "promotion",
    "common",
    "wbd",
    "analytics",
    "statistics",
    "feedbacks",
    "chat",
    "supplies",
    "returns",
    "documents",
    "finance",
    "users",
}
OPERATION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
ASCII_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9 ]*$")
DURATION = re.compile(r"^\d+(\.\d+)?(ms|s|m|h)$")
SOURCE = re.compile(r"^[\w.-]+\.txt: .+$")
SHARED = ROOT / "specs" / "shared" / "components.yaml"


def _walk_schema(spec: dict[str, Any], node: Any, where: str, seen: set[int]) -> list[str]:
    """Find `enum` reachable from a response schema (response enums must stay lenient)."""
    problems: list[str] = []
    if isinstance(node, dict):
        if "$ref" in node:
            target = resolve(spec, node)
            if id(target) in seen:
                return problems
            seen.add(id(target))
            return _walk_schema(spec, target, node["$ref"], seen)
        if "enum" in node:
            problems.append(f"strict enum in a response schema at {where} (use x-wb-enum)")
        for key, value in node.items():
            if key in ("example", "examples", "x-wb-enum"):
                continue
            problems += _walk_schema(spec, value, where, seen)
    elif isinstance(node, list):
        for value in node:
            problems += _walk_schema(spec, value, where, seen)
    return problems


def _seconds(value: str) -> float:
    m = re.match(r"^(\d+(?:\.\d+)?)(ms|s|m|h)$", value)
    assert m
    return float(m.group(1)) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[m.group(2)]


@functools.cache
def _added() -> frozenset[str]:
    return frozenset(added_operations(read_changes()[0]))


def lint_operation(spec: dict[str, Any], so: SpecOperation, facts_by_key: dict) -> list[str]:
    op, errs = so.op, []
    oid = op.get("operationId")
    if not oid or not OPERATION_ID.match(str(oid)):
        errs.append("operationId missing or not snake_case")
    if not op.get("summary"):
        errs.append("summary missing")
    tags = op.get("tags") or []
    if len(tags) != 1 or not ASCII_TAG.match(str(tags[0])):
        errs.append(f"needs exactly one ASCII tag (letters, digits, spaces), has {tags!r}")
    cat = op.get("x-wb-category")
    if cat not in CATEGORIES:
        errs.append(f"x-wb-category {cat!r} not one of {sorted(CATEGORIES)}")
    for extra in op.get("x-wb-also-categories", []):
        if extra not in CATEGORIES:
            errs.append(f"x-wb-also-categories has unknown {extra!r}")
    if not so.sources or not all(SOURCE.match(s) or FACTS_SOURCE.match(s) for s in so.sources):
        errs.append("x-wb-source missing or not 'file.txt: Title' (or 'wb-facts/<dir>/<f>.yaml: <section>')")
    errs += _facts_sourced(spec, so)
    errs += _facts_agree(spec, so)
    errs += _removal(so)
    errs += _disabled(so)
    rl = op.get("x-wb-ratelimit")
    if not isinstance(rl, dict):
        errs.append("x-wb-ratelimit missing")
    else:
        errs += lint_ratelimit(rl)
    errs += lint_costs(so)
    security = op.get("security", spec.get("security"))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    if not security or any(name not in schemes for req in security for name in req):
        errs.append("security missing or naming an undefined scheme")
    responses = op.get("responses") or {}
    if not any(str(code).startswith("2") for code in responses):
        errs.append("no success (2xx) response")
    for code in ("401", "429"):
        if code not in {str(c) for c in responses}:
            errs.append(f"response {code} missing (every WB method can answer it)")
    for code, resp in responses.items():
        resp = resolve(spec, resp)
        for media in (resp.get("content") or {}).values():
            errs += _walk_schema(spec, media.get("schema"), f"response {code}", set())
    if op.get("x-wb-write") and op.get("x-wb-read"):
        errs.append("x-wb-write and x-wb-read contradict each other")
    if op.get("x-wb-read") and "x-wb-idempotent" not in op:
        # true for a read; false (stated) for a POST WB lets read-only tokens call that is not
        # documented as safe to repeat (it creates a report task)
        errs.append("x-wb-read operations must also state x-wb-idempotent (true for a read)")
    # the facts: method, content type, success status, sandbox
    fact = facts_by_key.get((so.spec, so.method, so.path))
    added = f"{so.spec}.{oid}" in _added()  # the changes record is its source, not wb-facts
    from_facts = any(FACTS_SOURCE.match(s) for s in so.sources)  # checked by _facts_sourced
    if fact is None and not op.get("servers") and not added and not from_facts:
        errs.append("not in wb-facts/endpoints.tsv for this host (wrong method or path?)")
    elif fact is not None:
        success = sorted(int(c) for c in responses if str(c).startswith("2"))
        if success != sorted(fact.success):
            errs.append(f"success statuses {success} differ from the facts' {list(fact.success)}")
        body = resolve(spec, op.get("requestBody")) if op.get("requestBody") else None
        ctypes = sorted((body or {}).get("content", {}))
        if fact.content_type and fact.content_type not in ctypes:
            errs.append(f"request content type should be {fact.content_type}, has {ctypes}")
        if not fact.content_type and body:
            errs.append("has a request body but the facts list none")
        has_sandbox = any("sandbox" in s.get("description", "") for s in spec.get("servers", []))
        if has_sandbox and not fact.sandbox_host and op.get("x-wb-sandbox") is not False:
            errs.append("the facts list no sandbox for it: add x-wb-sandbox: false")
        if fact.sandbox_host and op.get("x-wb-sandbox") is False:
            errs.append("x-wb-sandbox: false but the facts list a sandbox")
    return errs


TOKEN_TYPES = ("personal", "service", "base_with_secret", "base", "test")
RATELIMIT_KEYS = {"period", "limit", "interval", "burst", "bucket", "scope", "by-token-type"}
ROW_KEYS = {"period", "limit", "interval", "burst", "bucket"}


def _row_problems(row: Any, where: str) -> list[str]:
    errs = []
    for key in ("period", "interval"):
        if not DURATION.match(str(row.get(key, ""))):
            errs.append(f"{where}.{key} must be a duration like 200ms, 1s, 1m")
    for key in ("limit", "burst"):
        if not isinstance(row.get(key), int) or isinstance(row.get(key), bool) or row[key] < 1:
            errs.append(f"{where}.{key} must be a positive integer")
    return errs


def lint_ratelimit(rl: dict[str, Any]) -> list[str]:
    """The Personal row on top (period, limit, interval, burst, bucket; scope: account or host),
    the other token types' rows under by-token-type, each with its own bucket if it differs."""
    errs = _row_problems(rl, "x-wb-ratelimit")
    if not rl.get("bucket"):
        errs.append("x-wb-ratelimit.bucket missing")
    unknown = {k for k in rl if not str(k).startswith("x-")} - RATELIMIT_KEYS
    if unknown:
        errs.append(f"x-wb-ratelimit has unknown keys {sorted(unknown)}")
    if rl.get("scope", "account") not in ("account", "host"):
        errs.append("x-wb-ratelimit.scope must be account or host")
    rows = rl.get("by-token-type") or {}
    if not isinstance(rows, dict):
        return [*errs, "x-wb-ratelimit.by-token-type must map token types to rows"]
    for token_type, row in rows.items():
        where = f"x-wb-ratelimit.by-token-type.{token_type}"
        if token_type not in TOKEN_TYPES[1:]:
            errs.append(f"{where}: not one of {', '.join(TOKEN_TYPES[1:])} (the top row is the Personal one)")
        elif not isinstance(row, dict):
            errs.append(f"{where} must be a row {{period, limit, interval, burst[, bucket]}}")
        else:
            errs += _row_problems(row, where)
            if set(row) - ROW_KEYS:
                errs.append(f"{where} has unknown keys {sorted(set(row) - ROW_KEYS)}")
    return errs


def lint_costs(so: SpecOperation) -> list[str]:
    """Which token types may call it, and what WB counts for a 4xx (a 409)."""
    op, errs = so.op, []
    types = op.get("x-wb-token-types")
    if types is not None and (not isinstance(types, list) or not types or not set(types) <= set(TOKEN_TYPES)):
        errs.append(f"x-wb-token-types must be a non-empty list of {', '.join(TOKEN_TYPES)}")
    for key in ("x-wb-4xx-cost", "x-wb-ratelimit-409-cost"):
        value = op.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            errs.append(f"{key} must be a positive integer")
    if "x-wb-4xx-cost" in op and "x-wb-ratelimit-409-cost" in op:
        errs.append("x-wb-4xx-cost covers a 409 too: drop x-wb-ratelimit-409-cost")
    if so.spec == "marketplace" and op.get("x-wb-ratelimit-409-cost") != 5 and "x-wb-4xx-cost" not in op:
        errs.append("marketplace operations need x-wb-4xx-cost or x-wb-ratelimit-409-cost: 5")
    return errs


def bucket_rows(rl: dict[str, Any]) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Per token type: (bucket, numbers), a type without a row taking the top one."""
    top = (rl.get("bucket"), tuple(rl.get(k) for k in ("period", "limit", "interval", "burst")))
    out = {}
    for token_type in TOKEN_TYPES:
        row = (rl.get("by-token-type") or {}).get(token_type) if token_type != "personal" else None
        if isinstance(row, dict):
            numbers = tuple(row.get(k) for k in ("period", "limit", "interval", "burst"))
            out[token_type] = (row.get("bucket", top[0]), numbers)
        else:
            out[token_type] = top
    return out


def _host(spec: dict[str, Any], so: SpecOperation) -> str:
    """The production host of an operation: its own `servers` (an operation another host serves,
    e.g. /general/health) or the spec's."""
    servers = so.op.get("servers") or so.item.get("servers") or spec.get("servers") or [{}]
    return str(servers[0].get("url", "")).removeprefix("https://")


def _facts_sourced(spec: dict[str, Any], so: SpecOperation) -> list[str]:
    """An operation sourced from a dated facts file (not the docs) must be listed there, with this
    method and path, on its production host (the spec's, or the operation's own `servers`)."""
    errs = []
    host = _host(spec, so)
    for src in so.sources:
        m = FACTS_SOURCE.match(src)
        if m and (host, so.method, so.path) not in facts_operations(m["file"], m["section"]):
            errs.append(f"x-wb-source {src!r} does not list {so.method} {so.path} on {host}")
    return errs


def _facts_agree(spec: dict[str, Any], so: SpecOperation) -> list[str]:
    """An operation sourced from a facts file agrees with it where the facts say: the operation
    named ("<file>: <group> METHOD path", as wb-facts/2026-08-groups gives every operation its
    parameters and answers; with a bare section, "<file>: new", the entry of its host, method and
    path), success statuses, request content types, sandbox."""
    errs: list[str] = []
    host = _host(spec, so)
    op = so.op
    for src in so.sources:
        m = FACTS_SOURCE.match(src)
        if not m:
            continue
        if m["method"] and (m["method"], m["path"]) != (so.method, so.path):
            errs.append(f"x-wb-source {src!r} names another operation than {so.method} {so.path}")
            continue
        found = [
            f
            for f in facts_entries(m["file"], m["section"])
            if (f.host, f.method, f.path) == (host, so.method, so.path)
        ]
        if not found:
            continue  # _facts_sourced says so
        fact = found[0]
        responses = op.get("responses") or {}
        if fact.success:  # a retired operation's answers are not in the facts
            success = tuple(sorted(int(c) for c in responses if str(c).startswith("2")))
            if success != fact.success:
                errs.append(f"success statuses {list(success)} differ from the facts' {list(fact.success)}")
        body = resolve(spec, op.get("requestBody")) if op.get("requestBody") else None
        ctypes = tuple(sorted((body or {}).get("content", {})))
        if ctypes != fact.content_types and (fact.success or ctypes):
            errs.append(
                f"request content types {list(ctypes)} differ from the facts' {list(fact.content_types)}"
            )
        has_sandbox = any("sandbox" in s.get("description", "") for s in spec.get("servers", []))
        if has_sandbox and not fact.sandbox_host and op.get("x-wb-sandbox") is not False:
            errs.append("the facts list no sandbox for it: add x-wb-sandbox: false")
        if fact.sandbox_host and op.get("x-wb-sandbox") is False:
            errs.append("x-wb-sandbox: false but the facts list a sandbox")
    return errs


def _removal(so: SpecOperation) -> list[str]:
    """x-wb-removed {date, successors, source}: WB no longer serves the operation (CONVENTIONS.md,
    "When WB removed an operation"); it stays, deprecated, with a 404 (what WB answers now)."""
    mark = so.op.get("x-wb-removed")
    if mark is None:
        return []
    if not isinstance(mark, dict) or set(mark) - {"date", "last_seen", "successors", "source", "note"}:
        return ["x-wb-removed must be {date, successors, source[, last_seen, note]}"]
    errs = []
    if mark.get("date") is not None and not _iso_date(mark.get("date")):
        errs.append(
            'x-wb-removed.date must be a quoted date ("YYYY-MM-DD"), the day WB had removed it by, '
            "or null when the facts give none"
        )
    if not isinstance(mark.get("successors"), list) or not all(
        isinstance(s, str) and "." in s for s in mark["successors"]
    ):
        errs.append("x-wb-removed.successors must be a list of <spec>.<operationId> (empty: none)")
    if not mark.get("source"):
        errs.append("x-wb-removed.source missing")
    if so.op.get("deprecated") is not True:
        errs.append("x-wb-removed needs deprecated: true")
    if "404" not in {str(c) for c in so.op.get("responses") or {}}:
        errs.append("x-wb-removed needs a 404 response (what WB answers for it now)")
    return errs


def _disabled(so: SpecOperation) -> list[str]:
    """x-wb-temporarily-disabled {since, note}: WB marks the operation temporarily disabled."""
    mark = so.op.get("x-wb-temporarily-disabled")
    if mark is None:
        return []
    if not isinstance(mark, dict) or set(mark) != {"since", "note"}:
        return ["x-wb-temporarily-disabled must be {since, note}"]
    if not _iso_date(mark["since"]):
        return ['x-wb-temporarily-disabled.since must be a quoted date ("YYYY-MM-DD")']
    return []


def _iso_date(value: Any) -> bool:
    """A date as a string: YAML would make a bare 2026-02-11 a date object, which JSON (the
    generated specs/*.json) cannot hold."""
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return isinstance(value, str)


def lint_removed_successors(paths: list[Path]) -> list[str]:
    """Each successor x-wb-removed names exists and is not removed itself."""
    ops: dict[str, dict[str, Any]] = {}
    for p in spec_paths(SPECS_DIR):
        for so in iter_operations(load_spec(p), p):
            ops[f"{so.spec}.{so.op.get('operationId')}"] = so.op
    errs = []
    linted = {p.stem for p in paths}
    for key, op in sorted(ops.items()):
        mark = op.get("x-wb-removed")
        if not isinstance(mark, dict) or key.split(".", 1)[0] not in linted:
            continue
        for s in mark.get("successors") or []:
            if s not in ops:
                errs.append(f"{key}: x-wb-removed successor {s} is no operation of specs/")
            elif ops[s].get("x-wb-removed"):
                errs.append(f"{key}: x-wb-removed successor {s} is removed too")
    return errs


def lint_shared(spec: dict[str, Any], shared: dict[str, Any]) -> list[str]:
    errs = []
    comps = spec.get("components", {})
    for section in ("schemas", "securitySchemes"):
        for name, canonical in shared[section].items():
            mine = comps.get(section, {}).get(name)
            if mine is not None and mine != canonical:
                errs.append(f"components.{section}.{name} differs from specs/shared/components.yaml")
    return errs


def lint_file(path: Path, facts_by_key: dict, shared: dict[str, Any]) -> list[str]:
    spec = load_spec(path)
    name = path.name
    errs = [f"specs/{name}: {e}" for e in lint_shared(spec, shared)] + lint_lenient(spec, path)
    if spec.get("openapi") != "3.0.3":
        errs.append(f"specs/{name}: openapi must be 3.0.3")
    servers = spec.get("servers") or []
    if not servers or servers[0].get("description") != "production":
        errs.append(f"specs/{name}: servers[0] must be the production host (description: production)")
    else:
        host = servers[0]["url"].removeprefix("https://")
        if HOST_SPEC.get(host) != path.stem:
            errs.append(f"specs/{name}: production host {host} does not belong to spec {path.stem!r}")
    buckets: dict[tuple[str, str], tuple] = {}
    ids: set[str] = set()
    for so in iter_operations(spec, path):
        for e in lint_operation(spec, so, facts_by_key):
            errs.append(f"specs/{name}: {so.name}: {e}")
        oid = so.op.get("operationId")
        if oid in ids:
            errs.append(f"specs/{name}: {so.name}: duplicate operationId")
        ids.add(oid)
        # operations naming one bucket carry the same numbers, per token type
        differ: dict[str, list[str]] = {}
        for token_type, (bucket, numbers) in bucket_rows(so.op.get("x-wb-ratelimit") or {}).items():
            if buckets.setdefault((bucket, token_type), numbers) != numbers:
                differ.setdefault(bucket, []).append(token_type)
        for bucket, types in differ.items():
            errs.append(
                f"specs/{name}: {so.name}: bucket {bucket!r} has other numbers elsewhere "
                f"(for {', '.join(types)} tokens)"
            )
    return errs


def _refs(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        if "$ref" in node and node["$ref"].startswith("#/components/schemas/"):
            out.add(node["$ref"].rsplit("/", 1)[1])
        for key, value in node.items():
            if key not in ("example", "examples"):
                _refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _refs(value, out)


def lint_lenient(spec: dict[str, Any], path: Path) -> list[str]:
    """A response schema whose shape is inferred (x-wb-uncertain) must take what WB may send: no
    `required`, and its arrays and nested objects nullable (a null there crashes the generated
    parser; a null scalar passes through)."""
    schemas = spec.get("components", {}).get("schemas", {})
    todo: set[str] = set()
    for so in iter_operations(spec, path):
        for code, resp in (so.op.get("responses") or {}).items():
            if str(code).startswith("2"):
                _refs(resolve(spec, resp), todo)
    reached: set[str] = set()
    while todo:
        name = todo.pop()
        if name in schemas and name not in reached:
            reached.add(name)
            _refs(schemas[name], todo)
    errs = []
    for name in sorted(reached):
        schema = schemas[name]
        if "x-wb-uncertain" not in schema:
            continue
        where = f"specs/{path.name}: {name}"
        if schema.get("required"):
            errs.append(f"{where}: uncertain response schema has required {schema['required']}")
        for prop, ps in (schema.get("properties") or {}).items():
            if (ps.get("type") == "array" or "$ref" in ps or "allOf" in ps) and not ps.get("nullable"):
                errs.append(f"{where}.{prop}: uncertain response schema: make it nullable")
    return errs


def lint_changes(paths: list[Path]) -> list[str]:
    """specs/changes/ against the specs: each entry's operations exist and cite it in
    x-wb-changes, and each x-wb-changes id is an entry that names the operation."""
    changes, errs = read_changes()
    cited: dict[str, set[str]] = {}  # "<spec>.<operationId>" -> ids it cites
    for p in spec_paths(SPECS_DIR):
        for so in iter_operations(load_spec(p), p):
            cited[f"{so.spec}.{so.op.get('operationId')}"] = set(so.op.get("x-wb-changes") or ())
    linted = {p.stem for p in paths}
    by_id = {c.id: c for c in changes}
    for c in changes:
        for op in c.operations:
            if op.split(".", 1)[0] not in linted:
                continue
            if op not in cited:
                errs.append(f"{c.file}: {c.id}: no operation {op} in specs/")
            elif c.id not in cited[op]:
                errs.append(f"{c.file}: {c.id}: {op} does not cite it in x-wb-changes")
    for op, ids in sorted(cited.items()):
        spec = op.split(".", 1)[0]
        for cid in sorted(ids) if spec in linted else ():
            if cid not in by_id:
                errs.append(f"specs/{spec}.yaml: {op}: x-wb-changes names unknown change {cid!r}")
            elif op not in by_id[cid].operations:
                errs.append(f"specs/{spec}.yaml: {op}: cites {cid!r}, which does not name it")
    return errs


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or spec_paths(SPECS_DIR)
    facts = {(f.spec, f.method, f.path): f for f in read_facts()}
    shared = load_spec(SHARED)
    errs: list[str] = []
    for p in paths:
        errs += lint_file(p, facts, shared)
    errs += lint_changes(paths)
    errs += lint_removed_successors(paths)
    for e in errs:
        print(e)
    print(f"lint: {len(paths)} spec(s), {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
