"""Accounts with RedisLimiter: each seller account has its own keys (its buckets), two pools on
one Redis (two processes, say) share an account's bucket, and no key or repr carries a token.
Against an emulator in this process that keys its buckets by seller, as WB does."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

import wbseller
from wbseller.limits import RedisLimiter
from wbseller_emulator import Emulator

from .conftest import RedisServer

LISTS = "promotion.campaigns_lists"  # 5 requests/s, burst 5
LISTS_PATH = "/adv/v1/promotion/count"
# paced far slower than the emulator allows, so the keys live on (a bucket's key expires once
# the bucket is full again) and the test reads them after the calls; the burst lets them go at once
SLOW = {LISTS: (1, 600.0, 5)}


@pytest.fixture(scope="module")
def emulator_module() -> Iterator[Emulator]:
    with Emulator(time_scale=0.2, strict=False) as emu:
        yield emu


@pytest.fixture
def emu(emulator_module: Emulator) -> Iterator[Emulator]:
    emulator_module.reset()
    yield emulator_module
    emulator_module.reset()


def keys(server: RedisServer) -> list[str]:
    return sorted(k.decode() for k in server.client().keys("*"))


def test_each_account_has_its_own_keys(emu: Emulator, redis_server: RedisServer) -> None:
    prefix = uuid.uuid4().hex[:8]
    limiter = RedisLimiter(redis_server.url, prefix=prefix)
    tokens = {seller: emu.make_token(["promotion"], seller_id=seller) for seller in ("1001", "1002")}
    try:
        with wbseller.Accounts(
            base_url=emu.base_url, emulator=True, limiter=limiter, rate_limits=SLOW
        ) as accounts:
            for t in tokens.values():
                for _ in range(3):
                    assert accounts.client(t).promotion.http.get(LISTS_PATH).status_code == 200
            shown = repr(accounts)
    finally:
        limiter.close()
    tats = [k for k in keys(redis_server) if k.endswith(":tat")]
    assert tats == [f"{prefix}:{{{seller}:{LISTS}}}:tat" for seller in ("1001", "1002")]
    for t in tokens.values():
        assert all(t not in k for k in keys(redis_server)) and t not in shown
    assert "RedisLimiter" in shown


def test_two_pools_share_an_accounts_bucket(emu: Emulator, redis_server: RedisServer) -> None:
    """Two pools with limiters of their own (two processes) and two tokens of one seller: one
    budget, so the emulator (which counts the seller's one bucket) never answers 429."""
    seller = uuid.uuid4().hex[:10]
    limiters = [RedisLimiter(redis_server.url) for _ in range(2)]
    pools = [wbseller.Accounts(base_url=emu.base_url, emulator=True, limiter=lim) for lim in limiters]
    clients = [pool.client(emu.make_token(["promotion"], seller_id=seller)) for pool in pools]

    def run(wb: wbseller.Client) -> list[int]:
        return [wb.promotion.http.get(LISTS_PATH).status_code for _ in range(12)]

    try:
        with ThreadPoolExecutor(2) as threads:
            codes = [c for got in threads.map(run, clients) for c in got]
    finally:
        for pool, lim in zip(pools, limiters, strict=True):
            pool.close()
            lim.close()
    assert codes == [200] * 24
    assert [r.status for r in emu.requests if r.operation == LISTS] == [200] * 24


def test_async_accounts_on_redis(emu: Emulator, redis_server: RedisServer) -> None:
    prefix = uuid.uuid4().hex[:8]
    limiter = RedisLimiter(redis_server.url, prefix=prefix)
    sellers = ("2001", "2002", "2003")

    async def main() -> list[int]:
        pool = wbseller.AsyncAccounts(base_url=emu.base_url, emulator=True, limiter=limiter, rate_limits=SLOW)
        async with pool as accounts:
            clients = [accounts.client(emu.make_token(["promotion"], seller_id=s)) for s in sellers]
            got = await asyncio.gather(*(wb.promotion.http.get(LISTS_PATH) for wb in clients * 2))
            await limiter.aclose()
            return [r.status_code for r in got]

    try:
        assert asyncio.run(main()) == [200] * 6
    finally:
        limiter.close()
    tats = [k for k in keys(redis_server) if k.endswith(":tat")]
    assert tats == [f"{prefix}:{{{s}:{LISTS}}}:tat" for s in sellers]
    assert len({r.peer for r in emu.requests}) <= 6
