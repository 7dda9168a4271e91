"""`wbseller cards create` / `cards update` over HTTP against the emulator: from JSON (an array or
JSON lines) and CSV, each card's nmID or WB's messages (the failed-cards list), exit 1 when one
failed, --failed FILE in the input's form that the same command takes back, --json, --dry-run."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore

from .conftest import Run

POLL = "0.02"


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def card(vendor_code: str, subject: int = 105, **extra: Any) -> dict[str, Any]:
    variant = {"vendorCode": vendor_code, "title": "Рубашка", "sizes": [{"techSize": "M", "skus": []}]}
    return {"subjectID": subject, "variants": [{**variant, **extra}]}


def jsonl(items: list[Any]) -> str:
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def creates(emu: Emulator) -> list[Any]:
    return [json.loads(r.body) for r in emu.requests if r.operation == "content.create_product_cards"]


def test_create_from_json_lines_reports_failures_and_takes_them_back(
    wb: Run, emu: Emulator, tmp_path: Path
) -> None:
    store = emu.state.default.store(ContentStore)
    store.add_card(vendor_code="TAKEN", updated_at=store.seller.now() - 3600)
    cards = [card("OK-1"), card("BAD-SUBJECT", subject=999_991), card("OK-2"), card("TAKEN")]
    path = write(tmp_path / "cards.jsonl", jsonl(cards))
    failed = tmp_path / "failed.jsonl"
    result = wb("cards", "create", path, "--poll", POLL, "--failed", str(failed))
    assert result.exit_code == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "2 card(s) created, 2 failed"
    assert any(line.startswith("failed BAD-SUBJECT: ") and "999991" in line for line in lines)
    assert any(line.startswith("failed TAKEN: ") for line in lines)
    back = [json.loads(line) for line in failed.read_text(encoding="utf-8").splitlines()]
    assert back == [cards[1], cards[3]]  # as read, to mend and send again
    # mended: a subject WB knows, another vendorCode; the same command takes the file back
    back[0]["subjectID"] = 105
    back[1]["variants"][0]["vendorCode"] = "TAKEN-2"
    write(failed, jsonl(back))
    again = wb("cards", "create", str(failed), "--poll", POLL, "--json")
    assert again.exit_code == 0, again.stderr
    doc = json.loads(again.stdout)
    assert doc["ok"] == 2 and doc["failed"] == 0
    assert {c["vendorCode"] for c in doc["cards"]} == {"BAD-SUBJECT", "TAKEN-2"}
    assert all(isinstance(c["nmID"], int) and c["ok"] and c["errors"] == [] for c in doc["cards"])


def test_create_from_csv_groups_sizes_and_variants(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    text = (
        "card,subjectID,vendorCode,title,brand,length,width,height,weightBrutto,techSize,price,skus\n"
        "A,105,SHIRT-RED,Рубашка,Acme,10,20,5,0.4,S,1500,2000000000011\n"
        "A,105,SHIRT-RED,,,,,,,M,1500,2000000000012 2000000000013\n"
        "A,105,SHIRT-BLUE,Рубашка,Acme,10,20,5,0.4,M,1600,\n"
        ",105,SOCKS,Носки,Acme,,,,,,,\n"
    )
    result = wb("cards", "create", write(tmp_path / "cards.csv", text), "--poll", POLL, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["ok"] == 3
    (sent,) = creates(emu)
    assert len(sent) == 2  # card A of two variants, and SOCKS
    red, blue = sent[0]["variants"]
    assert red["vendorCode"] == "SHIRT-RED" and [s["techSize"] for s in red["sizes"]] == ["S", "M"]
    assert red["sizes"][1]["skus"] == ["2000000000012", "2000000000013"]
    assert red["dimensions"] == {"length": 10, "width": 20, "height": 5, "weightBrutto": 0.4}
    assert blue["sizes"] == [{"techSize": "M", "price": 1600}]
    assert sent[1]["variants"] == [{"vendorCode": "SOCKS", "title": "Носки", "brand": "Acme"}]


def test_create_csv_failed_rows_have_an_error_column(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    text = "subjectID,vendorCode,title\n105,GOOD,Рубашка\n999991,BAD,Рубашка\n"
    failed = tmp_path / "failed.csv"
    result = wb("cards", "create", write(tmp_path / "c.csv", text), "--poll", POLL, "--failed", str(failed))
    assert result.exit_code == 1
    (row,) = csv.DictReader(io.StringIO(failed.read_text(encoding="utf-8")))
    assert (row["subjectID"], row["vendorCode"], row["title"]) == ("999991", "BAD", "Рубашка")
    assert "999991" in row["error"]
    dry = wb("cards", "create", str(failed), "--dry-run")  # the file reads back (error read past)
    assert dry.exit_code == 0 and dry.stdout.startswith("dry run: 1 card(s) checked"), dry.stderr


def test_create_dry_run_checks_and_sends_nothing(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    cards = [card(f"vc-{i}") for i in range(130)]
    path = write(tmp_path / "cards.json", json.dumps(cards))
    doc = json.loads(wb("cards", "create", path, "--dry-run", "--json").stdout)
    assert [len(r["body"]) for r in doc["requests"]] == [100, 30]
    assert doc["requests"][0]["path"] == "/content/v2/cards/upload"
    bad = write(tmp_path / "bad.jsonl", jsonl([card("a"), card("b", title="x\u200by")]))
    result = wb("cards", "create", bad, "--dry-run")
    assert result.exit_code == 2 and "bad.jsonl, line 2: " in result.stderr
    assert emu.requests == []


def test_update_from_exported_json_and_from_csv(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    cards = emu.state.default.store(ContentStore).seed_cards(3)
    exported = tmp_path / "cards.jsonl"
    assert wb("cards", "export", "-o", str(exported)).exit_code == 0
    items = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    items[0]["title"] = "Новое название"
    result = wb("cards", "update", write(exported, jsonl(items[:1])), "--poll", POLL)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1 card(s) updated, 0 failed"
    store = emu.state.default.store(ContentStore)
    assert store.card(cards[0].nm_id).title == "Новое название"
    # CSV: the card read from the list, the non-empty cells put in, the rest as WB has it
    text = f"nmID,title,brand,length\n{cards[1].nm_id},Другое,,42\n"
    result = wb("cards", "update", write(tmp_path / "u.csv", text), "--poll", POLL, "--json")
    assert result.exit_code == 0, result.stderr
    now = store.card(cards[1].nm_id)
    assert now.title == "Другое" and now.brand == cards[1].brand
    unknown = wb("cards", "update", write(tmp_path / "x.csv", "nmID,title\n1,x\n"))
    assert unknown.exit_code == 2 and "x.csv, line 2: " in unknown.stderr


def test_no_wait_tells_what_was_sent(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    path = write(tmp_path / "cards.json", json.dumps([card("NW-1"), card("NW-2")]))
    doc = json.loads(wb("cards", "create", path, "--no-wait", "--json").stdout)
    assert doc["vendorCodes"] == ["NW-1", "NW-2"] and doc["since"]
    assert [r.operation for r in emu.requests] == ["content.create_product_cards"]
