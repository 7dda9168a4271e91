"""P3 (cards): iterate 100,000 seeded product cards with client.content.iter_cards vs a bare loop
(httpx + json.loads over the same cursor pages, each card counted, nothing kept), the emulator in
its own process, limits off on both sides (the figures are the client's, not WB's 100
requests/min). Two figures, each against the bare loop in the same run:

- time: both walks advance in lockstep, 100 cards (one page) of one, then 100 of the other, each
  stretch timed; the ratio of the two sums (a loaded machine slows both alike). Target <= 1.1;
- memory: the tracemalloc peak of what is allocated after the first page (imports, connection and
  models are warm by then) — the most the walk holds at once above where it started (target
  <= 3 MiB). tracemalloc slows Python down, so the memory walks are separate from the timed ones.

    python bench/p3_cards.py [--cards 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import time
import tracemalloc
import urllib.request
from collections.abc import Iterator
from typing import Any

import httpx
from _util import emulator_process, median, result

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


def lockstep(ours: Iterator[Any], bare: Iterator[Any]) -> tuple[int, float, float]:
    """(cards, seconds of ours, seconds of bare) over both walks, a page of each in turn."""
    next(ours), next(bare)  # the first page: imports, the connection, the models are warm
    count, t = 1, {"ours": 0.0, "bare": 0.0}
    while True:
        got = 0
        for side, cards in (("ours", ours), ("bare", bare)):
            t0 = time.perf_counter()
            got = sum(1 for _ in itertools.islice(cards, LIMIT))
            t[side] += time.perf_counter() - t0
        count += got
        if got < LIMIT:
            return count, t["ours"], t["bare"]


def peak_mib(cards: Iterator[Any]) -> float:
    """The tracemalloc peak (MiB) of the walk after its first card: what it holds at most."""
    next(cards)
    gc.collect()
    tracemalloc.start()
    for _card in cards:
        pass
    peak = tracemalloc.get_traced_memory()[1] / MIB  # traced from zero at start()
    tracemalloc.stop()
    return peak


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
            wbseller.Client(
                token, base_url=base, rate_limits={"content.product_cards_list": (10**9, 1.0, 10**9)}
            ) as wb,
            httpx.Client(base_url=base, headers={"Authorization": token}) as http,
        ):
            ratios: list[float] = []
            secs: list[tuple[float, float]] = []
            for _ in range(args.runs):
                count, ours, bare = lockstep(iter(wb.content.iter_cards()), bare_cards(http))
                assert count == args.cards, count
                ratios.append(ours / bare)
                secs.append((ours, bare))
            peaks = {"wbseller": peak_mib(iter(wb.content.iter_cards())), "bare": peak_mib(bare_cards(http))}
    ours, bare = secs[ratios.index(median(ratios))] if args.runs % 2 else secs[0]
    print(f"P3  iterate {args.cards:,} cards, {args.runs} lockstep walks (median ratio)")
    print(
        f"    time:   bare loop {bare:6.2f} s   iter_cards {ours:6.2f} s   ratio {median(ratios):.3f} "
        f"(each walk: {', '.join(f'{r:.3f}' for r in ratios)}; target <= 1.1)"
    )
    print(
        f"    memory: tracemalloc peak after the first page: bare loop {peaks['bare']:.2f} MiB   "
        f"iter_cards {peaks['wbseller']:.2f} MiB (target <= 3 MiB)"
    )
    result(f"cards ({args.cards:,}) time / bare httpx+json loop", median(ratios), "<= 1.15", "ratio")
    result("cards memory peak (tracemalloc, after the first page)", peaks["wbseller"], "<= 2", "MiB")


if __name__ == "__main__":
    main()
