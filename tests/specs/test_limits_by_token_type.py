"""WB's limits per token type (../shared/wb-facts/2026-08/limits.tsv) in the specs and in the
generated tables: every row of an operation of our specs, its bucket, who may call it and what a
4xx costs; scripts/apply_limits.py re-runs without changes and leaves other operations alone."""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import apply_limits
import pytest
import yaml
from speclib import iter_operations, load_spec, spec_paths
from wbfacts import FACTS_DIR

from wbseller_raw.tables import BUCKETS, OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
TYPES = ("personal", "service", "base_with_secret", "base")
# WB's reference contradicts itself on these buckets' members (see the x-wb-uncertain they carry):
# each member takes the stricter row, not its own
RECONCILED = {
    "content-limits-and-errors",
    "calendar",
    # issue 23's facts: a DBW cancel and a DBS marking-codes write for Base tokens (10 per hour), the
    # DBS final prices and deletions of label identifiers (150 per minute against the reads' 300);
    # the B2B wholesale upload, which only Personal and Service tokens may call, takes the prices
    # bucket's Base row
    "marketplace-dbw",
    "marketplace-dbs-meta-read",
    "marketplace-dbs-meta-write",
    "prices",
}


def _seconds(value: str) -> float:
    return apply_limits.seconds(value)


def _rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in apply_limits.LIMITS_FILES:  # the groups the docs lack have their own file
        with (Path(FACTS_DIR) / name).open(encoding="utf-8", newline="") as f:
            rows += csv.DictReader(f, delimiter="\t")
    return rows


def _operations() -> dict[tuple[str, str, str], tuple[str, dict[str, Any]]]:
    """(METHOD, path, production host) -> ("<spec>.<operationId>", the operation)."""
    out = {}
    for p in spec_paths():
        spec = load_spec(p)
        host = spec["servers"][0]["url"].removeprefix("https://")
        for so in iter_operations(spec, p):
            override = so.op.get("servers") or so.item.get("servers")
            h = override[0]["url"].removeprefix("https://") if override else host
            out[(so.method, so.path, h)] = (f"{so.spec}.{so.op['operationId']}", so.op)
    return out


OPS = _operations()
MATCHED = [
    (r, *OPS[(r["method"], r["path"], r["host"].replace("-sandbox.", "."))])
    for r in _rows()
    if (r["method"], r["path"], r["host"].replace("-sandbox.", ".")) in OPS
]


def _expected(row: dict[str, str]) -> dict[str, float | int]:
    period = _seconds(row["period"])
    return {"limit": int(row["limit"]), "period": period, "burst": int(row["burst"] or 1)}


def _types(row: dict[str, str]) -> tuple[str, ...]:
    if "-sandbox." in row["host"]:
        return ("test",)
    return TYPES if row["token_type"] == "all" else (row["token_type"],)


def test_every_operation_of_our_specs_in_limits_tsv_is_matched() -> None:
    keys = {key for _, key, _ in MATCHED}
    # 70 of our operations WB still lists, /ping on 5 hosts, and the 16 promotion operations WB
    # added (issue 20's facts); the 85 operations of the new hosts, the 95 marketplace orders, the 5
    # tariffs and the 15 other operations WB added to our groups (issue 23's facts)
    assert len(keys) == 90 + 85 + 95 + 5 + 15
    assert {k for k in keys if k.endswith(".connection_check")} == {
        f"{s}.connection_check" for s in ("content", "general", "marketplace", "prices", "promotion")
    }


@pytest.mark.parametrize(
    ("row", "key"),
    [
        pytest.param(r, key, id=f"{key}[{r['token_type'] if '-sandbox.' not in r['host'] else 'test'}]")
        for r, key, _ in MATCHED
    ],
)
def test_each_row_is_in_the_spec_and_the_tables(row: dict[str, str], key: str) -> None:
    meta = OPERATIONS[key]
    for token_type in _types(row):
        mine = meta["limits"][token_type]
        numbers = {k: mine[k] for k in ("limit", "period", "burst")}
        assert BUCKETS[mine["bucket"]][token_type] == numbers  # the bucket's numbers for that type
        if mine["bucket"] in RECONCILED and numbers != _expected(row):
            # the stricter row of a member of the same bucket
            stricter = mine["limit"] / mine["period"] < int(row["limit"]) / _seconds(row["period"])
            assert stricter, (key, token_type)
            assert "the stricter is taken" in OPS_BY_KEY[key]["x-wb-ratelimit"]["x-wb-uncertain"]
            continue
        assert numbers == _expected(row), (key, token_type)
        # the spec itself: interval as WB gives it (blank: period / limit)
        rl = OPS_BY_KEY[key]["x-wb-ratelimit"]
        spec_row = rl if token_type == "personal" else (rl.get("by-token-type") or {}).get(token_type, rl)
        interval = row["interval"] or apply_limits.duration(_seconds(row["period"]) / int(row["limit"]))
        assert _seconds(spec_row["interval"]) == _seconds(interval)
        if not row["burst"]:
            assert "no burst" in rl["x-wb-uncertain"] or "without interval or burst" in rl["x-wb-uncertain"]


OPS_BY_KEY = {key: op for key, op in OPS.values()}


def test_who_may_call_and_what_a_4xx_costs() -> None:
    allowed: dict[str, set[str]] = defaultdict(set)
    cost: dict[str, int] = {}
    for row, key, _ in MATCHED:
        allowed[key] |= {t for t in row["allowed_token_types"].split(",") if t}
        if row["penalty"].startswith("4xx counts"):
            cost[key] = int(row["penalty"].split()[-1])
    for key in {k for _, k, _ in MATCHED}:
        expected = tuple(t for t in apply_limits.TYPES if t in allowed[key]) or None
        assert OPERATIONS[key]["token_types"] == expected, key
        assert OPERATIONS[key]["cost_4xx"] == cost.get(key, 1), key
        if key in cost:  # the 4xx cost covers a 409
            assert "x-wb-ratelimit-409-cost" not in OPS_BY_KEY[key]
    # the marketplace orders and the DBW warehouse contacts (issue 23's facts): every one of them
    orders = {
        key
        for key, op in OPS_BY_KEY.items()
        if key.startswith("marketplace.")
        and not op.get("x-wb-removed")
        and any(str(s).startswith("wb-facts/") for s in op["x-wb-source"])
    }
    assert len(orders) == 95 + 2
    assert set(cost) == orders | {
        "marketplace.create_warehouse",
        "marketplace.delete_warehouse",
        "marketplace.get_inventory",
        "marketplace.get_offices",
        "marketplace.get_warehouses",
        "marketplace.update_inventory",
        "marketplace.update_warehouse",
    }
    assert OPERATIONS["marketplace.delete_inventory"]["cost_409"] == 5  # the docs', no row overrides it


def test_shared_buckets_are_one_bucket_and_own_ones_are_the_operations() -> None:
    by_label: dict[str, set[str]] = defaultdict(set)
    for row, key, _ in MATCHED:
        if "-sandbox." in row["host"]:
            continue
        label = row["shared_bucket"].split(":", 1)[0]
        bucket = OPERATIONS[key]["limits"][_types(row)[0]]["bucket"]
        if label.startswith("own"):
            assert bucket == key
        else:
            by_label[label].add(bucket)
    assert {label: sorted(b) for label, b in by_label.items()} == {
        "calendar-category": ["calendar"],
        "content-category": ["content"],
        "content-characteristics": ["content-characteristics"],
        "content-labels": ["content-tags"],
        "content-media": ["content-media"],
        "listed": ["content-limits-and-errors"],
        "marketplace-inventory": ["marketplace-inventory"],
        "marketplace-seller-warehouses": ["marketplace-warehouses"],
        "prices-category": ["prices"],
        "feedbacks-questions-category": ["feedbacks-questions-category"],  # issue 23's facts
        # the marketplace orders: per model one bucket for orders (supplies, passes), one for reading
        # and deleting label identifiers, one for writing them
        "fbs-orders-supplies-passes": ["marketplace-fbs"],
        "fbs-meta-get-delete": ["marketplace-fbs-meta-read"],
        "fbs-meta-add": ["marketplace-fbs-meta-write"],
        "dbw": ["marketplace-dbw"],
        "dbw-meta-add": ["marketplace-dbw-meta-write"],
        "dbs-orders": ["marketplace-dbs"],
        "dbs-meta-get-delete": ["marketplace-dbs-meta-read"],
        "dbs-meta-add": ["marketplace-dbs-meta-write"],
        "click-collect-orders": ["marketplace-click-collect"],
        "click-collect-meta-get-delete": ["marketplace-click-collect-meta-read"],
        "click-collect-meta-add": ["marketplace-click-collect-meta-write"],
    }
    # the sandbox: one bucket per host
    sandbox = {
        OPERATIONS[key]["limits"]["test"]["bucket"] for row, key, _ in MATCHED if "-sandbox." in row["host"]
    }
    assert sandbox == {"content-sandbox", "prices-sandbox", "marketplace-sandbox", "supplies-sandbox"}


def test_ping_is_counted_per_host_at_3_per_30_seconds() -> None:
    for key, meta in OPERATIONS.items():
        if key.endswith(".connection_check"):
            assert meta["scope"] == "host" and meta["bucket"] == key
            assert meta["limits"]["personal"] == {"bucket": key, "limit": 3, "period": 30.0, "burst": 1}
        else:
            assert meta["scope"] == "account", key


def test_the_card_error_list_takes_the_stricter_budget_with_the_card_limits() -> None:
    errors, limits = (OPERATIONS[f"content.{o}"]["limits"] for o in (
        "list_of_failed_product_cards_with_errors_post",
        "limits_for_the_product_cards",
    ))  # fmt: skip
    assert errors == limits
    assert errors["personal"] == {
        "bucket": "content-limits-and-errors",
        "limit": 10,
        "period": 60.0,
        "burst": 5,
    }
    assert errors["base"]["limit"] == 2 and errors["base"]["period"] == 3600.0  # cards/limits' Base row
    assert errors["test"]["bucket"] == "content-sandbox"


def test_every_operation_with_rows_cites_the_record() -> None:
    record = yaml.safe_load((ROOT / "specs/changes/2026-12-06-limits-by-token-type.yaml").read_text())
    listed = {e["id"]: set(e["operations"]) for e in record["changes"]}
    assert listed["limits-by-token-type"] == {key for _, key, _ in MATCHED}
    for key in listed["limits-by-token-type"]:
        cited = OPS_BY_KEY[key]["x-wb-changes"]
        assert {i for i, ops in listed.items() if key in ops} <= set(cited), key
    assert listed["limits-ping"] == {
        k for k in OPERATIONS if k.endswith(".connection_check") and k in listed["limits-by-token-type"]
    }


def test_the_script_changes_nothing_on_the_committed_specs(capsys: pytest.CaptureFixture[str]) -> None:
    assert apply_limits.main(["--check"]) == 0
    assert capsys.readouterr().out.endswith("0 change(s)\n")


def test_the_script_restores_rows_and_leaves_other_operations_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs, ignore=shutil.ignore_patterns("shared", "*.md"))
    content = specs / "content.yaml"
    text = content.read_text(encoding="utf-8")
    start = text.index("      x-wb-ratelimit:", text.index("operationId: tags_list"))
    end = text.index("\n", text.index("        x-wb-source", start)) + 1
    # an operation written by hand the old way: no rows per type, burst 1
    text = (
        text[:start]
        + (
            "      x-wb-ratelimit:\n        period: 1m\n        limit: 100\n        interval: 600ms\n"
            "        burst: 1\n        bucket: content\n"
        )
        + text[end:]
    )
    content.write_text(text, encoding="utf-8")
    wbd_before = (specs / "wbd.yaml").read_text(encoding="utf-8")
    assert apply_limits.main(["--specs", str(specs)]) == 0
    out = capsys.readouterr().out
    assert (
        "content.tags_list: x-wb-ratelimit [100, '1m', '600ms', 1, 'content'] -> "
        "[100, '1m', '600ms', 5, 'content-tags']" in out
    )
    assert content.read_text(encoding="utf-8") == (ROOT / "specs/content.yaml").read_text(encoding="utf-8")
    assert (specs / "wbd.yaml").read_text(encoding="utf-8") == wbd_before  # not in limits.tsv
    assert apply_limits.main(["--specs", str(specs)]) == 0  # again: nothing to do
    assert capsys.readouterr().out.endswith(" 0 change(s)\n")
