"""Docs coverage: every operation documented in WB's docs is in specs/, and every spec operation
has a documented source. Exits 1 naming each gap (file and operation).

    python scripts/check_coverage.py [--docs DIR] [--specs DIR]
    (default docs: $WB_DOCS or ../shared/wb-docs; default specs: specs/)

A documented operation is a `Title{{ path }}` heading (products, promotion, wbd), an HTTP
snippet in api-information.txt, or a content-legacy.txt section (mapped to its v2 operation).
A spec operation covers it when its x-wb-source names "<file>: <title>" and its path (and the
method, where the docs state one) agree. An operation WB added after the docs names a facts file
instead ("wb-facts/2026-08/operations.yaml: new"): not a docs heading, so not checked here
(scripts/lint_specs.py checks that the file lists it).

The facts of the groups the docs lack (wb-facts/2026-08-groups/operations.yaml) are checked the
same way: every operation of `groups` (and every `retired` one) of a group not PENDING is in
specs/, on the spec of its host, its x-wb-source naming "<file>: <group> METHOD path" (or
"retired METHOD path"); the pending groups are listed. So are the operations WB added to the groups
of the docs (wb-facts/2026-08/operations.yaml, `new`): each is in specs/ once, on its host (the
spec's, or the operation's own `servers`), its x-wb-source naming "<file>: new". An operation sourced
from a facts file is not a docs heading (scripts/lint_specs.py checks that the facts list it).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speclib import SPECS_DIR, SpecOperation, iter_operations, load_spec, spec_paths
from wbchanges import added_operations, read_changes
from wbdocs import DocOperation, read_docs
from wbfacts import DOCS_DIR, FACTS_DIR, FACTS_SOURCE, HOST_SPEC, facts_entries

GROUPS_FACTS = "2026-08-groups/operations.yaml"
NEW_FACTS = "2026-08/operations.yaml"  # its `new`: the operations WB added to the groups of the docs
# groups of GROUPS_FACTS not in specs/ yet, with where they will go; every other group must be
# complete (issue 23 brought the last ones: the marketplace orders, the tariffs)
PENDING: dict[str, str] = {}


def check(docs_dir: Path, specs_dir: Path) -> tuple[list[str], list[DocOperation], list[SpecOperation]]:
    docs = read_docs(docs_dir)
    spec_ops = [so for p in spec_paths(specs_dir) for so in iter_operations(load_spec(p), p)]
    errors: list[str] = []
    by_source: dict[str, list[SpecOperation]] = {}
    for so in spec_ops:
        for src in so.sources:
            by_source.setdefault(src, []).append(so)
    doc_by_source: dict[str, list[DocOperation]] = {}
    for d in docs:
        doc_by_source.setdefault(d.source, []).append(d)
        if d.path is None:
            errors.append(f"{d.file}: section {d.title!r} (line {d.line}) maps to no operation")
            continue
        matches = [
            so
            for so in by_source.get(d.source, [])
            if so.path == d.path and (d.method is None or so.method == d.method)
        ]
        if not matches:
            errors.append(f"{d.file}: {d.title!r} {{{{ {d.path} }}}} is documented but missing from specs/")
    for so in spec_ops:
        if not so.sources:
            errors.append(f"{so.file}: {so.name} has no x-wb-source")
        for src in so.sources:
            if FACTS_SOURCE.match(src):  # a facts file, not the docs: lint_specs checks it lists it
                continue
            found = [d for d in doc_by_source.get(src, []) if d.path == so.path]
            if not found:
                errors.append(f"{so.file}: {so.name} names source {src!r}, which the docs do not have")
    # one spec claiming the same heading for more operations than the docs have (the same /ping
    # heading on several hosts is fine: the facts list /ping per host; an operation the changes
    # record adds shares the heading of the one it replaces)
    added = added_operations(read_changes()[0])
    for src, claimed in by_source.items():
        per_spec = Counter(
            (so.spec, so.path) for so in claimed if f"{so.spec}.{so.op.get('operationId')}" not in added
        )
        docs_with = Counter(d.path for d in doc_by_source.get(src, []))
        for (spec, path), n in per_spec.items():
            if docs_with.get(path, 0) and n > docs_with[path]:
                errors.append(f"specs/{spec}.yaml: {path} claims {src!r} more often than documented")
    return errors, docs, spec_ops


def check_facts(
    specs_dir: Path, facts_dir: Path = FACTS_DIR, file: str = GROUPS_FACTS, pending: dict[str, str] = PENDING
) -> tuple[list[str], dict[str, int], dict[str, int]]:
    """The facts file's operations against specs/: (problems, operations in specs/ per group and
    "retired", operations of the pending groups per group)."""
    claimed: Counter[tuple[str, str, str, str]] = Counter()  # (section, METHOD, path, spec)
    for p in spec_paths(specs_dir):
        for so in iter_operations(load_spec(p), p):
            for src in so.sources:
                m = FACTS_SOURCE.match(src)
                if m and m["file"] == file:
                    claimed[(m["section"], m["method"] or so.method, m["path"] or so.path, so.spec)] += 1
    errors: list[str] = []
    done: Counter[str] = Counter()
    waiting: Counter[str] = Counter()
    arrived: set[str] = set()  # pending groups with operations in specs/
    for group in _groups(facts_dir, file):
        for f in facts_entries(file, group, facts_dir):
            spec = HOST_SPEC.get(f.host)
            n = claimed[(group, f.method, f.path, spec or "")]
            if group in pending:
                waiting[group] += 1
                arrived.update([group] if n else [])
                continue
            done[group] += 1
            if spec is None:
                errors.append(
                    f"{file}: {group} {f.method} {f.path}: no spec for its host {f.host} (wbfacts.HOST_SPEC)"
                )
            elif n != 1:
                what = "is missing from" if n == 0 else f"is claimed {n} times in"
                errors.append(f"{file}: {group} {f.method} {f.path} {what} specs/{spec}.yaml")
    # a retired operation the facts list on two hosts (it moved before it went) lives on one of them
    retired: dict[tuple[str, str], list[str]] = {}
    groups: dict[tuple[str, str], str] = {}
    for f in facts_entries(file, "retired", facts_dir):
        retired.setdefault((f.method, f.path), []).append(f.host)
        groups[(f.method, f.path)] = str(f.entry.get("group"))
    for (method, path), hosts in retired.items():
        group = groups[(method, path)]
        if group in pending:
            continue
        n = sum(claimed[("retired", method, path, HOST_SPEC.get(h, ""))] for h in hosts)
        done["retired"] += 1
        if n != 1:
            what = "is missing from specs/" if n == 0 else f"is claimed {n} times"
            errors.append(f"{file}: retired {method} {path} ({group}, {' or '.join(hosts)}) {what}")
    errors += [
        f"check_coverage.py: {g} is in specs/ now: take it off PENDING" for g in pending if g in arrived
    ]
    return errors, dict(done), dict(waiting)


def check_new(
    specs_dir: Path, facts_dir: Path = FACTS_DIR, file: str = NEW_FACTS
) -> tuple[list[str], dict[str, int]]:
    """The facts file's `new` operations against specs/: (problems, operations in specs/ per group
    of `new`). Each is in specs/ once, on its host (the operation's own `servers`, else its spec's),
    sourced from the file."""
    claimed: Counter[tuple[str, str, str]] = Counter()  # (host, METHOD, path)
    for p in spec_paths(specs_dir):
        spec = load_spec(p)
        for so in iter_operations(spec, p):
            servers = so.op.get("servers") or so.item.get("servers") or spec.get("servers") or [{}]
            host = str(servers[0].get("url", "")).removeprefix("https://")
            for src in so.sources:
                m = FACTS_SOURCE.match(src)
                if m and m["file"] == file and m["section"] == "new":
                    claimed[(host, so.method, so.path)] += 1
    errors: list[str] = []
    done: Counter[str] = Counter()
    for f in facts_entries(file, "new", facts_dir):
        group = str(f.entry.get("group"))
        n = claimed[(f.host, f.method, f.path)]
        if n == 1:
            done[group] += 1
            continue
        what = "is missing from specs/" if n == 0 else f"is claimed {n} times in specs/"
        errors.append(f"{file}: new {group} {f.method} {f.path} (on {f.host}) {what}")
    return errors, dict(done)


def _groups(facts_dir: Path, file: str) -> list[str]:
    path = Path(facts_dir) / file
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return list((data or {}).get("groups") or {})


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=Path, default=DOCS_DIR)
    parser.add_argument("--specs", type=Path, default=SPECS_DIR)
    parser.add_argument("--facts", type=Path, default=FACTS_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every documented operation")
    args = parser.parse_args(argv)
    errors, docs, spec_ops = check(args.docs, args.specs)
    facts_errors, done, waiting = check_facts(args.specs, args.facts)
    new_errors, new_done = check_new(args.specs, args.facts)
    errors += facts_errors + new_errors
    if args.verbose:
        for d in docs:
            print(f"  {d.file}: {d.title} -> {d.method or '?'} {d.path}")
    for e in errors:
        print(e)
    per_file = Counter(d.file for d in docs)
    summary = ", ".join(f"{f} {n}" for f, n in sorted(per_file.items()))
    print(
        f"coverage: {len(docs)} documented operations ({summary}); {len(spec_ops)} spec operations; "
        f"{len(errors)} problem(s)"
    )
    covered = ", ".join(f"{g} {n}" for g, n in done.items())
    print(f"coverage: wb-facts/{GROUPS_FACTS}: in specs/: {covered or 'nothing'}")
    added = ", ".join(f"{g} {n}" for g, n in new_done.items())
    print(f"coverage: wb-facts/{NEW_FACTS}: new: in specs/: {added or 'nothing'}")
    if waiting:
        print(
            "coverage: pending (not in specs/ yet): "
            + ", ".join(f"{g} {n} ({PENDING.get(g, '?')})" for g, n in waiting.items())
        )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
