"""Run by scripts/smoke_wheel.sh with the installed wheel, from outside the checkout: the package
imports from site-packages (not the checkout), and a Client talks to the emulator (wbseller-emulator's
wheel, installed beside it)."""

from __future__ import annotations

import sys
from pathlib import Path

import wbseller
import wbseller_emulator
import wbseller_raw
from wbseller_emulator import Emulator

checkout = Path(sys.argv[1]).resolve()
for module in (wbseller, wbseller_raw, wbseller_emulator):
    where = Path(module.__file__ or "").resolve()
    assert "site-packages" in where.parts, f"{module.__name__} imported from {where}"
    assert checkout not in where.parents, f"{module.__name__} imported from the checkout: {where}"

with Emulator(time_scale=0.01) as emu:
    emu.seed("content", "seed_cards", {"n": 120})
    emu.seed("prices", "seed_goods", {"n": 5})
    token = emu.make_token(["content", "prices"])
    with wbseller.Client(token, base_url=emu.base_url, rate_limits=emu.client_rate_limits()) as wb:
        cards = list(wb.content.iter_cards())  # two pages through the cursor
        goods = list(wb.prices.iter_goods())
        pinged = wb.ping()
assert len(cards) == 120 and len({c.nm_id for c in cards}) == 120, len(cards)
assert len(goods) == 5, len(goods)
assert all(r.ok for r in pinged.values()), pinged
print(
    f"smoke: wbseller {wbseller.__version__} from {Path(wbseller.__file__ or '').parent}: "
    f"{len(cards)} cards, {len(goods)} goods, ping {sorted(pinged)}"
)
