"""specs/changes/ (WB's changes after the docs) is read by the lint, and the specs say what each
entry says: one test per fact of issue 11."""

from __future__ import annotations

import datetime as dt
from typing import Any

import lint_specs
import pytest
import wbchanges
from speclib import SPECS_DIR, iter_operations, load_spec, resolve, spec_paths
from wbchanges import Change, read_changes

SPECS = {p.stem: load_spec(p) for p in spec_paths()}
OPS = {
    f"{so.spec}.{so.op['operationId']}": so for p in spec_paths() for so in iter_operations(SPECS[p.stem], p)
}


def schema(path: str) -> dict[str, Any]:
    """`<spec>.<operationId>` then `body` or `response[200]`, then property names and `[]`."""
    spec_name, rest = path.split(".", 1)
    operation_id, *parts = rest.split(" ")
    op, spec = OPS[f"{spec_name}.{operation_id}"].op, SPECS[spec_name]
    where, *fields = parts
    if where == "body":
        node = resolve(spec, op["requestBody"])["content"]["application/json"]["schema"]
    else:
        node = resolve(spec, op["responses"][where])["content"]["application/json"]["schema"]
    for field in fields:
        node = resolve(spec, node)
        if "allOf" in node:
            node = resolve(spec, node["allOf"][0])
        node = node["items"] if field == "[]" else node["properties"][field]
    node = resolve(spec, node)
    return resolve(spec, node["allOf"][0]) | {"nullable": node.get("nullable")} if "allOf" in node else node


def rate(op: str) -> tuple[Any, ...]:
    rl = OPS[op].op["x-wb-ratelimit"]
    return rl["period"], rl["limit"], rl["interval"], rl["burst"], rl["bucket"]


# --- the record and the lint ------------------------------------------------------------------------
def test_the_record_is_well_formed_and_dated() -> None:
    changes, problems = read_changes()
    assert problems == []
    # each entry is recorded on the day its file is named after
    assert all(str(c.recorded) == c.file.split("/")[-1][:10] for c in changes)
    assert dt.date(2026, 12, 3) in {c.recorded for c in changes}
    assert next(c for c in changes if c.id == "stocks-chrt-ids").changed == dt.date(2026, 5, 20)
    assert all(c.source and c.what and c.operations for c in changes)


def test_the_specs_cite_every_change_and_only_recorded_ones() -> None:
    assert lint_specs.lint_changes(spec_paths(SPECS_DIR)) == []
    for c in read_changes()[0]:
        for op in c.operations:
            assert c.id in OPS[op].op.get("x-wb-changes", []), (c.id, op)


def test_the_lint_names_a_change_the_specs_do_not_reflect(monkeypatch: pytest.MonkeyPatch) -> None:
    changes, _ = read_changes()
    extra = [
        Change(
            "specs/changes/x.yaml",
            "made-up",
            None,
            dt.date(2026, 12, 3),
            "test",
            ("marketplace.get_offices",),
            "x",
            False,
        ),
        Change(
            "specs/changes/x.yaml",
            "no-such-op",
            None,
            dt.date(2026, 12, 3),
            "test",
            ("marketplace.nope",),
            "x",
            False,
        ),
    ]
    monkeypatch.setattr(lint_specs, "read_changes", lambda: ([*changes, *extra], []))
    errors = lint_specs.lint_changes(spec_paths(SPECS_DIR))
    assert any("made-up: marketplace.get_offices does not cite it" in e for e in errors)
    assert any("no-such-op: no operation marketplace.nope" in e for e in errors)
    dropped = [c for c in changes if c.id != "news-object"]
    monkeypatch.setattr(lint_specs, "read_changes", lambda: (dropped, []))
    errors = lint_specs.lint_changes(spec_paths(SPECS_DIR))
    assert any("x-wb-changes names unknown change 'news-object'" in e for e in errors)


def test_a_malformed_entry_is_reported(tmp_path: Any) -> None:
    (tmp_path / "2026-12-03-bad.yaml").write_text(
        "changes:\n  - id: a\n    recorded: yesterday\n    operations: []\n    breaking: maybe\n",
        encoding="utf-8",
    )
    changes, problems = wbchanges.read_changes(tmp_path)
    assert changes == []
    assert any("missing what" in p for p in problems) and any(
        "recorded must be a date" in p for p in problems
    )
    assert any("operations must be" in p for p in problems) and any("breaking must be" in p for p in problems)


def test_the_lint_refuses_a_malformed_not_applied(tmp_path: Any) -> None:
    entry = (
        "changes:\n  - id: a\n    changed: null\n    recorded: 2026-12-06\n    source: s\n"
        "    operations: [wbd.update_price]\n    what: w\n    breaking: false\n"
    )
    (tmp_path / "2026-12-06-a.yaml").write_text(entry + "    not_applied: [{items: [x]}]\n", encoding="utf-8")
    assert any("not_applied must be" in p for p in wbchanges.read_changes(tmp_path)[1])
    (tmp_path / "2026-12-06-a.yaml").write_text(
        entry + "    not_applied: [{items: [wbd.edit_offer status_removed 429], why: w}]\n", encoding="utf-8"
    )
    assert any("names no operation of the entry" in p for p in wbchanges.read_changes(tmp_path)[1])
    (tmp_path / "2026-12-06-a.yaml").write_text(
        entry + "    not_applied: [{items: ['wbd.* status_removed 429'], why: w}]\n", encoding="utf-8"
    )
    changes, problems = wbchanges.read_changes(tmp_path)
    assert problems == [] and changes[0].not_applied == ((("wbd.* status_removed 429",), "w"),)
    # `*` and `?` are the only wildcards: a field path's brackets are literal
    sample = "wbd.get_offer_information response_field_changed 200:tags[].weight nullable"
    assert wbchanges.matches("wbd.* response_field_changed 200:*tags[].* nullable", sample)
    assert not wbchanges.matches("wbd.x 200:items[].id", "wbd.x 200:itemsX.id")


# --- section 1: WB changes after the docs -----------------------------------------------------------
@pytest.mark.parametrize("op", ["marketplace.get_inventory", "marketplace.delete_inventory"])
def test_stocks_read_and_delete_take_chrt_ids(op: str) -> None:
    body = schema(f"{op} body")
    assert body["required"] == ["chrtIds"] and "skus" not in body["properties"]
    ids = schema(f"{op} body chrtIds")
    # the read takes an empty list since stocks-read-empty (WB's reference sets no minimum there)
    minimum = None if op == "marketplace.get_inventory" else 1
    assert (ids.get("minItems"), ids["maxItems"], ids["items"]["type"]) == (minimum, 1000, "integer")


def test_stocks_update_takes_chrt_id_rows_and_requires_stocks() -> None:
    assert schema("marketplace.update_inventory body")["required"] == ["stocks"]
    row = schema("marketplace.update_inventory body stocks []")
    # neither field required since stocks-update-rows-lenient (WB skips such a row, answering 204)
    assert "required" not in row and "sku" not in row["properties"]
    assert row["properties"]["chrtId"]["type"] == "integer"
    assert "chrtId" in schema("marketplace.get_inventory 200 stocks []")["properties"]


def test_save_ad_takes_a_required_name_and_the_new_fields() -> None:
    op = OPS["promotion.create_campaign_with_custom_bid"].op
    body = schema("promotion.create_campaign_with_custom_bid body")
    assert resolve(SPECS["promotion"], op["requestBody"])["required"] is True
    assert body["required"] == ["name"] and "campaignName" not in body["properties"]
    assert {"bid_type", "payment_type", "placement_types"} <= set(body["properties"])


@pytest.mark.parametrize(
    ("op", "numbers"),
    [
        # the bursts came later, with WB's rows per token type (limits-burst-5)
        ("content.create_product_cards", ("1m", 10, "6s", 5)),
        ("content.create_product_cards_with_merge", ("1m", 10, "6s", 5)),
        ("content.update_product_cards", ("1m", 10, "6s", 5)),
        ("content.recover_product_card_from_trash", ("1m", 3, "20s", 5)),
        ("marketplace.delete_inventory", ("1m", 10, "6s", 2)),
    ],
)
def test_the_new_limits(op: str, numbers: tuple[Any, ...]) -> None:
    assert rate(op) == (*numbers, op)  # each in its own bucket


def test_bursts_the_docs_give_are_used_and_assumed_ones_say_so() -> None:
    for name, so in OPS.items():
        rl = so.op["x-wb-ratelimit"]
        given = "x-wb-source" in rl  # a row of WB's limits table (wb-facts/2026-08/limits.tsv)
        if rl["burst"] == 1 and rl["limit"] > 1 and rl["period"] != rl["interval"] and not given:
            assert "x-wb-uncertain" in rl, f"{name}: burst 1 assumed without saying so"
    assert rate("marketplace.get_offices")[3] == 20  # the docs' Marketplace table
    assert rate("promotion.campaign_budget")[3] == 4  # promotion.txt's table


@pytest.mark.parametrize(
    "path",
    [
        "content.create_product_cards body [] variants [] characteristics []",
        "content.create_product_cards_with_merge body cardsToAdd [] characteristics []",
        "content.update_product_cards body [] characteristics []",
    ],
)
def test_characteristics_need_id_and_value(path: str) -> None:
    assert schema(path)["required"] == ["id", "value"]


@pytest.mark.parametrize(
    ("path", "required"),
    [
        ("promotion.changing_bids body bids []", ["advert_id", "nm_bids"]),
        ("promotion.changing_bids body bids [] nm_bids []", ["nm", "bid"]),
        ("promotion.changing_bids_in_campaigns_with_custom_bid body bids []", ["advert_id", "nm_bids"]),
        (
            "promotion.changing_bids_in_campaigns_with_custom_bid body bids [] nm_bids []",
            ["nm_id", "bid", "placement"],
        ),
        (
            "promotion.changing_placements_in_campaigns_with_custom_bid body placements []",
            ["advert_id", "placements"],
        ),
        (
            "promotion.changing_the_list_of_product_cards_in_campaigns_with_custom_bid body nms []",
            ["advert_id", "nms"],
        ),
    ],
)
def test_bid_items_are_required(path: str, required: list[str]) -> None:
    assert schema(path)["required"] == required


def test_placement_takes_search_recommendations_combined() -> None:
    path = "promotion.changing_bids_in_campaigns_with_custom_bid body bids [] nm_bids [] placement"
    assert schema(path)["enum"] == ["search", "recommendations", "combined"]
    answer = "promotion.changing_bids_in_campaigns_with_custom_bid 200 bids [] nm_bids [] placement"
    assert "enum" not in schema(answer) and "combined" in schema(answer)["x-wb-enum"]


# --- section 2: answers ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("op", "key"),
    [
        ("general.getting_seller_portal_news", "data"),
        ("promotion.custom_bid_campaigns_information", "adverts"),
    ],
)
def test_lists_wrapped_in_an_object(op: str, key: str) -> None:
    answer = schema(f"{op} 200")
    assert answer["type"] == "object" and schema(f"{op} 200 {key}")["type"] == "array"


def test_wbd_tags_and_files_are_objects() -> None:
    for op in ("wbd.get_offer_information", "wbd.create_new_offer"):
        assert set(schema(f"{op} 200 tags []")["properties"]) == {"id", "value", "value_translit", "weight"}
    assert set(schema("wbd.get_a_list_of_your_offers 200 items [] tags []")["properties"]) >= {"id", "value"}
    for op in ("wbd.get_content_information", "wbd.edit_content"):
        assert set(schema(f"{op} 200 files []")["properties"]) == {"contentType", "size", "uri"}
    assert "uri" in schema("wbd.get_a_list_of_your_content 200 items [] files []")["properties"]
    # the requests still send tag strings
    assert schema("wbd.create_new_offer body tags []")["type"] == "string"


@pytest.mark.parametrize(
    "path",
    [
        "promotion.subjects_for_campaigns 200",
        "promotion.product_cards_for_campaigns 200",
        "promotion.campaigns_lists 200 adverts",
        "prices.processed_upload_details 200 data historyGoods",
        "prices.unprocessed_upload_details 200 data bufferGoods",
        "prices.get_products_with_prices 200 data listGoods",
        "prices.get_product_sizes_with_prices 200 data listGoods",
        "content.product_cards_in_trash_list 200 cards [] characteristics",
    ],
)
def test_arrays_wb_sends_as_null_are_nullable(path: str) -> None:
    assert schema(path)["nullable"] is True
