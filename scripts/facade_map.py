"""Which facade methods call which WB operation, read from the facade's source (no import, no
network): the docs' operation pages name them, and a test can walk them.

    .venv/bin/python scripts/facade_map.py            # one line per method: its operations
    .venv/bin/python scripts/facade_map.py --by-operation

How it reads the code (facade/wbseller, the emulator and the CLI aside):
- a method's operations are those its body names, plus those of every function and method it
  reaches (helpers of any facade module it imports, `self._x` of its own class, `_plan` of a
  handle whose inherited `wait()` runs it);
- an operation is named by its operationId as a string (`Call(SPEC, "tags_list")`, a module
  constant `UPLOAD = "..."`, a local `op = "..."`), by a constant of a generated operation module
  (`content_ops.PRODUCT_CARDS_LIST`, from `wbseller_raw.<spec>.ops`), or by a path given to a
  plain `Request`/`Download` (`Request(SPEC, "POST", GALLERY_PATH)`); the spec is the module's
  `SPEC` (every spec when the module has none: `client.ping()` names `connection_check`);
- an operationId given to a spec-reading helper (`schema_at`, `check_body`, ...) only checks a
  value against that operation's schema: it is no call;
- `a if flag else b` and `if flag:` follow the branch a call site fixes (`_cards_plan(...,
  trash=True)`, or the parameter's default when the call leaves it out); otherwise both count.
So a name the code builds at run time (an f-string) is not seen: the map lists what the code
names, and the tests check it against calls the methods make.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FACADE = ROOT / "facade" / "wbseller"
SKIP_DIRS = {"testing", "cli", "__pycache__", "_gen"}  # _gen: the service classes declared from the Ops
SPEC_NAMES = frozenset(p.stem for p in (ROOT / "specs").glob("*.yaml"))
# functions that read an operation's schema (to check a value) without calling it
SCHEMA_READERS = {
    "body_schema",
    "csv_max",
    "schema_at",
    "param_schema",
    "check_body",
    "check_params",
    "check_value",
    "max_items",
    "page_size_for",
}
# functions that read a field by name: their string argument is a JSON or attribute name
ATTRIBUTE_READERS = {"getattr", "hasattr", "setattr", "attr", "get"}
PLAIN_REQUESTS = {"Request": 1, "Download": None}  # effect -> index of its method argument (None: GET)
UNKNOWN = object()


@dataclass(frozen=True)
class Op:
    spec: str
    operation_id: str
    method: str
    path: str

    @property
    def key(self) -> str:
        return f"{self.spec}.{self.operation_id}"


@cache
def spec_operations(specs_dir: Path = ROOT / "specs") -> tuple[Op, ...]:
    import yaml

    out = []
    for file in sorted(specs_dir.glob("*.yaml")):
        spec = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        for path, item in (spec.get("paths") or {}).items():
            for method, op in (item or {}).items():
                if isinstance(op, dict) and "operationId" in op:
                    out.append(Op(file.stem, op["operationId"], method.upper(), path))
    return tuple(out)


@dataclass
class Func:
    module: Module
    node: ast.FunctionDef | ast.AsyncFunctionDef
    cls: Cls | None = None

    @property
    def params(self) -> list[str]:
        a = self.node.args
        return [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]

    def defaults(self) -> dict[str, Any]:
        a = self.node.args
        out: dict[str, Any] = {}
        positional = [*a.posonlyargs, *a.args]
        for p, d in zip(positional[len(positional) - len(a.defaults) :], a.defaults, strict=True):
            out[p.arg] = _const(d)
        for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True):
            if d is not None:
                out[p.arg] = _const(d)
        return out


@dataclass
class Module:
    name: str  # dotted, e.g. "wbseller.services.content"
    tree: ast.Module
    spec: str | None = None
    strings: dict[str, str] = field(default_factory=dict)  # module-level NAME = "..."
    literals: dict[str, ast.AST] = field(default_factory=dict)  # module-level NAME = {...} / (...)
    functions: dict[str, Func] = field(default_factory=dict)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    methods: dict[tuple[str, str], Func] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name -> (module, name)
    ops_modules: dict[str, str] = field(default_factory=dict)  # alias of wbseller_raw.<spec>.ops -> spec
    ops_names: dict[str, str] = field(default_factory=dict)  # NAME imported from an ops module -> spec


def _const(node: ast.AST | None) -> Any:
    return node.value if isinstance(node, ast.Constant) else UNKNOWN


def _module_name(path: Path) -> str:
    rel = path.relative_to(FACADE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_from(module: str, level: int, target: str | None, is_package: bool) -> str:
    if level == 0:
        return target or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, target] if target else base)


def load_modules(root: Path = FACADE) -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for path in sorted(root.rglob("*.py")):
        if SKIP_DIRS & set(path.relative_to(root).parts):
            continue
        name = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        mod = Module(name, tree)
        is_package = path.name == "__init__.py"
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if not isinstance(target, ast.Name):
                        continue
                    if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                        mod.strings[target.id] = node.value.value
                    elif isinstance(node.value, ast.Dict | ast.Tuple | ast.List | ast.Set):
                        mod.literals[target.id] = node.value  # a table of operations
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                mod.functions[node.name] = Func(mod, node)
            elif isinstance(node, ast.ClassDef):
                mod.classes[node.name] = node
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        mod.methods[(node.name, item.name)] = Func(mod, item, node.name)
        for node in ast.walk(tree):  # imports anywhere (TYPE_CHECKING blocks, functions)
            if isinstance(node, ast.ImportFrom):
                source = _resolve_from(name, node.level, node.module, is_package)
                for alias in node.names:
                    local = alias.asname or alias.name
                    parts = source.split(".")
                    if parts[0] == "wbseller_raw" and len(parts) == 2 and alias.name == "ops":
                        mod.ops_modules[local] = parts[1]
                    elif parts[0] == "wbseller_raw" and len(parts) == 3 and parts[2] == "ops":
                        mod.ops_names[local] = parts[1]
                    else:
                        mod.imports[local] = (source, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    parts = alias.name.split(".")
                    if parts[0] == "wbseller_raw" and len(parts) == 3 and parts[2] == "ops" and alias.asname:
                        mod.ops_modules[alias.asname] = parts[1]
        # a service module's spec: its SPEC, else its name (services/<spec>.py, whose <Spec>Ops may
        # be composed of mixins from topic modules: they are reached through it)
        last = name.rsplit(".", 1)[-1]
        own = last if name == f"wbseller.services.{last}" and last in SPEC_NAMES else None
        mod.spec = mod.strings.get("SPEC") or own
        modules[name] = mod
    return modules


Cls = tuple["Module", str]  # a class: the module that defines it, its name


class Walker:
    """Follows a method's body through what it reaches, collecting the operations it names."""

    def __init__(self, modules: dict[str, Module], ops: Iterable[Op]) -> None:
        self.modules = modules
        self.ops = tuple(ops)
        self.by_id: dict[str, list[Op]] = {}
        for op in self.ops:
            self.by_id.setdefault(op.operation_id, []).append(op)
        self._memo: dict[tuple[int, Any, tuple[tuple[str, Any], ...]], frozenset[Op]] = {}

    # -- naming an operation -------------------------------------------------------------
    def _by_id(self, mod: Module, operation_id: str, spec: str | None = None) -> list[Op]:
        spec = spec or mod.spec
        found = self.by_id.get(operation_id, [])
        return [op for op in found if spec is None or op.spec == spec]

    def _string(self, mod: Module, node: ast.AST, env: dict[str, Any]) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            value = env.get(node.id, UNKNOWN)
            if isinstance(value, str):
                return value
            return mod.strings.get(node.id)
        return None

    def _by_path(self, mod: Module, spec: str | None, method: str | None, path: str) -> list[Op]:
        out = []
        for op in self.ops:
            if (spec is None or op.spec == spec) and (method is None or op.method == method):
                literal = op.path.split("{", 1)[0]
                if path == op.path or ("{" in op.path and path == literal):
                    out.append(op)
        return out

    # -- the walk ------------------------------------------------------------------------
    def reach(self, func: Func, cls: Cls | None, env: dict[str, Any] | None = None) -> frozenset[Op]:
        """The operations `func` may call with its parameters bound as `env` says (a parameter
        not in it may hold anything: a method a user calls takes whatever they pass)."""
        env = env or {}
        key = (
            id(func.node),
            cls and (cls[0].name, cls[1]),
            tuple(sorted((k, repr(v)) for k, v in env.items())),
        )
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = frozenset()  # a recursion sees nothing new
        found: set[Op] = set()
        for stmt in func.node.body:
            found |= self._visit(func.module, stmt, cls, env)
        result = frozenset(found)
        self._memo[key] = result
        return result

    def _visit(self, mod: Module, node: ast.AST, cls: Cls | None, env: dict[str, Any]) -> set[Op]:
        found: set[Op] = set()
        for child in self._children(mod, node, env):
            found |= self._visit_node(mod, child, cls, env)
        return found

    def _children(self, mod: Module, node: ast.AST, env: dict[str, Any]) -> Iterator[ast.AST]:
        """The node itself and what lies under it, skipping the branch a known flag rules out."""
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, ast.IfExp | ast.If) and isinstance(n.test, ast.Name):
                flag = env.get(n.test.id, UNKNOWN)
                if flag is not UNKNOWN:
                    yield n.test
                    chosen = n.body if flag else n.orelse
                    stack.extend(reversed(chosen if isinstance(chosen, list) else [chosen]))
                    continue
            yield n
            if isinstance(n, ast.Call) and _callee_name(n.func) in SCHEMA_READERS:
                continue  # an operationId given to a schema reader is no call
            children = list(ast.iter_child_nodes(n))
            if isinstance(n, ast.Call) and _callee_name(n.func) in ATTRIBUTE_READERS:
                children = [n.func, n.args[0]] if n.args else [n.func]  # getattr(x, "name")
            elif isinstance(n, ast.Call) and _followed(n.func):
                children.remove(n.func)  # _call follows it, with the arguments it binds
            elif isinstance(n, ast.Dict):
                children = list(n.values)  # a key names a JSON field, not an operation
            elif isinstance(n, ast.Subscript):
                children = [n.value]  # item["nmID"]
            elif isinstance(n, ast.Compare) and all(
                self._value(mod, c, env) is not UNKNOWN for c in (n.left, *n.comparators)
            ):  # `operation_id == SET_SIZE_PRICES` with operation_id bound: decided, calls nothing
                children = [c for c in children if not isinstance(c, ast.Constant | ast.Name)]
            stack.extend(reversed(children))

    def _visit_node(self, mod: Module, node: ast.AST, cls: Cls | None, env: dict[str, Any]) -> set[Op]:
        found: set[Op] = set()
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(self._by_id(mod, node.value))
        elif isinstance(node, ast.Name):
            if node.id in mod.strings and node.id != "SPEC":
                found.update(self._by_id(mod, mod.strings[node.id]))
            if node.id in mod.literals and node.id not in env:
                found |= self._visit(mod, mod.literals[node.id], cls, env)
            if node.id in mod.ops_names:
                found.update(self._by_id(mod, node.id.lower(), mod.ops_names[node.id]))
            target = self._function(mod, node.id)
            if target is not None and not isinstance(node.ctx, ast.Store):
                found |= self.reach(target, None)
        elif isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id in mod.ops_modules:
                found.update(self._by_id(mod, node.attr.lower(), mod.ops_modules[node.value.id]))
            elif isinstance(node.value, ast.Name) and node.value.id == "self" and cls is not None:
                method = self._method(cls, node.attr)
                if method is not None:
                    found |= self.reach(method, cls)
        elif isinstance(node, ast.Call):
            found |= self._call(mod, node, cls, env)
        return found

    def _call(self, mod: Module, node: ast.Call, cls: Cls | None, env: dict[str, Any]) -> set[Op]:
        found: set[Op] = set()
        name = _callee_name(node.func)
        if name in PLAIN_REQUESTS and node.args:
            spec = self._string(mod, node.args[0], env)
            index = PLAIN_REQUESTS[name]
            method = "GET" if index is None else None
            if index is not None and len(node.args) > index:
                method = self._string(mod, node.args[index], env)
            url = node.args[2] if index is not None and len(node.args) > 2 else node.args[1:2]
            for sub in ast.walk(url[0] if isinstance(url, list) and url else url):  # type: ignore[arg-type]
                text = self._string(mod, sub, env)
                if text and text.startswith("/"):
                    found.update(self._by_path(mod, spec, method, text))
        # a direct call with constant arguments: follow it with those bound
        target: Func | None = None
        target_cls: Cls | None = None
        if isinstance(node.func, ast.Name):
            target = self._function(mod, node.func.id)
        elif _followed(node.func) and isinstance(node.func, ast.Attribute) and cls is not None:
            target, target_cls = self._method(cls, node.func.attr), cls  # self.<method>(...)
        if target is not None and target.node.name not in SCHEMA_READERS:
            bound: dict[str, Any] = target.defaults()  # what the call leaves out takes its default
            params = [p for p in target.params if p not in ("self", "cls")]
            for p, arg in zip(params, node.args, strict=False):
                bound[p] = self._value(mod, arg, env)
            for kw in node.keywords:
                if kw.arg is not None:
                    bound[kw.arg] = self._value(mod, kw.value, env)
            found |= self.reach(target, target_cls, {k: v for k, v in bound.items() if v is not UNKNOWN})
        return found

    def _value(self, mod: Module, node: ast.AST, env: dict[str, Any]) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self._value(mod, node.left, env)  # PATH + uri: the path's literal start
            return left if isinstance(left, str) else UNKNOWN
        if isinstance(node, ast.Name):
            if node.id in env:
                return env[node.id]
            return mod.strings.get(node.id, UNKNOWN)
        return UNKNOWN

    def _function(self, mod: Module, name: str) -> Func | None:
        if name in mod.functions:
            return mod.functions[name]
        if name in mod.imports:
            source, original = mod.imports[name]
            other = self.modules.get(source)
            if other is not None and original in other.functions:
                return other.functions[original]
        return None

    def _method(self, cls: Cls, name: str) -> Func | None:
        for owner_mod, owner in self.mro(*cls):
            if (owner, name) in owner_mod.methods:
                return owner_mod.methods[(owner, name)]
        return None

    def mro(self, mod: Module, cls: str) -> list[tuple[Module, str]]:
        """The class and its bases that are facade classes, depth first (enough for our single
        chains: a handle and Handle, an Ops class and its mixins)."""
        out: list[tuple[Module, str]] = []
        todo = [(mod, cls)]
        while todo:
            m, c = todo.pop(0)
            if (m, c) in out or c not in m.classes:
                continue
            out.append((m, c))
            for base in m.classes[c].bases:
                base_name = base.id if isinstance(base, ast.Name) else None
                if isinstance(base, ast.Subscript) and isinstance(base.value, ast.Name):
                    base_name = base.value.id  # Handle[CardsResult]
                if base_name is None:
                    continue
                if base_name in m.classes:
                    todo.append((m, base_name))
                elif base_name in m.imports:
                    source, original = m.imports[base_name]
                    if source in self.modules:
                        todo.append((self.modules[source], original))
        return out


def _followed(func: ast.AST) -> bool:
    """A callee _call follows itself: a plain name, or a method of self."""
    if isinstance(func, ast.Name):
        return True
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"


def _callee_name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_service_class(name: str) -> bool:
    return not name.startswith(("Async", "_")) and name.endswith(("Ops", "Service"))


@dataclass(frozen=True)
class FacadeMethod:
    name: str  # how a user calls it: client.content.iter_cards, CardsUpload.wait, client.ping
    module: str  # the module whose class has it: wbseller.services.content
    identifier: str  # <module>.<class>.<method>, the class a user meets (not where it is inherited from)
    ops: frozenset[Op]


def _public_module(modules: dict[str, Module], mod: Module, cls: str) -> str:
    """Where a user meets a class: the package that re-exports it (a handle of a service split
    into topic modules, wbseller.services.wbd.upload.ContentUpload: wbseller.services.wbd)."""
    package = mod.name.rsplit(".", 1)[0]
    parent = modules.get(package)
    if (
        parent is not None
        and parent.name.startswith("wbseller.services.")
        and parent.imports.get(cls)
        == (
            mod.name,
            cls,
        )
    ):
        return package
    return mod.name


def facade_method_list(modules: dict[str, Module] | None = None) -> list[FacadeMethod]:
    """Every public facade method that calls a WB operation, with those it may call. Names:
    `client.<spec>.<method>` for a category's service, `client.<method>` for the Client,
    `<Class>.<method>` for a handle or result class of a service module (`CardsUpload.wait`)."""
    modules = modules if modules is not None else load_modules()
    walker = Walker(modules, spec_operations())
    out: list[FacadeMethod] = []
    for mod in modules.values():
        in_services = mod.name.startswith("wbseller.services")
        for cls in mod.classes:
            if cls.startswith("_"):
                continue
            if in_services and _is_service_class(cls) and mod.spec:
                prefix = f"client.{mod.spec}."
            elif mod.name == "wbseller.client" and cls == "Client":
                prefix = "client."
            elif in_services and not _is_service_class(cls) and not cls.startswith("Async"):
                prefix = f"{cls}."
            else:
                continue
            seen: set[str] = set()
            for owner_mod, owner in walker.mro(mod, cls):
                for (c, name), func in owner_mod.methods.items():
                    if c != owner or name in seen or name.startswith("_"):
                        continue
                    seen.add(name)
                    ops = walker.reach(func, (mod, cls))
                    if ops:
                        where = _public_module(modules, mod, cls)
                        out.append(FacadeMethod(prefix + name, where, f"{where}.{cls}.{name}", ops))
    return sorted(out, key=lambda m: m.name)


def facade_methods(modules: dict[str, Module] | None = None) -> dict[str, frozenset[Op]]:
    """Public facade method name -> the operations it may call (see facade_method_list)."""
    return {m.name: m.ops for m in facade_method_list(modules)}


def by_operation(methods: dict[str, frozenset[Op]] | None = None) -> dict[str, list[str]]:
    """`<spec>.<operationId>` -> the facade methods that may call it (sorted)."""
    methods = facade_methods() if methods is None else methods
    out: dict[str, list[str]] = {}
    for name, ops in methods.items():
        for op in ops:
            out.setdefault(op.key, []).append(name)
    return {k: sorted(v) for k, v in sorted(out.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--by-operation", action="store_true", help="one line per operation")
    args = parser.parse_args(argv)
    if args.by_operation:
        table = by_operation()
        for op in spec_operations():
            print(f"{op.key}: {', '.join(table.get(op.key, [])) or 'raw only'}")
    else:
        for name, ops in facade_methods().items():
            print(f"{name}: {', '.join(sorted(op.key for op in ops))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
