"""Set stocks in your own warehouse from a CSV of barcodes (columns sku, amount).

WB keeps marketplace stocks per size (chrtID) and refuses barcodes since 2026-05-20: the script
looks each barcode's chrtID up in the cards list (`content.chrt_ids_for_skus`), shows the current
stocks, sets the new ones (1000 sizes a request) and reads them back.

    python examples/stocks_by_barcode.py                              # the emulator, sample CSV
    WB_API_TOKEN=... python examples/stocks_by_barcode.py stocks.csv --warehouse 123        # dry run
    WB_API_TOKEN=... python examples/stocks_by_barcode.py stocks.csv --warehouse 123 --yes  # set them

Without WB_API_TOKEN it starts the WB emulator, seeds 15 cards, creates a warehouse and writes the
CSV (stocks.csv unless named) with a stock for each card's barcode.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections.abc import Iterator
from contextlib import contextmanager

import wbseller


@contextmanager
def connect(csv_path: str) -> Iterator[wbseller.Client]:
    """A client for WB (WB_API_TOKEN), else for a seeded emulator (and a sample CSV at csv_path)."""
    if os.environ.get("WB_API_TOKEN"):
        with wbseller.Client() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        emu.seed("content", "seed_cards", {"n": 15})
        token = emu.make_token(["content", "marketplace"])
        with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:
            office = wb.marketplace.offices()[0].to_dict()  # WB's JSON: fields typed Any, not int | Unset
            wb.marketplace.create_warehouse("Example warehouse", office["id"])
            with open(csv_path, "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(["sku", "amount"])
                for n, card in enumerate(wb.content.iter_cards()):
                    for size in card.to_dict().get("sizes") or []:
                        writer.writerows([sku, 5 + n] for sku in size.get("skus") or [])
            yield wb


def read_csv(path: str) -> dict[str, int]:
    with open(path, newline="", encoding="utf-8") as f:
        return {row["sku"].strip(): int(row["amount"]) for row in csv.DictReader(f)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", default="stocks.csv", help="sku,amount rows")
    parser.add_argument("--warehouse", type=int, help="the warehouse ID (default: your first one)")
    parser.add_argument("--yes", action="store_true", help="with WB_API_TOKEN: really set the stocks")
    args = parser.parse_args()

    with connect(args.csv) as wb:
        warehouse: int = args.warehouse or wb.marketplace.warehouses()[0].to_dict()["id"]
        by_sku = read_csv(args.csv)
        # a barcode no card has raises InvalidRequestError naming it: nothing is guessed
        chrt_ids = wb.content.chrt_ids_for_skus(list(by_sku))
        amounts = {chrt_ids[sku]: amount for sku, amount in by_sku.items()}
        before = {s.chrt_id: s.amount for s in wb.marketplace.stocks(warehouse, list(amounts))}
        changed = {c: a for c, a in amounts.items() if before.get(c) != a}
        print(f"warehouse {warehouse}: {len(amounts)} sizes in the CSV, {len(changed)} to change")
        if os.environ.get("WB_API_TOKEN") and not args.yes:
            for chrt_id, amount in list(changed.items())[:20]:
                print(f"  chrtID {chrt_id}: {before.get(chrt_id, 0)} -> {amount}")
            print("a dry run: --yes sets them")
            return
        wb.marketplace.set_stocks(warehouse, changed)  # an unknown outcome: UnknownOutcomeError.resume()
        after = {s.chrt_id: s.amount for s in wb.marketplace.stocks(warehouse, list(amounts))}
        matching = sum(after.get(c) == a for c, a in amounts.items())
        print(f"set {len(changed)} stocks; {matching} of {len(amounts)} sizes now show the CSV's amount")


if __name__ == "__main__":
    main()
