"""Transfer progress in the units users read: decimal, so a 30 MB file shows as "30.0M", not
"28.6M" (tqdm writes counts without their unit, so 1024-based counts read as megabytes are off by
5%). The bar's configuration, tqdm's own rendering of it, and a real upload over HTTP."""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

import pytest

from wbseller.progress import Reporter, reporter
from wbseller_emulator import Emulator

from .conftest import Drive, Run
from .test_wbd import THUMB

tqdm = pytest.importorskip("tqdm")


def test_the_bar_counts_bytes_in_decimal_units() -> None:
    made: list[dict[str, Any]] = []

    class Bar:
        total: int | None = None
        n = 0

        def __init__(self, **kw: Any) -> None:
            made.append(kw)
            self.total = kw["total"]

        def update(self, k: int) -> None:
            self.n += k

    report = Reporter(bar_factory=Bar, desc="film.mp4")
    report(10, 30_000_000)
    assert made == [
        {"total": 30_000_000, "unit": "B", "unit_scale": True, "unit_divisor": 1000, "desc": "film.mp4"}
    ]
    assert isinstance(reporter(True, "x")._bar_factory, type)  # progress=True: tqdm's own class


def test_tqdm_shows_a_30_mb_file_as_30_mb() -> None:
    out = io.StringIO()
    report = Reporter(bar_factory=functools.partial(tqdm.tqdm, file=out, mininterval=0), desc="film")
    report(15_000_000, 30_000_000)
    report(30_000_000, 30_000_000)
    report.close()
    shown = out.getvalue()
    assert "30.0M/30.0M" in shown and "28.6M" not in shown, shown


def test_an_upload_over_http_shows_its_size(
    emu: Emulator, run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"x" * 3_000_000)  # 3.00 MB; 2.86 in 1024-based units

    async def scenario(d: Drive) -> None:
        meta = {"thumbnail": THUMB, "rating": "0+", "author": "Me", "pages": 1}
        await d(
            d.client.wbd.upload_content(
                source, title="Notes", description="", catalog_id=4, meta=meta, progress=True
            )
        )

    run(scenario)
    err = capsys.readouterr().err
    assert "100%" in err and "3.00M/3.00M" in err and "2.86M" not in err, err
