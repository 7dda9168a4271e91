"""specs/wbd.yaml against WB's WBD reference (wb-facts/2026-08/wbd-changed.yaml, issue 20): every
item of that file is either in the spec now (checked here, field by field, against what the spec
says) or listed as not applied, with its reason, in specs/changes/2026-12-06-wbd-current.yaml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import wbchanges
import yaml
from speclib import SPECS_DIR, iter_operations, load_spec, resolve
from wbfacts import FACTS_DIR

WBD_CHANGED = FACTS_DIR / "2026-08" / "wbd-changed.yaml"
ENTRY_FILE = "specs/changes/2026-12-06-wbd-current.yaml"
SPEC = load_spec(SPECS_DIR / "wbd.yaml")
OPS = {f"wbd.{so.op['operationId']}": so for so in iter_operations(SPEC, SPECS_DIR / "wbd.yaml")}
# WB's formats as the spec spells them (OpenAPI has no float64)
FORMATS = {"float64": "double"}


@dataclass(frozen=True)
class Item:
    """One fact of wbd-changed.yaml (an item with several diff keys is one Item per key)."""

    key: str  # how the changes entry names it: "<operation> <kind> <field|status> [<diff key>]"
    op: str | None  # wbd.<operationId>, None for document.error_bodies
    raw: dict[str, Any]
    diff_key: str | None = None

    @property
    def wb(self) -> Any:
        return self.raw["diff"][self.diff_key]["wb"] if self.diff_key else self.raw.get("wb")


def facts() -> dict[str, Any]:
    with open(WBD_CHANGED, encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def _items(op: str | None, head: str, change: dict[str, Any]) -> Iterator[Item]:
    kind = change["kind"]
    where = change.get("field") or change.get("name") or change.get("status") or ""
    base = f"{head} {kind} {where}".rstrip()
    if "diff" in change and isinstance(change["diff"], dict):
        for k in change["diff"]:
            yield Item(f"{base} {k}", op, change, k)
    else:
        yield Item(base, op, change)


def all_items() -> list[Item]:
    data = facts()
    out: list[Item] = []
    for status, body in data["document"]["error_bodies"].items():
        for change in body["changes"]:
            out += _items(None, "error_bodies", change | {"status": status})
    for op in data["operations"]:
        for change in op["changes"]:
            out += _items(op["our_operation"], op["our_operation"], change)
    return out


# --- what the spec says --------------------------------------------------------------------------
def _merge(node: Any) -> dict[str, Any]:
    node = resolve(SPEC, node)
    if "allOf" in node:
        merged = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = _merge(part)
            merged = part | merged | {"properties": part.get("properties", {}) | merged.get("properties", {})}
        return merged
    return dict(node)


def _response(op: str, status: str) -> dict[str, Any] | None:
    resp = OPS[op].op["responses"].get(status)
    return None if resp is None else resolve(SPEC, resp)


def _body(op: str) -> dict[str, Any]:
    content = resolve(SPEC, OPS[op].op["requestBody"])["content"]
    return _merge(next(iter(content.values()))["schema"])


def _walk(root: dict[str, Any], path: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None, str]:
    """(the node at `path`, its parent object, its name); the node is None when absent."""
    node: dict[str, Any] | None = root
    parent, name = None, ""
    for part in path.replace("[]", ".[]").split("."):
        if node is None:
            return None, None, part
        if part == "[]":
            node = _merge(node["items"]) if "items" in node else None
            continue
        parent, name = node, part
        prop = node.get("properties", {}).get(part)
        node = None if prop is None else _merge(prop) | {"nullable": resolve(SPEC, prop).get("nullable")}
    return node, parent, name


def _field(item: Item) -> tuple[dict[str, Any] | None, dict[str, Any] | None, str]:
    where = item.raw["field"]
    if ":" in where:  # an answer: "<status>:<path>"
        status, path = where.split(":", 1)
        if item.op is None:  # document.error_bodies: the error body every WBD operation answers
            resp = next(r for o in OPS if (r := _response(o, status)) is not None)
        else:
            resp = _response(item.op, status)
        assert resp is not None, item.key
        return _walk(_merge(resp["content"]["application/json"]["schema"]), path)
    assert item.op is not None
    return _walk(_body(item.op), where)


def _same(spec_node: dict[str, Any], key: str, wb: Any, response: bool) -> bool:
    if key == "type":
        return spec_node.get("type") == wb
    if key == "format":
        return spec_node.get("format") == FORMATS.get(wb, wb)
    if key == "enum":
        return spec_node.get("x-wb-enum" if response else "enum", spec_node.get("enum")) == wb
    if key == "nullable":
        return bool(spec_node.get("nullable")) == wb
    if key in ("maxLength", "minimum", "maximum", "maxItems"):
        return spec_node.get(key) == wb
    raise AssertionError(f"unknown diff key {key}")


WB_ERRORS = facts()["document"]["error_bodies_wb_schemas"]


def _error_fields(schema: dict[str, Any]) -> set[str]:
    return set(_merge(schema).get("properties", {}))


def reflected(item: Item) -> bool:
    """Whether the spec says what WB's reference says for this item."""
    kind, raw = item.raw["kind"], item.raw
    if kind in ("status_added", "status_removed"):
        declared = raw["status"] in OPS[item.op or ""].op["responses"]
        return declared == (kind == "status_added")
    if kind == "error_body":
        resp = _response(item.op or "", raw["status"])
        wb = {k for k in WB_ERRORS[raw["wb"]] if "[]" not in k}
        return resp is not None and _error_fields(resp["content"]["application/json"]["schema"]) == wb
    if kind == "limit":
        rl = OPS[item.op or ""].op["x-wb-ratelimit"]
        return (rl["period"], rl["limit"]) == (raw["wb"]["period"], raw["wb"]["limit"])
    if kind == "response_required":
        names = raw["required_in_wb_only"]
        return not names  # no answer of ours requires a field (permissive by design)
    if kind == "response_content_type":
        resp = _response(item.op or "", raw["status"])
        return resp is not None and "content" not in resp
    if kind == "param_changed":
        where, name = raw["name"].split(":", 1)
        params = [resolve(SPEC, p) for p in OPS[item.op or ""].op.get("parameters", [])]
        param = next(p for p in params if p["name"] == name and p["in"] == where)
        return _same(resolve(SPEC, param["schema"]), item.diff_key or "", item.wb, response=False)
    node, parent, name = _field(item)
    response = ":" in raw["field"]
    if kind == "response_field_removed":
        return node is None
    if kind in ("response_field_added", "body_field_added"):
        wb = raw["wb"]
        if node is None or node.get("type") != wb["type"]:
            return False
        if "format" in wb and node.get("format") != FORMATS.get(wb["format"], wb["format"]):
            return False
        if bool(node.get("nullable")) != bool(wb.get("nullable")) or node.get("maxLength") != wb.get(
            "maxLength"
        ):
            return False
        required = name in (parent or {}).get("required", [])
        return response or required == wb["required"]
    assert node is not None, item.key
    if item.diff_key == "$recursive":  # nested problems: the items are the error schema itself
        array, _, _ = _field(Item(item.key, item.op, raw | {"field": raw["field"].removesuffix("[]")}))
        return bool(
            (array or {}).get("items", {}).get("$ref") == f"#/components/schemas/WbdProblem{raw['status']}"
        )
    if item.diff_key == "required":
        return (name in (parent or {}).get("required", [])) == item.wb
    return _same(node, item.diff_key or "", item.wb, response)


def entry_groups() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(entry id, file, items, why) of every not_applied group of the record."""
    changes, problems = wbchanges.read_changes()
    assert problems == []
    return [(c.id, c.file, items, why) for c in changes for items, why in c.not_applied]


# --- every item: applied, or listed with its reason --------------------------------------------------
ITEMS = all_items()


def test_the_facts_are_the_ones_the_issue_names() -> None:
    data = facts()
    raw = sum(len(op["changes"]) for op in data["operations"])
    in_document = sum(len(b["changes"]) for b in data["document"]["error_bodies"].values())
    assert (raw + in_document, in_document, len(data["operations"])) == (272, 17, 22)
    assert {i.op for i in ITEMS if i.op} == set(OPS)


def test_every_item_is_applied_or_listed_with_its_reason() -> None:
    groups = entry_groups()
    assert groups and all(why for *_, why in groups)
    assert {file for _, file, _, _ in groups} == {ENTRY_FILE}
    patterns = [p for _, _, items, _ in groups for p in items]
    missing = [
        i.key for i in ITEMS if not reflected(i) and not any(wbchanges.matches(p, i.key) for p in patterns)
    ]
    assert missing == [], "neither in specs/wbd.yaml nor listed as not applied"
    # a group never covers an applied item, and names only items of the file (no stale pattern)
    for pattern in patterns:
        hits = [i for i in ITEMS if wbchanges.matches(pattern, i.key)]
        assert hits, f"not_applied {pattern!r} names no item of wbd-changed.yaml"
        applied = [i.key for i in hits if reflected(i)]
        assert applied == [], f"not_applied {pattern!r} covers applied items"


def test_the_check_tells_an_applied_item_from_one_that_is_not() -> None:
    by_key = {i.key: i for i in ITEMS}
    assert reflected(by_key["wbd.get_offer_information response_field_changed 200:rating type"])
    assert reflected(by_key["wbd.get_offer_information response_field_changed 200:status nullable"])
    assert not reflected(by_key["wbd.get_offer_information response_field_changed 200:deleted nullable"])
    assert not reflected(by_key["wbd.get_offer_information status_removed 429"])
    assert reflected(by_key["wbd.upload_media_file_for_an_offer limit"])


def test_the_record_is_dated_and_cites_the_facts() -> None:
    changes, problems = wbchanges.read_changes()
    assert problems == []
    mine = [c for c in changes if c.file == ENTRY_FILE]
    assert {c.recorded for c in mine} == {dt.date(2026, 12, 6)}
    assert all(c.changed is None and "wbd-changed.yaml" in c.source for c in mine)
    for c in mine:
        for op in c.operations:
            assert c.id in OPS[op].op["x-wb-changes"], (c.id, op)


# --- the highlights, as the spec has them now --------------------------------------------------------
def schema_of(op: str, where: str, path: str = "") -> dict[str, Any]:
    if where == "body":
        root = _body(op)
    else:
        resp = _response(op, where)
        assert resp is not None
        root = _merge(resp["content"]["application/json"]["schema"])
    node = _walk(root, path)[0] if path else root
    assert node is not None, (op, where, path)
    return node


@pytest.mark.parametrize(
    ("op", "prefix"),
    [
        ("wbd.create_new_offer", ""),
        ("wbd.get_offer_information", ""),
        ("wbd.get_a_list_of_your_offers", "items[]."),
    ],
)
def test_an_offer_takes_a_fractional_rating_and_a_null_status(op: str, prefix: str) -> None:
    assert schema_of(op, "200", prefix + "rating")["type"] == "number"
    status = schema_of(op, "200", prefix + "status")
    assert status["nullable"] is True and "enum" not in status
    assert 10 in schema_of(op, "200", prefix + "section")["x-wb-enum"]
    assert schema_of(op, "200", prefix + "content[].meta")["type"] == "string"
    assert schema_of(op, "200", prefix + "tags[].weight")["format"] == "double"


def test_the_keys_answers_name_wbs_fields() -> None:
    key = schema_of("wbd.get_the_key_list", "200", "items[]")
    assert set(key["properties"]) == {"id", "value", "created_at", "buyed_at", "deleted_at"}
    assert key["properties"]["buyed_at"]["nullable"] and key["properties"]["deleted_at"]["nullable"]
    redeemed = schema_of("wbd.get_redeemed_keys", "200", "items[]")
    assert set(redeemed["properties"]) == {
        "id",
        "offer_id",
        "offer_title",
        "offer_price",
        "value",
        "created_at",
        "buyed_at",
    }
    for status in ("200", "207"):
        one = schema_of("wbd.delete_activation_keys", status, "statuses[]")["properties"]
        assert {k: v["type"] for k, v in one.items()} == {
            "id": "integer",
            "code": "string",
            "message": "string",
            "status": "boolean",
        }


def test_the_catalog_nodes_nest() -> None:
    node = schema_of("wbd.get_categories_and_their_subcategories", "200", "items[]")
    assert {
        "id",
        "parent_id",
        "section_id",
        "node_order",
        "total",
        "name",
        "img",
        "is_section",
        "path",
    } < set(node["properties"])
    children = node["properties"]["children"]["items"]
    assert children == {"$ref": "#/components/schemas/CatalogNode"}


def test_upload_init_meta_takes_wbs_fields_and_rating_values() -> None:
    meta = schema_of("wbd.initialize_new_content", "body", "meta")
    props = meta["properties"]
    assert props["rating"]["enum"] == ["0+", "6+", "12+", "14+", "16+", "18+"]
    assert {"bisac", "duration", "original_name", "source_file_name", "translator", "voice"} <= set(props)
    assert {k for k, v in props.items() if v.get("maxLength") == 100} == {
        "author",
        "original_name",
        "source_file_name",
        "translator",
        "voice",
    }
    assert meta["required"] == ["thumbnail", "rating"]  # the docs' rule stays (not_applied)


def test_offer_requests_take_wbs_meta_and_require_content_fields() -> None:
    for op in ("wbd.create_new_offer", "wbd.edit_offer"):
        meta = schema_of(op, "body", "meta")["properties"]
        assert (meta["key_instruction"]["maxLength"], meta["addresses"]["maxLength"]) == (5000, 1000)
    assert schema_of("wbd.create_new_offer", "body", "content[]")["required"] == ["category_id", "content"]


def test_wbd_errors_are_wbs_problem_details() -> None:
    for op in OPS:
        for status, resp in OPS[op].op["responses"].items():
            if status.startswith(("4", "5")):
                body = _merge(resolve(SPEC, resp)["content"]["application/json"]["schema"])
                assert {"title", "requestId"} <= set(body["properties"]), (op, status)
                assert not {"statusText", "timestamp"} & set(body["properties"]), (op, status)
    assert "detail" not in schema_of("wbd.get_the_key_list", "403")["properties"]
    assert set(schema_of("wbd.download_content", "502")["properties"]) == set(
        WB_ERRORS["ProblemDetails502"]
    ) - {"errors[]"}


def test_the_gallery_is_paced_at_ten_a_second() -> None:
    rl = OPS["wbd.upload_media_file_for_an_offer"].op["x-wb-ratelimit"]
    assert (rl["period"], rl["limit"], rl["interval"], rl["burst"]) == ("1s", 10, "100ms", 1)
    assert "x-wb-uncertain" in rl  # the burst is assumed
