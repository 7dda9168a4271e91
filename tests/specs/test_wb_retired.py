"""specs/changes/2026-12-03-wb-retired.yaml (issue 16: moved and retired operations, fields WB sends
today): the specs say what each entry says, and the lint keeps an added operation honest."""

from __future__ import annotations

from typing import Any

import lint_specs
import pytest
from speclib import SPECS_DIR, iter_operations, load_spec, resolve, spec_paths
from wbchanges import read_changes

SPECS = {p.stem: load_spec(p) for p in spec_paths()}
OPS = {
    f"{so.spec}.{so.op['operationId']}": so for p in spec_paths() for so in iter_operations(SPECS[p.stem], p)
}
RETIRED = {c.id: c for c in read_changes()[0] if c.file.endswith("wb-retired.yaml")}


def answer(so: Any) -> Any:
    return so.op["responses"]["200"]["content"]["application/json"]["schema"]


def test_the_record_is_read_and_cited() -> None:
    assert "cards-error-list-post" in RETIRED
    assert lint_specs.lint_changes(spec_paths(SPECS_DIR)) == []
    for c in RETIRED.values():
        for op in c.operations:
            assert c.id in OPS[op].op.get("x-wb-changes", []), (c.id, op)


def test_the_failed_cards_list_is_a_post_and_the_get_deprecated() -> None:
    post = OPS["content.list_of_failed_product_cards_with_errors_post"]
    get = OPS["content.list_of_failed_product_cards_with_errors"]
    assert (post.method, post.path) == ("POST", "/content/v2/cards/error/list")
    assert (get.method, get.path) == ("GET", post.path)
    assert get.op["deprecated"] is True and not post.op.get("deprecated")
    assert post.op["x-wb-read"] is True and post.op["x-wb-idempotent"] is True
    # superseded by cards-error-list-batches (2026-12-06): the facts give the body and the answer
    assert "cards-error-list-batches" in post.op["x-wb-changes"]
    body = resolve(SPECS["content"], post.op["requestBody"]["content"]["application/json"]["schema"])
    assert set(body["properties"]) == {"cursor", "order"}
    assert answer(post) != answer(get)


def test_an_operation_outside_the_facts_needs_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lint refuses a method wb-facts does not list unless an entry `added` it."""
    so = OPS["content.list_of_failed_product_cards_with_errors_post"]
    facts = {(f.spec, f.method, f.path): f for f in lint_specs.read_facts()}
    assert lint_specs.lint_operation(SPECS["content"], so, facts) == []
    monkeypatch.setattr(lint_specs, "_added", lambda: frozenset[str]())
    errors = lint_specs.lint_operation(SPECS["content"], so, facts)
    assert any("not in wb-facts" in e for e in errors)


def schema_of(spec: str, name: str) -> dict[str, Any]:
    return SPECS[spec]["components"]["schemas"][name]


@pytest.mark.parametrize(
    ("entry", "count"),
    [
        ("promotion-deprecated-2026-01-29", 6),
        ("promotion-retired-inferred", 3),
        ("promotion-absent-mid-2025", 4),
    ],
)
def test_retired_promotion_operations_are_deprecated(entry: str, count: int) -> None:
    c = RETIRED[entry]
    assert len(c.operations) == count and not c.breaking
    for op in c.operations:
        assert OPS[op].op["deprecated"] is True, op
        assert entry in OPS[op].op["description"], op  # the description says why
        # the inference of 2026-12-03 is a fact since wb-facts/2026-08 (x-wb-removed): no longer uncertain
        assert "x-wb-removed" in OPS[op].op and "x-wb-uncertain" not in OPS[op].op, op


def test_the_dates_the_issue_gives() -> None:
    assert str(RETIRED["promotion-deprecated-2026-01-29"].changed) == "2026-01-29"
    assert RETIRED["promotion-absent-mid-2025"].changed is None  # "mid-2025": no date
    assert "mid-2025" in RETIRED["promotion-absent-mid-2025"].source


def test_the_named_successor_was_removed_too() -> None:
    """The successor issue 16 named is gone since 2026-02-11 as well (wb-facts/2026-08): both name
    the bids in kopecks as theirs (promotion-removed-2026-02-11)."""
    for old in ("changing_bids", "changing_bids_in_campaigns_with_custom_bid"):
        mark = OPS[f"promotion.{old}"].op["x-wb-removed"]
        assert mark["date"] == "2026-02-11" and mark["successors"] == ["promotion.changing_campaigns_bids"]
    assert "changing_bids_in_campaigns_with_custom_bid" in OPS["promotion.changing_bids"].op["description"]


def test_auction_adverts_lists_stay_comma_joined() -> None:
    """auction-adverts-csv: declared as strings with x-wb-csv (the facade joins them)."""
    spec = SPECS["promotion"]
    params = {
        p["name"]: p
        for p in map(
            lambda p: resolve(spec, p), OPS["promotion.custom_bid_campaigns_information"].op["parameters"]
        )
    }
    for name in ("ids", "statuses"):
        assert params[name]["schema"]["type"] == "string" and "x-wb-csv" in params[name]
    assert "auction-adverts-csv" in params["statuses"]["description"]


FIELDS = [
    ("content.product_cards_list", "content", "Card", ["kizMarked", "wholesale"]),
    ("prices.get_products_with_prices", "prices", "GoodsList", ["isBadTurnover"]),
    ("promotion.balance", "promotion", "BalanceResponse", ["currency", "cashbacks"]),
    ("promotion.top_up_of_the_campaign_budget", "promotion", "DepositResponse", ["currency"]),
    (
        "wbd.get_offer_information",
        "wbd",
        "OfferContentItem",
        ["title", "description", "files", "meta", "playlist"],
    ),
]


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


@pytest.mark.parametrize(("op", "spec", "name", "fields"), FIELDS, ids=[f[0] for f in FIELDS])
def test_fields_wb_sends_today_are_optional_and_shown(
    op: str, spec: str, name: str, fields: list[str]
) -> None:
    schema = schema_of(spec, name)
    for field in fields:
        assert schema["properties"][field].get("nullable") is True, field
        assert field not in schema.get("required", []), field
    # the response example shows them, so tests/specs/test_response_examples.py parses them
    example = OPS[op].op["responses"]["200"]["content"]["application/json"]["example"]
    assert set(fields) <= _keys(example)
