"""Every script in examples/ runs as a user would run it (a subprocess, no WB_API_TOKEN): against
the emulator it starts itself, time-scaled 100x (WB_EMULATOR_TIME_SCALE) so the suite stays quick.
Each must exit as documented and print the line that shows it did its job."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def environment(scale: str) -> dict[str, str]:
    """This process's environment without WB's tokens or a Redis (the emulator, a local Valkey)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WB_API_TOKEN", "WBD_API_TOKEN", "REDIS_URL")}
    return env | {"WB_EMULATOR_TIME_SCALE": scale}


def run(
    tmp_path: Path, script: str, *args: str, scale: str = "0.01", timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=tmp_path,
        env=environment(scale),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ok(result: subprocess.CompletedProcess[str], pattern: str) -> re.Match[str]:
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(pattern, result.stdout, re.MULTILINE)
    assert found, result.stdout + result.stderr
    return found


def test_every_example_is_tested() -> None:
    tested = set(re.findall(r'"(\w+\.py)"', Path(__file__).read_text(encoding="utf-8")))
    assert {p.name for p in EXAMPLES.glob("*.py")} <= tested


def test_each_example_says_how_to_run_it() -> None:
    """A docstring with its command line, and short enough to read at once (the tour apart)."""
    for path in EXAMPLES.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith('"""'), path.name
        docstring = text.split('"""')[1]
        assert f"examples/{path.name}" in docstring, path.name
        if path.name != "tour.py":
            assert len(text.splitlines()) <= 150, path.name


def test_tour(tmp_path: Path) -> None:
    ok(run(tmp_path, "tour.py"), r"downloaded [\d,]+ bytes: identical")


def test_export_cards(tmp_path: Path) -> None:
    found = ok(run(tmp_path, "export_cards.py", "out.csv"), r"^exported (\d+) cards \((\d+) sizes\)")
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert found.groups() == ("120", str(len(rows))) and len(rows) >= 120
    assert all(row["chrtID"].isdigit() and row["nmID"].isdigit() for row in rows)


def test_update_prices(tmp_path: Path) -> None:
    result = run(tmp_path, "update_prices.py", "prices.csv")
    ok(result, r"^applied 19 items, 2 not applied$")
    assert re.search(r"nmID 999999999: .*not found", result.stdout)
    assert "Quarantine" in result.stdout or "Qurantine" in result.stdout  # WB's own spelling


def test_stocks_by_barcode(tmp_path: Path) -> None:
    ok(run(tmp_path, "stocks_by_barcode.py"), r"^set 15 stocks; 15 of 15 sizes now show the CSV's amount$")
    assert (tmp_path / "stocks.csv").exists()


def test_create_cards(tmp_path: Path) -> None:
    result = run(tmp_path, "create_cards.py")
    ok(result, r"^created 2 cards, 1 failed$")
    assert re.search(r"EX-SHIRT-1: nmID \d+", result.stdout)
    # the failure is read twice: from the wait, and from WB's list of failed cards
    assert len(re.findall(r"EX-UNKNOWN-SUBJECT: failed: .*999999", result.stdout)) == 1
    ok(result, r"^  failed EX-UNKNOWN-SUBJECT: .*999999.*\n1 failed cards listed by WB$")


def test_campaigns_bids(tmp_path: Path) -> None:
    result = run(tmp_path, "campaigns_bids.py", "--raise", "10")
    ok(result, r"^WB confirmed 12 bids \(RUB\) in 4 campaigns$")
    assert result.stdout.count("-> 137.50 ₽") == 4 and result.stdout.count("-> 165.00 ₽") == 4


def test_full_stats(tmp_path: Path) -> None:
    found = ok(
        run(tmp_path, "full_stats.py", "stats.csv", "--days", "40"), r"^wrote (\d+) rows \((\d+) requests\)"
    )
    rows = list(csv.DictReader((tmp_path / "stats.csv").open(encoding="utf-8")))
    # 3 campaigns x 40 days x 3 platforms x 2 cards, asked in two 31-day windows
    assert found.groups() == (str(len(rows)), "2") and len(rows) == 3 * 40 * 3 * 2
    assert len({row["date"] for row in rows}) == 40


def test_calendar_promotions(tmp_path: Path) -> None:
    result = run(tmp_path, "calendar_promotions.py", "--max-discount", "40")
    found = ok(result, r"^promotion (\d+): 5 goods may join, (\d) at 40% off or less$")
    ok(result, rf"^{found[2]} goods joined promotion {found[1]} \(uploads \[\d+\]\)$")
    assert result.stdout.count("promotion 10") >= 4  # the four seeded, listed first
    assert int(found[2]) > 0


def test_wbd_upload_download(tmp_path: Path) -> None:
    result = run(tmp_path, "wbd_upload_download.py")
    ok(result, r"^content \d+ published \(status 2\)$")
    ok(result, r"^downloaded 5,242,889 bytes: identical$")
    assert "upload: 5,242,889 of 5,242,889 bytes" in result.stdout


def test_redis_workers(tmp_path: Path) -> None:
    # the emulator's limit at 10 a second (scale 0.5): two processes pacing alone would send up
    # to 20 a second (examples/redis_workers.py --no-redis shows the 429s); shared, none
    result = run(tmp_path, "redis_workers.py", "--workers", "2", "--calls", "15", scale="0.5")
    ok(result, r"^2 workers x 15 calls, one limit shared through redis://")
    ok(result, r"^together: 30 calls in [\d.]+ s, 0 gave up on 429s$")
    ok(result, r"^the emulator answered 30 calls 200 and 0 calls 429$")


def test_async_fanout(tmp_path: Path) -> None:
    result = run(tmp_path, "async_fanout.py")
    ok(result, r"^reading content, prices, marketplace, promotion at once$")
    assert len(re.findall(r"^  \w+ +done after", result.stdout, re.MULTILINE)) == 4
    ok(
        result,
        r"^  300 cards\n  250 goods with prices\n  1 warehouses\n  12 campaigns, budgets 60,000 ₽ in all",
    )


def test_with_emulator(tmp_path: Path) -> None:
    # as a user would: the file copied into their tests, run by pytest (no ini of this project)
    shutil.copy(EXAMPLES / "test_with_emulator.py", tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "test_with_emulator.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^5 passed", result.stdout, re.MULTILINE), result.stdout
