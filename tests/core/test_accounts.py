"""wbseller.Accounts / AsyncAccounts: many seller accounts in one process, over HTTP against an
emulator in a process of its own (which keys its buckets by seller, as WB does, and records each
request's connection). Each account gets its own buckets at its full rate, two tokens of one
account share theirs, every account's requests share one connection per host, closing the pool
closes it once, and no token shows in a repr or an error.

Campaign lists: 5 requests/s, burst 5; at half of real time an interval is 100 ms, far above the
delays of a loaded machine, and two accounts sharing a bucket would take twice as long."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller.config import TokenWarning
from wbseller.limits import InProcessLimiter
from wbseller_emulator import EmulatorProcess

SCALE = 0.5
INTERVAL = 0.2 * SCALE
LISTS = "promotion.campaigns_lists"
LISTS_PATH = "/adv/v1/promotion/count"


@pytest.fixture(scope="module")
def remote() -> Iterator[EmulatorProcess]:
    with EmulatorProcess(time_scale=SCALE, strict=False) as emu:
        yield emu


@pytest.fixture
def server(remote: EmulatorProcess) -> EmulatorProcess:
    remote.reset()
    return remote


def token(server: EmulatorProcess, seller: str | None = None) -> str:
    return server.make_token(["promotion"], seller_id=seller or uuid.uuid4().hex[:10])


def options(server: EmulatorProcess) -> dict[str, Any]:
    # a limiter of the test's own: no schedule left over from another test
    return {"base_url": server.base_url, "emulator": True, "limiter": InProcessLimiter(), "timeout": 10.0}


def calls(wb: wbseller.Client, n: int) -> float:
    """n campaign-list calls; the seconds they took."""
    started = time.monotonic()
    for _ in range(n):
        assert wb.promotion.http.get(LISTS_PATH).status_code == 200
    return time.monotonic() - started


def seen(server: EmulatorProcess) -> list[dict[str, Any]]:
    return [r for r in server.requests() if r["operation"] == LISTS]


def test_two_accounts_each_get_their_full_rate(server: EmulatorProcess) -> None:
    with wbseller.Accounts(**options(server)) as accounts:
        a, b = accounts.client(token(server, "seller-a")), accounts.client(token(server, "seller-b"))
        with ThreadPoolExecutor(2) as pool:
            took = list(pool.map(lambda wb: calls(wb, 12), [a, b]))
    # each alone: 4 at once (one of the burst kept in hand), then 8 intervals; one shared bucket
    # would take 20 intervals for the later account
    assert max(took) < 15 * INTERVAL, took
    got = seen(server)
    assert [r["status"] for r in got] == [200] * 24
    assert sorted(r["seller"] for r in got) == ["seller-a"] * 12 + ["seller-b"] * 12


def test_two_tokens_of_one_account_share_its_bucket(server: EmulatorProcess) -> None:
    seller = uuid.uuid4().hex[:10]
    with wbseller.Accounts(**options(server)) as accounts:
        one, two = accounts.client(token(server, seller)), accounts.client(token(server, seller))
        assert one is not two
        with ThreadPoolExecutor(2) as pool:
            took = list(pool.map(lambda wb: calls(wb, 10), [one, two]))
    # the emulator counts both tokens in the seller's one bucket: apart, they would meet 429s
    assert [r["status"] for r in seen(server)] == [200] * 20
    assert max(took) >= (20 - 5) * INTERVAL * 0.9, took


def test_the_same_token_gives_the_same_client(server: EmulatorProcess) -> None:
    with wbseller.Accounts(**options(server)) as accounts:
        t = token(server)
        assert accounts.client(t) is accounts.client(t)
        assert accounts.client(t, wbd_token=server.make_token(["wbd"])) is not accounts.client(t)
        assert len(accounts) == 2


def test_the_least_recently_used_client_is_dropped(server: EmulatorProcess) -> None:
    with wbseller.Accounts(max_clients=2, **options(server)) as accounts:
        first, second, third = (token(server) for _ in range(3))
        kept = accounts.client(first)
        accounts.client(second)
        assert accounts.client(first) is kept  # used again: now the most recent
        accounts.client(third)  # drops `second`
        assert len(accounts) == 2 and accounts.client(first) is kept
        calls(kept, 1)  # a dropped or kept client works the same: no connection of its own


def test_every_account_shares_one_connection(server: EmulatorProcess) -> None:
    tokens = [token(server) for _ in range(10)]
    with wbseller.Accounts(**options(server)) as accounts:
        for t in tokens:
            calls(accounts.client(t), 1)
    assert len({r["peer"] for r in seen(server)}) == 1
    server.reset()
    # the same with a Client per account: a connection each (what the pool saves)
    for t in tokens:
        with wbseller.Client(t, **options(server)) as wb:
            calls(wb, 1)
    assert len({r["peer"] for r in seen(server)}) == 10


def test_closing_the_pool_closes_the_connections_once(server: EmulatorProcess) -> None:
    accounts = wbseller.Accounts(**options(server))
    a, b = accounts.client(token(server)), accounts.client(token(server))
    calls(a, 1)
    a.close()  # the client's close leaves the pool's connections to the pool
    calls(b, 1)
    calls(a, 1)
    assert len({r["peer"] for r in seen(server)}) == 1
    accounts.close()
    with pytest.raises(RuntimeError, match="pool is closed"):
        b.promotion.http.get(LISTS_PATH)
    with pytest.raises(RuntimeError, match="pool is closed"):
        accounts.client(token(server))
    accounts.close()  # twice: nothing more to close
    assert len(seen(server)) == 3


def test_async_accounts(server: EmulatorProcess) -> None:
    tokens = [token(server, f"async-{i}") for i in range(2)]

    async def account(wb: wbseller.AsyncClient, n: int) -> float:
        started = time.monotonic()
        for _ in range(n):
            assert (await wb.promotion.http.get(LISTS_PATH)).status_code == 200
        return time.monotonic() - started

    async def main() -> list[float]:
        async with wbseller.AsyncAccounts(**options(server)) as accounts:
            clients = [accounts.client(t) for t in tokens]
            assert accounts.client(tokens[0]) is clients[0]
            await clients[0].aclose()  # leaves the shared connections open
            return list(await asyncio.gather(*(account(wb, 12) for wb in clients)))

    took = asyncio.run(main())
    assert max(took) < 15 * INTERVAL, took
    got = seen(server)
    assert [r["status"] for r in got] == [200] * 24
    # two requests may be on the wire at once: at most two connections for both accounts
    assert len({r["peer"] for r in got}) <= 2


def test_no_token_in_reprs_or_errors(server: EmulatorProcess) -> None:
    with pytest.raises(TypeError, match="client\\(token\\)"):
        wbseller.Accounts(token="x", base_url=server.base_url)
    with wbseller.Accounts(**options(server)) as accounts:
        content_only = server.make_token(["content"])
        promo = token(server)
        wb = accounts.client(content_only)
        accounts.client(promo)
        with pytest.raises(wbseller.TokenScopeError) as refused:
            wb.promotion.http.get(LISTS_PATH)
        with pytest.raises(wbseller.InvalidRequestError, match="seller token"):
            accounts.client(" ")
        shown = [repr(accounts), str(accounts), repr(wb), str(refused.value), repr(refused.value)]
    for text in shown:
        assert content_only not in text and promo not in text
    assert "2 clients" in shown[0]


def test_readme_example_runs(server: EmulatorProcess) -> None:
    """The README's example as written, pointed at the emulator (its only change)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "wbseller.Accounts(" in b]
    code = block.replace(
        "wbseller.Accounts()", f"wbseller.Accounts(base_url={server.base_url!r}, emulator=True)"
    )
    sellers = ["7001", "7002", "7003"]
    tokens = ",".join(server.make_token(["content"], seller_id=s) for s in sellers)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WB_API", "WBD_API", "WB_REDIS"))}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "WB_TOKENS": tokens},
    )
    assert out.returncode == 0, out.stderr
    assert [line.split()[0] for line in out.stdout.splitlines()] == sellers
    assert len({r["peer"] for r in server.requests()}) == 1


def test_a_tokens_warnings_point_at_the_caller(server: EmulatorProcess) -> None:
    with wbseller.Accounts(**options(server)) as accounts:
        expiring = server.make_token(["promotion"], expires_in=86400)
        with pytest.warns(TokenWarning, match="expires in") as caught:
            accounts.client(expiring)
    assert caught[0].filename == __file__
