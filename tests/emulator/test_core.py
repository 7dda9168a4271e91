"""The emulator's own machinery, over HTTP: tokens as WB checks them, rate limits that hold,
scripted faults, request recording, validation errors in WB's shapes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from wbseller_emulator import Emulator, EmulatorProcess
from wbseller_emulator.auth import mint
from wbseller_emulator.clock import Clock
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.ratelimit import BucketSpec, RateLimits

OFFICES = "/api/v3/offices"
LISTS = "/adv/v1/promotion/count"  # promotion.campaigns_lists: 5 requests/s, burst 5


def get(emu: Emulator, path: str, token: str | None, **kw: object) -> httpx.Response:
    headers = {} if token is None else {"Authorization": token}
    kw.setdefault("timeout", 10)
    return httpx.get(emu.base_url + path, headers=headers, **kw)  # type: ignore[arg-type]


# --- tokens ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "status", "detail"),
    [
        (None, 401, "empty Authorization header"),
        ("not-a-jwt", 401, "malformed token: not a JWT"),
        ("a.b.c", 401, "malformed token: bad encoding"),
    ],
)
def test_bad_tokens_get_wbs_401(emu: Emulator, token: str | None, status: int, detail: str) -> None:
    r = get(emu, OFFICES, token)
    assert r.status_code == status
    body = r.json()
    assert body["detail"] == detail and body["title"] == "unauthorized" and body["status"] == 401
    assert body["requestId"] and body["timestamp"]


def test_token_rules(emu: Emulator) -> None:
    assert get(emu, OFFICES, emu.make_token(["marketplace"])).status_code == 200
    assert get(emu, OFFICES, "Bearer " + emu.make_token(["marketplace"])).status_code == 200
    wrong = get(emu, OFFICES, emu.make_token(["content"]))
    assert (wrong.status_code, wrong.json()["detail"]) == (401, "token scope not allowed")
    expired = mint(
        emu.secret, categories=["marketplace"], seller_id="s", now=time.time() - 100, expires_in=10
    )
    assert get(emu, OFFICES, expired).json()["detail"] == "token expired"
    tampered = emu.make_token(["marketplace"])[:-3] + "AAA"
    assert get(emu, OFFICES, tampered).json()["detail"] == "signature is invalid"
    unsigned = emu.make_token(["marketplace"], signed=False)
    assert get(emu, OFFICES, unsigned).status_code == 200
    read_only = emu.make_token(["marketplace"], read_only=True)
    r = httpx.post(
        emu.base_url + "/api/v3/warehouses",
        json={"name": "x", "officeId": 1},
        headers={"Authorization": read_only},
    )
    assert r.status_code == 403
    # WBD wants its own token, as a Bearer
    wbd = emu.make_token(["wbd"])
    assert get(emu, "/api/v1/catalog", wbd).status_code == 401
    assert get(emu, "/api/v1/catalog", "Bearer " + wbd).status_code == 200
    assert get(emu, OFFICES, "Bearer " + wbd).status_code == 401


def test_requests_are_recorded_without_the_token(emu: Emulator) -> None:
    token = emu.make_token(["marketplace"])
    get(emu, OFFICES, token, params={"x": "1"})
    (rec,) = emu.requests
    assert (rec.method, rec.path, rec.query, rec.operation, rec.status) == (
        "GET",
        OFFICES,
        "x=1",
        "marketplace.get_offices",
        200,
    )
    assert "authorization" not in rec.headers and token not in repr(rec)


def test_each_request_records_its_connection(emu: Emulator) -> None:
    """`peer`: the client's address, one per TCP connection (what the Accounts tests count)."""
    token = emu.make_token(["marketplace"])
    with httpx.Client(base_url=emu.base_url, headers={"Authorization": token}) as one:
        one.get(OFFICES)
        one.get(OFFICES)  # kept alive: the same connection
    get(emu, OFFICES, token)  # a client of its own: another
    first, again, other = (r.peer for r in emu.requests)
    assert first is not None and first.startswith("127.0.0.1:")
    assert first == again != other


def test_unknown_paths_and_methods(emu: Emulator) -> None:
    token = emu.make_token(["marketplace"])
    r = get(emu, "/api/v3/nowhere", token)
    assert r.status_code == 404 and r.json()["title"] == "path not found"
    r = httpx.patch(emu.base_url + OFFICES, headers={"Authorization": token})
    assert r.status_code == 405


def test_validation_errors_in_each_categorys_shape(emu: Emulator) -> None:
    token = emu.make_token(["content", "marketplace", "promotion"])
    # content: its envelope
    r = httpx.post(
        emu.base_url + "/content/v2/get/cards/list",
        headers={"Authorization": token},
        json={"settings": {"cursor": {"limit": 101}}},
    )
    assert r.status_code == 400 and r.json()["error"] is True and "101" in r.json()["errorText"]
    # marketplace: {code, message}
    r = httpx.post(emu.base_url + "/api/v3/warehouses", headers={"Authorization": token}, json={"name": 5})
    assert r.status_code == 400 and set(r.json()) == {"code", "message"}
    # WB declares the news' 400 without a body: none is sent (wb-error-answers)
    r = get(emu, "/api/communications/v2/news", token, params={"fromID": "abc"})
    assert r.status_code == 400 and r.content == b"" and "content-type" not in r.headers


# --- rate limits -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_time() -> Iterator[Emulator]:
    """An unscaled emulator (WB's buckets as they are) whose clock stands still: what a bucket
    allows is then counted exactly, however slowly a loaded machine sends the requests."""
    with Emulator(time_scale=1.0) as emu:
        emu.clock.freeze()
        yield emu


def test_the_bucket_lets_through_its_burst_and_its_rate() -> None:
    """WB's bucket on a virtual clock: a client hammering it for 10 virtual seconds (three tries
    every 10 ms) gets the burst plus the rate through (within the one token that float rounding
    of the clock may cost at the very end), and the rest refused."""
    clock = Clock()
    clock.freeze()
    limits = RateLimits({"b": BucketSpec(5, 1.0, 5)}, clock)
    ok = refused = 0
    for _ in range(1001):  # 0 s … 10 s
        for _ in range(3):
            if limits.take("seller", "b").allowed:
                ok += 1
            else:
                refused += 1
        clock.advance(0.01)
    assert 5 + 5 * 10 - 1 <= ok <= 5 + 5 * 10 and refused == 3003 - ok


def test_the_limit_holds_over_http() -> None:
    """Clients that ignore the limits, for 4 s at half of real time (10 requests/s allowed),
    against an emulator process of its own: never more than the burst plus the rate of the time
    they ran get through. (How much fewer depends on the machine: a server paused for longer than
    its bucket takes to fill loses tokens; the exact count is the test above, on a virtual clock.)"""
    with EmulatorProcess(time_scale=0.5, strict=False) as emu:
        token = emu.make_token(["promotion"])

        def hammer(stop: float) -> int:
            ok = 0
            with httpx.Client(base_url=emu.base_url, headers={"Authorization": token}) as c:
                while time.monotonic() < stop:
                    ok += c.get(LISTS).status_code == 200
            return ok

        started = time.monotonic()
        with ThreadPoolExecutor(4) as pool:
            ok = sum(pool.map(hammer, [started + 4.0] * 4))
        elapsed = time.monotonic() - started
        refused = sum(1 for r in emu.requests() if r["status"] == 429)
    allowed = 5 + 5 / 0.5 * elapsed  # the server's time runs within [started, started + elapsed]
    assert refused > ok  # the clients really asked for more than the limit
    assert ok <= allowed, (ok, allowed)
    assert ok > 5  # beyond the first burst: the bucket refills over HTTP too


def test_429_answers_like_wb(real_time: Emulator) -> None:
    real_time.reset()
    token = real_time.make_token(["promotion"])
    codes = [get(real_time, LISTS, token) for _ in range(8)]
    assert [r.status_code for r in codes] == [200] * 5 + [429] * 3  # the burst, then refusals
    ok, r = codes[0], codes[5]
    assert ok.headers["X-Ratelimit-Limit"] == "5" and ok.headers["X-Ratelimit-Remaining"] == "4"
    assert r.headers["X-Ratelimit-Retry"] == "0.2" and r.headers["X-Ratelimit-Reset"] == "1"
    assert r.json()["status"] == 429 and r.json()["title"] == "too many requests"


def test_limits_are_per_seller(real_time: Emulator) -> None:
    real_time.reset()
    a = real_time.make_token(["promotion"])
    b = real_time.make_token(["promotion"], seller_id=real_time.new_seller_id())
    assert [get(real_time, LISTS, a).status_code for _ in range(6)] == [200] * 5 + [429]
    assert get(real_time, LISTS, b).status_code == 200


def test_a_4xx_costs_ten_on_marketplace_warehouses(real_time: Emulator) -> None:
    """WB counts one 4xx on warehouses, offices and stocks as 10 requests (x-wb-4xx-cost), a 409
    included; a 429 is no such 4xx (it spends nothing)."""
    real_time.reset()
    token = real_time.make_token(["marketplace"])
    before = int(get(real_time, OFFICES, token).headers["X-Ratelimit-Remaining"])
    real_time.faults.add("status", status=409, route="marketplace.get_offices")
    real_time.faults.add("status", status=400, route="marketplace.get_warehouses")  # the same bucket
    assert get(real_time, OFFICES, token).status_code == 409
    after = int(get(real_time, OFFICES, token).headers["X-Ratelimit-Remaining"])
    assert before - after == 11  # the 409 (10) and this request (1): the frozen clock refills nothing
    assert get(real_time, "/api/v3/warehouses", token).status_code == 400  # 8 - 10: the bucket at -2
    refused = get(real_time, OFFICES, token)
    assert refused.status_code == 429 and refused.headers["X-Ratelimit-Retry"] == "0.6"  # 3 x 200 ms


def test_a_409_costs_five_where_no_4xx_cost_is_given(real_time: Emulator) -> None:
    """Stocks delete keeps the docs' 409 = 5 requests (its own bucket: 10 a minute, burst 2)."""
    real_time.reset()
    wid = real_time.state.default.store(MarketplaceStore).add_warehouse("A", 15).id
    token = real_time.make_token(["marketplace"])

    def delete() -> httpx.Response:
        return httpx.request(
            "DELETE",
            f"{real_time.base_url}/api/v3/stocks/{wid}",
            json={"chrtIds": [1]},
            headers={"Authorization": token},
            timeout=10,
        )

    assert delete().headers["X-Ratelimit-Remaining"] == "1"
    real_time.faults.add("status", status=409, route="marketplace.delete_inventory")
    assert delete().status_code == 409  # spends 5: the bucket stands at 1 - 5 = -4
    refused = delete()
    assert refused.status_code == 429
    assert refused.headers["X-Ratelimit-Retry"] == "30"  # 5 tokens to come back, one per 6 s


def test_time_scale_keeps_the_shape_of_the_limits(real_time: Emulator) -> None:
    """The same bucket, 100x faster: a used token comes back in 2 ms instead of 200 ms."""
    real_time.reset()
    with Emulator(time_scale=0.01) as fast:
        fast.clock.freeze()
        slow_reset = float(
            get(real_time, LISTS, real_time.make_token(["promotion"])).headers["X-Ratelimit-Reset"]
        )
        fast_reset = float(get(fast, LISTS, fast.make_token(["promotion"])).headers["X-Ratelimit-Reset"])
    assert (slow_reset, fast_reset) == (0.2, 0.002)


# --- faults ----------------------------------------------------------------------------------
def test_status_faults_by_route_and_count(emu: Emulator) -> None:
    token = emu.make_token(["marketplace", "promotion"])
    emu.faults.add("status", status=503, route="marketplace.get_offices", times=2)
    assert [get(emu, OFFICES, token).status_code for _ in range(3)] == [503, 503, 200]
    assert get(emu, LISTS, token).status_code == 200  # another route is untouched
    emu.faults.add("status", status=520, route="/adv/v1/*")
    assert get(emu, LISTS, token).status_code == 520


def test_429_storm(emu: Emulator) -> None:
    token = emu.make_token(["marketplace"])
    emu.faults.add("429", times=3, retry_after=0.25)
    got = [get(emu, OFFICES, token) for _ in range(4)]
    assert [r.status_code for r in got] == [429, 429, 429, 200]
    assert got[0].headers["X-Ratelimit-Retry"] == "0.25"


def test_probability_faults_are_seeded(emu: Emulator) -> None:
    token = emu.make_token(["marketplace"])

    def run() -> list[int]:
        emu.faults.clear()
        emu.faults.add("status", status=502, times=None, probability=0.3, seed=42)
        return [get(emu, OFFICES, token).status_code for _ in range(30)]

    first, second = run(), run()
    assert first == second and 0 < first.count(502) < 30


def test_connection_resets(emu: Emulator) -> None:
    token = emu.make_token(["marketplace"])
    emu.faults.add("reset_before_body", route="marketplace.get_offices")
    with pytest.raises(httpx.TransportError):
        get(emu, OFFICES, token)
    from wbseller_emulator.handlers.marketplace import MarketplaceStore

    office = emu.state.default.store(MarketplaceStore).offices()[0].id
    emu.faults.add("reset_after_body", route="marketplace.create_warehouse", apply_handler=True)
    with pytest.raises(httpx.TransportError):
        httpx.post(
            emu.base_url + "/api/v3/warehouses",
            json={"name": "W", "officeId": office},
            headers={"Authorization": token},
        )
    # the write happened although the answer was lost
    assert [w.name for w in emu.state.default.store(MarketplaceStore).warehouses()] == ["W"]


def test_delay_longer_than_a_client_timeout(emu: Emulator) -> None:
    token = emu.make_token(["marketplace"])
    emu.faults.add("delay", seconds=0.5, route="marketplace.get_offices")
    with pytest.raises(httpx.ReadTimeout):
        get(emu, OFFICES, token, timeout=0.2)
    emu.faults.add("delay", seconds=0.2, route="marketplace.get_offices")
    started = time.monotonic()
    assert get(emu, OFFICES, token).status_code == 200
    assert time.monotonic() - started >= 0.2


def test_malformed_json_and_envelope_error(emu: Emulator) -> None:
    token = emu.make_token(["content"])
    emu.faults.add("malformed_json", route="content.limits_for_the_product_cards")
    r = get(emu, "/content/v2/cards/limits", token)
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    emu.faults.add("envelope_error", route="content.limits_for_the_product_cards")
    r = get(emu, "/content/v2/cards/limits", token)
    assert r.status_code == 200 and r.json()["error"] is True


def test_unknown_fault_kinds_are_refused(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        emu.faults.add("gremlins")


def test_reset_brings_the_clock_back_to_real_time() -> None:
    """A test module shares one time-scaled emulator: without this its virtual clock ran ahead of
    the real one (a day after 15 minutes at 0.01), and a promotion seeded "running since
    yesterday" by virtual time started tomorrow by the client's clock (a flaky calendar test)."""
    clock = Clock(time_scale=0.01)
    clock.advance(2 * 86_400)
    assert clock.now() > time.time() + 86_400
    clock.reset()
    assert not clock.frozen and abs(clock.now() - time.time()) < 60
    clock.freeze()  # a frozen clock (a module's counting emulator) stays frozen, at the real time
    clock.advance(2 * 86_400)
    clock.reset()
    assert clock.frozen and abs(clock.now() - time.time()) < 60
