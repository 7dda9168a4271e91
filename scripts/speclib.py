"""Load the specs and walk their operations (shared by the lint, coverage and diff scripts)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass
class SpecOperation:
    file: str  # e.g. "specs/content.yaml"
    spec: str  # e.g. "content"
    method: str  # upper case
    path: str
    op: dict[str, Any]
    item: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path} ({self.op.get('operationId', '?')})"

    @property
    def sources(self) -> list[str]:
        src = self.op.get("x-wb-source", [])
        return [src] if isinstance(src, str) else list(src)


def spec_paths(specs_dir: str | Path = SPECS_DIR) -> list[Path]:
    return sorted(Path(specs_dir).glob("*.yaml"))


def load_spec(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return data


def iter_operations(spec: dict[str, Any], path: Path) -> Iterator[SpecOperation]:
    try:
        file = str(path.resolve().relative_to(ROOT))
    except ValueError:
        file = str(path)
    for p, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield SpecOperation(file, path.stem, method.upper(), p, item[method], item)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref (one level at a time until none is left)."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part]
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref loop at {ref}")
    return node
