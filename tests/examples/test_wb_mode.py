"""The examples' other branch, the one WB_API_TOKEN selects, against the emulator: each client a
script makes is sent there (a subclass of Client / AsyncClient giving `base_url` and
`emulator=True`; the requests are real HTTP). Without --yes no write reaches WB: the dry runs
check and read only. With --yes the write is done and waited for.

redis_workers.py is not here: its worker processes would make clients of their own, for WB."""

from __future__ import annotations

import json
import runpy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore
from wbseller_raw.tables import OPERATIONS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
Run = Callable[..., tuple[int, str]]


def writes(emu: Emulator, since: int = 0) -> list[str]:
    """The write operations the emulator received (after the first `since` requests)."""
    ops = [r.operation or "" for r in emu.requests[since:]]
    return [op for op in ops if OPERATIONS.get(op, {}).get("write")]


def to_emulator(base: type, base_url: str) -> type:
    """`base` (Client or AsyncClient) whose instances all go to the emulator at `base_url`."""

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        base.__init__(self, *args, **kwargs | {"base_url": base_url, "emulator": True})  # type: ignore[misc]

    return type(base.__name__, (base,), {"__init__": init})


@pytest.fixture
def wb_mode(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Iterator[Run]:
    monkeypatch.setenv("WB_API_TOKEN", emu.make_token(["content", "prices", "marketplace", "promotion"]))
    monkeypatch.setenv("WBD_API_TOKEN", emu.make_token(["wbd"]))
    monkeypatch.chdir(tmp_path)
    for name in ("Client", "AsyncClient"):
        monkeypatch.setattr(wbseller, name, to_emulator(getattr(wbseller, name), emu.base_url))

    def run(script: str, *args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", [script, *args])
        code = 0
        try:
            runpy.run_path(str(EXAMPLES / script), run_name="__main__")
        except SystemExit as e:
            code = int(e.code or 0)
        return code, capsys.readouterr().out

    yield run


def test_export_cards(emu: Emulator, wb_mode: Run) -> None:
    emu.seed("content", "seed_cards", {"n": 15})
    assert wb_mode("export_cards.py", "cards.csv") == (
        0,
        "exported 15 cards (15 sizes) in 1 pages to cards.csv\n",
    )
    assert writes(emu) == []


def test_update_prices(emu: Emulator, wb_mode: Run, tmp_path: Path) -> None:
    emu.seed("prices", "seed_goods", {"n": 3})
    with wbseller.Client(base_url=emu.base_url, emulator=True) as wb:
        nm_ids = [g.nm_id for g in wb.prices.iter_goods()]
    (tmp_path / "p.csv").write_text("nmID,price,discount\n" + "".join(f"{nm},9000,5\n" for nm in nm_ids))
    assert wb_mode("update_prices.py", "p.csv") == (0, "would send 3 items in 1 uploads (--yes to send)\n")
    assert writes(emu) == []
    code, out = wb_mode("update_prices.py", "p.csv", "--yes")
    assert code == 0 and out.endswith("applied 3 items, 0 not applied\n")
    assert len(writes(emu)) == 1  # the upload: what the dry run did not send


def test_stocks_by_barcode(emu: Emulator, wb_mode: Run, tmp_path: Path) -> None:
    emu.seed("content", "seed_cards", {"n": 2})
    with wbseller.Client(base_url=emu.base_url, emulator=True) as wb:
        warehouse = wb.marketplace.create_warehouse("W", wb.marketplace.offices()[0].to_dict()["id"])
        skus = [card.to_dict()["sizes"][0]["skus"][0] for card in wb.content.iter_cards()]
    (tmp_path / "s.csv").write_text("sku,amount\n" + "".join(f"{sku},4\n" for sku in skus))
    before = len(emu.requests)
    code, out = wb_mode("stocks_by_barcode.py", "s.csv", "--warehouse", str(warehouse))
    assert code == 0 and out.endswith("a dry run: --yes sets them\n") and out.count(": 0 -> 4") == 2
    assert writes(emu, before) == []
    code, out = wb_mode("stocks_by_barcode.py", "s.csv", "--yes")  # the first warehouse
    assert code == 0 and out.endswith("set 2 stocks; 2 of 2 sizes now show the CSV's amount\n")


def test_create_cards(emu: Emulator, wb_mode: Run, tmp_path: Path) -> None:
    variant = {"vendorCode": "X-1", "title": "Рубашка", "sizes": [{"techSize": "M", "skus": []}]}
    (tmp_path / "cards.json").write_text(json.dumps([{"subjectID": 105, "variants": [variant]}]))
    code, out = wb_mode("create_cards.py", "cards.json")
    assert code == 0 and out.startswith("1 cards pass the checks (1 requests); --yes creates them\n")
    assert writes(emu) == []
    code, out = wb_mode("create_cards.py", "cards.json", "--yes")
    assert code == 0 and "created 1 cards, 0 failed\n" in out


def test_campaigns_bids(emu: Emulator, wb_mode: Run) -> None:
    emu.seed("promotion", "seed_campaigns", {"n": 2, "types": [9], "statuses": [9]})
    code, out = wb_mode("campaigns_bids.py", "--raise", "10")
    assert code == 0 and out.endswith("would send 1 request(s) for 2 campaign(s); --yes sets them\n")
    assert writes(emu) == []
    code, out = wb_mode("campaigns_bids.py", "--raise", "10", "--yes")
    assert code == 0 and out.endswith("WB confirmed 8 bids (RUB) in 2 campaigns\n")
    assert writes(emu) == ["promotion.changing_campaigns_bids"]


def test_full_stats_and_async_fanout_only_read(emu: Emulator, wb_mode: Run) -> None:
    emu.seed("promotion", "seed_campaigns", {"n": 2, "statuses": [9]})
    code, out = wb_mode("full_stats.py", "stats.csv", "--days", "3")
    assert code == 0 and "wrote 0 rows (1 requests)" in out  # no statistics seeded
    code, out = wb_mode("async_fanout.py")
    assert code == 0 and "  2 campaigns" in out
    assert writes(emu) == []


def test_calendar_promotions(emu: Emulator, wb_mode: Run) -> None:
    calendar = emu.state.default.store(CalendarStore)
    first = calendar.seed_promotions(3)[0]
    nms = calendar.seed_nomenclatures(first, 3)
    code, out = wb_mode("calendar_promotions.py", "--max-discount", "90")
    assert code == 0 and out.endswith(f"would add nmIDs {nms}; --yes adds them\n")
    assert writes(emu) == []
    code, out = wb_mode("calendar_promotions.py", "--max-discount", "90", "--yes")
    assert code == 0 and out.endswith(f"3 goods joined promotion {first} (uploads [1])\n")


def test_wbd(emu: Emulator, wb_mode: Run, tmp_path: Path) -> None:
    code, out = wb_mode("wbd_upload_download.py")
    assert code == 0 and out == "a file and --yes upload it; --download ID downloads one\n"
    assert writes(emu) == []
    (tmp_path / "book.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4000)
    code, out = wb_mode("wbd_upload_download.py", "book.pdf", "--yes")
    assert code == 0 and out.endswith("downloaded 1,024,009 bytes: identical\n")
    content_id = int(out.split("content ")[1].split()[0])
    code, out = wb_mode("wbd_upload_download.py", "--download", str(content_id))
    assert code == 0 and out.endswith("(1,024,009 bytes)\n")
