"""P3 (cards): iterate 100,000 seeded product cards with client.content.iter_cards and report the
client's RSS growth (target < 20 MB: one page in memory at a time; the only thing that grows is
the set of nmIDs handed out, for the once-each guarantee). The emulator runs in its own process;
limits are off on both sides (the figure is memory, not WB's 100 requests/min).

    python bench/p3_cards.py [--cards 100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import urllib.request

from _util import emulator_process

import wbseller


def rss_mib(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(field)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--cards", type=int, default=100_000)
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
        with wbseller.Client(token, base_url=base, rate_limits={"content": (10**9, 1.0, 10**9)}) as wb:
            pages = wb.content.iter_cards()
            it = iter(pages)
            first = next(it)  # the first page is in: imports, connection and models are warm
            gc.collect()
            base_rss = rss_mib()
            count, started = 1, time.monotonic()
            for _card in it:
                count += 1
            elapsed = time.monotonic() - started
            end_rss, peak = rss_mib(), rss_mib("VmHWM")
    assert first is not None
    print(f"P3  iterate {count:,} cards in {pages.state.pages} pages ({elapsed:.1f} s)")
    print(
        f"    client RSS after the first page {base_rss:.1f} MiB, at the end {end_rss:.1f} MiB, "
        f"growth {end_rss - base_rss:.1f} MiB (peak {peak:.1f} MiB) — target < 20 MB"
    )


if __name__ == "__main__":
    main()
