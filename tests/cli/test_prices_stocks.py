"""`wbseller prices` and `wbseller stocks` over HTTP against the emulator: read and export in the
form `set` takes back (the round trip export -> edit -> set), --json, --dry-run (checked, nothing
sent) and --failed FILE (the failed rows, which the same command reads back); and the card export
with a row per size (chrtId) that feeds `stocks set`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.prices import PricesStore

from .conftest import Run

POLL = "0.05"


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def ops(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == operation]


def warehouse(emu: Emulator) -> int:
    store = emu.state.default.store(MarketplaceStore)
    return store.add_warehouse("Main", store.offices()[0].id).id


# --- prices -------------------------------------------------------------------------------------
def test_prices_export_feeds_prices_set(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    store = emu.state.default.store(PricesStore)
    goods = [store.add_good(price=1000 + i, discount=i, vendor_code=f"=vc{i}") for i in range(3)]
    out = tmp_path / "prices.csv"
    result = wb("prices", "export", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = table(out.read_text(encoding="utf-8"))
    assert [r["nmID"] for r in rows] == [str(g.nm_id) for g in goods]
    assert rows[0] == {"nmID": str(goods[0].nm_id), "vendorCode": "'=vc0", "price": "1000", "discount": "0"}
    # edited and sent back as it is: vendorCode is read past
    out.write_text(out.read_text(encoding="utf-8").replace(",1001,1\n", ",1500,20\n"), encoding="utf-8")
    result = wb("prices", "set", str(out), "--poll", POLL)
    assert result.exit_code == 0, result.stdout + result.stderr
    now = store.good(goods[1].nm_id)
    assert now is not None and (now.price, now.discount) == (1500, 20)


def test_prices_export_sizes_club_and_jsonl(wb: Run, emu: Emulator) -> None:
    store = emu.state.default.store(PricesStore)
    good = store.add_good(sizes=("S", "M"), editable_size_price=True, price=900, club_discount=4)
    sizes = table(wb("prices", "export", "--sizes").stdout)
    assert [(r["sizeID"], r["techSizeName"], r["price"]) for r in sizes] == [
        (str(s.size_id), s.tech_size_name, "900") for s in good.sizes
    ]
    assert table(wb("prices", "export", "--club").stdout) == [
        {"nmID": str(good.nm_id), "vendorCode": good.vendor_code, "clubDiscount": "4"}
    ]
    lines = wb("prices", "export", "--json", "--nm-id", str(good.nm_id)).stdout.splitlines()
    assert [json.loads(line)["nmID"] for line in lines] == [good.nm_id]
    assert ops(emu, "prices.get_products_with_prices")[-1].query.find(f"filterNmID={good.nm_id}") >= 0


def test_prices_set_json_and_failed_rows_round_trip(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    store = emu.state.default.store(PricesStore)
    a = store.add_good(price=1000).nm_id
    path = write(tmp_path / "p.csv", f"nmID,price,discount\n{a},1100,10\n999,500,\n998,600,5\n")
    failed = tmp_path / "failed.csv"
    result = wb("prices", "set", path, "--poll", POLL, "--json", "--failed", str(failed))
    assert result.exit_code == 1, result.stderr
    doc = json.loads(result.stdout)  # one document, nothing else on stdout
    assert doc["applied"] == 1 and doc["status"] == 5 and doc["status_text"] == "partly applied"
    assert sorted(f["nmID"] for f in doc["failed"]) == [998, 999]
    assert all("not found" in f["error"] for f in doc["failed"])
    assert [u["upload_id"] for u in doc["uploads"]] == [u.upload_id for u in store.uploads()]
    rows = table(failed.read_text(encoding="utf-8"))
    assert [(r["nmID"], r["price"], r["discount"]) for r in rows] == [("999", "500", ""), ("998", "600", "5")]
    assert all("not found" in r["error"] for r in rows)
    # the same command takes the file back (its error column read past): the goods exist now
    store.add_good(999, price=100)
    store.add_good(998, price=100)
    again = wb("prices", "set", str(failed), "--poll", POLL, "--failed", str(failed))
    assert again.exit_code == 0, again.stdout + again.stderr
    assert table(failed.read_text(encoding="utf-8")) == []  # rewritten: nothing failed this time
    good = store.good(998)
    assert good is not None and (good.price, good.discount) == (600, 5)


def test_prices_set_dry_run_sends_nothing(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    rows = "".join(f"{100 + i},{1000 + i},5\n" for i in range(2500))
    path = write(tmp_path / "p.csv", "nmID,price,discount\n" + rows)
    result = wb("prices", "set", path, "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("dry run: 2500 row(s) checked; would send 3 upload(s) (1000, 1000, 500")
    doc = json.loads(wb("prices", "set", path, "--dry-run", "--json").stdout)
    assert [len(r["body"]["data"]) for r in doc["requests"]] == [1000, 1000, 500]
    assert doc["requests"][0]["body"]["data"][0] == {"nmID": 100, "price": 1000, "discount": 5}
    assert doc["requests"][0]["path"] == "/api/v2/upload/task"
    bad = write(tmp_path / "bad.csv", "nmID,price,discount\n" + rows + "7,100,150\n")
    result = wb("prices", "set", bad, "--dry-run")
    assert result.exit_code == 2 and "bad.csv, line 2502: data[2500].discount: 150" in result.stderr
    assert emu.requests == []


# --- stocks -------------------------------------------------------------------------------------
def test_cards_export_sizes_feeds_stocks_set(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    """The card export with a row per size (chrtId) is a stocks file once amounts are filled in;
    rows left without an amount are skipped."""
    cards = emu.state.default.store(ContentStore).seed_cards(3, variants_per_card=1)
    wh = warehouse(emu)
    out = tmp_path / "sizes.csv"
    assert wb("cards", "export", "--format", "sizes", "-o", str(out)).exit_code == 0
    rows = table(out.read_text(encoding="utf-8"))
    chrts = [s.chrt_id for c in cards for s in c.sizes]
    assert [int(r["chrtId"]) for r in rows] == chrts
    assert {r["amount"] for r in rows} == {""}
    assert rows[0]["nmID"] == str(cards[0].nm_id) and rows[0]["skus"] == " ".join(cards[0].sizes[0].skus)
    for r in rows[:2]:
        r["amount"] = "5"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8")
    result = wb("stocks", "set", str(wh), str(out))
    assert result.exit_code == 0, result.stderr
    assert f"{len(rows) - 2} row(s) without an amount skipped" in result.stderr
    assert emu.state.default.store(MarketplaceStore).stocks(wh) == {chrts[0]: 5, chrts[1]: 5}


def test_stocks_export_and_json(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    cards = emu.state.default.store(ContentStore).seed_cards(2)
    wh = warehouse(emu)
    chrts = [s.chrt_id for c in cards for s in c.sizes]
    emu.state.default.store(MarketplaceStore).set_stocks(wh, {chrts[0]: 7})
    out = wb("stocks", "export", str(wh))
    assert out.exit_code == 0, out.stderr
    rows = table(out.stdout)
    assert [(int(r["chrtId"]), r["amount"]) for r in rows] == [(chrts[0], "7")] + [(c, "") for c in chrts[1:]]
    lines = [json.loads(line) for line in wb("stocks", "export", str(wh), "--json").stdout.splitlines()]
    assert lines[0]["chrtId"] == chrts[0] and lines[0]["amount"] == 7 and lines[0]["nmID"] == cards[0].nm_id
    only = table(wb("stocks", "export", str(wh), "--chrt-id", str(chrts[0])).stdout)
    assert [(r["chrtId"], r["amount"]) for r in only] == [(str(chrts[0]), "7")]
    listed = wb("stocks", "warehouses", "--json").stdout.splitlines()
    assert [json.loads(line)["id"] for line in listed] == [wh]
    assert wb("stocks", "warehouses").stdout.startswith(f"{wh} ")


def test_stocks_set_dry_run_json_and_failed(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    wh = warehouse(emu)
    path = write(tmp_path / "s.csv", "chrtId,amount\n" + "".join(f"{500 + i},{i}\n" for i in range(1200)))
    dry = wb("stocks", "set", str(wh), path, "--dry-run", "--json")
    assert dry.exit_code == 0, dry.stderr
    doc = json.loads(dry.stdout)
    assert [len(r["body"]["stocks"]) for r in doc["requests"]] == [1000, 200]
    assert doc["requests"][0]["path"] == f"/api/v3/stocks/{wh}"
    assert emu.requests == []
    done = wb("stocks", "set", str(wh), path, "--json")
    assert json.loads(done.stdout) == {"warehouse": wh, "set": 1200, "skipped": 0}
    # WB refuses the request (an unknown warehouse): every row goes to the file, which reads back
    failed = tmp_path / "failed.csv"
    result = wb("stocks", "set", "424242", path, "--failed", str(failed))
    assert result.exit_code == 1
    rows = table(failed.read_text(encoding="utf-8"))
    assert len(rows) == 1200 and rows[0]["chrtId"] == "500" and "404" in rows[0]["error"]
    again = wb("stocks", "set", str(wh), str(failed), "--json")
    assert json.loads(again.stdout)["set"] == 1200
