"""specs/changes/2026-12-06-promotion-current.yaml against ../shared/wb-facts/2026-08: the specs say
what the facts say for promotion and media. The new operations carry the facts' methods, paths,
hosts, request fields (names, required, enums, bounds), error statuses, limit rows per token type
and allowed token types; the retired ones their removal date and successors; and the contract
items of changed.yaml applied are there."""

from __future__ import annotations

import csv
from typing import Any

import pytest
import yaml
from speclib import iter_operations, load_spec, resolve, spec_paths
from wbchanges import read_changes
from wbfacts import FACTS_DIR, HOST_SPEC

FACTS = yaml.safe_load((FACTS_DIR / "2026-08" / "operations.yaml").read_text(encoding="utf-8"))
SPECS = {p.stem: load_spec(p) for p in spec_paths()}
BY_ROUTE = {
    (so.spec, so.method, so.path): so for p in spec_paths() for so in iter_operations(SPECS[p.stem], p)
}
BY_KEY = {f"{so.spec}.{so.op['operationId']}": so for so in BY_ROUTE.values()}
NEW = FACTS["new"]["promotion"]
RETIRED = [r for r in FACTS["retired"] if any(o.startswith("promotion.") for o in r["our_operations"])]
ENTRIES = {c.id: c for c in read_changes()[0] if c.file.endswith("2026-12-06-promotion-current.yaml")}


def limit_rows() -> dict[tuple[str, str], dict[str, dict[str, Any]]]:
    with open(FACTS_DIR / "2026-08" / "limits.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for r in rows:
        out.setdefault((r["method"], r["path"]), {})[r["token_type"]] = r
    return out


LIMITS = limit_rows()


def ours(fact: dict[str, Any]) -> Any:
    (host,) = fact["host"]
    return BY_ROUTE[(HOST_SPEC[host], fact["method"], fact["path"])]


def _ids(facts: list[dict[str, Any]]) -> list[str]:
    return [f"{f['method']} {f['path']}" for f in facts]


def test_the_record_names_every_new_and_removed_operation() -> None:
    added = {op for c in ENTRIES.values() for op in c.added}
    assert added == {f"{ours(f).spec}.{ours(f).op['operationId']}" for f in NEW}
    assert len(added) == 16
    removed = set(ENTRIES["promotion-removed-2026-02-11"].operations) | set(
        ENTRIES["promotion-removed-before-2025-12-26"].operations
    )
    assert removed == {o for r in RETIRED for o in r["our_operations"]} and len(removed) == 15


def _compare(spec: dict[str, Any], facts: dict[str, Any], ours_: dict[str, Any], where: str) -> None:
    """Request side: every property of the facts, required as the facts say, enums and bounds."""
    ours_ = resolve(spec, ours_)
    if facts.get("type") == "array":
        assert ours_["type"] == "array", where
        for key in ("maxItems", "minItems"):
            if key in facts:
                assert ours_.get(key) == facts[key], f"{where}.{key}"
        if isinstance(facts.get("items"), dict) and "properties" in facts["items"]:
            _compare(spec, facts["items"], ours_["items"], where + "[]")
        return
    assert set(facts.get("required", [])) == set(ours_.get("required", [])), f"{where}.required"
    for name, prop in (facts.get("properties") or {}).items():
        mine = resolve(spec, ours_["properties"][name])
        if "enum" in prop:
            assert mine.get("enum") == prop["enum"], f"{where}.{name}.enum"
        if "enum" in prop.get("items", {}):
            assert mine["items"].get("enum") == prop["items"]["enum"], f"{where}.{name}[].enum"
        for key in ("maxItems",):
            if key in prop:
                assert mine.get(key) == prop[key], f"{where}.{name}.{key}"
        if prop.get("type") in ("object", "array"):
            _compare(spec, prop, mine, f"{where}.{name}")


@pytest.mark.parametrize("fact", NEW, ids=_ids(NEW))
def test_a_new_operation_is_as_the_facts_give_it(fact: dict[str, Any]) -> None:
    so = ours(fact)
    op, spec = so.op, SPECS[so.spec]
    assert op["x-wb-source"] == ["wb-facts/2026-08/operations.yaml: new"]
    assert fact["operationId"] in op["description"]  # WB's own name, for the reader
    assert op["x-wb-category"] == "promotion" and op.get("x-wb-sandbox", False) is False
    # parameters: names and required as the facts list them
    params = {resolve(spec, p)["name"]: resolve(spec, p) for p in op.get("parameters", [])}
    assert set(params) == {p["name"] for p in fact["parameters"]}
    for p in fact["parameters"]:
        assert bool(params[p["name"]].get("required")) == p["required"], p["name"]
        if "enum" in p:
            assert params[p["name"]]["schema"]["enum"] == p["enum"]
    # the body
    body = fact.get("request_body")
    if body:
        media = resolve(spec, op["requestBody"])["content"]["application/json"]
        _compare(spec, body["content"]["application/json"], media["schema"], "body")
    else:
        assert "requestBody" not in op
    # statuses: the success and every error status the facts list, plus 401/429
    errors = {str(s) for s in op["responses"] if not str(s).startswith("2")}
    assert set(fact["error_statuses"]) | {"401", "429"} == errors
    # limits: the Personal row, and WB's rows for the other types
    rows = LIMITS[(fact["method"], fact["path"])]
    rl = op["x-wb-ratelimit"]
    main = rows["personal"]
    assert (rl["period"], rl["limit"], rl["interval"], rl["burst"]) == (
        main["period"],
        int(main["limit"]),
        main["interval"],
        int(main["burst"]),
    )
    for kind, row in rows.items():
        if kind != "personal":
            assert rl["by-token-type"][kind] == {
                "period": row["period"],
                "limit": int(row["limit"]),
                "interval": row["interval"],
                "burst": int(row["burst"]),
            }, kind
    allowed = fact["token_types_allowed"]
    assert op.get("x-wb-token-types") == (None if allowed == "any" else allowed)


@pytest.mark.parametrize("fact", RETIRED, ids=_ids(RETIRED))
def test_a_retired_operation_is_marked_removed(fact: dict[str, Any]) -> None:
    (key,) = fact["our_operations"]
    op = BY_KEY[key].op
    mark = op["x-wb-removed"]
    assert op["deprecated"] is True and "404" in op["responses"]
    gone_by = str(fact["removed_by"])
    assert mark["date"] == (gone_by if gone_by[0].isdigit() else "2025-12-26")  # "before 2025-12-26"
    # the successors, by method and path
    named = {f"{BY_KEY[s].method} {BY_KEY[s].path}" for s in mark["successors"]}
    assert named == set(fact["successors"])


def test_the_contract_items_applied() -> None:
    promo = SPECS["promotion"]["components"]["schemas"]
    deposit = promo["DepositRequest"]["properties"]
    assert deposit["cashback_sum"]["type"] == deposit["cashback_percent"]["type"] == "integer"
    assert "cashback_sum" not in promo["DepositResponse"]["properties"]
    for name in ("BudgetResponse", "DepositResponse", "PaymentItem"):
        assert promo[name]["properties"]["currency"]["type"] == "string", name
    assert {promo["BalanceCashback"]["properties"][f]["type"] for f in ("sum", "percent")} == {"integer"}
    assert promo["AuctionPlacementsRequest"]["required"] == ["search", "recommendations"]
    subjects = BY_KEY["promotion.subjects_for_campaigns"].op["parameters"][0]
    assert (subjects["name"], subjects["schema"]["default"]) == ("payment_type", "cpm")
    save_ad = BY_KEY["promotion.create_campaign_with_custom_bid"].op["responses"]["200"]["content"]
    assert save_ad["application/json"]["schema"]["type"] == "integer"
    body = promo["SeacatSaveAdRequest"]["properties"]
    assert (
        body["bid_type"]["default"],
        body["payment_type"]["default"],
        body["placement_types"]["default"],
    ) == (
        "manual",
        "cpm",
        ["search"],
    )
    status = BY_KEY["media.list_of_media_campaigns"].op["parameters"][0]
    assert status["name"] == "status" and status["schema"]["type"] == "string" and "x-wb-csv" in status
    item = SPECS["media"]["components"]["schemas"]["MediaCampaignItem"]["properties"]
    assert item["url"]["type"] == "string"
