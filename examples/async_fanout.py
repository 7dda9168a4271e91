"""Read several categories at once with AsyncClient: a seller's overview in one round.

Every category has its own WB limits, so the cards list, the goods list, the warehouses and the
campaigns can all be read concurrently; within one bucket (each campaign's budget) the calls are
gathered all at once and the client spaces them by WB's limit itself, with no 429. One event loop,
no threads. Read-only: it runs against WB as it is (the categories the token lacks are skipped).

    python examples/async_fanout.py                           # the emulator
    WB_API_TOKEN=... python examples/async_fanout.py          # WB

Without WB_API_TOKEN it starts the WB emulator and seeds cards, goods, a warehouse and campaigns.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import wbseller

CATEGORIES = ("content", "prices", "marketplace", "promotion")


@asynccontextmanager
async def connect() -> AsyncIterator[wbseller.AsyncClient]:
    """An async client for WB (WB_API_TOKEN), else for a freshly started, seeded emulator."""
    if os.environ.get("WB_API_TOKEN"):
        async with wbseller.AsyncClient() as wb:
            yield wb
        return
    from wbseller_emulator import Emulator

    with Emulator(time_scale=float(os.environ.get("WB_EMULATOR_TIME_SCALE", "0.05"))) as emu:
        emu.seed("content", "seed_cards", {"n": 300})
        emu.seed("prices", "seed_goods", {"n": 250})
        emu.seed("promotion", "seed_campaigns", {"n": 12, "budget": 5000})
        async with wbseller.AsyncClient(
            emu.make_token(CATEGORIES), base_url=emu.base_url, emulator=True
        ) as wb:
            office = (await wb.marketplace.offices())[0].to_dict()
            await wb.marketplace.create_warehouse("Example warehouse", office["id"])
            yield wb


async def count(items: AsyncIterable[Any]) -> int:
    """Walk a list page by page (`async for`), counting: one page in memory at a time."""
    n = 0
    async for _ in items:
        n += 1
    return n


async def timed(name: str, work: Awaitable[Any]) -> tuple[str, Any]:
    started = time.monotonic()
    result = await work
    print(f"  {name:12s} done after {time.monotonic() - started:5.2f} s")
    return name, result


async def main() -> None:
    async with connect() as wb:
        info = wb.token_info
        allowed = set(info.categories) if info and info.is_jwt else set(CATEGORIES)
        jobs: dict[str, Callable[[], Awaitable[Any]]] = {
            "content": lambda: count(wb.content.iter_cards()),
            "prices": lambda: count(wb.prices.iter_goods()),
            "marketplace": wb.marketplace.warehouses,
            "promotion": wb.promotion.campaigns,
        }
        names = [name for name in jobs if name in allowed]
        print(f"reading {', '.join(names)} at once")
        started = time.monotonic()
        results = dict(await asyncio.gather(*(timed(name, jobs[name]()) for name in names)))
        print(f"overview in {time.monotonic() - started:.2f} s:")
        if "content" in results:
            print(f"  {results['content']} cards")
        if "prices" in results:
            print(f"  {results['prices']} goods with prices")
        if "marketplace" in results:
            print(f"  {len(results['marketplace'])} warehouses")
        campaigns: list[Any] = results.get("promotion", [])
        if campaigns:
            # one bucket, many calls: gathered at once, paced by the client (no 429 from WB)
            started = time.monotonic()
            budgets = await asyncio.gather(*(wb.promotion.budget(c.advert_id) for c in campaigns))
            total = sum(b.to_dict().get("total") or 0 for b in budgets)
            elapsed = time.monotonic() - started
            print(f"  {len(campaigns)} campaigns, budgets {total:,} ₽ in all (read in {elapsed:.2f} s)")


if __name__ == "__main__":
    asyncio.run(main())
