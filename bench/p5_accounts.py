"""P5: one process, many seller accounts. 1,000 accounts (unsigned emulator tokens of 1,000
distinct sellers: the emulator keys its buckets by seller, as WB does) through one
`wbseller.AsyncAccounts`, each making a few calls of commission tariffs (WB: 1 a minute, burst 2)
against an emulator in its own process whose limits run faster (--limits-scale, so one minute
lasts `--interval` seconds, 18 by default: at WB's real pace 3 calls would take 2 minutes). The
faster the minute, the more requests a second the 1,000 accounts send together (1,000 / interval:
56 a second by default); a loaded 2-core machine running the client (~2 ms CPU per facade call
there) and the emulator falls behind past that, and every account's requests arrive late together.

Figures: memory above the baseline (RSS of this process after its imports, the pool and one
account's first call; after the run, with the 1,000 clients kept, goal <= 50 MiB); each
account's steady rate as the emulator saw its requests arrive, against the allowed one (goal
>= 0.97 for every account: min and median); TCP connections the emulator saw (shared: bounded by
the pool, not by the accounts); 429s (goal 0).

The steady rate counts from an account's second request: the client keeps one request of a
burst in hand (arrivals at WB jitter), so its second request waits one interval that WB would
have allowed at once; that costs one interval once per burst, by design (limits/local.py).
The accounts start spread over the first interval, as accounts of a real service would.

    python bench/p5_accounts.py [--accounts 1000] [--calls 3] [--interval 18]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import resource
import statistics
import time
import urllib.request
from collections import defaultdict

from _util import emulator_process, result

import wbseller
from wbseller_emulator.auth import mint

BUCKET = "general.tariffs_commission"  # 1 per 60 s, burst 2 (Personal)
WB_PERIOD = 60.0


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


async def sample(peak: list[float]) -> None:
    while True:
        peak[0] = max(peak[0], rss_mib())
        await asyncio.sleep(0.25)


def tokens(n: int, first: int) -> list[str]:
    # unsigned (alg none): every emulator takes them; a seller each
    return [mint(None, categories=["content"], seller_id=str(first + i)) for i in range(n)]


async def account(accounts: wbseller.AsyncAccounts, token: str, calls: int, delay: float) -> int:
    """The account's calls; how many failed (a machine too loaded to serve them all in time)."""
    await asyncio.sleep(delay)
    wb = accounts.client(token)
    failed = 0
    for _ in range(calls):
        try:
            await wb.general.tariffs_commission()
        except wbseller.WBError as e:
            failed += 1
            print(f"    call failed: {e}")
    return failed


async def run(base: str, n: int, calls: int, interval: float) -> tuple[float, float, float, int]:
    warm, many = tokens(1, 1)[0], tokens(n, 100_000)
    async with wbseller.AsyncAccounts(base_url=base, emulator=True, timeout=60.0) as accounts:
        await accounts.client(warm).general.tariffs_commission()
        gc.collect()
        baseline, started = rss_mib(), time.monotonic()
        peak = [baseline]
        sampler = asyncio.create_task(sample(peak))
        failed = await asyncio.gather(
            *(account(accounts, t, calls, interval * i / n) for i, t in enumerate(many))
        )
        elapsed = time.monotonic() - started
        sampler.cancel()
        assert len(accounts) == n + 1
        gc.collect()
        return rss_mib() - baseline, peak[0] - baseline, elapsed, sum(failed)


def arrivals(records: list[dict[str, object]]) -> list[list[float]]:
    """Per seller (but the warm-up one), its requests' arrival times at the emulator, sorted."""
    by_seller: dict[str, list[float]] = defaultdict(list)
    for r in records:
        if r["operation"] == BUCKET and r["seller"] != "1":
            by_seller[str(r["seller"])].append(float(r["at"]))  # type: ignore[arg-type]
    return [sorted(at) for at in by_seller.values() if len(at) >= 3]


def steady_rate(at: list[float], interval: float) -> float:
    """(requests after the second) / (time from the second to the last), over the allowed rate."""
    return (len(at) - 2) * interval / (at[-1] - at[1])


def stall(accounts: list[list[float]], interval: float) -> str:
    """Why the slowest account fell short: how late its last request came (against the second's
    schedule), and how late every request arriving within a second of it came. All of them late
    together: the client or the emulator process stalled (a loaded machine), not one account
    starved by the others."""
    worst = min(accounts, key=lambda at: steady_rate(at, interval))
    late = worst[-1] - (worst[1] + (len(worst) - 2) * interval)
    around = [
        at[k] - (at[1] + (k - 1) * interval)
        for at in accounts
        for k in range(2, len(at))
        if abs(at[k] - worst[-1]) <= 1.0
    ]
    return (
        f"slowest account: its last request {late:.2f} s late; the {len(around)} requests of all "
        f"accounts arriving within 1 s of it: median {statistics.median(around):.2f} s late"
    )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--calls", type=int, default=3, help="calls per account (>= 3)")
    p.add_argument("--interval", type=float, default=18.0, help="seconds one of WB's minutes lasts")
    args = p.parse_args()
    scale = args.interval / WB_PERIOD
    with emulator_process("--limits-scale", str(scale), "--no-strict") as (base, _):
        grown, peak, elapsed, failed = asyncio.run(run(base, args.accounts, args.calls, args.interval))
        with urllib.request.urlopen(base + "/__emulator__/requests", timeout=120) as r:
            records = json.loads(r.read())
    accounts = arrivals(records)
    rates = [steady_rate(at, args.interval) for at in accounts]
    rates += [0.0] * (args.accounts - len(rates))  # an account whose calls failed got nothing
    peers = {r["peer"] for r in records if r["operation"] == BUCKET}
    limited = sum(1 for r in records if r["status"] == 429)
    low, mid = min(rates), statistics.median(rates)
    print(
        f"P5  {args.accounts} accounts x {args.calls} calls of {BUCKET} (1 per {args.interval:g} s, burst 2; "
        f"emulator --limits-scale {scale:.4f}), {elapsed:.1f} s"
    )
    print(f"    memory above baseline: {grown:.1f} MiB (peak {peak:.1f} MiB)")
    print(f"    steady rate / allowed per account: min {low:.3f}  median {mid:.3f}  max {max(rates):.3f}")
    print(f"    {stall(accounts, args.interval)}")
    print(f"    TCP connections: {len(peers)}   429s: {limited}   failed calls: {failed}")
    result("p5_accounts_memory", grown, "<= 50", "MiB")
    result("p5_accounts_rate_min", low, ">= 0.97", "ratio")
    result("p5_accounts_rate_median", mid, ">= 0.97", "ratio")
    result("p5_accounts_connections", len(peers), "<= 100", "count")
    result("p5_accounts_429", limited, "== 0", "count")
    result("p5_accounts_failed", failed, "== 0", "count")


if __name__ == "__main__":
    main()
