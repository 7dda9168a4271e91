"""`wbseller campaigns` over HTTP against the emulator: list and details (v2 campaigns), pause /
start / stop with a refusal that does not stop the others, bids read as the CSV `bids set` takes
back (kopecks), bids set from CSV or JSON with --dry-run, --failed FILE and --json, budgets and
the balance, full statistics exported to CSV and JSON lines."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.promotion import PromotionStore

from .conftest import Run

MANUAL, UNIFIED = 9, 8  # campaign types: manual bid, unified bid
READY, ACTIVE, PAUSED, FINISHED = 4, 9, 11, 7


def store(emu: Emulator) -> PromotionStore:
    return emu.state.default.store(PromotionStore)


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def ops(emu: Emulator, name: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"promotion.{name}"]


def test_list_and_details(wb: Run, emu: Emulator) -> None:
    ids = store(emu).seed_campaigns(4, types=(MANUAL, UNIFIED), statuses=(READY, ACTIVE))
    out = wb("campaigns", "list")
    assert out.exit_code == 0, out.stderr
    assert [int(line.split()[0]) for line in out.stdout.splitlines()] == ids
    active = [
        json.loads(line) for line in wb("campaigns", "list", "--status", "9", "--json").stdout.splitlines()
    ]
    assert [c["advert_id"] for c in active] == ids[2:] and {c["status"] for c in active} == {ACTIVE}
    assert "model" not in active[0] and active[0]["nms"][0]["search_kopecks"] is not None
    details = wb("campaigns", "details", str(ids[0]), "--json")
    (doc,) = [json.loads(line) for line in details.stdout.splitlines()]
    assert doc["advert_id"] == ids[0] and doc["wb"]["id"] == ids[0]  # WB's object as it came
    text = wb("campaigns", "details", str(ids[0]), "424242")
    assert text.exit_code == 1 and "424242: not among the seller's campaigns" in text.stderr
    assert text.stdout.splitlines()[2].lstrip().startswith("nmID ")


def test_pause_start_stop_each_in_turn(wb: Run, emu: Emulator) -> None:
    a = store(emu).add_campaign(type=MANUAL, status=READY, budget=1000)
    b = store(emu).add_campaign(type=MANUAL, status=FINISHED)
    result = wb("campaigns", "start", str(a))
    assert result.exit_code == 0 and result.stdout == f"started {a}\n"
    dry = wb("campaigns", "pause", str(a), "--dry-run")
    assert dry.stdout == f"would pause {a} (status 9 active): GET /adv/v0/pause?id={a}\n"
    assert ops(emu, "pause_campaign") == []
    result = wb("campaigns", "pause", str(b), str(a), "--json")  # b is finished: WB refuses it
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["done"] == [a] and [f["advert_id"] for f in doc["failed"]] == [b]
    assert "422" in doc["failed"][0]["error"]
    assert store(emu).campaign(a).status == PAUSED  # type: ignore[union-attr]
    assert wb("campaigns", "stop", str(a)).stdout == f"stopped {a}\n"
    assert store(emu).campaign(a).status == FINISHED  # type: ignore[union-attr]


def test_bids_get_feeds_bids_set(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    manual = store(emu).add_campaign(type=MANUAL, status=ACTIVE, subject_id=69)
    unified = store(emu).add_campaign(type=UNIFIED, status=ACTIVE, subject_id=69)
    out = tmp_path / "bids.csv"
    assert wb("campaigns", "bids", "get", str(manual), str(unified), "-o", str(out)).exit_code == 0
    rows = table(out.read_text(encoding="utf-8"))
    nms = store(emu).campaigns[manual].nms
    assert [(r["advertId"], r["nmId"], r["placement"]) for r in rows if r["advertId"] == str(manual)] == [
        (str(manual), str(nm), place) for nm in nms for place in ("search", "recommendations")
    ]
    assert {r["placement"] for r in rows if r["advertId"] == str(unified)} == {"combined"}
    # every bid raised to 400 roubles, the file sent back as it is
    text = out.read_text(encoding="utf-8").splitlines()
    edited = [text[0]] + [",".join([*line.split(",")[:3], "40000"]) for line in text[1:]]
    write(out, "\n".join(edited) + "\n")
    result = wb("campaigns", "bids", "set", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["applied"]) == len(rows) and doc["failed"] == [] and doc["currency"] == "RUB"
    assert store(emu).campaigns[manual].bids[nms[0]] == {"search": 40_000, "recommendations": 40_000}


def test_bids_set_dry_run_and_refusals(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    advert_id = store(emu).add_campaign(type=MANUAL, status=ACTIVE, subject_id=69)
    nm = store(emu).campaigns[advert_id].nms[0]
    path = write(
        tmp_path / "b.csv", f"advert_id,nm_id,bid_kopecks,placement\n{advert_id},{nm},30000,search\n"
    )
    dry = wb("campaigns", "bids", "set", path, "--dry-run", "--json")
    assert dry.exit_code == 0, dry.stderr
    (request,) = json.loads(dry.stdout)["requests"]
    assert request["path"] == "/api/advert/v1/bids"
    assert request["body"]["bids"] == [
        {"advert_id": advert_id, "nm_bids": [{"nm_id": nm, "bid_kopecks": 30000, "placement": "search"}]}
    ]
    assert ops(emu, "changing_campaigns_bids") == []
    other = store(emu).campaigns[advert_id].nms[1]
    rows = f"advertId,nmId,bidKopecks\n{advert_id},{nm},30000\n{advert_id},{other},1\n"
    result = wb("campaigns", "bids", "set", write(tmp_path / "low.csv", rows))
    assert result.exit_code == 2 and "low.csv, line 3: " in result.stderr
    assert "below WB's minimum" in result.stderr
    assert ops(emu, "changing_campaigns_bids") == []
    # JSON, in WB's own shape
    wb_shape = [
        {"advert_id": advert_id, "nm_bids": [{"nm_id": nm, "bid_kopecks": 31000, "placement": "search"}]}
    ]
    done = wb("campaigns", "bids", "set", write(tmp_path / "b.json", json.dumps(wb_shape)))
    assert done.exit_code == 0 and done.stdout.splitlines()[-1] == "1 bid(s) set, 0 not confirmed"


def test_bids_not_confirmed_go_to_the_failed_file(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    a, b = store(emu).seed_campaigns(2, types=(MANUAL,), statuses=(READY,))
    nm_a, nm_b = store(emu).campaigns[a].nms[0], store(emu).campaigns[b].nms[0]
    emu.faults.add("drift", route="promotion.changing_campaigns_bids", patch={"bids.1.nm_bids": []})
    path = write(
        tmp_path / "b.csv",
        f"advertId,nmId,bidKopecks,placement\n{a},{nm_a},30000,search\n{b},{nm_b},30000,search\n",
    )
    failed = tmp_path / "failed.csv"
    result = wb("campaigns", "bids", "set", path, "--failed", str(failed))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "1 bid(s) set, 1 not confirmed"
    (row,) = table(failed.read_text(encoding="utf-8"))
    assert (row["advertId"], row["nmId"], row["bidKopecks"], row["placement"]) == (
        str(b),
        str(nm_b),
        "30000",
        "search",
    )
    assert "not in WB's answer" in row["error"]
    again = wb("campaigns", "bids", "set", str(failed))  # taken back as it is
    assert again.exit_code == 0, again.stderr


def test_budgets_and_balance(wb: Run, emu: Emulator) -> None:
    advert_id = store(emu).add_campaign(type=MANUAL, status=READY, budget=500)
    store(emu).set_balance(balance=5000, net=100, bonus=7)
    assert json.loads(wb("campaigns", "budget", "get", str(advert_id), "--json").stdout) == {
        "advert_id": advert_id,
        "total": 500,
        "currency": "RUB",
    }
    dry = wb("campaigns", "budget", "deposit", str(advert_id), "1500", "--dry-run", "--json")
    (request,) = json.loads(dry.stdout)["requests"]
    assert request["body"] == {"sum": 1500, "type": 1, "return": True} and request["params"] == {
        "id": advert_id
    }
    assert ops(emu, "top_up_of_the_campaign_budget") == []
    assert wb("campaigns", "budget", "deposit", str(advert_id), "10").exit_code == 2  # below WB's minimum
    done = wb("campaigns", "budget", "deposit", str(advert_id), "1500", "--json")
    assert json.loads(done.stdout) == {"advert_id": advert_id, "total": 2000}
    balance = json.loads(wb("campaigns", "balance", "--json").stdout)
    assert (balance["balance"], balance["net"], balance["bonus"]) == (3500, 100, 7)


def test_full_statistics_export(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    ids = store(emu).seed_campaigns(2, types=(MANUAL,), statuses=(ACTIVE,))
    first = date(2026, 1, 1)
    for i in ids:
        nm = store(emu).campaigns[i].nms[0]
        store(emu).add_stat(i, first, nm, views=10, clicks=1, sum=2.0)
        store(emu).add_stat(i, first + timedelta(days=39), nm, views=5, clicks=2, sum=1.0)
    out = tmp_path / "stats.csv"
    args = ["campaigns", "stats", *map(str, ids), "--from", "2026-01-01", "--to", "2026-02-09"]
    result = wb(*args, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = table(out.read_text(encoding="utf-8"))
    # window by window (oldest first), the campaigns of each
    assert sorted((r["advertId"], r["date"][:10], r["views"], r["clicks"]) for r in rows) == [
        (str(i), day, views, clicks)
        for i in ids
        for day, views, clicks in (("2026-01-01", "10", "1"), ("2026-02-09", "5", "2"))
    ]
    assert rows[0]["nmId"] == str(store(emu).campaigns[ids[0]].nms[0])
    assert len(ops(emu, "campaigns_statistics")) == 2  # two windows of at most 31 days
    lines = wb(*args, "--json").stdout.splitlines()
    assert sorted(json.loads(line)["advertId"] for line in lines) == sorted(ids * 2)
    totals = table(wb(*args, "--level", "campaign").stdout)
    assert sorted((r["advertId"], r["from"][:10], r["views"]) for r in totals)[:2] == [
        (str(ids[0]), "2026-01-01", "10"),
        (str(ids[0]), "2026-02-09", "5"),
    ]
    # without IDs: the campaigns in statuses 7, 9 and 11
    by_status = wb("campaigns", "stats", "--from", "2026-01-01", "--to", "2026-01-01", "--level", "day")
    assert {r["advertId"] for r in table(by_status.stdout)} == {str(i) for i in ids}
