"""`wbseller calendar` over HTTP against the emulator: promotions of a period, details, products
as the CSV `add --file` reads, and adding products with the wait (joined, scheduled, not in:
--failed FILE), --json and --dry-run."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore

from .conftest import Run

DAY = 86400.0
POLL = "0.03"


def store(emu: Emulator) -> CalendarStore:
    return emu.state.default.store(CalendarStore)


def running(emu: Emulator, name: str = "Акция", starts_in: float = -DAY) -> int:
    start = emu.clock.now() + starts_in
    return store(emu).add_promotion(name, start, start + 7 * DAY)


def period(emu: Emulator) -> list[str]:
    now = datetime.fromtimestamp(emu.clock.now(), UTC)
    return ["--from", (now - timedelta(days=3)).isoformat(), "--to", (now + timedelta(days=40)).isoformat()]


def test_list_and_details(wb: Run, emu: Emulator) -> None:
    a, b = running(emu, "Весна"), running(emu, "Лето", starts_in=30 * DAY)
    out = wb("calendar", "list", *period(emu))
    assert out.exit_code == 0, out.stderr
    assert [int(line.split()[0]) for line in out.stdout.splitlines()] == [a, b]
    assert "Весна" in out.stdout.splitlines()[0]
    listed = [json.loads(line) for line in wb("calendar", "list", *period(emu), "--json").stdout.splitlines()]
    assert [p["id"] for p in listed] == [a, b] and listed[0]["type"] == "regular"
    details = wb("calendar", "details", str(a), "--json")
    (doc,) = [json.loads(line) for line in details.stdout.splitlines()]
    assert doc["id"] == a and doc["name"] == "Весна" and "description" in doc
    text = wb("calendar", "details", str(a), "999999")
    assert text.exit_code == 1 and "promotion 999999: WB does not list it" in text.stderr
    assert text.stdout.startswith(f"{a}  Весна")


def test_products_feed_add_and_the_wait(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 5)
    out = tmp_path / "products.csv"
    assert wb("calendar", "products", str(pid), "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [int(r["nmID"]) for r in rows] == nms and {r["inAction"] for r in rows} == {"False"}
    # keep three rows, give the file back
    text = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(text[:4]) + "\n", encoding="utf-8")
    dry = wb("calendar", "add", str(pid), "--file", str(out), "--dry-run", "--json")
    (request,) = json.loads(dry.stdout)["requests"]
    assert request["body"]["data"] == {"promotionID": pid, "uploadNow": True, "nomenclatures": nms[:3]}
    assert [r for r in emu.requests if r.operation == "calendar.add_product_to_the_promotion"] == []
    result = wb("calendar", "add", str(pid), "--file", str(out), "--poll", POLL, "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["joined"] == nms[:3] and doc["failed"] == [] and len(doc["upload_ids"]) == 1
    now_in = wb("calendar", "products", str(pid), "--in", "--json").stdout.splitlines()
    assert [json.loads(line)["id"] for line in now_in] == nms[:3]


def test_add_not_in_after_the_wait_goes_to_the_failed_file(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    emu.settings["calendar.upload_delay"] = 10_000.0  # WB takes its time
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 2)
    failed = tmp_path / "failed.csv"
    args = ["calendar", "add", str(pid), *map(str, nms), "--wait-timeout", "0.1", "--poll", POLL]
    result = wb(*args, "--failed", str(failed))
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines()[-1] == f"0 in promotion {pid}, 0 scheduled, 2 not in"
    rows = list(csv.DictReader(io.StringIO(failed.read_text(encoding="utf-8"))))
    assert [int(r["nmID"]) for r in rows] == nms and "not in the promotion after 0.1 s" in rows[0]["error"]
    emu.clock.advance(10_000.0)
    again = wb("calendar", "add", str(pid), "--file", str(failed), "--poll", POLL)  # WB: already exists
    assert again.exit_code == 0, again.stderr
    assert again.stdout.splitlines()[-1] == f"2 in promotion {pid}, 0 scheduled, 0 not in"


def test_add_for_a_later_start_is_scheduled(wb: Run, emu: Emulator) -> None:
    pid = running(emu, starts_in=30 * DAY)
    nms = store(emu).seed_nomenclatures(pid, 2)
    result = wb("calendar", "add", str(pid), *map(str, nms), "--later", "--wait-timeout", "60", "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["joined"] == [] and doc["scheduled"] == nms and doc["starts_at"]
    assert wb("calendar", "add", str(pid)).exit_code == 2  # no nmIDs
