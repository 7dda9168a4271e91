"""Create product cards, wait until WB has made them, and read why the others failed.

WB answers a card upload at once, but creates the cards later: a card that fails lands in WB's
list of failed cards (`content.iter_card_errors`) instead. `create_cards(...).wait()` polls the
cards list and that error list until every vendorCode has an nmID or WB's error messages.

    python examples/create_cards.py                           # the emulator, with sample cards
    WB_API_TOKEN=... python examples/create_cards.py cards.json          # WB: check only, then
                                                              # print WB's list of failed cards
    WB_API_TOKEN=... python examples/create_cards.py cards.json --yes    # WB: really create them

cards.json holds a list of cards as WB's "create cards" takes them: [{"subjectID": 105,
"variants": [{"vendorCode": "...", "title": "...", "sizes": [...]}]}]. Without WB_API_TOKEN the
emulator gets three sample cards, one with an unknown subject (it fails).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import wbseller


@contextmanager
def connect() -> Iterator[wbseller.Client]:
    """A client for WB (WB_API_TOKEN), else for a freshly started emulator."""
    if os.environ.get("WB_API_TOKEN"):
        with wbseller.Client() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        token = emu.make_token(["content"])
        with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:
            yield wb


def sample_cards() -> list[dict[str, Any]]:
    def card(subject_id: int, vendor_code: str) -> dict[str, Any]:
        variant = {
            "vendorCode": vendor_code,
            "title": f"Рубашка {vendor_code}",
            "brand": "Example",
            "sizes": [{"techSize": size, "wbSize": size, "skus": []} for size in ("46", "48")],
        }
        return {"subjectID": subject_id, "variants": [variant]}

    return [card(105, "EX-SHIRT-1"), card(105, "EX-SHIRT-2"), card(999999, "EX-UNKNOWN-SUBJECT")]


def print_error_list(wb: wbseller.Client, limit: int = 10) -> None:
    """WB's list of failed cards, newest first: per batch, each vendorCode with WB's messages."""
    shown = 0
    for batch in wb.content.iter_card_errors(ascending=False):
        for vendor_code, messages in (batch.to_dict().get("errors") or {}).items():
            print(f"  failed {vendor_code}: {'; '.join(messages)}")
            shown += 1
        if shown >= limit:
            break
    print(f"{shown} failed cards listed by WB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", nargs="?", help="a JSON file with the cards to create")
    parser.add_argument("--yes", action="store_true", help="with WB_API_TOKEN: really create them")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for WB")
    args = parser.parse_args()
    cards = sample_cards() if args.cards is None else json.loads(Path(args.cards).read_text("utf-8"))

    with connect() as wb:
        if os.environ.get("WB_API_TOKEN") and not args.yes:
            requests = wb.content.check_cards(cards)  # the checks create_cards makes; nothing sent
            print(f"{len(cards)} cards pass the checks ({len(requests)} requests); --yes creates them")
            print_error_list(wb)
            return
        result = wb.content.create_cards(cards).wait(timeout=args.timeout)
        for vendor_code, outcome in result.cards.items():
            if outcome.ok:
                print(f"  {vendor_code}: nmID {outcome.nm_id} (imtID {outcome.imt_id})")
            else:
                print(f"  {vendor_code}: failed: {'; '.join(outcome.errors)}")
        print(f"created {len(result.nm_ids)} cards, {len(result.failed)} failed")
        print_error_list(wb)  # the same failures, as WB's list keeps them until a later success


if __name__ == "__main__":
    main()
