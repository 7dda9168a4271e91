"""The docs site's generated pages: one page per WB operation, an index per spec (host), the
map of facade methods to operations, the API pages of the service modules and the CLI's help,
all made from what exists when the site is built: specs/*.yaml, specs/changes/, the generated
tables (wbseller_raw.tables), the facade's source (scripts/facade_map.py) and the CLI itself.

Nothing here is committed: `make docs` builds the site, and the mkdocs hook
(scripts/mkdocs_hooks.py) calls `pages()` at each build, so the reference can never fall behind
the specs. To look at the Markdown:

    .venv/bin/python scripts/docs_reference.py --out build/docs-reference

What an operation page says, and where it comes from:
- method, path, summary, description, parameters, request body, answers and errors: the spec;
- hosts: `servers` of the spec (an operation's own `servers` first);
- scope: `x-wb-category` (+ `x-wb-also-categories`); writes: the method, `x-wb-read`, `x-wb-write`;
- limits: `x-wb-ratelimit` (with `by-token-type` per token type when present), the bucket's other
  operations, `x-wb-ratelimit-409-cost`;
- retirement: `deprecated` and `x-wb-removed` ({date, successors, note}; each successor linked to
  its page); the changes it cites (`x-wb-changes`) with what they say;
- the facade methods that call it (scripts/facade_map.py) and the raw function
  (`wbseller_raw.<spec>.api.<tag>.<operation>`, from the generated tables);
- any other `x-wb-*` key as it stands in the spec, so a fact added later shows up unrendered
  rather than not at all.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import facade_map

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OPS_DIR = "reference/operations"
API_DIR = "reference/api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MAX_ROWS = 80  # fields listed per schema; a larger one says how many more the spec has
MAX_DEPTH = 5
# keys an operation page renders in its own sections; every other x-wb-* key goes under "Other facts"
RENDERED = {
    "x-wb-category",
    "x-wb-also-categories",
    "x-wb-ratelimit",
    "x-wb-ratelimit-409-cost",
    "x-wb-changes",
    "x-wb-source",
    "x-wb-sandbox",
    "x-wb-idempotent",
    "x-wb-read",
    "x-wb-write",
    "x-wb-uncertain",
    "x-wb-removed",
}


# -- what the specs hold ----------------------------------------------------------------------
@dataclass
class Operation:
    spec: str
    method: str
    path: str
    op: dict[str, Any]
    item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.op["operationId"])

    @property
    def key(self) -> str:
        return f"{self.spec}.{self.operation_id}"

    @property
    def page(self) -> str:
        return f"{OPS_DIR}/{self.spec}/{self.operation_id}.md"

    @property
    def title(self) -> str:
        return str(self.op.get("summary") or self.operation_id)

    @property
    def deprecated(self) -> bool:
        return bool(self.op.get("deprecated"))


@dataclass
class Spec:
    name: str
    doc: dict[str, Any]
    operations: list[Operation]

    @property
    def title(self) -> str:
        return str((self.doc.get("info") or {}).get("title") or self.name)


@cache
def load_specs(specs_dir: Path = SPECS) -> tuple[Spec, ...]:
    out = []
    for file in sorted(specs_dir.glob("*.yaml")):
        doc = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        ops = []
        for path, item in (doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                op = (item or {}).get(method)
                if isinstance(op, dict) and op.get("operationId"):
                    ops.append(Operation(file.stem, method.upper(), path, op, item))
        out.append(Spec(file.stem, doc, ops))
    return tuple(out)


@cache
def load_changes(changes_dir: Path = SPECS / "changes") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for file in sorted(changes_dir.glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        for entry in data.get("changes") or []:
            if isinstance(entry, dict) and "id" in entry:
                out[str(entry["id"])] = {**entry, "file": f"specs/changes/{file.name}"}
    return out


@cache
def generated_tables() -> dict[str, dict[str, Any]]:
    """wbseller_raw.tables.OPERATIONS, or {} when generated/ cannot be imported."""
    sys.path.insert(0, str(ROOT / "generated"))
    try:
        from wbseller_raw.tables import OPERATIONS
    except ImportError:
        return {}
    return dict(OPERATIONS)


def resolve(doc: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """A node with its local $refs followed, and the name of the last component it went through."""
    name = None
    for _ in range(50):
        if not (isinstance(node, dict) and "$ref" in node):
            return node, name
        ref = str(node["$ref"])
        name = ref.rsplit("/", 1)[-1]
        target: Any = doc
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        node = target
    raise ValueError(f"$ref loop at {name}")


# -- small Markdown helpers -------------------------------------------------------------------
def text(value: Any) -> str:
    """Prose from a spec, safe in Markdown: no raw HTML, no stray table separators."""
    return html.escape(str(value), quote=False).strip()


def cell(value: Any) -> str:
    out = text(value).replace("|", "\\|")
    return re.sub(r"\s*\n\s*", " ", out)


def code(value: Any) -> str:
    s = str(value).replace("|", "\\|")
    fence = "``" if "`" in s else "`"
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def rel(from_page: str, to_page: str) -> str:
    """A relative link between two pages of the site (paths relative to docs/)."""
    a = Path(from_page).parent.parts
    b = Path(to_page).parts
    common = 0
    while common < min(len(a), len(b) - 1) and a[common] == b[common]:
        common += 1
    return "/".join([".."] * (len(a) - common) + list(b[common:]))


def yaml_block(value: Any) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100).rstrip()
    return f"```yaml\n{dumped}\n```"


# -- schemas, summarised ----------------------------------------------------------------------
def type_of(doc: dict[str, Any], schema: Any) -> str:
    schema, name = resolve(doc, schema)
    if not isinstance(schema, dict):
        return "any"
    for combo in ("oneOf", "anyOf"):
        if combo in schema:
            kinds = " or ".join(type_of(doc, s) for s in schema[combo])
            return f"{kinds}{' (nullable)' if schema.get('nullable') else ''}"
    if "allOf" in schema and len(schema["allOf"]) == 1 and "type" not in schema:
        inner = type_of(doc, schema["allOf"][0])
        return f"{inner}{' (nullable)' if schema.get('nullable') else ''}"
    kind = schema.get("type")
    if kind == "array":
        out = f"array of {type_of(doc, schema.get('items', {}))}"
    elif kind is None and "properties" in schema:
        out = "object"
    else:
        out = str(kind or "any")
        if schema.get("format"):
            out += f" ({schema['format']})"
    if name and kind in ("object", None) and "allOf" not in schema:
        out = name
    return f"{out}{' (nullable)' if schema.get('nullable') else ''}"


def constraints(schema: dict[str, Any]) -> str:
    parts = []
    for key, label in (
        ("minimum", "≥"),
        ("maximum", "≤"),
        ("exclusiveMinimum", ">"),
        ("exclusiveMaximum", "<"),
        ("minLength", "length ≥"),
        ("maxLength", "length ≤"),
        ("minItems", "items ≥"),
        ("maxItems", "items ≤"),
    ):
        if key in schema and not isinstance(schema[key], bool):
            parts.append(f"{label} {schema[key]}")
    if schema.get("exclusiveMinimum") is True and "minimum" in schema:
        parts.append("(exclusive)")
    if "enum" in schema:
        parts.append("one of " + ", ".join(code(v) for v in schema["enum"]))
    if "x-wb-enum" in schema:
        parts.append("values " + ", ".join(code(v) for v in schema["x-wb-enum"]))
    if "pattern" in schema:
        parts.append(f"pattern {code(schema['pattern'])}")
    if "default" in schema:
        parts.append(f"default {code(json.dumps(schema['default'], ensure_ascii=False))}")
    if "x-wb-csv" in schema:
        csv = schema["x-wb-csv"]
        parts.append(f"comma-joined list ({', '.join(f'{k} {v}' for k, v in csv.items())})")
    if "x-wb-uncertain" in schema:
        parts.append(f"uncertain: {schema['x-wb-uncertain']}")
    return "; ".join(parts)


def _merged(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """An allOf's parts as one object schema (properties and required joined)."""
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(out.get("properties") or {})
    required = list(out.get("required") or [])
    for part in schema["allOf"]:
        part, _ = resolve(doc, part)
        part = _merged(doc, part) if isinstance(part, dict) else {}
        props.update(part.get("properties") or {})
        required += part.get("required") or []
        for k in ("type", "description", "additionalProperties"):
            out.setdefault(k, part.get(k))
    out["properties"], out["required"] = props, required
    return out


def schema_rows(
    doc: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0, seen: tuple[str, ...] = ()
) -> list[list[str]]:
    """Rows (field, type, required, constraints, description) of a schema's fields, nested
    fields by dotted path (`cards[].sizes[].chrtID`), each component expanded once per path."""
    schema, name = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH or (name and name in seen):
        return []
    seen = (*seen, name) if name else seen
    schema = _merged(doc, schema)
    if schema.get("type") == "array":
        return schema_rows(doc, schema.get("items", {}), prefix + "[]", depth + 1, seen)
    rows: list[list[str]] = []
    required = set(schema.get("required") or [])
    for field, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}.{field}" if prefix else field
        resolved, _ = resolve(doc, sub)
        resolved = resolved if isinstance(resolved, dict) else {}
        inner = _merged(doc, resolved)
        if "allOf" in resolved and len(resolved["allOf"]) == 1:
            inner = {
                **resolve(doc, resolved["allOf"][0])[0],
                **{k: v for k, v in resolved.items() if k != "allOf"},
            }
        description = inner.get("description") or ""
        rows.append(
            [
                code(path),
                cell(type_of(doc, sub)),
                "yes" if field in required else "",
                cell(constraints(inner)),
                cell(_first(description)),
            ]
        )
        rows += schema_rows(doc, sub, path, depth + 1, seen)
    return rows


def _first(description: str, limit: int = 300) -> str:
    """The description's first paragraph, cut at a sentence near `limit` characters."""
    para = str(description).strip().split("\n\n", 1)[0].replace("\n", " ")
    if len(para) <= limit:
        return para
    cut = para.rfind(". ", 0, limit)
    return para[: cut + 1] if cut > 40 else para[:limit].rstrip() + "…"


def schema_section(doc: dict[str, Any], schema: Any) -> str:
    resolved, name = resolve(doc, schema)
    head = f"Type: {code(type_of(doc, schema))}"
    if isinstance(resolved, dict) and resolved.get("description") and not name:
        head += f" — {text(_first(resolved['description']))}"
    rows = schema_rows(doc, schema)
    if not rows:
        return head
    more = ""
    if len(rows) > MAX_ROWS:
        more = f"\n\n…and {len(rows) - MAX_ROWS} more fields: see the spec (`specs/`)."
        rows = rows[:MAX_ROWS]
    return f"{head}\n\n" + table(["Field", "Type", "Required", "Limits", "Description"], rows) + more


# -- one operation ----------------------------------------------------------------------------
def _duration(value: Any) -> str:
    return str(value)


def ratelimit_section(o: Operation, spec_ops: dict[str, list[Operation]], page: str) -> str:
    rl = o.op.get("x-wb-ratelimit")
    if not isinstance(rl, dict):
        return "The spec gives no rate limit." if rl is None else yaml_block(rl)
    lines = []
    rows = [
        ["Budget / Лимит", f"{rl.get('limit')} per {_duration(rl.get('period'))}"],
        ["Interval / Интервал", code(rl.get("interval"))],
        ["Burst / Всплеск", code(rl.get("burst"))],
        ["Bucket / Корзина", code(rl.get("bucket"))],
    ]
    cost = o.op.get("x-wb-ratelimit-409-cost")
    if cost is not None:
        rows.append(["A 409 answer costs", f"{cost} requests"])
    lines.append(table(["Лимит / Limit", "Значение / Value"], rows))
    others = [x for x in spec_ops.get(str(rl.get("bucket")), []) if x.key != o.key]
    if others:
        links = ", ".join(f"[{code(x.method + ' ' + x.path)}]({rel(page, x.page)})" for x in others)
        lines.append(f"The bucket is shared with {len(others)} other operation(s): {links}.")
    if rl.get("x-wb-uncertain"):
        lines.append(f"Uncertain: {text(rl['x-wb-uncertain'])}")
    by_type = rl.get("by-token-type")
    if isinstance(by_type, dict) and by_type:
        lines.append("### By token type / По типу токена")
        keys = ["period", "limit", "interval", "burst", "bucket"]  # WB's order, then any other
        for row in by_type.values():
            for k in row if isinstance(row, dict) else []:
                if k not in keys:
                    keys.append(k)
        keys = [k for k in keys if any(isinstance(r, dict) and k in r for r in by_type.values())]
        body = []
        for token_type, row in by_type.items():
            row = row if isinstance(row, dict) else {"value": row}
            body.append([code(token_type)] + [cell(row.get(k, "")) for k in keys])
        lines.append(table(["Token type", *keys], body))
    elif by_type is not None:
        lines.append("### By token type / По типу токена\n\n" + yaml_block(by_type))
    else:
        lines.append(
            "Limits per token type: the spec gives none for this operation yet; the numbers above "
            "apply to every token."
        )
    rest = {
        k: v
        for k, v in rl.items()
        if k not in ("period", "limit", "interval", "burst", "bucket", "x-wb-uncertain", "by-token-type")
    }
    if rest:
        lines.append(yaml_block(rest))
    return "\n\n".join(lines)


def hosts_of(spec: Spec, o: Operation) -> list[tuple[str, str]]:
    servers = o.op.get("servers") or o.item.get("servers") or spec.doc.get("servers") or []
    return [(str(s.get("description") or ""), str(s.get("url"))) for s in servers if isinstance(s, dict)]


def removal_of(o: Operation) -> tuple[str | None, list[str], str | None]:
    """(date, successors, note) of `x-wb-removed: {date, successors, source, note}` (CONVENTIONS.md,
    "When WB removed an operation"); the date may be null when the facts give none."""
    mark = o.op.get("x-wb-removed")
    if not isinstance(mark, dict):
        return None, [], None
    successors = [str(s) for s in mark.get("successors") or []]
    return mark.get("date"), successors, mark.get("note")


def retirement_section(o: Operation, by_key: dict[str, Operation], page: str) -> str:
    removed = o.op.get("x-wb-removed")
    date, successors, note = removal_of(o)
    if not (o.deprecated or removed):
        return ""
    lines = []
    kind = "danger" if removed else "warning"
    when = f" on {date}" if date else ""
    title = f"Removed by WB{when} / Удалена WB" if removed else "Deprecated / Устарела"
    lines.append(f'!!! {kind} "{title}"')
    body = []
    if o.deprecated and not removed:
        body.append(
            "WB retires this operation. It stays callable through the raw client; the first call in a "
            "process warns (`DeprecationWarning` naming it)."
        )
    if removed:
        body.append(
            f"WB removed it{when or ' (the facts give no exact date)'}: WB answers 404. The raw call warns "
            "once; a facade method calls a successor or raises `OperationRemovedError` without sending."
        )
    for succ in successors:
        target = by_key.get(succ)
        if target is not None:
            link = f"[{code(target.method + ' ' + target.path)}]({rel(page, target.page)})"
            body.append(f"Successor: {link} ({code(target.key)}).")
        else:
            body.append(f"Successor: {code(succ)}.")
    if successors and note:
        body.append(f"({note})")
    if not successors:
        body.append(
            "No successor is recorded in the spec (`x-wb-removed.successors`); the description and the "
            "changes below say what is known. See [migrating when WB retires an operation]"
            f"({rel(page, 'guides/retirements.md')})."
        )
    lines += ["    " + b for b in body]
    return "\n".join(lines)


def parameters_section(doc: dict[str, Any], o: Operation) -> str:
    params = [
        resolve(doc, p)[0] for p in [*(o.item.get("parameters") or []), *(o.op.get("parameters") or [])]
    ]
    if not params:
        return "None."
    rows = []
    for p in params:
        schema, _ = resolve(doc, p.get("schema") or {})
        schema = schema if isinstance(schema, dict) else {}
        rows.append(
            [
                code(p.get("name")),
                str(p.get("in", "")),
                cell(type_of(doc, p.get("schema") or {})),
                "yes" if p.get("required") else "",
                cell(constraints({**schema, **{k: v for k, v in p.items() if k.startswith("x-wb-")}})),
                cell(_first(p.get("description") or "")),
            ]
        )
    return table(["Name", "In", "Type", "Required", "Limits", "Description"], rows)


def body_section(doc: dict[str, Any], o: Operation) -> str:
    body, _ = resolve(doc, o.op.get("requestBody"))
    if not isinstance(body, dict):
        return "None."
    out = []
    if body.get("description"):
        out.append(text(body["description"]))
    for media, content in (body.get("content") or {}).items():
        req = "required" if body.get("required") else "optional"
        out.append(f"`{media}` ({req}). " + schema_section(doc, (content or {}).get("schema") or {}))
    return "\n\n".join(out) or "None."


def responses_section(doc: dict[str, Any], o: Operation, errors: bool) -> str:
    out = []
    for status, response in (o.op.get("responses") or {}).items():
        is_error = not str(status).startswith(("1", "2", "3"))
        if is_error != errors:
            continue
        response, _ = resolve(doc, response)
        response = response if isinstance(response, dict) else {}
        head = f"**{status}** — {text(_first(response.get('description') or '', 500))}"
        parts = [head]
        contents = response.get("content") or {}
        if not contents:
            parts.append("No body.")
        for media, content in contents.items():
            schema = (content or {}).get("schema")
            if errors:
                parts.append(f"`{media}`: {code(type_of(doc, schema or {}))}")
            else:
                parts.append(f"`{media}`. " + schema_section(doc, schema or {}))
        if response.get("x-wb-uncertain"):
            parts.append(f"Uncertain: {text(response['x-wb-uncertain'])}")
        out.append("\n\n".join(parts))
    return "\n\n".join(out) or "None declared."


def operation_page(spec: Spec, o: Operation, ctx: Context) -> str:
    doc, page = spec.doc, o.page
    tables = generated_tables().get(o.key, {})
    category = o.op.get("x-wb-category")
    also = o.op.get("x-wb-also-categories") or []
    writes = (o.method not in ("GET", "HEAD") and not o.op.get("x-wb-read")) or bool(o.op.get("x-wb-write"))
    hosts = "<br>".join(f"{code(url)} ({cell(kind) or 'server'})" for kind, url in hosts_of(spec, o))
    sandbox = o.op.get("x-wb-sandbox", any(kind == "sandbox" for kind, _ in hosts_of(spec, o)))
    methods = ctx.facade.get(o.key, [])
    facade = (
        "<br>".join(f"[{code(m.name + '()')}]({rel(page, m.page)}#{m.identifier})" for m in methods)
        or "raw only (no facade method calls it: use the raw function)"
    )
    module = (
        tables.get("module")
        or f"wbseller_raw.{o.spec}.api.{_snake((o.op.get('tags') or ['default'])[0])}.{o.operation_id}"
    )
    raw = f"{code(module)}<br>{code(f'{module.rsplit(chr(46), 1)[-1]}.sync(client=wb.{o.spec}.raw, ...)')}"
    rows = [
        ["Operation", code(o.key)],
        ["Hosts / Хосты", hosts or "—"],
        [
            "Token scope / Категория токена",
            code(category) + ("" if not also else " (also " + ", ".join(code(a) for a in also) + ")"),
        ],
        ["Read-only token", "refused (this is a write)" if writes else "allowed (a read)"],
        ["Sandbox", "yes" if sandbox else "no"],
        ["Facade / Метод клиента", facade],
        ["Raw function / Сырая функция", raw],
    ]
    constant = ctx.ops_constant(o)
    if constant:
        rows.append(["Operation constant", code(constant)])
    # what the transport decides by (the generated tables), else the same rule read off the spec
    idempotent = tables.get("idempotent")
    if idempotent is None:
        safe = o.method in ("GET", "HEAD", "PUT", "DELETE") and not o.op.get("x-wb-write")
        idempotent = safe or bool(o.op.get("x-wb-idempotent"))
    if idempotent:
        rows.append(["Repeated after a broken connection", "yes (safe to repeat)"])
    else:
        rows.append(
            ["Repeated after a broken connection", "no: a write that may have reached WB is never sent again"]
        )
    parts = [
        f"---\ntitle: {json.dumps(o.method + ' ' + o.path + ' — ' + o.title, ensure_ascii=False)}\n---",
        f"# {code(o.method + ' ' + o.path)}",
        f"**{text(o.title)}** · spec [{spec.name}]({rel(page, f'{OPS_DIR}/{spec.name}/index.md')})"
        + (f" · tag {code((o.op.get('tags') or [''])[0])}" if o.op.get("tags") else ""),
    ]
    retired = retirement_section(o, ctx.by_key, page)
    if retired:
        parts.append(retired)
    parts.append(table(["Факт / Fact", "Значение / Value"], rows))
    if o.op.get("description"):
        parts += ["## Описание / Description", text(o.op["description"])]
    parts += ["## Лимит запросов / Rate limit", ratelimit_section(o, ctx.buckets, page)]
    parts += ["## Параметры / Parameters", parameters_section(doc, o)]
    parts += ["## Тело запроса / Request body", body_section(doc, o)]
    parts += ["## Ответы / Answers", responses_section(doc, o, errors=False)]
    parts += ["## Ошибки / Errors", responses_section(doc, o, errors=True)]
    parts.append(
        "Every error answer becomes a `wbseller.WBError` subclass (see [errors and retries]"
        f"({rel(page, 'guides/errors.md')}))."
    )
    changes = o.op.get("x-wb-changes") or []
    if changes:
        items = []
        for cid in changes:
            entry = ctx.changes.get(str(cid))
            if entry is None:
                items.append(f"- {code(cid)}")
                continue
            when = entry.get("changed") or "date unknown"
            breaking = " **breaking**" if entry.get("breaking") else ""
            items.append(
                f"- {code(cid)} ({when}{breaking}; {code(entry['file'])}): {cell(entry.get('what', ''))}"
            )
        parts += ["## Изменения после документации / Changes after the docs", "\n".join(items)]
    sources = o.op.get("x-wb-source") or []
    if sources:
        sources = [sources] if isinstance(sources, str) else sources
        parts += ["## Источники / Sources", "\n".join(f"- {text(s)}" for s in sources)]
    if o.op.get("x-wb-uncertain"):
        parts += ["## Неточно / Uncertain", text(o.op["x-wb-uncertain"])]
    other = {k: v for k, v in o.op.items() if k.startswith("x-") and k not in RENDERED}
    if other:
        parts += ["## Прочее / Other facts", yaml_block(other)]
    return "\n\n".join(parts) + "\n"


def _snake(tag: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", tag.lower()).strip("_")


# -- indexes ----------------------------------------------------------------------------------
def _limit(o: Operation) -> str:
    rl = o.op.get("x-wb-ratelimit")
    if not isinstance(rl, dict):
        return ""
    return f"{rl.get('limit')}/{rl.get('period')}" + (" by type" if rl.get("by-token-type") else "")


def spec_index(spec: Spec, ctx: Context) -> str:
    page = f"{OPS_DIR}/{spec.name}/index.md"
    info = spec.doc.get("info") or {}
    servers = spec.doc.get("servers") or []
    host_rows = [
        [cell(s.get("description") or ""), code(s.get("url"))] for s in servers if isinstance(s, dict)
    ]
    auth = ", ".join(next(iter(s)) for s in spec.doc.get("security") or [] if s)
    parts = [
        f"# {text(spec.title)} ({code(spec.name)})",
        f"{len(spec.operations)} operations; the raw client: `wb.{spec.name}.raw` "
        f"(`wbseller_raw.{spec.name}`); auth: {code(auth or '—')}.",
        table(["", "Host / Хост"], host_rows) if host_rows else "",
    ]
    if info.get("description"):
        parts += ["## О спецификации / About this spec", text(info["description"])]  # noqa: RUF001
    by_tag: dict[str, list[Operation]] = {}
    for o in spec.operations:
        by_tag.setdefault(str((o.op.get("tags") or ["—"])[0]), []).append(o)
    parts.append("## Операции / Operations")
    for tag, ops in by_tag.items():
        rows = []
        for o in ops:
            methods = ", ".join(code(m.name) for m in ctx.facade.get(o.key, [])) or "raw only"
            flags = "deprecated" if o.deprecated else ""
            if o.op.get("x-wb-removed"):
                flags = f"removed {removal_of(o)[0] or ''}".strip()
            rows.append(
                [
                    f"[{code(o.method + ' ' + o.path)}]({rel(page, o.page)})",
                    cell(o.title),
                    code(o.op.get("x-wb-category")),
                    cell(_limit(o)),
                    methods,
                    flags,
                ]
            )
        parts += [f"### {text(tag)}", table(["Operation", "Summary", "Scope", "Limit", "Facade", ""], rows)]
    return "\n\n".join(p for p in parts if p) + "\n"


def operations_index(ctx: Context) -> str:
    page = f"{OPS_DIR}/index.md"
    rows = []
    total = deprecated = covered = 0
    for spec in ctx.specs:
        hosts = ", ".join(
            code(s.get("url"))
            for s in spec.doc.get("servers") or []
            if (s or {}).get("description") == "production"
        )
        n_dep = sum(o.deprecated for o in spec.operations)
        n_cov = sum(bool(ctx.facade.get(o.key)) for o in spec.operations)
        total, deprecated, covered = total + len(spec.operations), deprecated + n_dep, covered + n_cov
        rows.append(
            [
                f"[{code(spec.name)}]({rel(page, f'{OPS_DIR}/{spec.name}/index.md')})",
                hosts,
                str(len(spec.operations)),
                str(n_cov),
                str(n_dep),
            ]
        )
    return (
        "\n\n".join(
            [
                "# Операции WB / WB operations",
                "One page per operation of WB's seller API, generated from the specs (`specs/*.yaml`, the "
                "project's source of truth) at each build of this site: parameters, body and answers "
                "(summarised), limits, token scope, errors, retirement, and the facade method and raw "
                "function that call it. How to read a page: [about these docs](../../about.md).",
                table(["Spec", "Production host", "Operations", "With a facade method", "Deprecated"], rows),
                f"In all: {total} operations, {covered} called by a facade method, {deprecated} deprecated.",
            ]
        )
        + "\n"
    )


def facade_page(ctx: Context) -> str:
    page = "reference/facade-map.md"
    rows = []
    for m in ctx.methods:
        ops = ", ".join(
            f"[{code(op.method + ' ' + op.path)}]({rel(page, ctx.by_key[op.key].page)})"
            for op in sorted(m.ops, key=lambda x: x.key)
            if op.key in ctx.by_key
        )
        rows.append([f"[{code(m.name + '()')}]({rel(page, m.page)}#{m.identifier})", ops])
    return (
        "\n\n".join(
            [
                "# Методы и операции / Facade methods and WB operations",
                "Which WB operations each facade method may call, read from the facade's source by "
                "`scripts/facade_map.py` at each build. A method not listed calls no WB operation itself "
                "(it reads a token, builds a handle, ...). On an `AsyncClient` the same methods are awaited.",
                table(["Method", "Operations"], rows),
            ]
        )
        + "\n"
    )


# -- API pages of the service modules ---------------------------------------------------------
def service_api_pages(ctx: Context) -> dict[str, str]:
    """One mkdocstrings page per facade module that has a service class or a handle."""
    out = {}
    for module in sorted({m.module for m in ctx.methods if m.module != "wbseller.client"}):
        short = module.rsplit(".", 1)[-1]
        out[f"{API_DIR}/services/{short}.md"] = (
            f"# {code(module)}\n\n"
            f"::: {module}\n"
            "    options:\n"
            "      show_root_heading: false\n"
            "      inherited_members: true\n"
        )
    return out


# -- the CLI's help ---------------------------------------------------------------------------
def cli_page() -> str:
    """Every command's --help, as the installed CLI prints it."""
    try:
        import click

        from wbseller.cli import cli
    except ImportError as e:  # the docs extra installs click; say so rather than skip
        raise SystemExit(f"docs: the CLI reference needs the cli extra ({e})") from e

    blocks = []

    def walk(cmd: click.Command, name: str, parent: click.Context | None) -> None:
        ctx = click.Context(cmd, info_name=name, parent=parent, terminal_width=100, max_content_width=100)
        full = ctx.command_path
        blocks.append(f"## `{full}`\n\n```text\n{cmd.get_help(ctx).rstrip()}\n```")
        if isinstance(cmd, click.Group):
            for sub in cmd.list_commands(ctx):
                child = cmd.get_command(ctx, sub)
                if child is not None and not child.hidden:
                    walk(child, sub, ctx)

    walk(cli, "wbseller", None)
    return (
        "# Справка по командам / Command reference\n\n"
        "Each command's `--help`, printed by the installed CLI when this site was built. The "
        "[CLI guide](../guides/cli.md) shows them at work.\n\n" + "\n\n".join(blocks) + "\n"
    )


# -- all of it --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Method:
    name: str  # client.content.iter_cards
    module: str  # wbseller.services.content
    identifier: str  # the anchor mkdocstrings gives it
    page: str
    ops: frozenset[facade_map.Op]


class Context:
    """What the pages are made from: the specs, the change records, the facade's methods."""

    def __init__(self, specs_dir: Path = SPECS, methods: list[facade_map.FacadeMethod] | None = None) -> None:
        self.specs = load_specs(specs_dir)
        self.changes = load_changes(specs_dir / "changes")
        self.by_key = {o.key: o for s in self.specs for o in s.operations}
        self.buckets: dict[str, list[Operation]] = {}
        for o in self.by_key.values():
            rl = o.op.get("x-wb-ratelimit")
            if isinstance(rl, dict) and rl.get("bucket"):
                self.buckets.setdefault(str(rl["bucket"]), []).append(o)
        self.methods = [
            Method(m.name, m.module, m.identifier, _api_page(m.module), m.ops)
            for m in (facade_map.facade_method_list() if methods is None else methods)
        ]
        self.facade: dict[str, list[Method]] = {}
        for m in self.methods:
            for op in m.ops:
                self.facade.setdefault(op.key, []).append(m)

    def ops_constant(self, o: Operation) -> str | None:
        """`wbseller_raw.<spec>.ops.<NAME>` when the generated operation layer defines it."""
        path = ROOT / "generated" / "wbseller_raw" / o.spec / "ops.py"
        name = o.operation_id.upper()
        if path.is_file() and re.search(rf"^{name}\b", path.read_text(encoding="utf-8"), re.M):
            return f"wbseller_raw.{o.spec}.ops.{name}"
        return None


def _api_page(module: str) -> str:
    if module == "wbseller.client":
        return f"{API_DIR}/client.md"
    return f"{API_DIR}/services/{module.rsplit('.', 1)[-1]}.md"


def pages(ctx: Context | None = None) -> dict[str, str]:
    """Every generated page: path under docs/ -> Markdown."""
    ctx = ctx or Context()
    out = {f"{OPS_DIR}/index.md": operations_index(ctx), "reference/facade-map.md": facade_page(ctx)}
    for spec in ctx.specs:
        out[f"{OPS_DIR}/{spec.name}/index.md"] = spec_index(spec, ctx)
        for o in spec.operations:
            out[o.page] = operation_page(spec, o, ctx)
    out.update(service_api_pages(ctx))
    out["reference/cli.md"] = cli_page()
    return out


def nav(ctx: Context | None = None) -> list[Any]:
    """The navigation of the generated part: per spec, its index and its operations."""
    ctx = ctx or Context()
    specs: list[Any] = [f"{OPS_DIR}/index.md"]
    for spec in ctx.specs:
        entries: list[Any] = [{"Обзор / Overview": f"{OPS_DIR}/{spec.name}/index.md"}]
        entries += [{f"{o.method} {o.path}": o.page} for o in spec.operations]
        specs.append({spec.name: entries})
    services = [
        {path.rsplit("/", 1)[-1].removesuffix(".md"): path} for path in sorted(service_api_pages(ctx))
    ]
    return [
        {"Операции WB / WB operations": specs},
        {"Сервисы / Services": services},
        "reference/facade-map.md",
        "reference/cli.md",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the generated pages as Markdown files.")
    parser.add_argument("--out", type=Path, required=True, help="directory to write them into")
    args = parser.parse_args(argv)
    for path, content in pages().items():
        target = args.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    print(f"{len(pages())} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
