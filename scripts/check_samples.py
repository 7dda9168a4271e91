"""Round-trip every JSON sample in WB's docs through the generated models.

For each request/response sample of a documented operation: the generated model parses it
(from_dict) and gives back the same keys and values (to_dict), and every key the sample shows
is declared in the spec's schema (not merely swallowed as an additional property).

    python scripts/check_samples.py [--spec NAME] [-v]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generated_modules
from speclib import SPECS_DIR, SpecOperation, iter_operations, load_spec, resolve, spec_paths
from wbchanges import read_changes, superseded
from wbdocs import DocOperation, Sample, read_docs
from wbfacts import DOCS_DIR


@dataclass
class Case:
    doc: DocOperation
    sample: Sample
    index: int
    spec_op: SpecOperation | None
    spec: dict[str, Any] | None

    @property
    def id(self) -> str:
        return f"{self.doc.file}:{self.doc.title}:{self.sample.kind}{self.index}"


def undeclared(spec: dict[str, Any], schema: Any, value: Any, where: str = "$") -> list[str]:
    """Keys in value that the schema does not declare (recursively)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    for combo in ("allOf", "oneOf", "anyOf"):
        if combo in schema:
            variants = [resolve(spec, s) for s in schema[combo]]
            if combo == "allOf":
                merged: dict[str, Any] = {"properties": {}}
                for v in variants:
                    merged["properties"].update(v.get("properties", {}))
                    if v.get("additionalProperties"):
                        merged["additionalProperties"] = v["additionalProperties"]
                    if "items" in v:
                        merged["items"] = v["items"]
                return undeclared(spec, merged, value, where)
            results = [undeclared(spec, v, value, where) for v in variants]
            return min(results, key=len) if results else []
    problems: list[str] = []
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for k, v in value.items():
            if k in props:
                problems += undeclared(spec, props[k], v, f"{where}.{k}")
            elif isinstance(extra, dict):
                problems += undeclared(spec, extra, v, f"{where}.{k}")
            elif not extra:
                problems.append(f"{where}.{k}")
    elif isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value[:3]):
            problems += undeclared(spec, schema["items"], v, f"{where}[{i}]")
    return problems


def _has_data(value: Any) -> bool:
    """False for the docs' fully collapsed array samples, `[ { } ]`: items shown without fields."""
    return not (isinstance(value, list) and value and all(v == {} for v in value))


def _to_plain(obj: Any) -> Any:
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, list):
        return [_to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _to_plain(v) for k, v in obj.items()}
    return obj


def _body_from(annotation: Any, value: Any) -> Any:
    """Build the generated body object for a `body` annotation like Model | list[Model]."""
    # `A | B` lists its variants; a bare `list[int]` (a required root array) is one variant itself
    is_union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    args = typing.get_args(annotation) if is_union else (annotation,)
    errors = []
    for arg in args:
        origin = typing.get_origin(arg)
        try:
            if origin is list:
                (item,) = typing.get_args(arg)
                if hasattr(item, "from_dict"):
                    return [item.from_dict(x) for x in value]
                return list(value)
            if hasattr(arg, "from_dict"):
                return arg.from_dict(value)
        except Exception as e:  # try the next variant
            errors.append(f"{arg}: {e!r}")
    raise TypeError("no body type accepted the sample: " + "; ".join(errors))


@functools.cache
def _changes() -> list[Any]:
    return read_changes()[0]


def check_case(case: Case, modules: dict[str, dict[tuple[str, str], str]]) -> list[str]:
    """What keeps the sample from round-tripping; for a sample a recorded WB change outdates
    (specs/changes/, `superseded`), the reverse: it must no longer fit."""
    so = case.spec_op
    change = so and superseded(_changes(), so.spec, str(so.op.get("operationId")), case.sample.kind)
    problems = _check_case(case, modules)
    if change is None:
        return problems
    if problems or case.sample.value is None or not _has_data(case.sample.value):
        return []
    return [f"{so.name}: the spec still takes the {case.sample.kind} sample {change.id} outdates"]


def _check_case(case: Case, modules: dict[str, dict[tuple[str, str], str]]) -> list[str]:
    if case.spec_op is None or case.spec is None:
        return [f"no spec operation for {case.doc.source}"]
    so, spec, sample = case.spec_op, case.spec, case.sample
    if sample.value is None:
        return []  # plain-text samples: nothing to round-trip
    if not _has_data(sample.value):
        return []  # the docs collapsed it to "[ { } ]": no fields to check
    from generate import _shape

    modname = modules[so.spec].get((so.method, _shape(so.path)))
    if modname is None:
        return [f"no generated function for {so.name}"]
    mod = importlib.import_module(modname)
    if sample.kind == "request":
        body_spec = resolve(spec, so.op.get("requestBody") or {})
        media = (body_spec.get("content") or {}).get("application/json")
        if media is None:
            return [f"{so.name}: the docs show a JSON request sample but the spec has no JSON body"]
        hints = typing.get_type_hints(mod._get_kwargs)
        if "body" not in hints:
            return [f"{so.name}: generated function takes no body"]
        try:
            body = _body_from(hints["body"], sample.value)
        except TypeError as e:
            return [f"{so.name}: request sample does not parse: {e}"]
        problems = []
        if _to_plain(body) != sample.value:
            problems.append(f"{so.name}: request sample does not round-trip: {_to_plain(body)!r}")
        problems += [
            f"{so.name}: request key {k} not declared"
            for k in undeclared(spec, media.get("schema"), sample.value)
        ]
        return problems
    # responses: the first declared status whose schema takes the sample without loss
    responses = {str(k): resolve(spec, v) for k, v in (so.op.get("responses") or {}).items()}
    order = [s for s in sample.statuses if s in responses] + [s for s in responses if s.startswith("2")]
    order += [s for s in responses if s not in order]
    attempts = []
    client = importlib.import_module(modname.split(".api.")[0] + ".client").Client(
        base_url="http://x", raise_on_unexpected_status=False
    )
    for status in order:
        content = responses[status].get("content") or {}
        # JSON under any JSON media type (WB's errors are application/problem+json)
        media = next((m for t, m in content.items() if t == "application/json" or t.endswith("+json")), None)
        if media is None:
            continue
        try:
            parsed = mod._parse_response(
                client=client, response=httpx.Response(int(status), json=sample.value)
            )
        except Exception as e:
            attempts.append(f"{status}: parse failed: {e!r}")
            continue
        got = _to_plain(parsed)
        extra = undeclared(spec, media.get("schema"), sample.value)
        if got == sample.value and not extra:
            return []
        attempts.append(
            f"{status}: "
            + (
                "keys not declared: " + ", ".join(extra[:8])
                if got == sample.value
                else f"round-trip differs: {json.dumps(got, ensure_ascii=False)[:300]}"
            )
        )
    return [f"{so.name}: response sample fits no declared response: " + " | ".join(attempts)]


def collect(docs_dir: Path = DOCS_DIR, specs_dir: Path = SPECS_DIR) -> list[Case]:
    specs = {p.stem: (p, load_spec(p)) for p in spec_paths(specs_dir)}
    by_source: dict[str, list[tuple[SpecOperation, dict[str, Any]]]] = {}
    for _name, (p, spec) in specs.items():
        for so in iter_operations(spec, p):
            for src in so.sources:
                by_source.setdefault(src, []).append((so, spec))
    cases = []
    for d in read_docs(docs_dir):
        found = [
            (so, spec)
            for so, spec in by_source.get(d.source, [])
            if so.path == d.path and (d.method is None or so.method == d.method)
        ]
        so, spec = found[0] if found else (None, None)
        for i, s in enumerate(d.samples):
            cases.append(Case(d, s, i, so, spec))
    return cases


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", help="only samples of operations in this spec")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    cases = collect()
    if args.spec:
        cases = [c for c in cases if c.spec_op is not None and c.spec_op.spec == args.spec]
    modules = {name: generated_modules(name) for name in {c.spec_op.spec for c in cases if c.spec_op}}
    failures = 0
    for c in cases:
        problems = check_case(c, modules)
        failures += bool(problems)
        for p in problems:
            print(f"{c.id}: {p}")
        if args.verbose and not problems:
            print(f"{c.id}: ok")
    print(f"samples: {len(cases)} checked, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
