"""List your advertising campaigns with their cards' bids, and raise the bids by a percentage.

Campaigns come from WB's v2 list (`promotion.campaigns()`, `GET /api/advert/v2/adverts`); bids
are in kopecks (1/100 rouble) everywhere. `set_bids` checks each bid against the minimum WB
publishes for the card before anything is sent, and counts a bid as set only when WB's answer
lists it.

    python examples/campaigns_bids.py --raise 10              # the emulator: +10% on every bid
    WB_API_TOKEN=... python examples/campaigns_bids.py --raise 10         # WB: list, dry run
    WB_API_TOKEN=... python examples/campaigns_bids.py --raise 10 --yes   # WB: set the bids

Without WB_API_TOKEN it starts the WB emulator and seeds four campaigns (active and paused,
manual and unified bid).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

import wbseller

BIDDABLE = (4, 9, 11)  # ready, active, paused: the statuses whose bids WB lets you change
PLACEMENTS = {"unified": ("combined",), "manual": ("search", "recommendations")}


@contextmanager
def connect() -> Iterator[wbseller.Client]:
    """A client for WB (WB_API_TOKEN), else for a freshly started, seeded emulator."""
    if os.environ.get("WB_API_TOKEN"):
        with wbseller.Client() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        emu.seed("promotion", "seed_campaigns", {"n": 4, "types": [9, 8], "statuses": [9, 11]})
        token = emu.make_token(["promotion"])
        with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:
            yield wb


def rub(kopecks: int | None) -> str:
    return "-" if kopecks is None else f"{kopecks / 100:.2f} ₽"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise", dest="percent", type=float, default=0, help="raise bids by this %%")
    parser.add_argument("--yes", action="store_true", help="with WB_API_TOKEN: really set the bids")
    args = parser.parse_args()

    with connect() as wb:
        campaigns = wb.promotion.campaigns(statuses=BIDDABLE)
        bids: dict[int, dict[int, int]] = {}
        for c in campaigns:
            print(f"campaign {c.advert_id} {c.name!r}: status {c.status}, {c.bid_type} bid, {c.payment_type}")
            minimums = wb.promotion.min_bids(c.advert_id, [nm.nm_id for nm in c.nms])
            for nm in c.nms:
                current = nm.search_kopecks or nm.recommendations_kopecks or 0
                lowest = max(
                    minimums.get(nm.nm_id, {}).get(p, 0) for p in PLACEMENTS.get(c.bid_type or "", ())
                )
                new = max(round(current * (1 + args.percent / 100)), lowest)
                print(f"  nmID {nm.nm_id}: bid {rub(current)}, minimum {rub(lowest)} -> {rub(new)}")
                if new != current:
                    bids.setdefault(c.advert_id, {})[nm.nm_id] = new
        if not bids:
            print("no bid to change")
            return
        if os.environ.get("WB_API_TOKEN") and not args.yes:
            requests = wb.promotion.check_bids(bids)  # the same checks, nothing sent
            print(f"would send {len(requests)} request(s) for {len(bids)} campaign(s); --yes sets them")
            return
        try:
            result = wb.promotion.set_bids(bids)  # every placement of each campaign
        except wbseller.UploadError as e:  # a bid WB's answer did not confirm
            print(f"not set: {e.failed}")
            raise SystemExit(1) from e
        print(f"WB confirmed {len(result.applied)} bids ({result.currency}) in {len(bids)} campaigns")


if __name__ == "__main__":
    main()
