"""Generated types spelled back as source, with the imports a generated module needs for them.
Every spelling is checked: evaluated again, it must give an equal type."""

from __future__ import annotations

import datetime
import types
import typing
import uuid
from typing import Any

from .read import is_model

TYPING_NAMES = ("Any", "Literal", "Union")


class Names:
    """The names a generated module spells types with. `up`: the relative prefix of the spec's
    package from the module (`.` in <spec>/ops.py, `..` in <spec>/_shapes/x.py)."""

    def __init__(self, package: str, up: str) -> None:
        self.package, self.up = package, up
        self.models: dict[str, str] = {}  # class name -> its module in models/
        self.own_types: set[str] = set()  # from <spec>/types.py: Unset, File, UNSET
        self.typing: set[str] = set()
        self.datetime = False
        self.uuid = False
        self.namespace: dict[str, Any] = {}  # for the check

    def model(self, cls: type) -> str:
        module = cls.__module__
        if not module.startswith(f"{self.package}.models."):
            raise SystemExit(f"codegen: {cls!r} is not a model of {self.package}")
        self.models[cls.__name__] = module.rsplit(".", 1)[1]
        self.namespace[cls.__name__] = cls
        return cls.__name__

    def own(self, name: str, value: Any) -> str:
        self.own_types.add(name)
        self.namespace[name] = value
        return name

    def spell(self, hint: Any) -> str:
        text = self._spell(hint)
        ns = {**self.namespace, "Any": Any, "Literal": typing.Literal, "Union": typing.Union}
        ns["datetime"], ns["UUID"] = datetime, uuid.UUID
        again = eval(text, ns)
        if again != hint and not (again is None and hint is type(None)):
            raise SystemExit(f"codegen: {hint!r} spelled {text!r} reads back as {again!r}")
        return text

    def _spell(self, hint: Any) -> str:
        if hint is None or hint is type(None):
            return "None"
        if hint is Any:
            self.typing.add("Any")
            return "Any"
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin is typing.Literal:
            self.typing.add("Literal")
            return f"Literal[{', '.join(repr(a) for a in args)}]"
        if origin is types.UnionType:
            return " | ".join(self._spell(a) for a in args)
        if origin is typing.Union:
            self.typing.add("Union")
            return f"Union[{', '.join(self._spell(a) for a in args)}]"
        if origin in (list, dict, tuple, set):
            inner = ", ".join("..." if a is Ellipsis else self._spell(a) for a in args)
            return f"{origin.__name__}[{inner}]" if args else origin.__name__
        if isinstance(hint, type):
            if hint.__module__ == "builtins":
                return hint.__name__
            if is_model(hint):
                return self.model(hint)
            if hint.__name__ in ("Unset", "File") and hint.__module__.endswith(".types"):
                return self.own(hint.__name__, hint)
            if hint.__module__ == "datetime":
                self.datetime = True
                return f"datetime.{hint.__name__}"
            if hint is uuid.UUID:
                self.uuid = True
                return "UUID"
        raise SystemExit(f"codegen: cannot spell the type {hint!r}")

    def imports(self, indent: str = "", models: bool = True) -> list[str]:
        """The import lines (models too unless `models=False`), sorted as ruff's isort would."""
        lines: list[str] = []
        if self.datetime:
            lines.append("import datetime")
        if self.typing:
            lines.append(f"from typing import {', '.join(sorted(self.typing))}")
        if self.uuid:
            lines.append("from uuid import UUID")
        if models:
            lines += [
                f"from {self.up}models.{m} import {n}" for n, m in sorted(self.models.items(), key=_by_module)
            ]
        if self.own_types:
            lines.append(f"from {self.up}types import {', '.join(sorted(self.own_types, key=_isort))}")
        return [indent + line for line in lines]


def _by_module(item: tuple[str, str]) -> tuple[str, str]:
    return item[1], item[0]


def _isort(name: str) -> tuple[int, str]:
    """isort's order inside one `from` line: CONSTANTS, Classes, functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2), name
