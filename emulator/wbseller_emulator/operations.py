"""The emulator's view of the specs: every operation, its route, and its schemas.

Built from what `make generate` ships in wbseller_raw (tables.py and specs/*.json), so the
emulator always serves exactly the operations the specs define.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

from wbseller_raw.tables import HOSTS, OPERATIONS


@dataclass
class Operation:
    key: str  # "<spec>.<operationId>"
    spec_name: str
    method: str
    path: str
    meta: dict[str, Any]
    op: dict[str, Any]
    spec: dict[str, Any] = field(repr=False)
    regex: re.Pattern[str] = field(repr=False)

    @property
    def category(self) -> str:
        return str(self.meta["category"])

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category, *self.meta["also_categories"])

    @property
    def bucket(self) -> str:
        return str(self.meta["bucket"])

    @property
    def write(self) -> bool:
        return bool(self.meta["write"])

    def bucket_for(self, token_type: str) -> str:
        """The bucket this token type's requests count in (the sandbox's differ)."""
        return str(self.meta["limits"][token_type]["bucket"])

    def cost(self, status: int) -> int:
        """What WB counts for an answer: a 4xx (not a 429) x-wb-4xx-cost, else a 409
        x-wb-ratelimit-409-cost, else 1."""
        if 400 <= status < 500 and status != 429:
            if self.meta["cost_4xx"] > 1:
                return int(self.meta["cost_4xx"])
            if status == 409:
                return int(self.meta["cost_409"])
        return 1

    @cached_property
    def success_statuses(self) -> list[int]:
        return sorted(int(s) for s in self.op.get("responses", {}) if str(s).startswith("2"))

    @cached_property
    def has_input(self) -> bool:
        return bool(self.op.get("parameters") or self.op.get("requestBody"))

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    @cached_property
    def refusal_status(self) -> int | None:
        """How WB turns away a request that breaks this operation's contract: its declared 400,
        else its declared 422; None when it declares neither (WB documents no refusal there, so
        the emulator takes the request and reads what it can)."""
        declared = {str(s) for s in self.op.get("responses", {})}
        return next((status for status in (400, 422) if str(status) in declared), None)

    def declares(self, status: int) -> bool:
        return self.response(status) is not None

    def response(self, status: int) -> dict[str, Any] | None:
        responses = self.op.get("responses", {})
        r = responses.get(str(status)) or responses.get(status)
        return self.resolve(r) if r is not None else None

    @property
    def server(self) -> str:
        return str(self.meta["server"] or HOSTS[self.spec_name]["production"])


def _route_regex(path: str) -> re.Pattern[str]:
    out, pos = [], 0
    for m in re.finditer(r"\{([^}]+)\}", path):
        out.append(re.escape(path[pos : m.start()]))
        name = m.group(1)
        # WBD's download {uri} holds slashes ("vol19/924/.../content")
        out.append(f"(?P<{_group(name)}>.+)" if name == "uri" else f"(?P<{_group(name)}>[^/]+)")
        pos = m.end()
    out.append(re.escape(path[pos:]))
    return re.compile("^" + "".join(out) + "$")


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name)


def load_specs() -> dict[str, dict[str, Any]]:
    folder = resources.files("wbseller_raw") / "specs"
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in sorted(HOSTS)}


class Operations:
    """All operations, with routing by (method, path)."""

    def __init__(self) -> None:
        self.specs = load_specs()
        self.by_key: dict[str, Operation] = {}
        for key, meta in OPERATIONS.items():
            spec = self.specs[meta["spec"]]
            op = spec["paths"][meta["path"]][meta["method"].lower()]
            self.by_key[key] = Operation(
                key, meta["spec"], meta["method"], meta["path"], meta, op, spec, _route_regex(meta["path"])
            )
        # static paths first, then templates with more literal characters first
        ordered = sorted(
            self.by_key.values(),
            key=lambda o: ("{" in o.path, -len(re.sub(r"\{[^}]+\}", "", o.path)), o.key),
        )
        self._static: dict[tuple[str, str], list[Operation]] = {}
        self._templated: list[Operation] = []
        for o in ordered:
            if "{" in o.path:
                self._templated.append(o)
            else:
                self._static.setdefault((o.method, o.path), []).append(o)

    def match(self, method: str, path: str) -> tuple[list[Operation], dict[str, str]]:
        """Operations answering (method, path) — several where hosts share a path (/ping) — and
        the path parameters (by their spec names)."""
        found = self._static.get((method, path))
        if found:
            return found, {}
        for o in self._templated:
            if o.method == method:
                m = o.regex.match(path)
                if m:
                    names = re.findall(r"\{([^}]+)\}", o.path)
                    return [o], {n: m.group(_group(n)) for n in names}
        return [], {}

    def allowed_methods(self, path: str) -> list[str]:
        return sorted({o.method for o in self.by_key.values() if o.regex.match(path)})
