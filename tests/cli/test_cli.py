"""The `wbseller` command line against the emulator: in-process through click's CliRunner (with the
emulator's scaled limits), and through the installed console script in a real subprocess (an
export stopped by server errors and by Ctrl-C, then resumed; the emulator command itself).
Every in-process run also checks that no token shows in its output (the `wb` fixture)."""

from __future__ import annotations

import csv
import io
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.prices import PricesStore
from wbseller_emulator.handlers.wbd import WbdStore

from .conftest import Run, assert_no_token, script, script_env

POLL = "0.05"  # real seconds between checks; the emulator runs 100x faster than WB
Spawn = Callable[..., subprocess.Popen[str]]


def ops(emu: Emulator, operation: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == operation]


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def wait_for(condition: Callable[[], bool], timeout: float = 300.0) -> None:
    """Until `condition` holds: the timeout only guards against a hang (a loaded machine may take
    tens of seconds to start a Python process), it asserts nothing about speed."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- help ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "command",
    [[], ["token"], ["ping"], ["cards", "export"], ["prices", "set"], ["stocks", "set"], ["wbd", "upload"],
     ["emulator"]],
)  # fmt: skip
def test_every_command_has_help(wb: Run, command: list[str]) -> None:
    result = wb(*command, "--help")
    assert result.exit_code == 0, result.stderr
    assert "Usage: wbseller" in result.stdout


def test_help_documents_exit_codes(wb: Run) -> None:
    out = wb("--help").stdout
    assert "Exit codes" in out
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\s+{code}\s+\w", out, re.MULTILINE), code


def test_emulator_help_names_its_options(wb: Run) -> None:
    out = wb("emulator", "--help").stdout
    for option in ("--port", "--time-scale", "--no-rate-limits"):
        assert option in out


def test_usage_error_is_one_line(wb: Run) -> None:
    result = wb("prices", "set")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("wbseller: Missing argument 'FILE'")


# --- token --------------------------------------------------------------------------------------
def test_token_shows_the_claims_never_the_token(wb: Run, emu: Emulator) -> None:
    token = emu.make_token(["content", "prices"], seller_id="seller-42")
    result = wb("token", token=token, wbd_token=None, base_url=False)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "categories: content, prices" in out
    assert "read-only:  no" in out
    assert "sandbox:    no" in out
    assert "seller id:  seller-42" in out
    assert "days left" in out


def test_token_shows_its_type_and_the_limits_that_apply(wb: Run, emu: Emulator) -> None:
    """A Base token: its type from the claims and WB's Base rows, per category it holds (strictest
    first); --token-type base_with_secret: the service rows instead."""
    token = emu.make_token(["content", "prices"], token_type="base")
    out = wb("token", token=token, wbd_token=None, base_url=False).stdout
    assert "type:       base (the token's claims)" in out
    assert "limits:     WB's for a base token, per category (strictest first):" in out
    lines = {line.split()[0]: line.split(None, 1)[1] for line in out.splitlines() if line.startswith("    ")}
    assert sorted(lines) == ["common", "content", "prices"]  # not marketplace, promotion: not held
    # cards upload with merge, the brands of a subject (WB added it: wb-facts/2026-08), then tags...
    assert lines["content"].startswith("1 per 2h, 1 per 1h, 2 per 1h x")
    assert "4 per 1h" in lines["prices"]  # price uploads
    secret = wb("--token-type", "base_with_secret", "token", token=token, wbd_token=None, base_url=False)
    assert "type:       base_with_secret (--token-type)" in secret.stdout
    assert "10 per 6s" in secret.stdout and "4 per 1h" not in secret.stdout
    info = json.loads(wb("token", "--json", token=token, wbd_token=None, base_url=False).stdout)
    assert info["token_type"] == "base" and info["token_type_from"] == "the token's claims"
    upload = next(b for b in info["limits"] if "prices.set_prices_and_discounts" in b["operations"])
    assert upload == {
        "category": "prices",
        "bucket": "prices",
        "limit": 4,
        "period_seconds": 3600.0,
        "burst": 1,
        "operations": upload["operations"],
    }
    untyped = wb("token", token=emu.make_token(["content"], token_type=None), wbd_token=None, base_url=False)
    assert "type:       personal (assumed: the token does not say; --token-type sets it)" in untyped.stdout


def test_token_read_only_and_sandbox(wb: Run, emu: Emulator) -> None:
    token = emu.make_token(["content"], read_only=True, sandbox=True)
    result = wb("token", "--json", token=token, wbd_token=None, base_url=False)
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["read_only"] is True and info["sandbox"] is True
    assert info["categories"] == ["content"]
    assert info["token_type"] == "test"  # a sandbox token is a test token (acc 2)
    assert {b["bucket"] for b in info["limits"] if b["bucket"].endswith("-sandbox")} == {"content-sandbox"}
    assert info["expired"] is False and 179 < info["days_left"] <= 180


def test_token_expired_exits_1(wb: Run, emu: Emulator) -> None:
    result = wb("token", token=emu.make_token(expires_in=-3 * 86400), wbd_token=None)
    assert result.exit_code == 1
    assert "EXPIRED 3.0 days ago" in result.stdout


def test_token_not_a_jwt_exits_2(wb: Run) -> None:
    secret = "plain-secret-value-123456"
    result = wb("token", token=secret, wbd_token=None)
    assert result.exit_code == 2
    assert "not a JWT" in result.stdout
    assert_no_token(result.stdout + result.stderr, [secret])


def test_token_missing_exits_2(wb: Run) -> None:
    result = wb("token", token=None, wbd_token=None)
    assert result.exit_code == 2
    assert result.stderr.startswith("wbseller: no token")


def test_token_and_wbd_token(wb: Run) -> None:
    result = wb("token", "--json")
    assert result.exit_code == 0
    kinds = [json.loads(line)["kind"] for line in result.stdout.splitlines()]
    assert kinds == ["seller", "wbd"]


# --- ping ---------------------------------------------------------------------------------------
def test_ping_every_category(wb: Run) -> None:
    result = wb("ping")
    assert result.exit_code == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["content", "general", "marketplace", "prices", "promotion"]
    assert all(line.split()[1:3] == ["ok", "200"] for line in lines)


def test_ping_a_failing_category_exits_1(wb: Run, emu: Emulator) -> None:
    # one emulator answers every category's /ping: the first one asked (content) gets the 503.
    # It also counts them all in content's ping bucket (WB: one per host), which the client paces
    # per host: without retries the next categories would meet its 429s.
    emu.faults.add("status", status=503, route="/ping", times=1)
    emu.limits.enabled = False
    try:
        result = wb("--max-retries", "0", "ping")
    finally:
        emu.limits.enabled = True
    assert result.exit_code == 1
    failed = [line for line in result.stdout.splitlines() if "FAILED" in line]
    assert len(failed) == 1 and failed[0].startswith("content") and " 503 " in failed[0]


def test_verbose_logs_requests_to_stderr(wb: Run) -> None:
    result = wb("-vv", "ping")
    assert result.exit_code == 0
    assert "wbseller: debug: " in result.stderr
    assert result.stdout.count("\n") == 5  # the log is on stderr only


# --- cards export -------------------------------------------------------------------------------
def seed_cards(emu: Emulator, n: int) -> list[int]:
    return [card.nm_id for card in emu.state.default.store(ContentStore).seed_cards(n, with_photos=True)]


def jsonl_ids(path: Path) -> list[int]:
    return [json.loads(line)["nmID"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_cards_export_jsonl(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    seeded = seed_cards(emu, 250)
    out = tmp_path / "cards.jsonl"
    result = wb("cards", "export", "--output", str(out), "--progress")
    assert result.exit_code == 0, result.stderr
    ids = jsonl_ids(out)
    assert sorted(ids) == sorted(seeded) and len(ids) == len(set(ids))
    assert len(ops(emu, "content.product_cards_list")) == 3  # 100 + 100 + 50
    assert "exported 250 card(s)" in result.stderr
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert {"vendorCode", "sizes", "photos", "updatedAt"} <= set(first)


@pytest.mark.parametrize(("flag", "with_photo"), [("--without-photo", 2), ("--with-photo", 1), (None, 0)])
def test_cards_export_photo_filter(
    wb: Run, emu: Emulator, tmp_path: Path, flag: str | None, with_photo: int
) -> None:
    """WB's withPhoto since 2026 (cards-with-photo-values): 2 without photos (0 now means every
    card), 1 with photos, 0 every card."""
    store = emu.state.default.store(ContentStore)
    photos = {store.add_card(photos=2).nm_id for _ in range(2)}
    plain = {store.add_card().nm_id for _ in range(3)}
    out = tmp_path / "cards.jsonl"
    result = wb("cards", "export", "--output", str(out), *([flag] if flag else []))
    assert result.exit_code == 0, result.stderr
    expected = {2: plain, 1: photos, 0: photos | plain}[with_photo]
    assert set(jsonl_ids(out)) == expected
    assert {r.json()["settings"]["filter"]["withPhoto"] for r in ops(emu, "content.product_cards_list")} == {
        with_photo
    }


def test_cards_export_csv(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    seeded = seed_cards(emu, 250)
    out = tmp_path / "cards.csv"
    result = wb("cards", "export", "--format", "csv", "-o", str(out), "--page-size", "60")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert list(rows[0])[:8] == ["nmID", "imtID", "nmUUID", "vendorCode", "subjectID", "subjectName", "brand",
                                 "title"]  # fmt: skip
    assert sorted(int(r["nmID"]) for r in rows) == sorted(seeded)
    card = emu.state.default.store(ContentStore).card(int(rows[0]["nmID"]))
    assert card is not None
    assert rows[0]["vendorCode"] == card.vendor_code and rows[0]["skus"] == " ".join(card.barcodes)
    assert int(rows[0]["photos"]) == len(card.photos)


def test_cards_export_to_stdout_with_filter(wb: Run, emu: Emulator) -> None:
    seeded = seed_cards(emu, 30)
    vendor_code = f"art-{seeded[7]}"
    result = wb("cards", "export", "--text-search", vendor_code)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["vendorCode"] for line in result.stdout.splitlines()] == [vendor_code]


def test_cards_export_bad_page_size_exits_2_and_writes_nothing(
    wb: Run, emu: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "cards.jsonl"
    out.write_text("kept\n")
    result = wb("cards", "export", "-o", str(out), "--page-size", "500")
    assert result.exit_code == 2
    assert "page_size" in result.stderr and "100" in result.stderr
    assert out.read_text() == "kept\n" and emu.requests == []


def test_cards_export_resume_needs_a_file(wb: Run) -> None:
    result = wb("cards", "export", "--resume", "state.json")
    assert result.exit_code == 2 and "--resume needs --output FILE" in result.stderr


def default_sigint() -> None:
    """In the child: Ctrl-C as a terminal delivers it. A test run started in the background
    (`cmd &`, nohup, some CI runners) ignores SIGINT, the child inherits that, and Python then
    never raises KeyboardInterrupt: the export would just finish."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _export_until_stopped(
    emu: Emulator,
    spawn: Spawn,
    tmp_path: Path,
    tokens: dict[str, str],
    stop: Callable[[Any], None],
    **popen: Any,
) -> tuple[Path, Path, Any]:
    """Start `wbseller cards export --resume` in a subprocess (with WB's real, slower limits, a
    page every 0.6 s) and call stop(proc) once the first page boundary is recorded."""
    out, state = tmp_path / "cards.jsonl", tmp_path / "export.state"
    proc = spawn(
        "--base-url", emu.base_url, "--max-retries", "0",
        "cards", "export", "-o", str(out), "--resume", str(state), "--page-size", "20",
        env=script_env(WB_API_TOKEN=tokens["seller"]), **popen,
    )  # fmt: skip
    wait_for(lambda: state.exists() and json.loads(state.read_text())["cursor"] is not None)
    stop(proc)
    proc.wait(30)
    return out, state, proc


def _says_what_the_file_has(stderr: str, out: Path, state: Path) -> None:
    match = re.search(r"(\d+) card\(s\) saved in ", stderr)
    assert match, stderr
    assert int(match.group(1)) == len(jsonl_ids(out)) == json.loads(state.read_text())["cards"]


def _resume_and_check(wb: Run, seeded: list[int], out: Path, state: Path) -> None:
    before = json.loads(state.read_text())
    assert before["done"] is False and 0 < before["cards"] < len(seeded)
    result = wb("cards", "export", "-o", str(out), "--resume", str(state), "--page-size", "20")
    assert result.exit_code == 0, result.stderr
    ids = jsonl_ids(out)
    assert sorted(ids) == sorted(seeded), "a card was lost or repeated"
    assert json.loads(state.read_text())["done"] is True
    again = wb("cards", "export", "-o", str(out), "--resume", str(state), "--page-size", "20")
    assert again.exit_code == 0 and "already complete: 250 card(s)" in again.stderr
    assert jsonl_ids(out) == ids


def test_cards_export_resumes_after_server_errors(
    wb: Run, emu: Emulator, spawn: Spawn, tmp_path: Path, tokens: dict[str, str]
) -> None:
    seeded = seed_cards(emu, 250)

    def break_wb(proc: Any) -> None:
        emu.faults.add("status", status=500, route="content.product_cards_list", times=None)

    out, state, proc = _export_until_stopped(emu, spawn, tmp_path, tokens, break_wb)
    stderr = proc.stderr.read()
    assert proc.returncode == 1, stderr
    assert stderr.startswith("wbseller: ") and "500" in stderr and "run the same command again" in stderr
    assert_no_token(stderr + proc.stdout.read(), [tokens["seller"]])
    # the page before the failed request was whole: recorded too, so the count said is the file's
    _says_what_the_file_has(stderr, out, state)
    emu.faults.clear()
    _resume_and_check(wb, seeded, out, state)


def test_cards_export_resumes_after_ctrl_c(
    wb: Run, emu: Emulator, spawn: Spawn, tmp_path: Path, tokens: dict[str, str]
) -> None:
    seeded = seed_cards(emu, 250)
    out, state, proc = _export_until_stopped(
        emu, spawn, tmp_path, tokens, lambda p: p.send_signal(signal.SIGINT), preexec_fn=default_sigint
    )
    stderr = proc.stderr.read()
    assert proc.returncode == 130, stderr
    assert stderr.startswith("wbseller: interrupted;")
    _says_what_the_file_has(stderr, out, state)  # a page cut short is dropped, not counted
    _resume_and_check(wb, seeded, out, state)


def test_cards_export_refuses_a_resume_file_of_another_export(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    seed_cards(emu, 5)
    out, state = tmp_path / "cards.jsonl", tmp_path / "state.json"
    assert wb("cards", "export", "-o", str(out), "--resume", str(state)).exit_code == 0
    result = wb("cards", "export", "-o", str(out), "--resume", str(state), "--format", "csv")
    assert result.exit_code == 2 and "belongs to another export" in result.stderr


# --- prices set ---------------------------------------------------------------------------------
def test_prices_set_waits_and_lists_the_failed_item(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    store = emu.state.default.store(PricesStore)
    a, b = store.add_good(price=1000).nm_id, store.add_good(price=2000, discount=5).nm_id
    path = write(tmp_path / "p.csv", f"nmID;price;discount\n{a};1100;10\n{b};;15\n999;500;\n")
    result = wb("prices", "set", path, "--poll", POLL)
    assert result.exit_code == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("uploadID ")
    assert "failed nmID 999: Product with nmID 999 not found" in lines
    assert lines[-1] == "status 5, partly applied: 2 applied, 1 failed"
    good_a, good_b = store.good(a), store.good(b)
    assert good_a is not None and good_b is not None
    assert (good_a.price, good_a.discount, good_b.discount) == (1100, 10, 15)


def test_prices_set_all_applied_exits_0(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    nm = emu.state.default.store(PricesStore).add_good(price=1000).nm_id
    result = wb("prices", "set", write(tmp_path / "p.csv", f"nm_id,price\n{nm},1200\n"), "--poll", POLL)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "status 3, all applied: 1 applied, 0 failed"


def test_prices_set_no_wait_prints_the_upload_ids(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    store = emu.state.default.store(PricesStore)
    rows = "".join(f"{store.add_good(price=1000).nm_id},1500,0\n" for _ in range(3))
    result = wb("prices", "set", write(tmp_path / "p.csv", "nmID,price,discount\n" + rows), "--no-wait")
    assert result.exit_code == 0, result.stderr
    ids = [int(line.split()[1]) for line in result.stdout.splitlines()]
    assert ids == [u.upload_id for u in store.uploads()]
    assert ops(emu, "prices.processed_upload_state") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("nmID,price,discount\n1,100,5\n2,abc,5\n", "p.csv, line 3: price: 'abc' is not an integer"),
        ("nmID,price,discount\n1,100,5\n2,100,150\n", "p.csv, line 3: data[1].discount: 150"),
        ("nmID,price\n1,100\n\n1,200\n", "p.csv, line 4: data[1].nmID: 1 appears twice"),
        ("nmID,prise\n1,100\n", "unknown column 'prise'"),
        ("price,discount\n100,5\n", "missing column(s) nmID"),
        ("nmID,price\n", "p.csv: no rows"),
    ],
)
def test_prices_set_invalid_csv_exits_2_and_sends_nothing(
    wb: Run, emu: Emulator, tmp_path: Path, content: str, message: str
) -> None:
    result = wb("prices", "set", write(tmp_path / "p.csv", content))
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == "" and emu.requests == []


def test_prices_set_sizes_and_club(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    store = emu.state.default.store(PricesStore)
    good = store.add_good(sizes=("S", "M"), editable_size_price=True, price=1000)
    sizes = write(tmp_path / "s.csv", f"nmID,sizeID,price\n{good.nm_id},{good.sizes[1].size_id},1300\n")
    assert wb("prices", "set", sizes, "--sizes", "--poll", POLL).exit_code == 0
    club = write(tmp_path / "c.csv", f"nmID,clubDiscount\n{good.nm_id},7\n")
    assert wb("prices", "set", club, "--club", "--poll", POLL).exit_code == 0
    now = store.good(good.nm_id)
    assert now is not None and now.sizes[1].price == 1300 and now.club_discount == 7
    assert wb("prices", "set", club, "--club", "--sizes").exit_code == 2


def test_prices_set_wait_timeout_is_its_own_option(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    """--wait-timeout bounds the wait; --timeout is the global per-request one, not the wait's."""
    assert "--wait-timeout" in wb("prices", "set", "--help").stdout
    emu.settings["prices.buffer_seconds"] = 3600.0  # the upload stays in WB's buffer
    nm = emu.state.default.store(PricesStore).add_good(price=1000).nm_id
    path = write(tmp_path / "p.csv", f"nmID,price\n{nm},1200\n")
    result = wb("prices", "set", path, "--wait-timeout", "0", "--poll", POLL)
    assert result.exit_code == 1 and "not finished after 0 s" in result.stderr, result.stderr
    clash = wb("prices", "set", path, "--timeout", "5")
    assert clash.exit_code == 2 and "No such option '--timeout'" in clash.stderr


# --- stocks set ---------------------------------------------------------------------------------
def test_stocks_set_in_parts(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    store = emu.state.default.store(MarketplaceStore)
    warehouse = store.add_warehouse("Main", store.offices()[0].id).id
    chrt_ids = [500_000_000 + i for i in range(1500)]
    path = write(
        tmp_path / "s.csv", "chrtId,amount\n" + "".join(f"{c},{i % 7}\n" for i, c in enumerate(chrt_ids))
    )
    result = wb("stocks", "set", str(warehouse), path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"set 1500 stock(s) in warehouse {warehouse}"
    assert len(ops(emu, "marketplace.update_inventory")) == 2  # WB takes 1000 per request
    assert store.stocks(warehouse) == {c: i % 7 for i, c in enumerate(chrt_ids)}


def test_stocks_set_by_barcode_looks_the_sizes_up(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    from wbseller_emulator.handlers.content import ContentStore

    cards = emu.state.default.store(ContentStore).seed_cards(2)
    (a, chrt_a), (b, chrt_b) = [(c.sizes[0].skus[0], c.sizes[0].chrt_id) for c in cards]
    store = emu.state.default.store(MarketplaceStore)
    warehouse = store.add_warehouse("Main", store.offices()[0].id).id
    path = write(tmp_path / "s.csv", f"sku,chrtId,amount\n{a},,3\n,{chrt_b},4\n")
    result = wb("stocks", "set", str(warehouse), path)
    assert result.exit_code == 0, result.stderr
    assert store.stocks(warehouse) == {chrt_a: 3, chrt_b: 4}

    unknown = write(tmp_path / "u.csv", f"sku,amount\n{b},1\n2000000000000,2\n")
    result = wb("stocks", "set", str(warehouse), unknown)
    assert result.exit_code == 2
    assert "u.csv, line 3:" in result.stderr and "2000000000000" in result.stderr
    assert store.stocks(warehouse) == {chrt_a: 3, chrt_b: 4}  # nothing sent
    both = write(tmp_path / "b.csv", f"sku,chrtId,amount\n{a},{chrt_a},1\n")
    assert wb("stocks", "set", str(warehouse), both).exit_code == 2


def test_stocks_set_bad_amount_exits_2(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "chrtId,amount\n1,5\n2,-1\n")
    result = wb("stocks", "set", "1", path)
    assert result.exit_code == 2
    assert "s.csv, line 3: stocks[1].amount" in result.stderr
    assert emu.requests == []


def test_stocks_set_unknown_warehouse_exits_1(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    result = wb("stocks", "set", "424242", write(tmp_path / "s.csv", "chrtId,amount\n1,5\n"))
    assert result.exit_code == 1
    assert result.stderr.startswith("wbseller: ") and "404" in result.stderr


# --- wbd upload ---------------------------------------------------------------------------------
DOC_META = {"thumbnail": ["vol6/1/abc/480.jpg"], "rating": "16+", "author": "I. Turgenev", "pages": 300}


def book(tmp_path: Path, size: int = 5 * 1024 * 1024 + 123) -> Path:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * (size // 256) + b"x" * (size % 256 - 9))
    return path


def upload_args(path: Path, *more: str) -> list[str]:
    return ["wbd", "upload", str(path), "--title", "Fathers and Sons", "--description", "A novel",
            "--catalog-id", "4", "--meta", json.dumps(DOC_META), *more]  # fmt: skip


def test_wbd_upload_and_wait(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    path = book(tmp_path)
    result = wb(*upload_args(path, "--wait", "--poll", POLL, "--progress"))
    assert result.exit_code == 0, result.stderr
    first, last = result.stdout.splitlines()
    content_id = int(first.removeprefix("content_id "))
    assert last.startswith(f"published: content {content_id}")
    rec = emu.state.default.store(WbdStore).content(content_id)
    assert rec is not None and rec.sizes == [2 * 1024 * 1024] * 2 + [path.stat().st_size - 4 * 1024 * 1024]
    assert emu.state.default.store(WbdStore).content_file(content_id).read_bytes() == path.read_bytes()
    assert "100%" in result.stderr  # the progress bar


def test_wbd_upload_failed_processing_exits_1(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    emu.state.default.store(WbdStore).fail_next_contents(1)
    result = wb(*upload_args(book(tmp_path, 1000), "--wait", "--poll", POLL))
    assert result.exit_code == 1
    assert result.stdout.startswith("content_id ")
    assert "status 3" in result.stderr


def test_wbd_upload_checks_before_sending(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    path = book(tmp_path, 1000)
    no_meta = wb("wbd", "upload", str(path), "--title", "t", "--description", "d", "--catalog-id", "4")
    assert no_meta.exit_code == 2 and "meta" in no_meta.stderr
    bad_json = wb(*upload_args(path)[:-2], "--meta", "{oops")
    assert bad_json.exit_code == 2 and "--meta: not JSON" in bad_json.stderr
    no_token = wb(*upload_args(path), wbd_token=None)
    assert no_token.exit_code == 2 and "no WBD token" in no_token.stderr
    assert emu.requests == []


# --- --emulator-limits --------------------------------------------------------------------------
def test_emulator_limits_are_the_clients(emu: Emulator, tokens: dict[str, str]) -> None:
    """The client the CLI builds paces by what GET /__emulator__/limits serves: the emulator's
    buckets at its time scale, not WB's real ones."""
    from wbseller.cli._app import App
    from wbseller.limits import Rate

    app = App(tokens["seller"], None, emu.base_url, None, 30.0, 3, emulator_limits=True)
    try:
        rates = app.client()._config.rates
    finally:
        app.close()
    expected = {
        k: {t: Rate(*v) for t, v in per_type.items()} for k, per_type in emu.client_rate_limits().items()
    }
    assert rates == expected
    content = rates["content"]
    assert isinstance(content, dict)  # per token type
    assert content["personal"].period == pytest.approx(60 * emu.clock.time_scale)  # 100 a minute on WB


def test_token_stays_offline_with_emulator_limits(wb: Run, emu: Emulator) -> None:
    """`token` reads claims only: the README's $WB (with --emulator-limits) works without an emulator."""
    result = wb("--emulator-limits", "--base-url", "http://127.0.0.1:9", "token", base_url=False)
    assert result.exit_code == 0, result.stderr
    assert "categories: content, marketplace, prices, promotion" in result.stdout


def test_emulator_limits_need_an_emulator(wb: Run, emu: Emulator) -> None:
    assert wb("--emulator-limits", "ping", base_url=False).stderr.startswith(
        "wbseller: --emulator-limits needs --base-url"
    )
    # a server without the admin endpoint answers 404 there
    result = wb("--emulator-limits", "--base-url", emu.base_url + "/nowhere", "ping", base_url=False)
    assert result.exit_code == 1 and "--emulator-limits: no limits from" in result.stderr


def test_console_script_export_paces_by_the_emulator(
    spawn: Spawn, emu: Emulator, tokens: dict[str, str], tmp_path: Path
) -> None:
    """A real process, no limits handed in: with --emulator-limits the limiter's waits (what it
    computes, logged with -vv) are within the emulator's 6 ms interval of the content bucket,
    not WB's 600 ms, and nothing is refused."""
    seeded = seed_cards(emu, 250)
    out = tmp_path / "cards.jsonl"
    proc = spawn(
        "--base-url", emu.base_url, "--emulator-limits", "-vv",
        "cards", "export", "-o", str(out), "--page-size", "20",
        env=script_env(WB_API_TOKEN=tokens["seller"]),
    )  # fmt: skip
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert sorted(jsonl_ids(out)) == sorted(seeded)
    assert re.search(r"rate limits: \d+ buckets of the emulator at ", stderr), stderr
    # per request, what the limiter held it back: at WB's rate (100 a minute, burst 5) the 6th
    # and later pages would each wait up to 0.6 s
    waits = [float(w) for w in re.findall(r"cards/list -> 200 .*limiter waits (\d+\.\d+) s", stderr)]
    assert len(waits) == 13, stderr
    assert max(waits) <= 60 / 100 * emu.clock.time_scale + 0.001
    assert [r.status for r in ops(emu, "content.product_cards_list")] == [200] * 13


# --- the console script in a real process -------------------------------------------------------
def test_console_script_runs_the_emulator_and_pings_it(spawn: Spawn) -> None:
    from wbseller_emulator.server import free_port

    port = free_port()
    emulator = spawn(
        "emulator", "--port", str(port), "--time-scale", "0.01", env=script_env(), preexec_fn=default_sigint
    )
    assert emulator.stdout is not None
    lines = [emulator.stdout.readline() for _ in range(3)]
    assert lines[0].startswith(f"WB emulator on http://127.0.0.1:{port}")
    token = lines[1].split()[-1]
    wait_for(lambda: _answers(f"http://127.0.0.1:{port}/__emulator__/health"))
    ping = subprocess.run(
        [script(), "--base-url", f"http://127.0.0.1:{port}", "ping"],
        env=script_env(WB_API_TOKEN=token), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert ping.returncode == 0, ping.stderr
    assert ping.stdout.count(" ok ") == 5
    assert_no_token(ping.stdout + ping.stderr, [token])
    emulator.send_signal(signal.SIGINT)
    assert emulator.wait(20) == 0  # Ctrl-C is how it ends


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_console_script_token_offline() -> None:
    out = subprocess.run(
        [script(), "token"], env=script_env(WB_API_TOKEN="not-a-jwt-at-all"), capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "not a JWT" in out.stdout and "not-a-jwt-at-all" not in out.stdout + out.stderr


def test_csv_reader_accepts_a_bom_and_semicolons(wb: Run, emu: Emulator, tmp_path: Path) -> None:
    nm = emu.state.default.store(PricesStore).add_good(price=1000).nm_id
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffNMID;Price;Discount\r\n".encode() + f"{nm};1 200;3\r\n".encode())
    result = wb("prices", "set", str(path), "--poll", POLL)
    assert result.exit_code == 0, result.stdout + result.stderr
    good = emu.state.default.store(PricesStore).good(nm)
    assert good is not None and (good.price, good.discount) == (1200, 3)
    assert io.StringIO(result.stdout).readline().startswith("uploadID ")


def test_progress_without_tqdm(
    wb: Run, emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if the `progress` extra were not installed
    seed_cards(emu, 1200)
    exported = wb("cards", "export", "-o", str(tmp_path / "c.jsonl"), "--progress")
    assert exported.exit_code == 0
    assert "cards: 1000\ncards: 1200\n" in exported.stderr
    uploaded = wb(*upload_args(book(tmp_path), "--progress"))
    assert uploaded.exit_code == 0, uploaded.stderr
    assert "uploaded 100% (" in uploaded.stderr


# --- every command ------------------------------------------------------------------------------
def _leaves(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import click

    out: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            out += _leaves(command, (*path, name))
        else:
            out.append((*path, name))
    return out


def test_every_command_has_help_and_json(wb: Run) -> None:
    """The whole tree: each command answers --help, and offers --json for scripts."""
    from wbseller.cli import cli

    leaves = _leaves(cli)
    assert len(leaves) >= 30
    for command in leaves:
        out = wb(*command, "--help")
        assert out.exit_code == 0, (command, out.stderr)
        assert "--json" in out.stdout, f"wbseller {' '.join(command)} has no --json"
    writes = [c for c in leaves if c[-1] in {"set", "create", "update", "add", "deposit", "pause", "stop"}]
    for command in writes:
        assert "--dry-run" in wb(*command, "--help").stdout, command
