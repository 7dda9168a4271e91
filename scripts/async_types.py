"""Write facade/wbseller/services/_gen/: each spec's service classes, as mypy and the runtime see them.

The operations of a spec are written once, as one class in facade/wbseller/services/<spec>.py
(`ContentOps`), annotated with what they give on a Client. This script declares from it, in
services/_gen/<spec>.py, the real classes a client uses:

- `ContentService(ContentOps, Service)`, typed `raw: ContentRaw`;
- `AsyncContentService(ContentOps, AsyncService)`: the same code; on an AsyncClient it gives
  awaitables and async-iterable lists. Python has no higher-kinded types to say so, so the async
  signatures are derived from the sync ones, from the source (AST, nothing imported), and
  declared for type checking only: a method that runs a plan (`self._runner.run(...)`, directly
  or through another method of its class) returns `Awaitable[X]` instead of `X`; `Pages[X]`
  becomes `AsyncPages[X]`; an upload handle (a `Handle[R]` subclass) becomes its twin;
- `AsyncCardsUpload(CardsUpload, twin_of=CardsUpload)` for each upload handle of the module:
  what a handle made by an AsyncClient is (wait() awaitable);

and for a spec without a services/<spec>.py, services with `.raw` only; services/_gen/__init__.py
maps a spec to its classes (imported on first use).

    python scripts/async_types.py            # (re)write services/_gen
    python scripts/async_types.py --check    # fail if services/_gen is not what the sources give

`make generate` writes it, `make check` runs --check (like the drift check of generated/).
"""

from __future__ import annotations

import argparse
import ast
import copy
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facade" / "wbseller"
SERVICES = PACKAGE / "services"
OUT = SERVICES / "_gen"
RAW = ROOT / "generated" / "wbseller_raw"
BASE = "wbseller.services.base"
BUILTINS = {"int", "str", "bool", "float", "bytes", "list", "dict", "tuple", "set", "type", "object", "None"}


@dataclass
class Module:
    name: str  # wbseller.services.content
    tree: ast.Module
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # bound name -> (module, name)
    modules: set[str] = field(default_factory=set)  # `import os`
    defined: set[str] = field(default_factory=set)


def _absolute(module: str, level: int, current: str) -> str:
    if level == 0:
        return module
    base = current.split(".")[:-level]
    return ".".join([*base, module] if module else base)


def load(path: Path) -> Module:
    name = "wbseller." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    if name.endswith(".__init__"):
        name = name[: -len(".__init__")]
    m = Module(name, ast.parse(path.read_text(encoding="utf-8")))
    package = name + ".__init__" if path.name == "__init__.py" else name
    for node in ast.walk(m.tree):  # top level and `if TYPE_CHECKING:` blocks alike
        if isinstance(node, ast.ImportFrom):
            source = _absolute(node.module or "", node.level, package)
            for alias in node.names:
                m.imports[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            m.modules.update(alias.asname or alias.name for alias in node.names)
    for node in m.tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            m.defined.add(node.name)
        elif isinstance(node, ast.Assign):
            for t in node.targets:  # `A, B = 0, 1` too
                m.defined.update(n.id for n in ast.walk(t) if isinstance(n, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            m.defined.add(node.target.id)
    return m


def classes(m: Module) -> dict[str, ast.ClassDef]:
    """Top-level classes, and those of `if TYPE_CHECKING:` blocks (services/__init__.py builds its
    service classes at run time and spells them out there for mypy)."""
    body = list(m.tree.body)
    for n in m.tree.body:
        if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING":
            body += n.body
    return {n.name: n for n in body if isinstance(n, ast.ClassDef)}


def handles(m: Module) -> dict[str, ast.expr]:
    """The Handle[R] subclasses of a module, with their R."""
    out = {}
    for cls in classes(m).values():
        for base in cls.bases:
            if isinstance(base, ast.Subscript) and ast.unparse(base.value) == "Handle":
                r = base.slice  # Handle["Model"]: a model imported for type checking only
                is_text = isinstance(r, ast.Constant) and isinstance(r.value, str)
                out[cls.name] = ast.parse(r.value, mode="eval").body if is_text else r
    return out


def module_of(name: str) -> Module | None:
    """A module of the package by its dotted name (wbseller.services.content_cards), if a file."""
    base = PACKAGE.joinpath(*name.split(".")[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):  # a module, or a package's init
        if path.exists():
            return load(path)
    return None


def members(cls: ast.ClassDef, m: Module) -> dict[str, tuple[ast.FunctionDef, Module]]:
    """The methods of an operations class with those of the mixins it is composed of (its bases
    in the package's own modules), each with the module it is written in: a class's own method
    wins over a base's, an earlier base's over a later one's (the MRO of single mixins)."""
    out: dict[str, tuple[ast.FunctionDef, Module]] = {}
    for f in cls.body:
        if isinstance(f, ast.FunctionDef):
            out[f.name] = (f, m)
    for base in cls.bases:
        name = ast.unparse(base)
        found: tuple[ast.ClassDef, Module] | None = None
        if name in classes(m):
            found = classes(m)[name], m
        elif name in m.imports:
            module, original = m.imports[name]
            bm = module_of(module) if module.startswith("wbseller.") else None
            if bm is not None and original in classes(bm):
                found = classes(bm)[original], bm
        if found is not None:
            for key, value in members(*found).items():
                out.setdefault(key, value)
    return out


def runs_plans(methods: dict[str, ast.FunctionDef]) -> set[str]:
    """The methods that run a plan: `self._runner.run(...)`, or a call of such a method."""
    calls: dict[str, set[str]] = {name: set() for name in methods}
    running: set[str] = set()
    for name, f in methods.items():
        for node in ast.walk(f):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            target = ast.unparse(node.func)
            if target == "self._runner.run":
                running.add(name)
            elif target.startswith("self.") and node.func.attr in methods:
                calls[name].add(node.func.attr)
    changed = True
    while changed:
        changed = False
        for name, callees in calls.items():
            if name not in running and callees & running:
                running.add(name)
                changed = True
    return running


class Renamer(ast.NodeTransformer):
    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name(self.names.get(node.id, node.id), node.ctx)


def names_in(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def signature(f: ast.FunctionDef, where: str, defaults: bool = False) -> tuple[str, list[ast.expr]]:
    """The parameters as text (defaults as `...`, or as written with defaults=True), and their
    annotations."""
    a = f.args
    annotations: list[ast.expr] = []
    parts: list[str] = []

    def param(arg: ast.arg, default: ast.expr | None, prefix: str = "") -> str:
        if arg.arg == "self":
            return "self"
        if arg.annotation is None:
            raise SystemExit(f"{where}: parameter {arg.arg} has no annotation")
        annotations.append(arg.annotation)
        text = f"{prefix}{arg.arg}: {ast.unparse(arg.annotation)}"
        if default is None:
            return text
        return text + (f" = {ast.unparse(default)}" if defaults else " = ...")

    positional = [*a.posonlyargs, *a.args]
    given: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    parts += [param(arg, d) for arg, d in zip(positional, given, strict=True)]
    if a.posonlyargs:
        parts.insert(len(a.posonlyargs), "/")
    if a.vararg is not None:
        parts.append(param(a.vararg, None, "*"))
    elif a.kwonlyargs:
        parts.append("*")
    parts += [param(arg, d) for arg, d in zip(a.kwonlyargs, a.kw_defaults, strict=True)]
    if a.kwarg is not None:
        parts.append(param(a.kwarg, None, "**"))
    return ", ".join(parts), annotations


def docstring(node: ast.FunctionDef | ast.ClassDef, indent: str) -> list[str]:
    doc = ast.get_docstring(node, clean=True)
    if not doc:
        return []
    body = textwrap.indent(doc, indent).lstrip()
    return [f'{indent}"""{body}"""' if "\n" not in doc else f'{indent}"""{body}\n{indent}"""']


def spec_titles() -> dict[str, str]:
    """Each spec's title, from its generated ops module's first line (nothing imported)."""
    out = {}
    for ops in sorted(RAW.glob("*/ops.py")):
        first = ops.read_text(encoding="utf-8").split("\n", 1)[0]
        m = re.match(r'"""The operations of (.+) \(specs/', first)
        out[ops.parent.name] = m.group(1) if m else ops.parent.name
    return out


def summary(m: Module) -> str:
    """A module's docstring up to its first blank line, as one line."""
    doc = ast.get_docstring(m.tree, clean=True) or ""
    return " ".join(doc.split("\n\n", 1)[0].split())


class Writer:
    """One generated module: its lines, the names its annotations need (imported for type
    checking only) and those its classes need at run time."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.typing: dict[str, Module] = {}  # annotation name -> the module it is from
        self.runtime: dict[str, str] = {}  # name -> its module (absolute)

    def use(self, node: ast.AST, m: Module, skip: set[str]) -> None:
        for name in names_in(node):
            if name in BUILTINS or name in skip or name == "Awaitable":
                continue
            if name in self.typing and _origin(self.typing[name], name) != _origin(m, name):
                raise SystemExit(f"{name}: two different things in {m.name}'s annotations")
            self.typing[name] = m


def service_module(spec: str, m: Module, ops_name: str, waiting: Module) -> str:
    """services/_gen/<spec>.py for a spec with an operations class: the sync and the async
    service, and the AsyncClient's twin of each upload handle of the module."""
    name = ops_name.removesuffix("Ops")
    methods = members(classes(m)[ops_name], m)
    # the upload handles of the spec: those of its module and of its mixins' modules
    owners = {m.name: m, **{fm.name: fm for _, fm in methods.values()}}
    for module, _ in m.imports.values():  # what the spec's module gathers from its topic modules
        if module.startswith("wbseller.services.") and module not in owners:
            found_module = module_of(module)
            if found_module is not None:
                owners[module] = found_module
    found = {h: (r, om) for om in owners.values() for h, r in handles(om).items()}
    own = {h: r for h, (r, _) in found.items()}
    renames = {"Pages": "AsyncPages", **{h: f"Async{h}" for h in own}}
    skip = set(renames.values())
    w = Writer()
    w.runtime.update({ops_name: m.name, "Service": BASE, "AsyncService": BASE})
    handle_wait = next(
        f for f in classes(waiting)["Handle"].body if isinstance(f, ast.FunctionDef) and f.name == "wait"
    )
    for h, (result, hm) in sorted(found.items()):
        w.runtime[h] = hm.name
        params, annotations = signature(handle_wait, f"Handle.wait of {h}", defaults=True)
        for a in [*annotations, *handle_wait.args.defaults]:
            w.use(a, waiting, skip)
        w.use(result, hm, skip)
        w.lines += [
            "",
            "",
            f"class Async{h}({h}, twin_of={h}):",
            f'    """{h} of an AsyncClient: wait() is awaitable."""',
            "",
            "    if TYPE_CHECKING:",
            "",
            # the comment after the bracket keeps ruff from moving it off the def line mypy flags
            "        def wait(  # type: ignore[override]",
            f"            {params}",
            f"        ) -> Awaitable[{ast.unparse(result)}]: ...",
        ]
    raw = f"{name}Raw"
    w.lines += [
        "",
        "",
        f"class {name}Service({ops_name}, Service):",
        *_doc(f"client.{spec}: {summary(m)}"),
        "",
        f"    raw: {raw}",
        "",
        "",
        f"class Async{name}Service({ops_name}, AsyncService):",
        f'    """AsyncClient.{spec}: the operations of {name}Service, awaitable / async-iterable."""',
        "",
        f"    raw: {raw}",
    ]
    running = runs_plans({n: f for n, (f, _) in methods.items()})
    stubs: list[str] = []
    for f, fm in methods.values():
        if f.name.startswith("_"):
            continue
        where = f"{ops_name}.{f.name}"
        if f.returns is None:
            raise SystemExit(f"{where}: no return annotation")
        renamed = Renamer(renames).visit(copy.deepcopy(f.returns))
        returns = ast.unparse(renamed)
        awaited = f.name in running
        if awaited:
            if returns.startswith("AsyncPages["):
                raise SystemExit(f"{where}: runs a plan and returns Pages")
            returns = f"Awaitable[{returns}]"
        elif returns == ast.unparse(f.returns):
            continue  # the same on both: inherited as it is
        params, annotations = signature(f, where, defaults=True)
        given = [d for d in [*f.args.defaults, *f.args.kw_defaults] if d is not None]
        for a in [*annotations, *given, renamed]:
            w.use(a, fm, skip)
        doc = docstring(f, "            ") or ["            ..."]
        if awaited:
            stubs += ["", f"        def {f.name}(  # type: ignore[override]", f"            {params}"]
            stubs += [f"        ) -> {returns}:", *doc]
        else:
            stubs += ["", f"        def {f.name}({params}) -> {returns}:", *doc]
    if stubs:
        w.lines += ["", "    if TYPE_CHECKING:", *stubs]
    typing_imports = {f"wbseller_raw.{spec}.client": {f"AuthenticatedClient as {raw}"}}
    text = "\n".join(w.lines)
    if "Awaitable[" in text:
        typing_imports.setdefault("collections.abc", set()).add("Awaitable")
    if "AsyncPages[" in text:
        typing_imports.setdefault("wbseller.pagination", set()).add("AsyncPages")
    doc = (
        f"client.{spec} and AsyncClient.{spec}: {name}Service and Async{name}Service"
        + (", and the AsyncClient's twins of the upload handles" if own else "")
        + f". Written by scripts/async_types.py from services/{spec}.py: do not edit (`make"
        " generate` rewrites it, `make check` fails when it is out of date)."
    )
    return _module(doc, w, typing_imports)


def _doc(text: str) -> list[str]:
    """A class docstring, wrapped."""
    lines = textwrap.wrap(f'"""{text}', 96)
    lines[-1] += '"""'
    return ["    " + line for line in lines]


def raw_only_module(spec: str, title: str) -> str:
    """services/_gen/<spec>.py for a spec without an operations class: `.raw` only."""
    name = spec.capitalize()
    w = Writer()
    w.runtime.update({"Service": BASE, "AsyncService": BASE})
    w.lines += [
        "",
        "",
        f"class {name}Service(Service):",
        *_doc(f"client.{spec}: {title}; `.raw` only (the generated functions)."),
        "",
        f"    raw: {name}Raw",
        "",
        "",
        f"class Async{name}Service(AsyncService):",
        *_doc(f"AsyncClient.{spec}: {title}; `.raw` only (the generated `asyncio` functions)."),
        "",
        f"    raw: {name}Raw",
    ]
    doc = (
        f"client.{spec} and AsyncClient.{spec}: `.raw` only (no services/{spec}.py yet). Written by"
        " scripts/async_types.py: do not edit."
    )
    return _module(doc, w, {f"wbseller_raw.{spec}.client": {f"AuthenticatedClient as {name}Raw"}})


def _module(doc: str, w: Writer, typing_imports: dict[str, set[str]]) -> str:
    plain: set[str] = set()
    for name, m in w.typing.items():
        module, original = _origin(m, name)
        if not original:  # a module: `os.PathLike`
            plain.add(module)
            continue
        if name in w.runtime and w.runtime[name] == module:
            continue
        typing_imports.setdefault(module, set()).add(
            original if original == name else f"{original} as {name}"
        )
    runtime: dict[str, set[str]] = {}
    for name, module in w.runtime.items():
        runtime.setdefault(module, set()).add(name)
    head = [*textwrap.wrap(f'"""{doc}"""', 100), "", "from __future__ import annotations", ""]
    head += ["from typing import TYPE_CHECKING", ""]
    head += [f"from {mod} import {', '.join(sorted(names))}" for mod, names in sorted(runtime.items())]
    head += ["", "if TYPE_CHECKING:"]
    head += [f"    import {mod}" for mod in sorted(plain)]
    head += [f"    from {mod} import {', '.join(sorted(n))}" for mod, n in sorted(typing_imports.items())]
    return "\n".join(head + w.lines) + "\n"


def registry(entries: list[str]) -> str:
    """services/_gen/__init__.py: each spec's (sync, async) service classes, its module imported
    on first use (a process pays for the categories it calls)."""
    branches = "".join(
        f'    if spec == "{spec}":\n'
        f"        from .{spec} import Async{spec.capitalize()}Service, {spec.capitalize()}Service\n\n"
        f"        return {spec.capitalize()}Service, Async{spec.capitalize()}Service\n"
        for spec in entries
    )
    names = "".join(
        f'    "{spec}": ("{spec.capitalize()}Service", "Async{spec.capitalize()}Service"),\n'
        for spec in entries
    )
    return (
        '"""Each spec\'s service classes (sync, async), a spec\'s module imported on first use. Written\n'
        'by scripts/async_types.py from facade/wbseller/services/: do not edit."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n    from ..base import AsyncService, Service\n\n"
        "# spec -> the names of its sync and async service classes\n"
        f"NAMES: dict[str, tuple[str, str]] = {{\n{names}}}\n\n\n"
        "def service_classes(spec: str) -> tuple[type[Service], type[AsyncService]]:\n"
        '    """The (sync, async) service classes of a spec."""\n'
        f"{branches}"
        '    raise KeyError(f"no service for the spec {spec!r}")\n'
    )


def build() -> dict[Path, str]:
    """Every file of services/_gen, by path."""
    waiting = load(PACKAGE / "waiting.py")
    titles = spec_titles()
    out: dict[Path, str] = {}
    for spec in sorted(titles):
        path = SERVICES / f"{spec}.py"
        if not path.exists():  # a service split into a package (services/wbd/)
            path = SERVICES / spec / "__init__.py"
        m = load(path) if path.exists() else None
        ops_names = [n for n in classes(m) if n.endswith("Ops")] if m is not None else []
        if m is not None and ops_names:
            expected = f"{spec.capitalize()}Ops"
            if ops_names != [expected]:
                raise SystemExit(f"{path}: one operations class, {expected}, expected; found {ops_names}")
            out[OUT / f"{spec}.py"] = service_module(spec, m, expected, waiting)
        else:
            out[OUT / f"{spec}.py"] = raw_only_module(spec, titles[spec])
    out[OUT / "__init__.py"] = registry(sorted(titles))
    return out


def _origin(m: Module, name: str) -> tuple[str, str]:
    if name in m.imports:
        return m.imports[name]
    if name in m.defined:
        return m.name, name
    if name in m.modules:
        return name, ""
    raise SystemExit(f"{m.name}: {name} is used in an annotation but neither imported nor defined there")


def formatted(text: str, path: Path) -> str:
    ruff = Path(sys.executable).with_name("ruff")
    cmd = [str(ruff) if ruff.exists() else "ruff"]
    fix = subprocess.run(
        [*cmd, "check", "--select", "I", "--fix-only", "--stdin-filename", str(path), "-"],
        input=text, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip
    return subprocess.run(
        [*cmd, "format", "--stdin-filename", str(path), "-"],
        input=fix, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if services/_gen is out of date")
    args = parser.parse_args()
    files = {path: formatted(text, path) for path, text in build().items()}
    stale = [p for p in OUT.glob("*.py") if p not in files] if OUT.exists() else []
    if args.check:
        bad = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        if bad or stale:
            for p in [*bad, *stale]:
                print(f"{p.relative_to(ROOT)} is out of date: run make generate (scripts/async_types.py)")
            return 1
        return 0
    OUT.mkdir(exist_ok=True)
    for p in stale:
        p.unlink()
    for p, text in files.items():
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
