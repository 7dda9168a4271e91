"""An overall deadline per attempt (issue 21): a server dripping its answer (64 bytes every 0.5 s)
kept a call alive for minutes, since httpx's read timeout restarts with every chunk.

The emulator's `drip` fault handles the request, then sends the answer `chunk` bytes every
`seconds`. The only time bound asserted is "well before the drip would have ended", computed from
the answer's size; what is asserted besides is how many attempts went out and the error."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from services.conftest import Drive, Run

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.prices import PricesStore
from wbseller_emulator.handlers.wbd import WbdStore

GOODS = "prices.get_products_with_prices"
DEADLINE = 0.5  # seconds per attempt: the clients below
DRIP = {"chunk": 64, "seconds": 0.5}


def _drip_time(size: int, chunk: int, seconds: float) -> float:
    return math.ceil(size / chunk) * seconds


def test_a_dripping_read_ends_with_deadline_error(emu: Emulator, run: Run) -> None:
    emu.state.default.store(PricesStore).seed_goods(30)

    async def scenario(d: Drive) -> None:
        page = await d(d.client.prices.http.get("/api/v2/list/goods/filter", params={"limit": 10}))
        drip_time = _drip_time(len(page.content), **DRIP)
        assert drip_time > 8 * DEADLINE  # the drip alone would take that long
        emu.faults.add("drip", route=GOODS, times=None, **DRIP)
        start = time.monotonic()
        with pytest.raises(wbseller.DeadlineError, match=f"deadline of {DEADLINE:g} s per attempt"):
            await d.list(d.client.prices.iter_goods(page_size=10))
        assert time.monotonic() - start < drip_time / 2

    run(scenario, deadline=DEADLINE, max_retries=1, timeout=5.0)
    dripped = [r for r in emu.requests if r.operation == GOODS][1:]
    assert len(dripped) == 2  # retried once, like a timeout


def test_a_dripping_write_is_retry_unsafe(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """The upload was taken (its answer dripped): not sent again, the error says so."""
    goods = emu.state.default.store(PricesStore).seed_goods(3, editable_every=0)
    emu.faults.add("drip", route="prices.set_prices_and_discounts", chunk=4, seconds=0.5)
    wb = make_client(deadline=DEADLINE, max_retries=3, timeout=5.0)
    with pytest.raises(wbseller.RetryUnsafeError, match=r"deadline of 0.5 s per attempt.*not sent again"):
        wb.prices.set_prices([{"nmID": g.nm_id, "price": g.price + 1} for g in goods])
    assert len([r for r in emu.requests if r.operation == "prices.set_prices_and_discounts"]) == 1


def test_a_dripping_download_stops(emu: Emulator, make_client: Callable[..., Any], tmp_path: Path) -> None:
    """A streamed body may take the deadline plus 1 s per 64 KiB it brings: a trickle ends soon,
    and the download is not resumed after it (a resume would trickle on)."""
    size = 256 * 1024
    rec = emu.state.default.store(WbdStore).add_content("Book", size=size)
    drip = {"chunk": 1024, "seconds": 0.05}
    drip_time = _drip_time(size, **drip)
    emu.faults.add("drip", route="wbd.download_content", times=None, **drip)
    wb = make_client(deadline=DEADLINE, timeout=5.0)
    start = time.monotonic()
    with pytest.raises(wbseller.DeadlineError):
        wb.wbd.download_content(rec.uri, tmp_path)
    assert time.monotonic() - start < drip_time / 2
    assert list(tmp_path.iterdir()) == []
    assert len([r for r in emu.requests if r.operation == "wbd.download_content"]) == 1


def test_a_fast_download_is_not_cut_by_the_deadline(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    """The allowance grows with what arrives: a whole file in small quick pieces passes a tiny deadline."""
    size = 512 * 1024
    rec = emu.state.default.store(WbdStore).add_content("Book", size=size)
    emu.faults.add("drip", route="wbd.download_content", chunk=64 * 1024, seconds=0.01)
    wb = make_client(deadline=0.2, timeout=5.0)
    path = wb.wbd.download_content(rec.uri, tmp_path)
    assert path.stat().st_size == size


def test_the_deadline_defaults_to_two_read_timeouts() -> None:
    import httpx

    assert wbseller.Client("t", timeout=7)._config.deadline == 14
    assert wbseller.Client("t", timeout=7, deadline=3)._config.deadline == 3
    assert wbseller.Client("t", timeout=httpx.Timeout(5, read=None))._config.deadline is None
