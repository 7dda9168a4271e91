"""Export every product card to CSV, one row per size, with its chrtID (what stocks are set by).

The cards list is read with WB's cursor loop (100 cards a request, paced by WB's limit); only one
page is held in memory, so a catalogue of any size exports in constant memory.

    python examples/export_cards.py cards.csv            # against the built-in emulator
    WB_API_TOKEN=... python examples/export_cards.py cards.csv --search shirt   # WB (read-only)

Without WB_API_TOKEN it starts the WB emulator on 127.0.0.1 and seeds 120 cards first.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import wbseller

COLUMNS = ["nmID", "imtID", "vendorCode", "subjectID", "title", "chrtID", "techSize", "wbSize", "skus"]


@contextmanager
def connect() -> Iterator[wbseller.Client]:
    """A client for WB (WB_API_TOKEN), else for a freshly started, seeded emulator."""
    if os.environ.get("WB_API_TOKEN"):
        with wbseller.Client() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        emu.seed("content", "seed_cards", {"n": 120, "variants_per_card": 2})
        token = emu.make_token(["content"])
        with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:
            yield wb


def size_rows(card: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A card (as WB's JSON) as one row per size; a size without a chrtID has no stock to set."""
    for size in card.get("sizes") or []:
        if size.get("chrtID") is None:
            continue
        yield {
            **{key: card.get(key) for key in ("nmID", "imtID", "vendorCode", "subjectID", "title")},
            "chrtID": size["chrtID"],
            "techSize": size.get("techSize"),
            "wbSize": size.get("wbSize"),
            "skus": " ".join(size.get("skus") or []),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="cards.csv", help="the CSV file to write")
    parser.add_argument("--search", default=None, help="only cards matching this text (WB's textSearch)")
    args = parser.parse_args()

    with connect() as wb, open(args.output, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, COLUMNS)
        writer.writeheader()
        cards = wb.content.iter_cards(text_search=args.search)
        rows = 0
        for card in cards:  # a Card, or a RawItem if WB sent it off-spec: to_dict() reads both
            for row in size_rows(card.to_dict()):
                writer.writerow(row)
                rows += 1
        # cards.cursor is where an interrupted export would resume: iter_cards(start_after=...)
        state = cards.state
        print(f"exported {state.items} cards ({rows} sizes) in {state.pages} pages to {args.output}")


if __name__ == "__main__":
    main()
