"""Export your campaigns' full statistics to CSV: one row per campaign, day, platform and card.

`promotion.iter_full_stats` asks WB's `GET /adv/v3/fullstats` 50 campaigns and 31 days at a time
and hands the answers out one campaign-window at a time; WB allows 3 such requests a minute, and
the client waits for each slot itself, so a long period or many campaigns simply take longer.
Read-only: it runs against WB as it is.

    python examples/full_stats.py stats.csv                   # the emulator, 14 days
    WB_API_TOKEN=... python examples/full_stats.py stats.csv --days 60
    WB_API_TOKEN=... python examples/full_stats.py stats.csv --from 2026-01-01 --to 2026-01-31 \\
        --campaign 123 --campaign 456

Without WB_API_TOKEN it starts the WB emulator, seeds three campaigns and their statistics.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import wbseller

WITH_STATS = (7, 9, 11)  # finished, active, paused: the statuses WB keeps statistics for
KEYS = ["advertId", "date", "appType"]  # where a row is; then the card's figures, WB's names
COLUMNS = [*KEYS, "nmId", "name", "views", "clicks", "atbs", "orders", "sum", "sum_price"]


@contextmanager
def connect(first: date, days: int) -> Iterator[wbseller.Client]:
    """A client for WB (WB_API_TOKEN), else for a freshly started, seeded emulator."""
    if os.environ.get("WB_API_TOKEN"):
        with wbseller.Client() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        emu.seed("promotion", "seed_campaigns", {"n": 3, "statuses": [9, 11, 7]})
        token = emu.make_token(["promotion"])
        with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:
            for c in wb.promotion.campaigns():
                kwargs = {"advert_id": c.advert_id, "first": first.isoformat(), "days": days}
                emu.seed("promotion", "seed_stats", kwargs)
            yield wb


def rows(campaign: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """WB's nested answer (campaign > days > apps > nms) as flat rows."""
    for day in campaign.get("days") or []:
        for app in day.get("apps") or []:
            for nm in app.get("nms") or []:
                keys = {"advertId": campaign["advertId"], "date": day["date"][:10], "appType": app["appType"]}
                yield keys | {k: nm.get(k) for k in COLUMNS[len(KEYS) :]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="stats.csv", help="the CSV file to write")
    parser.add_argument("--days", type=int, default=14, help="the last N days (default 14)")
    parser.add_argument("--from", dest="first", type=date.fromisoformat, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=date.fromisoformat, help="last day (default yesterday)")
    parser.add_argument("--campaign", type=int, action="append", help="an advertId (default: all)")
    args = parser.parse_args()
    last = args.last or date.today() - timedelta(days=1)
    first = args.first or last - timedelta(days=args.days - 1)

    with connect(first, (last - first).days + 1) as wb:
        ids = args.campaign or [c.advert_id for c in wb.promotion.campaigns(statuses=WITH_STATS)]
        print(f"{len(ids)} campaigns, {first} to {last}")
        written, spent = 0, 0.0
        with open(args.output, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, COLUMNS)
            writer.writeheader()
            stats = wb.promotion.iter_full_stats(ids, first, last)
            for campaign in stats:  # one campaign-window at a time, as WB's answers arrive
                data = campaign.to_dict()
                spent += data.get("sum") or 0
                for row in rows(data):
                    writer.writerow(row)
                    written += 1
        print(f"wrote {written} rows ({stats.state.pages} requests) to {args.output}; spent {spent:.2f}")


if __name__ == "__main__":
    main()
