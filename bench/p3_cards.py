"""P3 (cards): iterate 100,000 seeded product cards with client.content.iter_cards vs a bare loop
(httpx + json.loads over the same cursor pages, each card counted, nothing kept), the emulator in
its own process, limits off on both sides (the figures are the client's, not WB's 100
requests/min). Two figures, each against the bare loop in the same run:

- time: the ratio of the median elapsed time of alternating full walks (target <= 1.1);
- memory: the tracemalloc peak of what is allocated after the first page (imports, connection and
  models are warm by then) — the most the walk holds at once above where it started (target
  <= 3 MiB). tracemalloc slows Python down, so the memory walks are separate from the timed ones.

    python bench/p3_cards.py [--cards 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import tracemalloc
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from _util import emulator_process, median

import wbseller

PATH = "/content/v2/get/cards/list"
LIMIT = 100
MIB = 1024 * 1024


def bare_cards(http: httpx.Client) -> Iterator[dict[str, Any]]:
    """What a user writes without wbseller: the cursor loop over plain JSON."""
    cursor: dict[str, Any] = {"limit": LIMIT}
    while True:
        body = {"settings": {"cursor": cursor, "filter": {"withPhoto": -1}, "sort": {"ascending": True}}}
        page = json.loads(http.post(PATH, json=body).content)
        yield from page["cards"]
        c = page["cursor"]
        if not page["cards"] or c["total"] < LIMIT:
            return
        cursor = {"limit": LIMIT, "updatedAt": c["updatedAt"], "nmID": c["nmID"]}


def walk(cards: Iterator[Any], traced: bool) -> tuple[int, float, float]:
    """(cards, seconds, peak MiB above the start) of the walk after its first card."""
    next(cards)  # the first page: imports, the connection, the models are warm
    gc.collect()
    if traced:
        tracemalloc.start()
    count, started = 1, time.perf_counter()
    for _card in cards:
        count += 1
    elapsed = time.perf_counter() - started
    peak = 0.0
    if traced:
        peak = tracemalloc.get_traced_memory()[1] / MIB  # traced from zero at start()
        tracemalloc.stop()
    return count, elapsed, peak


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--cards", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    with emulator_process("--no-rate-limits", "--no-strict") as (base, token):
        req = urllib.request.Request(
            base + "/__emulator__/seed",
            method="POST",
            data=json.dumps(
                {"category": "content", "method": "seed_cards", "kwargs": {"n": args.cards}}
            ).encode(),
        )
        urllib.request.urlopen(req, timeout=120).read()
        with (
            wbseller.Client(token, base_url=base, rate_limits={"content": (10**9, 1.0, 10**9)}) as wb,
            httpx.Client(base_url=base, headers={"Authorization": token}) as http,
        ):
            sides: dict[str, Callable[[], Iterator[Any]]] = {
                "wbseller": lambda: iter(wb.content.iter_cards()),
                "bare": lambda: bare_cards(http),
            }
            times: dict[str, list[float]] = {side: [] for side in sides}
            peaks: dict[str, float] = {}
            for _ in range(args.runs):
                for side, cards in sides.items():
                    count, elapsed, _ = walk(cards(), traced=False)
                    assert count == args.cards, (side, count)
                    times[side].append(elapsed)
            for side, cards in sides.items():
                _, _, peaks[side] = walk(cards(), traced=True)
    ours, bare = median(times["wbseller"]), median(times["bare"])
    print(f"P3  iterate {args.cards:,} cards, {args.runs} timed walks per side (median)")
    print(f"    time:   bare loop {bare:6.2f} s   iter_cards {ours:6.2f} s   ratio {ours / bare:.3f}")
    print(
        f"    memory: tracemalloc peak after the first page: bare loop {peaks['bare']:.2f} MiB   "
        f"iter_cards {peaks['wbseller']:.2f} MiB (target <= 3 MiB)"
    )


if __name__ == "__main__":
    main()
