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
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speclib import SPECS_DIR, SpecOperation, iter_operations, load_spec, spec_paths
from wbchanges import added_operations, read_changes
from wbdocs import DocOperation, read_docs
from wbfacts import DOCS_DIR, FACTS_SOURCE


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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=Path, default=DOCS_DIR)
    parser.add_argument("--specs", type=Path, default=SPECS_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every documented operation")
    args = parser.parse_args(argv)
    errors, docs, spec_ops = check(args.docs, args.specs)
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
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
