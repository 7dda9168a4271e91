"""WB's marketplace orders for an emulator whose specs do not have them yet.

The order handlers (wbseller_emulator.handlers.orders) are registered by WB's method and path
(`route`): they serve marketplace.yaml's operations as soon as the spec has them. Until then,
`wire()` gives an emulator the facts' operations the spec lacks, drafted from
wb-facts/2026-08-groups as scripts/draft_from_facts.py drafts a spec (its `schema()` and
`parameter()`: the same permissive answers, the same request checks), each error status answered
in marketplace's {code, message} and every 4xx counting 10 requests (WB's rows). The strict
emulator then validates the handlers' answers against the facts' schemas. Once the spec has an
operation, nothing is drafted for it: the same tests run against the real spec.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers import HANDLERS, ROUTES
from wbseller_emulator.handlers.base import template
from wbseller_emulator.operations import Operation, _route_regex
from wbseller_emulator.ratelimit import ANY, BucketSpec

GROUPS = ("fbs", "dbs", "click_collect", "dbw")
SPEC = "orders_draft"
BUCKET = "orders-draft"  # WB's marketplace budget: 300 a minute, burst 20
HOST = "https://marketplace-api.wildberries.ru"
TOKEN_TYPES = ("personal", "service", "base_with_secret", "base", "test")
MARKETPLACE_ERROR = {
    "type": "object",
    "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "data": {"nullable": True}},
}


def facts_entries() -> list[dict[str, Any]]:
    draft = pytest.importorskip("draft_from_facts", reason="scripts/ is not importable")
    facts_dir = draft.FACTS_DIR / draft.FACTS
    if not (facts_dir / "operations.yaml").exists():
        pytest.skip(f"WB's facts are not here ({facts_dir})")
    facts, _ = draft.load_facts()
    return [e for g in GROUPS for e in facts["groups"][g]]


def _operation(e: dict[str, Any]) -> dict[str, Any]:
    import draft_from_facts as draft

    op: dict[str, Any] = {
        "operationId": _name(e["method"], e["path"]),
        "parameters": [draft.parameter(p) for p in e.get("parameters") or []],
        "responses": {},
    }
    body = e.get("request_body")
    if body:
        op["requestBody"] = {
            "required": bool(body.get("required")),
            "content": {ct: {"schema": draft.schema(s, "request")} for ct, s in body["content"].items()},
        }
    for status, answer in (e.get("responses") or {}).items():
        content = (answer or {}).get("content") or {}
        op["responses"][str(status)] = {"description": "success"} | (
            {"content": {ct: {"schema": draft.schema(s, "response")} for ct, s in content.items()}}
            if content
            else {}
        )
    for status in {*e.get("error_statuses", []), "401", "429"}:
        op["responses"][str(status)] = {
            "description": "error",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MarketplaceError"}}},
        }
    return op


def _name(method: str, path: str) -> str:
    return method.lower() + re.sub(r"\W+", "_", re.sub(r"\{[^}]+\}", "id", path)).rstrip("_")


def order_ops(emu: Emulator) -> list[Operation]:
    """The emulator's order operations: marketplace.yaml's from the facts' groups, and any drafted."""
    source = re.compile(r"2026-08-groups/operations\.yaml: (?:" + "|".join(GROUPS) + r") ")
    return sorted(
        (
            o
            for o in emu.operations.by_key.values()
            if o.spec_name == SPEC
            or (o.spec_name == "marketplace" and not o.meta.get("removed") and _from_groups(o, source))
        ),
        key=lambda o: o.key,
    )


def _from_groups(op: Operation, source: re.Pattern[str]) -> bool:
    return any(source.search(str(s)) for s in op.op.get("x-wb-source") or [])


def wire(emu: Emulator) -> list[str]:
    """Draft the facts' order operations `emu` lacks; the keys of those drafted. Once the spec has
    an operation for every route, nothing is drafted and the facts are not read."""
    ops = emu.operations
    have = {(o.method, template(o.path)) for o in ops.by_key.values() if o.spec_name in ("marketplace", SPEC)}
    if all(key in have for key in ROUTES):
        return [o.key for o in drafted_ops(emu)]
    missing = [e for e in facts_entries() if (e["method"], template(e["path"])) not in have]
    if not missing:
        return [o.key for o in drafted_ops(emu)]
    spec: dict[str, Any] = ops.specs.get(SPEC) or {
        "openapi": "3.0.3",
        "info": {"title": "marketplace orders drafted from WB's facts", "version": "0"},
        "servers": [{"url": HOST}],
        "paths": {},
        "components": {
            "schemas": {"MarketplaceError": MARKETPLACE_ERROR},
            "securitySchemes": {"HeaderApiKey": {"type": "apiKey", "in": "header", "name": "Authorization"}},
        },
        "security": [{"HeaderApiKey": []}],
    }
    ops.specs[SPEC] = spec
    limits = {t: {"bucket": BUCKET, "limit": 300, "period": 60.0, "burst": 20} for t in TOKEN_TYPES}
    emu.limits.specs[BUCKET] = {ANY: BucketSpec(300, 60.0, 20)}
    keys = []
    for e in missing:
        method, path = e["method"], e["path"]
        op = _operation(e)
        spec["paths"].setdefault(path, {})[method.lower()] = op
        key = f"{SPEC}.{op['operationId']}"
        meta = {
            "spec": SPEC,
            "method": method,
            "path": path,
            "category": "marketplace",
            "also_categories": [],
            "bucket": BUCKET,
            "write": not e.get("read_only_method", False),
            "cost_4xx": 10,
            "cost_409": 10,
            "token_types": None,
            "removed": None,
            "temporarily_disabled": None,
            "scope": "account",
            "server": HOST,
            "limits": limits,
        }
        ops.by_key[key] = Operation(key, SPEC, method, path, meta, op, spec, _route_regex(path))
        fn = ROUTES.get((method, template(path)))
        if fn is not None:
            HANDLERS[key] = fn
        keys.append(key)
    ops._static.clear()
    ops._templated.clear()
    ordered = sorted(
        ops.by_key.values(), key=lambda o: ("{" in o.path, -len(re.sub(r"\{[^}]+\}", "", o.path)), o.key)
    )
    for o in ordered:
        if "{" in o.path:
            ops._templated.append(o)
        else:
            ops._static.setdefault((o.method, o.path), []).append(o)
    return keys


def drafted_ops(emu: Emulator) -> list[Operation]:
    return [o for o in emu.operations.by_key.values() if o.spec_name == SPEC]
