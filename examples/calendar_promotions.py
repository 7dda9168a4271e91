"""List WB's calendar promotions you can join, and add your goods to one whose discount you accept.

For a regular promotion WB lists the goods that may take part with the discount each would need
(`planDiscount`). The script adds those not in it yet whose planned discount is at most
`--max-discount`, and waits until WB shows them among the participants (WB's upload only queues
them: `add_to_promotion(...).wait()` polls the participants list).

    python examples/calendar_promotions.py                       # the emulator
    WB_API_TOKEN=... python examples/calendar_promotions.py --max-discount 30           # WB: list
    WB_API_TOKEN=... python examples/calendar_promotions.py --promotion 1234 --yes      # WB: add

The calendar is in the token's "Prices and discounts" category. Without WB_API_TOKEN it starts
the WB emulator and seeds four promotions, with five eligible goods each.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import wbseller


@contextmanager
def connect() -> Iterator[wbseller.Client]:
    """A client for WB (WB_API_TOKEN), else for a freshly started, seeded emulator."""
    if os.environ.get("WB_API_TOKEN"):
        with wbseller.Client() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        emu.seed("calendar", "seed_promotions", {"n": 4})
        with wbseller.Client(emu.make_token(["prices"]), base_url=emu.base_url, emulator=True) as wb:
            now = datetime.now(UTC)
            for promotion in wb.calendar.iter_promotions(now, now + timedelta(days=30), all_promo=True):
                emu.seed("calendar", "seed_nomenclatures", {"promotion_id": promotion.id, "n": 5})
            yield wb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--promotion", type=int, help="the promotion ID (default: the first regular one)")
    parser.add_argument("--max-discount", type=int, default=40, help="the most discount to accept, %%")
    parser.add_argument("--days", type=int, default=30, help="promotions within the next N days")
    parser.add_argument("--yes", action="store_true", help="with WB_API_TOKEN: really add the goods")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for WB")
    args = parser.parse_args()

    with connect() as wb:
        now = datetime.now(UTC)  # WB's calendar times are UTC: a naive datetime is refused
        listed = wb.calendar.iter_promotions(now, now + timedelta(days=args.days))
        promotions = [p.to_dict() for p in listed]  # WB's JSON (the models name `type` type_)
        for p in promotions:
            when = f"{p['startDateTime'][:10]} .. {p['endDateTime'][:10]}"
            print(f"promotion {p['id']} {p['type']:8s} {when} {p['name']}")
        regular = [int(p["id"]) for p in promotions if p["type"] == "regular"]
        chosen: int | None = args.promotion or (regular[0] if regular else None)
        if chosen is None:
            print("no regular promotion to join")
            return
        # goods that may join and are not in it yet (in_action=False), with the discount each needs
        goods = [g.to_dict() for g in wb.calendar.iter_nomenclatures(chosen, in_action=False)]
        accepted = [int(g["id"]) for g in goods if g["planDiscount"] <= args.max_discount]
        cap = f"{args.max_discount}% off or less"
        print(f"promotion {chosen}: {len(goods)} goods may join, {len(accepted)} at {cap}")
        if not accepted:
            return
        if os.environ.get("WB_API_TOKEN") and not args.yes:
            print(f"would add nmIDs {accepted}; --yes adds them")
            return
        result = wb.calendar.add_to_promotion(chosen, accepted).wait(timeout=args.timeout)
        print(f"{len(result.joined)} goods joined promotion {chosen} (uploads {result.upload_ids})")
        if result.scheduled:  # upload_now=False and the promotion starts later: WB adds them then
            print(f"{len(result.scheduled)} join when it starts, {result.starts_at}")


if __name__ == "__main__":
    main()
