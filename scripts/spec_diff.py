"""What changed in the specs since a git ref, per operation, each change labelled for a client.

    python scripts/spec_diff.py --base HEAD~1          # specs/ (working tree) against specs/ at HEAD~1
    python scripts/spec_diff.py --base v0.1.0 --fail-on-breaking
    python scripts/spec_diff.py --base-dir /tmp/old    # two directories, no git involved

Options: --repo DIR (the git repository, default: this one), --specs DIR (the new side, default
<repo>/specs; the old side is the same path inside BASE), --changelog FILE (default <repo>/CHANGELOG.md),
--missing-base-ok (CI: when BASE does not exist -- a first commit, a shallow clone -- print a note and
exit 0). Exit status: 0; 1 with --fail-on-breaking when a breaking change is not acknowledged; 2 when
BASE cannot be read.

An operation is "<spec> METHOD path (operationId)". Each change names the item it is about:
`query.limit` / `path.id` / `header.X` (a parameter), `body.settings.cursor.limit` (a request body
field; `[]` is an array item, `{}` a map value, `.oneOf[Name]` an alternative), `response[200].cards[].nmID`
(a response field), `response[204]` (a status), or an operation key (`operation`, `operationId`, `tags`,
`deprecated`, `x-wb-category`, `x-wb-ratelimit`, `sandbox`, `write`, ...). Spec-wide changes are grouped
under "<spec>.yaml". Added or removed subtrees are reported once, at their top.

BREAKING means: a call that worked, or code that ran, against the old spec may fail against the new
one. The rules:

  operation          removed, moved to another path, operationId renamed, tag changed (the generated
                     module moves): BREAKING. Added: non-breaking.
  request side       (parameters and body fields)
                     added required / optional -> required / removed (even optional: the generated
                     signature loses it): BREAKING. Added optional / required -> optional: non-breaking.
                     enum value removed, enum introduced: BREAKING; enum value added or enum dropped: not.
                     tighter limit (max* lower, min* higher, a new bound, exclusive*/uniqueItems/pattern
                     /multipleOf introduced or changed): BREAKING; looser: not.
                     nullable -> not nullable, default value changed, additionalProperties -> false,
                     content type changed: BREAKING.
  response side      field removed, required -> optional, not nullable -> nullable, content removed or
                     its type changed: BREAKING. Field added, optional -> required: non-breaking.
                     x-wb-enum (the lenient enums the conventions use) values added or removed: not
                     breaking. A strict `enum` in a response (lint forbids it) gaining a value: BREAKING,
                     since the generated parser rejects unknown values. Limits and patterns: not breaking
                     (responses are not checked against them).
  both sides         type or format changed: BREAKING -- except int32 <-> int64 / float <-> double (a
                     Python int or float either way).
  statuses           success status added: BREAKING (the generated parser does not know it: `.parsed`
                     is None); success status removed: not (a branch goes unused); error status added or
                     removed: not (the facade raises a typed error for any status). Error bodies are not
                     compared.
  rate limits        x-wb-ratelimit lower (fewer requests per period, longer interval or smaller burst):
                     BREAKING -- the facade paces itself, but a job sized for the old throughput takes
                     longer and `rate_limits=` overrides set for the old numbers now earn 429s; higher:
                     not. Bucket renamed: BREAKING (overrides are keyed by bucket). The same for each
                     other token type's row (`x-wb-ratelimit.by-token-type.base`, its `.bucket`), reported
                     where the type does not simply follow the top (Personal) row. Counted per host
                     (`x-wb-ratelimit.scope` account -> host: one budget for every client): BREAKING.
                     409 cost or 4xx cost (`x-wb-4xx-cost`) up: BREAKING. `x-wb-token-types` introduced
                     or narrowed (a token type refused before sending): BREAKING; widened or dropped: not.
  category           x-wb-category changed, an x-wb-also-categories entry removed, a read becoming a
                     write (read-only tokens are refused), sandbox no longer served,
                     x-wb-requires-one-of added or changed: BREAKING; the reverse: not.
  not breaking       deprecated set or cleared (the facade warns once per process), idempotency (only
                     which failures the facade retries), hosts (`servers`: the facade follows the spec).

Acknowledgement: a breaking change is acknowledged when one entry of CHANGELOG.md's "Unreleased"
section (from the `## [Unreleased]` heading to the next `## ` heading; an entry is a top-level bullet
with its continuation lines and sub-bullets) names the operation -- its operationId (bare; it then
covers every spec having that operationId), `<spec>.<operationId>`, `<spec> METHOD path`, or
`<spec>.yaml` for every operation of that spec -- and either contains the word "breaking" (any case;
not "non-breaking") or the changed item (e.g. `body.settings.cursor.limit`, `x-wb-ratelimit`).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speclib import HTTP_METHODS, ROOT, SpecOperation, iter_operations, load_spec, resolve, spec_paths

Spec = dict[str, Any]
Facts = dict[str, Any]  # what a client relies on at one position of a schema (see _facts)

UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
FLAG_BOUNDS = ("exclusiveMinimum", "exclusiveMaximum", "uniqueItems")
WHOLE = ("operation", "spec")  # items whose change text says it all ("operation added")
WIDTHS = {"integer": {"int32", "int64", None}, "number": {"float", "double", None}}


class BaseMissing(Exception):
    """BASE is not a commit of the repository (or there is no repository)."""


@dataclass(frozen=True)
class Change:
    where: str  # the item changed: "query.limit", "response[200].cards[].nmID", "x-wb-ratelimit", ...
    text: str
    breaking: bool


@dataclass
class OpDiff:
    """The changes of one operation, or of a spec file as a whole (method and path empty)."""

    spec: str
    method: str = ""
    path: str = ""
    operation_id: str = ""
    changes: list[Change] = field(default_factory=list)
    acknowledged: set[Change] = field(default_factory=set)

    @property
    def name(self) -> str:
        if not self.method:
            return f"{self.spec}.yaml"
        return f"{self.spec} {self.method} {self.path} ({self.operation_id})"

    def sort_key(self) -> tuple[str, int, str, int]:
        method = HTTP_METHODS.index(self.method.lower()) if self.method else -1
        return (self.spec, 0 if not self.method else 1, self.path, method)


# --- loading ---------------------------------------------------------------------------------------
def load_dir(specs_dir: Path) -> dict[str, Spec]:
    return {p.stem: load_spec(p) for p in spec_paths(specs_dir)}


def _git(repo: Path, *args: str) -> str:
    proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BaseMissing(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout


def load_git(repo: Path, base: str, rel: str) -> dict[str, Spec]:
    """The specs/*.yaml of commit `base` (`rel`: the specs directory relative to the repository)."""
    try:
        _git(repo, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    except BaseMissing as exc:
        raise BaseMissing(f"no commit {base!r} in {repo}") from exc
    names = _git(repo, "ls-tree", "--name-only", base, "--", f"{rel}/").split()
    out: dict[str, Spec] = {}
    for name in sorted(n for n in names if n.endswith(".yaml") and "/" not in n[len(rel) + 1 :]):
        data = yaml.safe_load(_git(repo, "show", f"{base}:{name}"))
        out[Path(name).stem] = data if isinstance(data, dict) else {}
    return out


# --- schemas: flatten each into {item: facts} ------------------------------------------------------
def _lookup(spec: Spec, ref: str) -> Any:
    return resolve(spec, {"$ref": ref})


def _expand(spec: Spec, schema: Any, chain: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...], bool]:
    """The schema with its $refs followed and allOf merged in. `chain` holds the $refs above it: meeting
    one again means a recursive schema, whose children are then not walked again."""
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in chain:
            return _lookup(spec, ref), chain, True
        chain = (*chain, ref)
        schema = _lookup(spec, ref)
    if not isinstance(schema, dict):
        return {}, chain, False
    if "allOf" not in schema:
        return schema, chain, False
    merged = {k: v for k, v in schema.items() if k != "allOf"}  # the outer keys (nullable) win
    props: dict[str, Any] = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    recursive = False
    for part in schema["allOf"]:
        sub, chain, rec = _expand(spec, part, chain)
        recursive = recursive or rec
        props.update(sub.get("properties") or {})
        required += [r for r in sub.get("required") or [] if r not in required]
        for k, v in sub.items():
            merged.setdefault(k, v)
    merged["properties"], merged["required"] = props, required
    if not props:
        del merged["properties"]
    return merged, chain, recursive


def _type_of(schema: dict[str, Any]) -> tuple[str | None, str | None]:
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"
    if kind is None and ("oneOf" in schema or "anyOf" in schema):
        kind = "oneOf" if "oneOf" in schema else "anyOf"
    return kind, schema.get("format")


def _facts(schema: dict[str, Any], required: bool | None) -> Facts:
    facts: Facts = {"type": _type_of(schema), "nullable": bool(schema.get("nullable")), "required": required}
    for key in (*UPPER_BOUNDS, *LOWER_BOUNDS, *FLAG_BOUNDS, "pattern", "multipleOf", "default"):
        if key in schema:
            facts[key] = schema[key]
    for key in ("enum", "x-wb-enum"):
        if key in schema:
            facts[key] = list(schema[key])
    facts["closed"] = schema.get("additionalProperties") is False
    return facts


def _alternative(node: Any, index: int) -> str:
    """Name a oneOf/anyOf alternative by its component when it has one, so inserting another
    alternative does not renumber (and so re-report) the rest."""
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return str(index)


def flatten(
    spec: Spec,
    schema: Any,
    where: str,
    required: bool | None,
    out: dict[str, Facts],
    chain: tuple[str, ...] = (),
) -> dict[str, Facts]:
    node, chain, recursive = _expand(spec, schema, chain)
    out[where] = _facts(node, required)
    if recursive:
        return out
    must = set(node.get("required") or [])
    for name, sub in (node.get("properties") or {}).items():
        flatten(spec, sub, f"{where}.{name}", name in must, out, chain)
    if isinstance(node.get("items"), dict):
        flatten(spec, node["items"], f"{where}[]", None, out, chain)
    if isinstance(node.get("additionalProperties"), dict) and node["additionalProperties"]:
        flatten(spec, node["additionalProperties"], f"{where}{{}}", None, out, chain)
    for kw in ("oneOf", "anyOf"):
        for i, alt in enumerate(node.get(kw) or []):
            flatten(spec, alt, f"{where}.{kw}[{_alternative(alt, i)}]", None, out, chain)
    return out


# --- comparing two positions -----------------------------------------------------------------------
def _show(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()  # as the YAML says it
    if isinstance(value, tuple):  # (type, format)
        kind, fmt = value
        return f"{kind or 'any'}({fmt})" if fmt else str(kind or "any")
    return "absent" if value is None else str(value)


def _type_change(where: str, old: Facts, new: Facts) -> list[Change]:
    (ok, of), (nk, nf) = old["type"], new["type"]
    if (ok, of) == (nk, nf):
        return []
    same_width = ok == nk and ok in WIDTHS and {of, nf} <= WIDTHS[ok]
    note = " (a Python int/float either way)" if same_width else ""
    return [Change(where, f"type {_show(old['type'])} -> {_show(new['type'])}{note}", not same_width)]


def _required_change(where: str, old: Facts, new: Facts, side: str) -> list[Change]:
    o, n = old["required"], new["required"]
    if o is None or n is None or o == n:
        return []
    if side == "request":
        return [Change(where, "optional -> required" if n else "required -> optional", bool(n))]
    return [Change(where, "optional -> required" if n else "required -> optional (may be absent)", not n)]


def _nullable_change(where: str, old: Facts, new: Facts, side: str) -> list[Change]:
    o, n = old["nullable"], new["nullable"]
    if o == n:
        return []
    text = "nullable -> not nullable" if o else "not nullable -> nullable"
    # a request may no longer send null; a response may now hold one
    return [Change(where, text, (side == "request") == o)]


def _enum_change(where: str, old: Facts, new: Facts, side: str) -> list[Change]:
    out: list[Change] = []
    for key in ("enum", "x-wb-enum"):
        o, n = old.get(key), new.get(key)
        if o == n:
            continue
        strict = key == "enum"
        if o is None or n is None:
            text = f"{key} introduced: {n}" if o is None else f"{key} dropped (was {o})"
            out.append(Change(where, text, strict and o is None))
            continue
        added, removed = [v for v in n if v not in o], [v for v in o if v not in n]
        if added:
            # a request may send more; a strict response enum makes the generated parser refuse the new value
            out.append(Change(where, f"{key} values added: {added}", strict and side == "response"))
        if removed:
            out.append(Change(where, f"{key} values removed: {removed}", strict and side == "request"))
    return out


def _tighter(key: str, o: Any, n: Any) -> bool:
    if o is None:
        return True  # a new bound
    if n is None:
        return False
    if key in UPPER_BOUNDS:
        return bool(n < o)
    if key in LOWER_BOUNDS:
        return bool(n > o)
    if key in ("pattern", "multipleOf"):
        return True  # cannot be ordered: a changed one may refuse a value the old one took
    return bool(n) and not o  # exclusive*/uniqueItems switched on


def _limit_change(where: str, old: Facts, new: Facts, side: str) -> list[Change]:
    out: list[Change] = []
    for key in (*UPPER_BOUNDS, *LOWER_BOUNDS, *FLAG_BOUNDS, "pattern", "multipleOf"):
        o, n = old.get(key), new.get(key)
        if o == n:
            continue
        tighter = _tighter(key, o, n)
        text = f"{key} {_show(o)} -> {_show(n)} ({'tighter' if tighter else 'looser'})"
        out.append(Change(where, text, side == "request" and tighter))
    return out


def _misc_change(where: str, old: Facts, new: Facts, side: str) -> list[Change]:
    if side != "request":
        return []
    out: list[Change] = []
    if old.get("default") != new.get("default"):
        changed = "default" in old and "default" in new  # a call that omits it now behaves differently
        text = f"default {_show(old.get('default'))} -> {_show(new.get('default'))}"
        out.append(Change(where, text, changed))
    if old["closed"] != new["closed"]:
        text = "unknown fields now refused" if new["closed"] else "unknown fields now allowed"
        out.append(Change(where, f"additionalProperties: {text}", new["closed"]))
    return out


def compare_facts(where: str, old: Facts, new: Facts, side: str) -> list[Change]:
    return [
        *_type_change(where, old, new),
        *_required_change(where, old, new, side),
        *_nullable_change(where, old, new, side),
        *_enum_change(where, old, new, side),
        *_limit_change(where, old, new, side),
        *_misc_change(where, old, new, side),
    ]


def _tops(items: Iterable[str]) -> list[str]:
    """Keep only the topmost of added (or removed) items: a removed object hides its fields."""
    chosen = sorted(items)
    kept: list[str] = []
    for item in chosen:
        if not any(item.startswith(top) and item[len(top)] in ".[{" for top in kept if len(item) > len(top)):
            kept.append(item)
    return kept


def _noun(where: str, noun: str) -> str:
    """ "body" for a request or response body as a whole (`body`, `response[200]`), else `noun`."""
    return "body" if where == "body" or re.fullmatch(r"(body|response)\[[^\]]+\]", where) else noun


def _added_text(facts: Facts, side: str, noun: str) -> tuple[str, bool]:
    kind = _show(facts["type"])
    if side == "request" and facts["required"]:
        return f"required {noun} added ({kind})", True
    return f"{'optional ' if side == 'request' else ''}{noun} added ({kind})", False


def compare_trees(old: dict[str, Facts], new: dict[str, Facts], side: str, noun: str) -> list[Change]:
    """Compare two flattened trees. Removing anything is breaking on both sides: a request loses what a
    caller sends, a response what a caller reads."""
    out: list[Change] = []
    for where in _tops(set(new) - set(old)):
        text, breaking = _added_text(new[where], side, _noun(where, noun))
        out.append(Change(where, text, breaking))
    for where in _tops(set(old) - set(new)):
        out.append(Change(where, f"{_noun(where, noun)} removed ({_show(old[where]['type'])})", True))
    for where in sorted(set(old) & set(new)):
        out += compare_facts(where, old[where], new[where], side)
    return sorted(out, key=lambda c: c.where)


# --- one operation: parameters, request body, responses --------------------------------------------
def _parameters(spec: Spec, so: SpecOperation) -> dict[str, Facts]:
    params: dict[str, Any] = {}
    for raw in [*(so.item.get("parameters") or []), *(so.op.get("parameters") or [])]:
        p = resolve(spec, raw)
        params[f"{p.get('in')}.{p.get('name')}"] = p  # operation-level ones override the path item's
    out: dict[str, Facts] = {}
    for key, p in params.items():
        flatten(spec, p.get("schema") or {}, key, bool(p.get("required")) or p.get("in") == "path", out)
        csv = p.get("x-wb-csv")
        if isinstance(csv, dict):  # a comma-joined list: its item type and count bounds are the contract
            out[key]["type"] = ("csv", csv.get("type"))
            out[key].update({k: csv[k] for k in ("minItems", "maxItems") if k in csv})
    return out


def _pair_media(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[tuple[str, Any, Any, str]]:
    """(label, old media, new media, content-type change text). With at most one media type on each
    side they are paired whatever their names (a changed content type is itself the change)."""
    if len(old) <= 1 and len(new) <= 1:
        (om, o), (nm, n) = next(iter(old.items()), (None, None)), next(iter(new.items()), (None, None))
        changed = om is not None and nm is not None and om != nm
        yield where, o, n, f"content type {om} -> {nm}" if changed else ""
        return
    for mt in sorted(set(old) | set(new)):
        yield f"{where}[{mt}]", old.get(mt), new.get(mt), ""


def _content_tree(spec: Spec, content: dict[str, Any] | None, where: str, required: bool) -> dict[str, Facts]:
    out: dict[str, Facts] = {}
    if content:
        flatten(spec, (content or {}).get("schema") or {}, where, required, out)
    return out


def _body_changes(old_spec: Spec, new_spec: Spec, old: SpecOperation, new: SpecOperation) -> list[Change]:
    ob, nb = (
        resolve(old_spec, old.op.get("requestBody") or {}),
        resolve(new_spec, new.op.get("requestBody") or {}),
    )
    out: list[Change] = []
    for label, om, nm, ctype in _pair_media("body", ob.get("content") or {}, nb.get("content") or {}):
        if ctype:
            out.append(Change(label, ctype, True))
        o_tree = _content_tree(old_spec, om, label, bool(ob.get("required")))
        n_tree = _content_tree(new_spec, nm, label, bool(nb.get("required")))
        out += compare_trees(o_tree, n_tree, "request", "field")
    return out


def _is_success(status: str) -> bool:
    return status[:1] in "23"


def _status_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    for status in sorted(set(old) ^ set(new)):
        added = status in new
        if _is_success(status):
            text = (
                "success status added (the generated parser does not know it)"
                if added
                else ("success status removed")
            )
            out.append(Change(f"response[{status}]", text, added))
        else:
            out.append(
                Change(f"response[{status}]", f"error status {'added' if added else 'removed'}", False)
            )
    return out


def _response_changes(old_spec: Spec, new_spec: Spec, old: SpecOperation, new: SpecOperation) -> list[Change]:
    o_resp, n_resp = old.op.get("responses") or {}, new.op.get("responses") or {}
    o_resp, n_resp = {str(k): v for k, v in o_resp.items()}, {str(k): v for k, v in n_resp.items()}
    out = _status_changes(o_resp, n_resp)
    for status in sorted(set(o_resp) & set(n_resp)):
        if not _is_success(status):
            continue  # error bodies: the facade parses them leniently into typed errors
        oc = resolve(old_spec, o_resp[status]).get("content") or {}
        nc = resolve(new_spec, n_resp[status]).get("content") or {}
        for label, om, nm, ctype in _pair_media(f"response[{status}]", oc, nc):
            if ctype:
                out.append(Change(label, ctype, True))
            o_tree = _content_tree(old_spec, om, label, True)
            n_tree = _content_tree(new_spec, nm, label, True)
            out += compare_trees(o_tree, n_tree, "response", "field")
    return out


# --- one operation: its x-wb-* and other operation-level facts -------------------------------------
def _sandbox_url(spec: Spec) -> str | None:
    servers = spec.get("servers") or []
    return next(
        (s.get("url") for s in servers[1:] if "sandbox" in str(s.get("description", "")).lower()), None
    )


def op_facts(spec: Spec, so: SpecOperation) -> Facts:
    """What the facade takes from an operation (the same derivations as scripts/generate.py)."""
    op, method = so.op, so.method.lower()
    rl = op.get("x-wb-ratelimit")
    return {
        "operationId": op.get("operationId", "?"),
        "tags": list(op.get("tags") or []),
        "deprecated": bool(op.get("deprecated")),
        "x-wb-category": op.get("x-wb-category"),
        "x-wb-also-categories": list(op.get("x-wb-also-categories") or []),
        "x-wb-ratelimit": {k: v for k, v in rl.items() if k not in ("x-wb-uncertain", "x-wb-source")}
        if isinstance(rl, dict)
        else None,
        "x-wb-ratelimit-409-cost": op.get("x-wb-ratelimit-409-cost", 1),
        "x-wb-4xx-cost": op.get("x-wb-4xx-cost", 1),
        "x-wb-token-types": list(op["x-wb-token-types"]) if op.get("x-wb-token-types") else None,
        "sandbox": _sandbox_url(spec) is not None and op.get("x-wb-sandbox", True) is not False,
        "write": bool(op.get("x-wb-write")) or (method not in ("get", "head") and not op.get("x-wb-read")),
        "idempotent": (method in ("get", "head", "put", "delete") and not op.get("x-wb-write"))
        or bool(op.get("x-wb-idempotent")),
        "x-wb-requires-one-of": list(op.get("x-wb-requires-one-of") or []),
        "servers": [s.get("url") for s in (op.get("servers") or so.item.get("servers") or [])],
    }


def _seconds(value: Any) -> float:
    m = re.match(r"^(\d+(?:\.\d+)?)(ms|s|m|h)$", str(value))
    if not m:
        return 0.0
    return float(m.group(1)) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def _rate_text(rl: dict[str, Any] | None) -> str:
    if not rl:
        return "none"
    return (
        f"{rl.get('limit')} per {rl.get('period')} (interval {rl.get('interval')}, burst {rl.get('burst')})"
    )


def _rate_tighter(o: dict[str, Any], n: dict[str, Any]) -> bool:
    def per_second(rl: dict[str, Any]) -> float:
        return float(rl.get("limit") or 0) / (_seconds(rl.get("period")) or 1.0)

    return (
        per_second(n) < per_second(o)
        or _seconds(n.get("interval")) > _seconds(o.get("interval"))
        or (n.get("burst") or 0) < (o.get("burst") or 0)
    )


NUMBERS = ("period", "limit", "interval", "burst")
OTHER_TOKEN_TYPES = ("service", "base_with_secret", "base", "test")  # the top row is the Personal one


def _row(rl: dict[str, Any] | None, token_type: str) -> dict[str, Any] | None:
    """A token type's row: its by-token-type entry (in the top row's bucket unless it names one),
    else the top row."""
    if not rl:
        return None
    top = {k: rl.get(k) for k in (*NUMBERS, "bucket")}
    row = (rl.get("by-token-type") or {}).get(token_type)
    return (
        top
        if not isinstance(row, dict)
        else {**{k: row.get(k) for k in NUMBERS}, "bucket": row.get("bucket", top["bucket"])}
    )


def _numbers(rl: dict[str, Any] | None) -> list[Any]:
    return [(rl or {}).get(k) for k in NUMBERS]


def _rate_change(where: str, orl: dict[str, Any] | None, nrl: dict[str, Any] | None) -> Change:
    tighter = orl is None or (nrl is not None and _rate_tighter(orl, nrl))
    text = f"{_rate_text(orl)} -> {_rate_text(nrl)} ({'lower' if tighter else 'higher'})"
    return Change(where, text, tighter)


def _ratelimit_changes(o: Facts, n: Facts) -> list[Change]:
    out: list[Change] = []
    orl, nrl = o["x-wb-ratelimit"], n["x-wb-ratelimit"]
    if _numbers(orl) != _numbers(nrl):
        out.append(_rate_change("x-wb-ratelimit", orl, nrl))
    if (orl or {}).get("bucket") != (nrl or {}).get("bucket"):
        text = f"bucket {(orl or {}).get('bucket')} -> {(nrl or {}).get('bucket')}"
        out.append(Change("x-wb-ratelimit.bucket", text, True))
    # the other token types' rows: reported where a type does not simply follow the top row
    otop, ntop = _row(orl, "personal"), _row(nrl, "personal")
    for token_type in OTHER_TOKEN_TYPES:
        orow, nrow = _row(orl, token_type), _row(nrl, token_type)
        where = f"x-wb-ratelimit.by-token-type.{token_type}"
        follows = _numbers(orow) == _numbers(otop) and _numbers(nrow) == _numbers(ntop)
        if _numbers(orow) != _numbers(nrow) and not follows:  # else the top row's change says it
            out.append(_rate_change(where, orow, nrow))
        obucket, nbucket = (orow or {}).get("bucket"), (nrow or {}).get("bucket")
        follows = obucket == (otop or {}).get("bucket") and nbucket == (ntop or {}).get("bucket")
        if obucket != nbucket and not follows:
            out.append(Change(f"{where}.bucket", f"bucket {obucket} -> {nbucket}", True))
    oscope, nscope = (orl or {}).get("scope", "account"), (nrl or {}).get("scope", "account")
    if oscope != nscope:
        # counted per host: one budget for every client and account of the process
        out.append(Change("x-wb-ratelimit.scope", f"{oscope} -> {nscope}", nscope == "host"))
    oc, nc = o["x-wb-ratelimit-409-cost"], n["x-wb-ratelimit-409-cost"]
    if oc != nc:
        out.append(Change("x-wb-ratelimit-409-cost", f"{oc} -> {nc}", nc > oc))
    oc, nc = o["x-wb-4xx-cost"], n["x-wb-4xx-cost"]
    if oc != nc:
        out.append(Change("x-wb-4xx-cost", f"{oc} -> {nc}", nc > oc))
    otypes, ntypes = o["x-wb-token-types"], n["x-wb-token-types"]
    if otypes != ntypes:
        # a type no longer listed is refused before sending; every type listed again is not
        narrowed = ntypes is not None and (otypes is None or bool(set(otypes) - set(ntypes)))
        show = [t or "every token type" for t in (otypes, ntypes)]
        out.append(Change("x-wb-token-types", f"{show[0]} -> {show[1]}", narrowed))
    return out


# flag -> (the value whose arrival breaks a client, or None for never; what each value means)
FLAGS: dict[str, tuple[bool | None, dict[bool, str]]] = {
    "deprecated": (None, {True: "the facade warns once per process", False: "current again"}),
    "sandbox": (False, {True: "served in the sandbox", False: "no sandbox"}),
    "write": (True, {True: "a write: refused to read-only tokens, never repeated", False: "a read"}),
    "idempotent": (None, {True: "the facade may repeat it", False: "the facade no longer repeats it"}),
}


def _flag(o: Facts, n: Facts, key: str) -> list[Change]:
    if o[key] == n[key]:
        return []
    breaks_on, meaning = FLAGS[key]
    return [Change(key, f"{_show(o[key])} -> {_show(n[key])} ({meaning[n[key]]})", n[key] == breaks_on)]


def _listed(o: Facts, n: Facts, key: str, removing_breaks: bool) -> list[Change]:
    """A list-valued key: with `removing_breaks`, losing an entry breaks (also-categories); otherwise
    having any entries after a change breaks (requires-one-of: a new constraint on calls)."""
    if o[key] == n[key]:
        return []
    removed = [v for v in o[key] if v not in n[key]]
    breaking = bool(removed) if removing_breaks else bool(n[key])
    return [Change(key, f"{o[key]} -> {n[key]}", breaking)]


def operation_changes(old: Facts, new: Facts) -> list[Change]:
    out: list[Change] = []
    for key in ("operationId", "tags", "x-wb-category"):  # the generated name / module, the token needed
        if old[key] != new[key]:
            out.append(Change(key, f"{_show(old[key])} -> {_show(new[key])}", True))
    out += _listed(old, new, "x-wb-also-categories", removing_breaks=True)
    out += _ratelimit_changes(old, new)
    for key in FLAGS:
        out += _flag(old, new, key)
    out += _listed(old, new, "x-wb-requires-one-of", removing_breaks=False)
    if old["servers"] != new["servers"]:  # the facade sends the request where the spec says
        hosts = [h or ["the spec's host"] for h in (old["servers"], new["servers"])]
        out.append(Change("servers", f"{hosts[0]} -> {hosts[1]}", False))
    return out


# --- specs: pair the operations --------------------------------------------------------------------
def _operations(spec: Spec, name: str) -> dict[tuple[str, str], SpecOperation]:
    return {(so.method, so.path): so for so in iter_operations(spec, Path(f"{name}.yaml"))}


def _op_diff(spec: str, so: SpecOperation, changes: list[Change]) -> OpDiff:
    return OpDiff(spec, so.method, so.path, str(so.op.get("operationId", "?")), changes)


def compare_operation(old_spec: Spec, new_spec: Spec, old: SpecOperation, new: SpecOperation) -> list[Change]:
    changes = operation_changes(op_facts(old_spec, old), op_facts(new_spec, new))
    changes += compare_trees(_parameters(old_spec, old), _parameters(new_spec, new), "request", "parameter")
    changes += _body_changes(old_spec, new_spec, old, new)
    changes += _response_changes(old_spec, new_spec, old, new)
    return changes


def _moves(
    old_ops: dict[tuple[str, str], SpecOperation], new_ops: dict[tuple[str, str], SpecOperation]
) -> dict[tuple[str, str], tuple[str, str]]:
    """new key -> old key for an operation whose path or method changed but whose operationId stayed
    (operationIds are stable by convention, so this is the same operation, moved)."""
    gone = {str(so.op.get("operationId")): key for key, so in old_ops.items() if key not in new_ops}
    return {
        key: gone[str(so.op.get("operationId"))]
        for key, so in new_ops.items()
        if key not in old_ops and str(so.op.get("operationId")) in gone
    }


def _spec_file_changes(old: Spec | None, new: Spec | None) -> list[Change]:
    if old is None or new is None:
        count = len(list(iter_operations(new or old or {}, Path("x.yaml"))))
        state = "added" if old is None else "removed"
        return [Change("spec", f"spec file {state} ({count} operations)", old is not None)]
    o_urls = [s.get("url") for s in old.get("servers") or []]
    n_urls = [s.get("url") for s in new.get("servers") or []]
    if o_urls != n_urls:  # the facade follows the hosts the spec names; sandbox loss shows per operation
        return [Change("servers", f"{o_urls} -> {n_urls}", False)]
    return []


def compare_spec(name: str, old: Spec | None, new: Spec | None) -> list[OpDiff]:
    diffs = [OpDiff(name, changes=_spec_file_changes(old, new))]
    old_ops, new_ops = _operations(old or {}, name), _operations(new or {}, name)
    moves = _moves(old_ops, new_ops)
    moved_from = set(moves.values())
    for key, so in new_ops.items():
        if key in old_ops or key in moves:
            was = old_ops[key] if key in old_ops else old_ops[moves[key]]
            changes = compare_operation(old or {}, new or {}, was, so)
            if key in moves:
                changes.insert(0, Change("operation", f"operation moved from {was.method} {was.path}", True))
            diffs.append(_op_diff(name, so, changes))
        else:
            diffs.append(_op_diff(name, so, [Change("operation", "operation added", False)]))
    for key, so in old_ops.items():
        if key not in new_ops and key not in moved_from:
            diffs.append(_op_diff(name, so, [Change("operation", "operation removed", True)]))
    return [d for d in diffs if d.changes]


def diff_specs(old: dict[str, Spec], new: dict[str, Spec]) -> list[OpDiff]:
    diffs = [
        d for name in sorted(set(old) | set(new)) for d in compare_spec(name, old.get(name), new.get(name))
    ]
    return sorted(diffs, key=OpDiff.sort_key)


# --- CHANGELOG.md acknowledgements -----------------------------------------------------------------
BREAKING_WORD = re.compile(r"(?<![\w-])breaking\b", re.IGNORECASE)


def unreleased_entries(text: str) -> list[str]:
    """The entries of the Unreleased section: each top-level bullet (or paragraph) with the lines that
    continue it, so an entry wrapped over several lines still counts as one."""
    entries: list[str] = []
    inside, fresh = False, True
    for line in text.splitlines():
        if re.match(r"^##\s", line):
            inside = bool(re.match(r"^##\s*\[?unreleased\]?", line, re.IGNORECASE))
            fresh = True
            continue
        if not inside or line.startswith("#"):
            fresh = True
            continue
        if not line.strip():
            fresh = True
            continue
        top_level = re.match(r"^[-*+]\s", line) is not None
        if top_level or (fresh and not line[:1].isspace()) or not entries:
            entries.append(line)
        else:
            entries[-1] += "\n" + line
        fresh = False
    return entries


def _names(diff: OpDiff) -> list[re.Pattern[str]]:
    spec_file = re.compile(rf"(?<![\w.-]){re.escape(diff.spec)}\.yaml\b")
    if not diff.method:
        return [spec_file]
    oid = re.escape(diff.operation_id)
    return [
        spec_file,
        re.compile(rf"(?<![\w.]){oid}(?!\w)"),  # bare; `content.x` is not a bare `x`
        re.compile(rf"(?<![\w.]){re.escape(diff.spec)}\.{oid}(?!\w)"),
        re.compile(
            rf"(?<![\w.]){re.escape(diff.spec)}\s+{diff.method}\s+{re.escape(diff.path)}(?![\w/{{}}-])"
        ),
    ]


def _names_item(entry: str, where: str) -> bool:
    return re.search(rf"(?<![\w.\[\]-]){re.escape(where)}(?![\w\[\]{{}}-]|\.\w)", entry) is not None


def acknowledge(diffs: list[OpDiff], changelog: str) -> None:
    entries = unreleased_entries(changelog)
    for diff in diffs:
        names = _names(diff)
        mine = [e for e in entries if any(p.search(e) for p in names)]
        for change in diff.changes:
            if change.breaking and any(BREAKING_WORD.search(e) or _names_item(e, change.where) for e in mine):
                diff.acknowledged.add(change)


# --- report ----------------------------------------------------------------------------------------
def render(diffs: list[OpDiff], header: str) -> str:
    lines = [header, ""]
    if not diffs:
        lines += ["no changes in the specs", ""]
    for diff in diffs:
        lines.append(diff.name)
        for c in diff.changes:
            label = "BREAKING" if c.breaking else "non-breaking"
            ack = "  [acknowledged]" if c in diff.acknowledged else ""
            what = c.text if c.where in WHOLE else f"{c.where}: {c.text}"
            lines.append(f"  {label:<13} {what}{ack}")
        lines.append("")
    lines.append(summary(diffs))
    return "\n".join(lines)


def summary(diffs: list[OpDiff]) -> str:
    ops = [d for d in diffs if d.method]
    added = sum(1 for d in ops if d.changes[0].text == "operation added")
    removed = sum(1 for d in ops if d.changes[0].text == "operation removed")
    changes = [c for d in diffs for c in d.changes]
    breaking = [c for c in changes if c.breaking]
    unack = sum(len([c for c in d.changes if c.breaking and c not in d.acknowledged]) for d in diffs)
    return (
        f"summary: {len(ops)} operations changed ({added} added, {removed} removed, "
        f"{len(ops) - added - removed} modified); {len(changes)} changes: {len(breaking)} breaking "
        f"({unack} unacknowledged), {len(changes) - len(breaking)} non-breaking"
    )


def unacknowledged(diffs: list[OpDiff]) -> int:
    return sum(1 for d in diffs for c in d.changes if c.breaking and c not in d.acknowledged)


# --- command line ----------------------------------------------------------------------------------
def _parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--base", help="git ref whose specs are the old side (e.g. HEAD~1, v0.1.0)")
    src.add_argument("--base-dir", type=Path, help="a directory of old specs instead of a git ref")
    ap.add_argument("--repo", type=Path, default=ROOT, help="the git repository (default: this one)")
    ap.add_argument("--specs", type=Path, help="the new specs (default: <repo>/specs)")
    ap.add_argument("--changelog", type=Path, help="default: <repo>/CHANGELOG.md")
    ap.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 on an unacknowledged breaking change"
    )
    ap.add_argument("--missing-base-ok", action="store_true", help="no BASE commit: print a note, exit 0")
    return ap.parse_args(argv)


def _relative(specs: Path, repo: Path) -> str:
    try:
        return specs.resolve().relative_to(repo.resolve()).as_posix()
    except ValueError:
        return "specs"  # a specs directory outside the repository: compare with the repository's specs/


def _shown(path: Path) -> str:
    try:
        return f"{path.resolve().relative_to(Path.cwd())}/"
    except ValueError:
        return str(path)


def _old_side(args: argparse.Namespace, specs: Path) -> tuple[dict[str, Spec], str]:
    if args.base_dir is not None:
        return load_dir(args.base_dir), _shown(args.base_dir)
    return load_git(args.repo, args.base, _relative(specs, args.repo)), args.base


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    specs = args.specs or args.repo / "specs"
    try:
        old, label = _old_side(args, specs)
    except BaseMissing as exc:
        if args.missing_base_ok:
            print(f"spec diff: nothing to compare ({exc}: a first commit or a shallow clone)")
            return 0
        print(f"spec diff: {exc}", file=sys.stderr)
        return 2
    diffs = diff_specs(old, load_dir(specs))
    changelog = args.changelog or args.repo / "CHANGELOG.md"
    acknowledge(diffs, changelog.read_text(encoding="utf-8") if changelog.is_file() else "")
    print(render(diffs, f"spec diff: {_shown(specs)} against {label}"))
    missing = unacknowledged(diffs)
    if args.fail_on_breaking and missing:
        print(
            f"spec diff: {missing} breaking change(s) not acknowledged: name each in the Unreleased section "
            f"of {changelog} (the rule is at the top of CHANGELOG.md)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
