"""Update prices and discounts from a CSV file (columns nmID, price, discount), wait for WB to
process the uploads and print every item WB did not apply, with its reason.

WB answers a price upload at once with an uploadID only: the prices are applied later, item by
item, and some are refused (an unknown nmID, a price cut that sends the item to quarantine).
`set_prices(...).wait()` polls WB's upload history until every upload is processed.

    python examples/update_prices.py                          # the emulator, with a sample CSV
    WB_API_TOKEN=... python examples/update_prices.py prices.csv          # WB: a dry run
    WB_API_TOKEN=... python examples/update_prices.py prices.csv --yes    # WB: really upload

Without WB_API_TOKEN it starts the WB emulator, seeds 20 goods and writes the CSV for them
(prices.csv unless named): one price cut to a tenth (quarantined) and one unknown nmID among them.
Against WB the exit code is 1 when any item was not applied.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

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
        emu.seed("prices", "seed_goods", {"n": 20})
        token = emu.make_token(["prices"])
        with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:
            write_sample(wb, csv_path)
            yield wb


def write_sample(wb: wbseller.Client, path: str) -> None:
    """Every good 10% cheaper, with a 15% discount; the first at a tenth; one unknown nmID."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["nmID", "price", "discount"])
        for n, good in enumerate(wb.prices.iter_goods()):
            price = good.to_dict()["sizes"][0]["price"]
            writer.writerow([good.nm_id, price // 10 if n == 0 else price * 9 // 10, 15])
        writer.writerow([999999999, 1500, 0])


def read_rows(path: str) -> Iterator[dict[str, Any]]:
    """The CSV's rows as set_prices' items, read lazily: a file of any size stays out of memory."""
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            item: dict[str, Any] = {"nmID": int(row["nmID"])}
            for field in ("price", "discount"):
                if row.get(field, "").strip():
                    item[field] = int(row[field])
            yield item


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", default="prices.csv", help="nmID,price,discount rows")
    parser.add_argument("--yes", action="store_true", help="with WB_API_TOKEN: really upload")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for WB")
    args = parser.parse_args()

    with connect(args.csv) as wb:
        if os.environ.get("WB_API_TOKEN") and not args.yes:
            # a dry run: the same checks and batches set_prices would send, nothing sent
            uploads = wb.prices.check_upload("set_prices", list(read_rows(args.csv)))
            print(f"would send {sum(map(len, uploads))} items in {len(uploads)} uploads (--yes to send)")
            return
        upload = wb.prices.set_prices(
            read_rows(args.csv),
            on_upload=lambda sent: print(f"upload {sent.upload_id}: {sent.items} items queued"),
        )
        result = upload.wait(timeout=args.timeout)
        print(f"applied {len(result.applied)} items, {len(result.failed)} not applied")
        for nm_id, reason in result.failed.items():
            print(f"  nmID {nm_id}: {reason}")
    # against WB, anything not applied fails the run (for cron); the emulator's sample fails two
    # items on purpose. result.raise_for_errors() raises an UploadError listing them instead.
    sys.exit(1 if result.failed and os.environ.get("WB_API_TOKEN") else 0)


if __name__ == "__main__":
    main()
