"""The record of WB changes made after the docs were captured (specs/changes/*.yaml).

Each file lists entries {id, changed, recorded, source, operations, what, breaking, [superseded],
[added]}; an operation a change touches cites the entry in `x-wb-changes: [<id>]`. `superseded`
maps an operation to the doc samples the change outdates (`{promotion.x: [request]}`; "request",
"response"): scripts/check_samples.py then checks that the spec no longer takes them. `added`
lists operations of the entry that WB added after the docs (a new method for a documented
heading): the entry, not wb-facts, is their source for method and path. `not_applied` lists
the items of the entry's source that were deliberately left out of the specs, each group with its
reason: `[{items: [<item>, ...], why: <reason>}]` (an item names a fact as its source does, e.g.
a line of wb-facts/2026-08/wbd-changed.yaml; tests/specs/test_wbd_changes.py reads them).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from speclib import SPECS_DIR

CHANGES_DIR = SPECS_DIR / "changes"
FIELDS = {
    "id",
    "changed",
    "recorded",
    "source",
    "operations",
    "what",
    "breaking",
    "superseded",
    "added",
    "not_applied",
}
REQUIRED = FIELDS - {"superseded", "added", "not_applied"}


@dataclass(frozen=True)
class Change:
    file: str
    id: str
    changed: dt.date | None
    recorded: dt.date
    source: str
    operations: tuple[str, ...]  # "<spec>.<operationId>"
    what: str
    breaking: bool
    superseded: tuple[tuple[str, str], ...] = ()  # (operation, "request" | "response")
    added: tuple[str, ...] = ()  # operations WB added after the docs (not in wb-facts)
    # items of the source deliberately not applied: ((item, ...), why) per group
    not_applied: tuple[tuple[tuple[str, ...], str], ...] = ()


def _problems(file: str, i: int, raw: Any) -> list[str]:
    where = f"{file}: changes[{i}]"
    if not isinstance(raw, dict):
        return [f"{where}: not a mapping"]
    errs = [f"{where}: missing {k}" for k in sorted(REQUIRED - raw.keys())]
    errs += [f"{where}: unknown field {k}" for k in sorted(raw.keys() - FIELDS)]
    if not isinstance(raw.get("recorded"), dt.date):
        errs.append(f"{where}: recorded must be a date (YYYY-MM-DD)")
    if raw.get("changed") is not None and not isinstance(raw.get("changed"), dt.date):
        errs.append(f"{where}: changed must be a date or null")
    ops = raw.get("operations")
    if not isinstance(ops, list) or not ops or not all(isinstance(o, str) and "." in o for o in ops):
        errs.append(f"{where}: operations must be a non-empty list of <spec>.<operationId>")
    if not isinstance(raw.get("breaking"), bool):
        errs.append(f"{where}: breaking must be true or false")
    sup = raw.get("superseded") or {}
    if not isinstance(sup, dict) or any(
        op not in (ops or ()) or not isinstance(kinds, list) or not set(kinds) <= {"request", "response"}
        for op, kinds in sup.items()
    ):
        errs.append(f"{where}: superseded maps operations of the entry to [request and/or response]")
    added = raw.get("added") or []
    if not isinstance(added, list) or not set(added) <= set(ops or ()):
        errs.append(f"{where}: added lists operations of the entry")
    groups = raw.get("not_applied", [])
    if not _groups_ok(groups):
        errs.append(f"{where}: not_applied must be a list of {{items: [non-empty strings], why: <reason>}}")
    else:
        for item in (i for g in groups for i in g["items"]):
            # an item that starts with an operation (a glob: `wbd.*`) names one of the entry's
            head = item.split()[0]
            if "." in head and not any(
                matches(head, str(op)) for op in (ops if isinstance(ops, list) else [])
            ):
                errs.append(f"{where}: not_applied item {item!r} names no operation of the entry")
    return errs


def matches(pattern: str, text: str) -> bool:
    """A not_applied item against a name: `*` matches anything, `?` one character, the rest is
    literal (brackets too: `items[]` is a field path, not a character class)."""
    regex = re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".")
    return re.fullmatch(regex, text) is not None


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _groups_ok(groups: Any) -> bool:
    """not_applied: each group names at least one item and says why (and holds nothing else)."""
    return isinstance(groups, list) and all(
        isinstance(g, dict)
        and set(g) == {"items", "why"}
        and _text(g["why"])
        and isinstance(g["items"], list)
        and bool(g["items"])
        and all(_text(i) for i in g["items"])
        for g in groups
    )


def read_changes(changes_dir: Path = CHANGES_DIR) -> tuple[list[Change], list[str]]:
    """Every entry of every changes file, and the problems of the malformed ones."""
    changes: list[Change] = []
    problems: list[str] = []
    for path in sorted(changes_dir.glob("*.yaml")):
        file = f"specs/changes/{path.name}"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries = data.get("changes") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            problems.append(f"{file}: needs a top-level `changes:` list")
            continue
        for i, raw in enumerate(entries):
            errs = _problems(file, i, raw)
            problems += errs
            if errs:
                continue
            changes.append(
                Change(
                    file=file,
                    id=str(raw["id"]),
                    changed=raw["changed"],
                    recorded=raw["recorded"],
                    source=str(raw["source"]),
                    operations=tuple(raw["operations"]),
                    what=" ".join(str(raw["what"]).split()),
                    breaking=raw["breaking"],
                    superseded=tuple(
                        (op, kind) for op, kinds in (raw.get("superseded") or {}).items() for kind in kinds
                    ),
                    added=tuple(raw.get("added") or ()),
                    not_applied=tuple(
                        (tuple(g["items"]), " ".join(g["why"].split())) for g in raw.get("not_applied") or ()
                    ),
                )
            )
    seen: set[str] = set()
    for c in changes:
        if c.id in seen:
            problems.append(f"{c.file}: duplicate change id {c.id!r}")
        seen.add(c.id)
    return changes, problems


def superseded(changes: list[Change], spec: str, operation_id: str, kind: str) -> Change | None:
    """The change that outdates the docs' `kind` sample of the operation, if any."""
    key = (f"{spec}.{operation_id}", kind)
    return next((c for c in changes if key in c.superseded), None)


def added_operations(changes: list[Change]) -> set[str]:
    """The operations (`<spec>.<operationId>`) the record adds: not in wb-facts, nor counted twice
    for the docs heading they share with the operation they replace."""
    return {op for c in changes for op in c.added}
