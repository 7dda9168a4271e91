"""The codegen step of `make generate`: after openapi-python-client wrote a package per spec, write
what the facade needs beside it, as plain source (run by scripts/generate.py):

- wbseller_raw/_runtime/operation.py, shape.py: the Operation, Answer and Shape classes (copied
  from scripts/codegen/runtime/);
- wbseller_raw/<spec>/ops.py: one typed constant per operation (UPPER_SNAKE of its operationId):
  route, category, limit rows, flags, body type, answer per status, how to build the request;
- wbseller_raw/<spec>/_shapes/: each model's field table and check-and-build functions, and the
  answers that are not one model (shapes.py);
- wbseller_raw/index.py: a spec's ops module by name, imported on first use.

The spec gives the facts; the freshly generated package, imported here, gives the names and types
(read.py). Output is byte-identical between runs (sorted, then formatted by the pinned ruff).
"""

from __future__ import annotations

import datetime
import functools
import operator
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

from speclib import SPECS_DIR, SpecOperation, iter_operations

from . import read, requests, shapes
from .render import Names

DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s|m|h)$")
UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
RUNTIME = Path(__file__).resolve().parent / "runtime"
# x-wb-* keys that have an attribute of their own, or only document (sources, changes, doubts)
OWN_KEYS = frozenset(
    {
        "x-wb-category",
        "x-wb-also-categories",
        "x-wb-ratelimit",
        "x-wb-ratelimit-409-cost",
        "x-wb-idempotent",
        "x-wb-write",
        "x-wb-read",
        "x-wb-sandbox",
        "x-wb-removed",
        "x-wb-temporarily-disabled",
        "x-wb-token-types",
        "x-wb-4xx-cost",
    }
)
DOC_KEYS = frozenset({"x-wb-source", "x-wb-changes", "x-wb-uncertain"})


def seconds(value: Any) -> float:
    m = DURATION.match(str(value).strip())
    if not m:
        raise ValueError(f"bad duration {value!r} (use e.g. 200ms, 1s, 6s, 1m)")
    return round(float(m.group(1)) * UNITS[m.group(2)], 6)


# --- the facts of an operation, from its spec -------------------------------------------------------
def spec_operations(name: str, spec: dict[str, Any]) -> Iterator[SpecOperation]:
    return iter_operations(spec, SPECS_DIR / f"{name}.yaml")


TOKEN_TYPES = ("personal", "service", "base_with_secret", "base", "test")  # as the runtime's


def host(spec: dict[str, Any]) -> dict[str, Any]:
    """A spec's production and sandbox base URLs and its security scheme (tables.py and index.py)."""
    servers = spec.get("servers", [])
    return {
        "production": servers[0]["url"],
        "sandbox": next(
            (s["url"] for s in servers[1:] if "sandbox" in s.get("description", "").lower()), None
        ),
        "auth": next(iter(spec["components"]["securitySchemes"])),
    }


def facts(so: SpecOperation, spec: dict[str, Any]) -> dict[str, Any]:
    """What the spec says about an operation, as the facade reads it (tables.py and ops.py)."""
    op, method = so.op, so.method.lower()
    rl = op["x-wb-ratelimit"]
    servers = spec.get("servers", [])
    sandbox_host = any("sandbox" in s.get("description", "").lower() for s in servers[1:])
    override = op.get("servers") or so.item.get("servers")
    limits = token_type_limits(rl)
    return {
        "spec": so.spec,
        "operation_id": op["operationId"],
        "method": method.upper(),
        "path": so.path,
        "category": op["x-wb-category"],
        "also_categories": tuple(op.get("x-wb-also-categories", ())),
        "bucket": limits["personal"]["bucket"],
        # per token type: its bucket and numbers (a type the spec gives no row uses the Personal
        # row); which types may call it (None: every type); who shares the count; what a 4xx costs
        "limits": limits,
        "token_types": tuple(op["x-wb-token-types"]) if "x-wb-token-types" in op else None,
        "scope": rl.get("scope", "account"),
        "cost_409": int(op.get("x-wb-ratelimit-409-cost", 1)),
        "cost_4xx": int(op.get("x-wb-4xx-cost", 1)),
        # safe to send again: HTTP-idempotent methods (but not GETs that change state), or what
        # the spec marks so
        "idempotent": (method in ("get", "head", "put", "delete") and not op.get("x-wb-write"))
        or bool(op.get("x-wb-idempotent", False)),
        # changes state (a read-only token may not call it): all but GETs and POST reads, plus
        # the GETs WB uses for actions (x-wb-write: start/pause/stop a campaign)
        "write": bool(op.get("x-wb-write"))
        or (method not in ("get", "head") and not op.get("x-wb-read", False)),
        "read": bool(op.get("x-wb-read", False)),
        "sandbox": sandbox_host and bool(op.get("x-wb-sandbox", True)),
        "deprecated": bool(op.get("deprecated", False)),
        # WB no longer serves it (x-wb-removed): the day it was gone by, and what replaces it
        "removed": removed(op.get("x-wb-removed")),
        # WB marks it temporarily disabled (x-wb-temporarily-disabled): since when, and why
        "temporarily_disabled": disabled(op.get("x-wb-temporarily-disabled")),
        "server": override[0]["url"] if override else None,
        "extensions": {
            k: plain(v) for k, v in op.items() if k.startswith("x-wb-") and k not in OWN_KEYS | DOC_KEYS
        },
    }


def token_type_limits(rl: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """x-wb-ratelimit per token type: {type: {bucket, limit, period, burst}}. The top row is the
    Personal one; `by-token-type` gives the others, each in the top row's bucket unless it names
    its own; a type it does not name uses the top row."""
    top = {"bucket": rl["bucket"], "limit": int(rl["limit"]), "period": seconds(rl["period"])}
    top["burst"] = int(rl["burst"])
    out: dict[str, dict[str, Any]] = {}
    for token_type in TOKEN_TYPES:
        row = (rl.get("by-token-type") or {}).get(token_type)
        if row is None or token_type == "personal":
            out[token_type] = dict(top)
        else:
            out[token_type] = {
                "bucket": row.get("bucket", top["bucket"]),
                "limit": int(row["limit"]),
                "period": seconds(row["period"]),
                "burst": int(row["burst"]),
            }
    return out


def removed(mark: dict[str, Any] | None) -> dict[str, Any] | None:
    if not mark:
        return None
    date = mark["date"]
    return {"date": None if date is None else str(date), "successors": tuple(mark.get("successors") or ())}


def disabled(mark: dict[str, Any] | None) -> dict[str, str] | None:
    if not mark:
        return None
    return {"since": str(mark["since"]), "note": str(mark.get("note", ""))}


def plain(value: Any) -> Any:
    """A spec value as plain data: documentation keys left out, dates as ISO strings, lists as
    tuples."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k not in DOC_KEYS}
    if isinstance(value, list | tuple):
        return tuple(plain(v) for v in value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# --- ops.py ------------------------------------------------------------------------------------------
def constant_name(operation_id: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id)
    return re.sub(r"\W+", "_", name).strip("_").upper()


def literal(value: Any) -> str:
    """Plain data as a Python literal."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        items = ", ".join(literal(v) for v in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    raise SystemExit(f"codegen: cannot write {value!r} as plain data")


def union(hints: list[Any]) -> Any:
    unique: list[Any] = []
    for h in hints:
        if not any(h == u for u in unique):
            unique.append(h)
    if not unique:
        return None
    return functools.reduce(operator.or_, [type(None) if h is None else h for h in unique])


OPS_HEADER = '''"""The operations of {title} (specs/{spec}.yaml), one constant each.

    from wbseller_raw.{spec} import ops
    ops.{example}.path, ops.{example}.bucket, ops.{example}.build_request(...)

Importing this module builds the constants only: an operation's api module, models and answer
shapes are imported on its first use. Generated by scripts/codegen. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._runtime.operation import {runtime}
'''


class SpecWriter:
    def __init__(self, out: Path, name: str, spec: dict[str, Any]) -> None:
        self.out, self.name, self.spec = out, name, spec
        self.pkg = read.Package(name)
        self.api_modules = api_modules(out, name)
        self.typing = Names(self.pkg.dotted, ".")

    def write(self) -> list[Path]:
        written: list[Path] = []
        shapes_dir = self.out / self.name / "_shapes"
        if shapes_dir.exists():
            shutil.rmtree(shapes_dir)
        shapes_dir.mkdir()
        init = shapes_dir / "__init__.py"
        init.write_text(
            '"""Each model\'s field table and check-and-build functions (see _runtime/shape.py), one\n'
            "module per model, and the answers that are not one model. Generated by scripts/codegen.\n"
            'Do not edit."""\n',
            encoding="utf-8",
        )
        written.append(init)
        for cls in self.pkg.models:
            path = shapes_dir / f"{self.pkg.module_of(cls)}.py"
            path.write_text(shapes.model_module(self.pkg, cls), encoding="utf-8")
            written.append(path)
        blocks: list[str] = []
        constants: list[str] = []
        operations = list(spec_operations(self.name, self.spec))
        path = self.out / self.name / "_requests.py"
        path.write_text(requests.module(self.name, self.spec, operations), encoding="utf-8")
        written.append(path)
        for so in operations:
            block, extra = self.operation(so, shapes_dir)
            blocks.append(block)
            written += extra
            constants.append(constant_name(so.op["operationId"]))
        if len(set(constants)) != len(constants):
            raise SystemExit(f"codegen: specs/{self.name}.yaml: two operationIds make one constant name")
        used = "\n".join(blocks)
        names = ("NO_BODY", "NOT_JSON", "Answer", "Disabled", "Removed")
        runtime = [n for n in names if f"{n}(" in used or f"({n})" in used]
        head = OPS_HEADER.format(
            title=self.spec["info"]["title"],
            spec=self.name,
            example=constants[0] if constants else "X",
            runtime=", ".join([*runtime, "Limit", "Loaded", "Operation", "Schemas"]),
        )
        checking = self.typing.imports(indent="    ")
        text = head + ("\nif TYPE_CHECKING:\n" + "\n".join(checking) + "\n" if checking else "")
        text += (
            "\n\ndef _schemas() -> Schemas:\n"
            '    """The spec\'s request schemas (_requests.py), imported on first use."""\n'
            "    from ._requests import SCHEMAS\n\n    return SCHEMAS\n"
        )
        text += "\n\n" + "\n\n\n".join(blocks) + "\n\n\n"
        text += "# operationId -> its constant\nOPERATIONS: dict[str, Operation[Any, Any]] = {\n"
        text += "".join(f"    {c}.operation_id: {c},\n" for c in constants) + "}\n"
        ops = self.out / self.name / "ops.py"
        ops.write_text(text, encoding="utf-8")
        written.append(ops)
        return written

    def operation(self, so: SpecOperation, shapes_dir: Path) -> tuple[str, list[Path]]:
        f = facts(so, self.spec)
        op_id = f["operation_id"]
        dotted = self.api_modules.get((f["method"], path_shape(so.path)))
        if dotted is None:
            raise SystemExit(f"codegen: no generated function for {so.spec}.{op_id}")
        api = import_module(dotted)
        api_name = dotted.rsplit(".", 1)[1]
        found = read.answers(api)
        body = read.body_type(api)
        const = constant_name(op_id)
        written: list[Path] = []
        # the loader: what the first use imports
        runtime = Names(self.pkg.dotted, ".")
        body_src = runtime.spell(body) if body is not None else "None"
        loads = [f"    from {_relative(dotted, self.pkg.dotted)} import {api_name} as api"]
        answers: list[str] = []
        roots: dict[int, Any] = {}
        for status, a in found.items():
            if a.type == read.NO_BODY:
                answers.append(f"{status}: Answer(NO_BODY)")
            elif a.type == read.NOT_JSON:
                answers.append(f"{status}: Answer(NOT_JSON)")
            elif status >= 400:  # the type only: the facade maps errors in its transport
                answers.append(f"{status}: Answer({runtime.spell(a.type)})")
            elif read.is_model(a.type):
                module = self.pkg.module_of(a.type)
                loads.append(f"    from ._shapes import {module} as s_{module}")
                answers.append(f"{status}: s_{module}.SHAPE")
            else:
                roots[status] = a.type
                answers.append(f"{status}: answers.ANSWER_{status}")
        if roots:
            path = shapes_dir / f"_{api_name}.py"
            path.write_text(shapes.answers_module(self.pkg, api_name, roots), encoding="utf-8")
            written.append(path)
            loads.append(f"    from ._shapes import _{api_name} as answers")
        loads = runtime.imports(indent="    ") + sorted(set(loads), key=loads.index)
        loader = [
            f"def _load_{op_id}() -> Loaded:",
            *loads,
            "    return Loaded(",
            "        api, api._get_kwargs, api._build_response, api.Response,",
            f"        {body_src}, {{{', '.join(answers)}}}",
            "    )",
        ]
        # the constant, typed: Operation[body, what the success answers parse to]
        success = [a.python for s, a in found.items() if 200 <= s < 300]
        body_t = self.typing.spell(body) if body is not None else "None"
        result_t = self.typing.spell(union(success)) if success else "None"
        args = [repr(so.spec), repr(op_id), repr(f["method"]), repr(so.path)]
        args += [f"{k}={v}" for k, v in keywords(f).items()]
        args += [f"params={literal(read.params(api))}", f"statuses={literal(tuple(sorted(found)))}"]
        args += [f"module={dotted!r}", f"load=_load_{op_id}", "schemas=_schemas"]
        summary = " ".join(str(so.op.get("summary", "")).split())
        constant = [
            f"{const}: Operation[{body_t}, {result_t}] = Operation(",
            *(f"    {a}," for a in args),
            ")",
            f'"""{f["method"]} {so.path}: {summary}"""' if summary else f'"""{f["method"]} {so.path}"""',
        ]
        return "\n".join(loader) + "\n\n\n" + "\n".join(constant), written


def keywords(f: dict[str, Any]) -> dict[str, str]:
    """The Operation's keyword arguments as source, from an operation's facts; those that hold the
    Operation's default are left out. Limit rows, removal and disabling marks are spelled with the
    runtime's named tuples; of the rows per token type only those that differ from the top one."""
    out: dict[str, str] = {}
    top = f["limits"]["personal"]
    for key, value in f.items():
        if key in ("spec", "operation_id", "method", "path", "bucket") or _default(key, value):
            continue
        if key == "limits":
            out["limit"] = _limit(top)
            others = {t: _limit(row) for t, row in value.items() if row != top}
            if others:
                out["by_token_type"] = "{" + ", ".join(f"{t!r}: {s}" for t, s in others.items()) + "}"
        elif key == "removed":
            out[key] = f"Removed({value['date']!r}, {literal(value['successors'])})"
        elif key == "temporarily_disabled":
            out[key] = f"Disabled({value['since']!r}, {value['note']!r})"
        else:
            out[key] = literal(value)
    return out


def _limit(row: dict[str, Any]) -> str:
    return f"Limit({row['bucket']!r}, {row['limit']!r}, {float(row['period'])!r}, {row['burst']!r})"


def _default(key: str, value: Any) -> bool:
    """Keyword arguments left out where they hold the Operation's default."""
    defaults = {"also_categories": (), "cost_409": 1, "cost_4xx": 1, "read": False, "deprecated": False}
    defaults |= {"removed": None, "temporarily_disabled": None, "server": None, "extensions": {}}
    defaults |= {"scope": "account", "token_types": None}
    return key in defaults and value == defaults[key]


def _relative(dotted: str, package: str) -> str:
    """`.api.cards` for wbseller_raw.content.api.cards.product_cards_list."""
    return "." + dotted[len(package) + 1 :].rsplit(".", 1)[0]


KWARGS_METHOD = re.compile(r'"method": "(\w+)"')
KWARGS_URL = re.compile(r'"url": f?"([^"]+)"')


def path_shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def api_modules(out: Path, name: str) -> dict[tuple[str, str], str]:
    """(METHOD, path shape) -> dotted module of its generated function."""
    package = out / name
    found: dict[tuple[str, str], str] = {}
    for py in sorted((package / "api").rglob("*.py")):
        if py.name == "__init__.py":
            continue
        text = py.read_text(encoding="utf-8")
        m, u = KWARGS_METHOD.search(text), KWARGS_URL.search(text)
        if m and u:
            rel = py.relative_to(package).with_suffix("")
            found[(m.group(1).upper(), path_shape(u.group(1)))] = ".".join(("wbseller_raw", name, *rel.parts))
    return found


# --- the index and the runtime ----------------------------------------------------------------------
def index(hosts: dict[str, dict[str, Any]]) -> str:
    names = list(hosts)
    branches = "".join(
        f'    if spec == "{n}":\n        from .{n} import ops as {n}_ops\n\n        return {n}_ops\n'
        for n in names
    )
    clients = "".join(
        f'    if spec == "{n}":\n        from .{n} import client as {n}_client\n\n        return {n}_client\n'
        for n in names
    )
    return (
        '"""Each spec\'s modules by the spec\'s name, imported on first use (a process pays for the\n'
        'specs it calls). Generated by scripts/codegen. Do not edit."""\n\n'
        "from __future__ import annotations\n\nfrom types import ModuleType\n\n"
        f"SPECS = ({', '.join(repr(n) for n in names)},)\n\n"
        "# Per spec: production and sandbox base URLs, and the security scheme.\n"
        f"HOSTS: dict[str, dict[str, str | None]] = {literal(hosts)}\n\n\n"
        "def ops(spec: str) -> ModuleType:\n"
        '    """The spec\'s ops module: one Operation constant per operation, OPERATIONS by operationId."""\n'
        f"{branches}"
        '    raise KeyError(f"no spec {spec!r}")\n\n\n'
        "def client(spec: str) -> ModuleType:\n"
        '    """The spec\'s client module (Client, AuthenticatedClient)."""\n'
        f"{clients}"
        '    raise KeyError(f"no spec {spec!r}")\n'
    )


def run(out: Path, specs: dict[str, dict[str, Any]], index_too: bool = True) -> None:
    """Write the codegen step's files for these specs (imported from `out`, freshly generated)."""
    sys.path.insert(0, str(out.parent))
    written: list[Path] = []
    for name in ("operation", "shape"):
        target = out / "_runtime" / f"{name}.py"
        shutil.copyfile(RUNTIME / f"{name}.py", target)
        written.append(target)
    for name, spec in specs.items():
        written += SpecWriter(out, name, spec).write()
    if index_too:
        target = out / "index.py"
        target.write_text(index({n: host(specs[n]) for n in sorted(specs)}), encoding="utf-8")
        written.append(target)
    _format(written)


def _format(paths: list[Path]) -> None:
    """The pinned ruff, as generate.py's post-hooks run it on the generator's output."""
    ruff = str(Path(sys.executable).parent / "ruff")
    files = [str(p) for p in paths]
    for cmd in (
        [ruff, "check", "--fix-only", "--extend-select=I", "--no-cache", "--isolated", "--quiet", *files],
        [ruff, "format", "--no-cache", "--isolated", "--quiet", *files],
    ):
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"codegen: {' '.join(cmd[:3])} failed:\n{proc.stdout}{proc.stderr}")
