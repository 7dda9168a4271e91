"""Write facade/wbseller/services/_async_types.pyi: how mypy and editors see AsyncClient's services.

The services are written once (ContentOps, PricesOps, ... in facade/wbseller/services/*.py),
annotated with what they give on a Client. On an AsyncClient the same code gives awaitables and
async-iterable lists; Python has no higher-kinded types to say so, so this script derives the async
view from the sync one, from the source (AST, nothing imported):

- a method that runs a plan (`self._runner.run(...)`, directly or through another method of its
  class) returns `Awaitable[X]` instead of `X`;
- `Pages[X]` becomes `AsyncPages[X]` (`async for` only);
- an upload handle (a `Handle[R]` subclass) becomes its `Async...` subclass, whose wait() is
  `Awaitable[R]`.

    python scripts/async_types.py            # (re)write the stub
    python scripts/async_types.py --check    # fail if the stub is not what the sources give

`make generate` writes it, `make check` runs --check (like the drift check of generated/).
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facade" / "wbseller"
SERVICES = PACKAGE / "services"
OUT = SERVICES / "_async_types.pyi"
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
            m.defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
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


def runs_plans(cls: ast.ClassDef) -> set[str]:
    """The methods that run a plan: `self._runner.run(...)`, or a call of such a method."""
    methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
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


def signature(f: ast.FunctionDef, where: str) -> tuple[str, list[ast.expr]]:
    """The parameters as stub text (defaults as `...`), and their annotations."""
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
        return text + (" = ..." if default is not None else "")

    positional = [*a.posonlyargs, *a.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    parts += [param(arg, d) for arg, d in zip(positional, defaults, strict=True)]
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


def build() -> str:
    init = load(SERVICES / "__init__.py")
    modules = {p.stem: load(p) for p in sorted(SERVICES.glob("*.py")) if not p.name.startswith("_")}
    waiting = load(PACKAGE / "waiting.py")
    handle_wait = next(
        f for f in classes(waiting)["Handle"].body if isinstance(f, ast.FunctionDef) and f.name == "wait"
    )
    all_handles = {name: (m, r) for m in modules.values() for name, r in handles(m).items()}
    renames = {"Pages": "AsyncPages", **{h: f"Async{h}" for h in all_handles}}
    used: dict[str, Module] = {}  # annotation name -> the module whose namespace it is from
    lines: list[str] = []

    def use(node: ast.AST, m: Module) -> None:
        for name in names_in(node):
            if name not in BUILTINS and name not in renames.values() and name != "Awaitable":
                if name in used and _origin(used[name], name) != _origin(m, name):
                    raise SystemExit(f"{name}: two different things in the stub's annotations")
                used[name] = m

    for name, (m, result) in sorted(all_handles.items()):
        params, annotations = signature(handle_wait, f"Handle.wait of {name}")
        for a in annotations:
            use(a, waiting)
        use(result, m)
        use(ast.Name(name), m)  # the base class
        lines += [
            "",
            "",
            f"class Async{name}({name}):",
            f'    """{name} of an AsyncClient: wait() is awaitable."""',
            "",
            # the comment after the bracket keeps ruff from moving it off the def line mypy flags
            "    def wait(  # type: ignore[override]",
            f"        {params}",
            f"    ) -> Awaitable[{ast.unparse(result)}]: ...",
        ]

    for cls in classes(init).values():
        bases = [ast.unparse(b) for b in cls.bases]
        if len(bases) != 2 or bases[1] != "AsyncService":
            continue
        ops_module, ops_name = init.imports[bases[0]]
        m = modules[ops_module.rsplit(".", 1)[1]]
        lines += ["", "", f"class {cls.name}(AsyncService):", *docstring(cls, "    ")]
        for stmt in cls.body:  # its typing-only annotations (`raw: ContentRaw`)
            if isinstance(stmt, ast.AnnAssign) and stmt.value is None:
                use(stmt.annotation, init)
                lines += ["", f"    {ast.unparse(stmt)}"]
        for name, ops, where in with_mixins(ops_name, m, modules):
            lines += ops_methods(name, ops, where, renames, use)
    return _header(used) + "\n".join(lines) + "\n"


def with_mixins(name: str, m: Module, modules: dict[str, Module]) -> list[tuple[str, ast.ClassDef, Module]]:
    """An operations class and the operations classes it mixes in (bases imported from other
    service modules: `class MarketplaceOps(FbsOrdersOps, ...)`), each with its module."""
    cls = classes(m)[name]
    out = [(name, cls, m)]
    for base in (ast.unparse(b) for b in cls.bases):
        if base in m.imports and m.imports[base][0].rsplit(".", 1)[-1] in modules:
            out += with_mixins(base, modules[m.imports[base][0].rsplit(".", 1)[-1]], modules)
    return out


def ops_methods(
    ops_name: str,
    ops: ast.ClassDef,
    m: Module,
    renames: dict[str, str],
    use: Callable[[ast.AST, Module], None],
) -> list[str]:
    lines: list[str] = []
    running = runs_plans(ops)
    for f in ops.body:
        if not isinstance(f, ast.FunctionDef) or f.name.startswith("_"):
            continue
        where = f"{ops_name}.{f.name}"
        if f.returns is None:
            raise SystemExit(f"{where}: no return annotation")
        params, annotations = signature(f, where)
        renamed = Renamer(renames).visit(f.returns)
        for a in [*annotations, renamed]:
            use(a, m)
        returns = ast.unparse(renamed)
        if f.name in running:
            if returns.startswith("AsyncPages["):
                raise SystemExit(f"{where}: runs a plan and returns Pages")
            returns = f"Awaitable[{returns}]"
        doc = docstring(f, "        ")
        lines += ["", f"    def {f.name}({params}) -> {returns}:", *(doc or ["        ..."])]
    return lines


def _origin(m: Module, name: str) -> tuple[str, str]:
    if name in m.imports:
        return m.imports[name]
    if name in m.defined:
        return m.name, name
    if name in m.modules:
        return name, ""
    raise SystemExit(f"{m.name}: {name} is used in an annotation but neither imported nor defined there")


def _header(used: dict[str, Module]) -> str:
    froms: dict[str, set[str]] = {
        "collections.abc": {"Awaitable"},
        "wbseller.pagination": {"AsyncPages"},
        "wbseller.services.base": {"AsyncService"},
    }
    plain: set[str] = set()
    for name, m in used.items():
        module, original = _origin(m, name)
        if not original:
            plain.add(module)
        else:
            froms.setdefault(module, set()).add(original if original == name else f"{original} as {name}")
    out = [
        '"""How mypy and editors see the services of an AsyncClient. Written by',
        "scripts/async_types.py from the sync services (facade/wbseller/services/*.py): do not edit;",
        "`make generate` rewrites it, `make check` fails when it is out of date. Types only: at run time",
        'AsyncClient.content is a wbseller.services.AsyncContentService, the same code as the sync one."""',
        "",
    ]
    out += [f"import {name}" for name in sorted(plain)]
    out += [f"from {mod} import {', '.join(sorted(names))}" for mod, names in sorted(froms.items())]
    return "\n".join(out) + "\n"


def formatted(text: str) -> str:
    ruff = Path(sys.executable).with_name("ruff")
    cmd = [str(ruff) if ruff.exists() else "ruff"]
    fix = subprocess.run(
        [*cmd, "check", "--select", "I", "--fix-only", "--stdin-filename", str(OUT), "-"],
        input=text, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip
    return subprocess.run(
        [*cmd, "format", "--stdin-filename", str(OUT), "-"],
        input=fix, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the stub is out of date")
    args = parser.parse_args()
    text = formatted(build())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run make generate (scripts/async_types.py)")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
