"""specs/changes/2026-12-06-content-current.yaml (issue 20, the content part of WB's facts of 2026-08):
the spec says what each entry says, and every item of changed.yaml for a content operation is
applied or listed as not applied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from speclib import iter_operations, load_spec, resolve, spec_paths
from wbchanges import read_changes
from wbfacts import FACTS_DIR

SPEC = load_spec(next(p for p in spec_paths() if p.stem == "content"))
OPS = {so.op["operationId"]: so for so in iter_operations(SPEC, Path("specs/content.yaml"))}
FILE = "specs/changes/2026-12-06-content-current.yaml"
ENTRIES = {c.id: c for c in read_changes()[0] if c.file == FILE}
FACTS = FACTS_DIR / "2026-08" / "changed.yaml"


def node(operation_id: str, where: str, *fields: str) -> dict[str, Any]:
    """The schema at `where` ("body" or a status) of an operation, down `fields` ("[]": items)."""
    op = OPS[operation_id].op
    top = op["requestBody"] if where == "body" else op["responses"][where]
    n: Any = resolve(SPEC, top)["content"]["application/json"]["schema"]
    for f in fields:
        n = resolve(SPEC, n)
        if "allOf" in n:
            n = resolve(SPEC, n["allOf"][0])
        n = n["items"] if f == "[]" else n["properties"][f]
    n = resolve(SPEC, n)
    return resolve(SPEC, n["allOf"][0]) if "allOf" in n else n


def test_the_entries_are_read_and_cited() -> None:
    assert set(ENTRIES) == {
        "cards-error-list-batches",
        "cards-with-photo-values",
        "cards-write-fields-2026-08",
        "cards-lists-2026-08",
        "content-details-2026-08",
        "content-kept-2026-08",
    }
    for c in ENTRIES.values():
        assert c.recorded == dt.date(2026, 12, 6)
        for op in c.operations:
            assert c.id in OPS[op.split(".", 1)[1]].op["x-wb-changes"], (c.id, op)


def test_the_error_list_post_takes_a_cursor_and_answers_batches() -> None:
    post = "list_of_failed_product_cards_with_errors_post"
    assert OPS[post].op["requestBody"]["required"] is True
    limit = node(post, "body", "cursor", "limit")
    assert (limit["type"], limit["maximum"], limit["default"]) == ("integer", 100, 100)
    assert set(node(post, "body", "cursor")["properties"]) == {"limit", "updatedAt", "batchUUID"}
    assert node(post, "body", "order", "ascending")["default"] is True
    assert set(node(post, "200", "data")["properties"]) == {"items", "cursor"}
    assert set(node(post, "200", "data", "cursor")["properties"]) == {"updatedAt", "batchUUID", "next"}
    item = node(post, "200", "data", "items", "[]")
    assert set(item["properties"]) == {
        "batchUUID",
        "updatedAt",
        "vendorCodes",
        "errors",
        "subjects",
        "brands",
    }
    for key in ("errors", "subjects", "brands"):  # objects in the facts, layout from WB's text only
        assert "x-wb-uncertain" in node(post, "200", "data", "items", "[]", key)
    assert OPS[post].op.get("x-wb-sandbox") is not False  # the facts list the sandbox host


def test_the_error_list_get_is_marked_removed() -> None:
    get = OPS["list_of_failed_product_cards_with_errors"].op
    assert get["deprecated"] is True
    removed = get["x-wb-removed"]
    assert removed["date"] is None  # the facts: "before 2025-12-26", no day
    assert removed["successors"] == ["content.list_of_failed_product_cards_with_errors_post"]
    assert "2025-12-26" in removed["source"]


def test_with_photo_takes_the_new_values() -> None:
    with_photo = node("product_cards_list", "body", "settings", "filter", "withPhoto")
    assert with_photo["enum"] == [-1, 0, 1, 2] and with_photo["default"] == 0


def test_card_writes_take_kiz_and_wholesale_not_chrt_id_or_is_valid() -> None:
    for op, path in (
        ("create_product_cards", ("[]", "variants", "[]")),
        ("create_product_cards_with_merge", ("cardsToAdd", "[]")),
    ):
        variant = node(op, "body", *path)
        assert variant["properties"]["kizMarked"]["type"] == "boolean"
        wholesale = node(op, "body", *path, "wholesale")
        assert set(wholesale["properties"]) == {"enabled", "quantum"}
        assert wholesale["properties"]["quantum"]["minimum"] == 0
        assert "chrtID" not in node(op, "body", *path, "sizes", "[]")["properties"]
        assert "isValid" not in node(op, "body", *path, "dimensions")["properties"]
        assert node(op, "body", *path, "dimensions", "length")["type"] == "integer"
        assert (
            variant["required"] == ["vendorCode"] and variant["properties"]["vendorCode"]["maxLength"] == 72
        )
    update = node("update_product_cards", "body", "[]")
    assert update["properties"]["kizMarked"]["type"] == "boolean" and "wholesale" not in update["properties"]
    assert "chrtID" in node("update_product_cards", "body", "[]", "sizes", "[]")["properties"]
    assert "isValid" not in node("update_product_cards", "body", "[]", "dimensions")["properties"]
    to_add = node("create_product_cards_with_merge", "body", "cardsToAdd")
    assert (to_add["minItems"], to_add["maxItems"]) == (1, 29)
    # the answers keep both: a card read from the list has them
    assert "chrtID" in node("product_cards_list", "200", "cards", "[]", "sizes", "[]")["properties"]
    assert "isValid" in node("product_cards_list", "200", "cards", "[]", "dimensions")["properties"]


@pytest.mark.parametrize("op", ["product_cards_list", "product_cards_in_trash_list"])
def test_the_card_lists_take_what_wb_defaults(op: str) -> None:
    assert not node(op, "body").get("required")  # settings optional
    assert not node(op, "body", "settings", "cursor").get("required")
    assert node(op, "body", "settings", "cursor", "limit")["default"] == 10
    sort = node(op, "body", "settings", "sort")
    assert set(sort["properties"]) == {"ascending"} and sort["properties"]["ascending"]["default"] is False
    assert "price" not in node(op, "200", "cards", "[]", "sizes", "[]")["properties"]
    card = node(op, "200", "cards", "[]")
    assert {"kizMarked", "wholesale"} <= set(card["properties"])


def test_the_vat_list_takes_no_locale() -> None:
    locale = next(p for p in OPS["vat_rate"].op["parameters"] if p["name"] == "locale")
    assert locale["required"] is False


def _facts() -> list[dict[str, Any]]:
    text = FACTS.read_text(encoding="utf-8")
    # the file's `highlights` line is not valid YAML (an apostrophe inside a single-quoted
    # string): the operations list after it is
    return list(yaml.safe_load(text[text.index("\noperations:") :])["operations"])


@pytest.mark.skipif(not FACTS.exists(), reason="../shared/wb-facts not here")
def test_every_content_item_of_the_facts_is_applied_or_kept() -> None:
    """Each content operation with a contract item (not a limit: those go with the limits) cites
    an entry of 2026-12-06 that applies it or lists it as kept."""
    ours = set(ENTRIES)
    missing = []
    for op in _facts():
        name = op.get("our_operation", "")
        kinds = {c["kind"] for c in op["changes"]} - {"limit", "limit_base_token", "penalty"}
        cited = (
            set(OPS[name.split(".", 1)[1]].op.get("x-wb-changes", []))
            if name.startswith("content.")
            else ours
        )
        if kinds and not ours & cited:
            missing.append(name)
    assert missing == []
