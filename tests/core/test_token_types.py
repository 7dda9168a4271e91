"""Limits by token type and what WB counts (issue 20, items 2 and 3), over HTTP against the
emulator, which enforces WB's rows for the caller's token type: a client paced by the wrong row
draws 429s there. Timing is read off the emulator's virtual clock (arrival spans, as lower bounds)
or off the waits the limiter hands out, never off how fast the machine ran."""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import wbseller
import wbseller.config
import wbseller.transport
from wbseller.cli import ClientOptions, cli
from wbseller.limits import Bucket, InProcessLimiter, Rate
from wbseller.operations import operation, rate
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.prices import PricesStore

UPLOAD = "prices.set_prices_and_discounts"


class WaitsLimiter:
    """An InProcessLimiter that records the waits it hands out, per bucket."""

    shared = False

    def __init__(self, clock: Any = None) -> None:
        self.inner = InProcessLimiter(clock) if clock else InProcessLimiter()
        self.waits: list[tuple[str, int, float]] = []

    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        wait = self.inner.acquire(bucket, cost)
        self.waits.append((bucket.name, cost, wait))
        return wait

    def feedback(self, bucket: Bucket, status: int, headers: Mapping[str, str], age: float = 0.0) -> None:
        self.inner.feedback(bucket, status, headers, age)


@pytest.fixture
def slow() -> Iterator[Emulator]:
    """WB's hour-long Base limits 2000x faster: 15 minutes take 0.45 s."""
    with Emulator(time_scale=0.0005) as emu:
        emu.seed("prices", "seed_goods", {"n": 10, "editable_every": 0})
        yield emu
        assert emu.response_errors + emu.handler_errors == []


def _upload_five(emu: Emulator, token: str, **options: Any) -> WaitsLimiter:
    """Five price uploads in a row, one good each; the client paced by the emulator's (scaled)
    buckets, 10% slower (the margin a loaded machine's jitter needs)."""
    limiter = WaitsLimiter()
    options.setdefault("rate_limits", emu.client_rate_limits(slack=1.1))
    goods = emu.state.default.store(PricesStore).goods()
    with wbseller.Client(token, base_url=emu.base_url, limiter=limiter, timeout=10, **options) as wb:
        for good in goods[:5]:
            wb.prices.set_prices([{"nmID": good.nm_id, "price": good.price + 1}])
    return limiter


def _uploads(emu: Emulator) -> list[Any]:
    return [r for r in emu.requests if r.operation == UPLOAD]


def _waited(limiter: WaitsLimiter, bucket: str = "prices") -> float:
    return sum(w for name, _, w in limiter.waits if name == bucket)


def _virtual_span(emu: Emulator, requests: list[Any]) -> float:
    return (requests[-1].at - requests[0].at) / emu.clock.time_scale


# --- pacing by the token type's row -----------------------------------------------------------------
def test_a_base_tokens_fifth_price_upload_waits_for_its_slot(slow: Emulator) -> None:
    """WB's Base row for prices: 4 an hour, one every 15 minutes, burst 1. The emulator enforces
    it, so a client that sent early would meet a 429 there; and the uploads spread over the hour."""
    with pytest.warns(wbseller.config.TokenWarning, match="Base token"):
        limiter = _upload_five(slow, slow.make_token(["prices"], token_type="base"))
    got = _uploads(slow)
    assert [r.status for r in got] == [200] * 5  # no 429: none went before its slot
    assert _virtual_span(slow, got) >= 4 * 15 * 60  # the fifth an hour after the first, at least
    assert _waited(limiter) > 4 * 15 * 60 * slow.clock.time_scale / 2  # the client waited for them


def test_a_personal_tokens_uploads_do_not_wait(slow: Emulator) -> None:
    """The Personal row: 10 per 6 s, burst 5. Five go at once but the one request the limiter
    keeps in hand: at most one interval (600 ms) of waiting, and no 429."""
    limiter = _upload_five(slow, slow.make_token(["prices"], token_type="personal"))
    assert [r.status for r in _uploads(slow)] == [200] * 5
    assert _waited(limiter) <= 0.6 * 1.1 * slow.clock.time_scale * 1.001


def test_a_token_without_a_type_is_paced_as_personal_with_one_warning(
    slow: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wbseller.config, "_untyped_warned", False)
    untyped = slow.make_token(["prices"], token_type=None)  # id, s, sid, exp, t: no acc
    with pytest.warns(wbseller.config.TokenWarning, match=r'no `acc` claim.*token_type="base"') as caught:
        limiter = _upload_five(slow, untyped)
    assert len([w for w in caught if "acc" in str(w.message)]) == 1
    assert [r.status for r in _uploads(slow)] == [200] * 5  # the emulator applies the Personal row too
    assert _waited(limiter) <= 0.6 * 1.1 * slow.clock.time_scale * 1.001
    with warnings.catch_warnings():
        warnings.simplefilter("error", wbseller.config.TokenWarning)  # once per process: no second one
        client = wbseller.Client(slow.make_token(["prices"], token_type=None), base_url=slow.base_url)
    assert client.token_type == "personal" and client.token_info is not None
    assert client.token_info.token_type is None


def test_an_explicit_token_type_wins_over_the_claims(slow: Emulator) -> None:
    """A Personal token the user says is Base is paced by the Base row: the second upload waits
    its 15 minutes (the emulator, seeing a Personal token, would have taken it at once)."""
    limiter = WaitsLimiter()
    token = slow.make_token(["prices"], token_type="personal")
    goods = slow.state.default.store(PricesStore).goods()
    with (
        pytest.warns(wbseller.config.TokenWarning, match="Base token"),
        wbseller.Client(
            token,
            base_url=slow.base_url,
            rate_limits=slow.client_rate_limits(slack=1.1),
            limiter=limiter,
            token_type="base",
        ) as wb,
    ):
        assert wb.token_type == "base"
        for good in goods[:2]:
            wb.prices.set_prices([{"nmID": good.nm_id, "price": good.price + 1}])
    assert _waited(limiter) > 15 * 60 * slow.clock.time_scale / 2  # (less the first upload's own time)
    assert _virtual_span(slow, _uploads(slow)) >= 15 * 60


def test_paced_by_a_wrong_row_the_client_still_follows_wbs_headers_and_429s(slow: Emulator) -> None:
    """A Base token the client is told is Personal: WB's headers (no request left, the bucket
    full again in 15 minutes) and its 429s (X-Ratelimit-Retry) hold the client back to WB's
    budget; every upload gets through, retried after WB's wait, none refused for good."""
    token = slow.make_token(["prices"], token_type="base")
    limiter = _upload_three(slow, token, token_type="personal")
    uploads = _uploads(slow)
    accepted = [r for r in uploads if r.status == 200]
    assert len(accepted) == 3 and {r.status for r in uploads} <= {200, 429}
    assert _virtual_span(slow, accepted) >= 2 * 15 * 60  # at WB's pace for the token, not ours
    assert len(uploads) <= 3 + 2 * 3  # a 429 or two each, then the wait WB asked for
    assert _waited(limiter) > 0


def _upload_three(emu: Emulator, token: str, **options: Any) -> WaitsLimiter:
    limiter = WaitsLimiter()
    goods = emu.state.default.store(PricesStore).goods()
    with wbseller.Client(
        token,
        base_url=emu.base_url,
        limiter=limiter,
        timeout=10,
        rate_limits=emu.client_rate_limits(slack=1.1),
        retry_backoff=0.01,
        **options,
    ) as wb:
        for good in goods[:3]:
            wb.prices.set_prices([{"nmID": good.nm_id, "price": good.price + 1}])
    return limiter


def test_base_with_secret_gets_the_service_rows(slow: Emulator) -> None:
    """A Base token sent with a service's secret is paced by WB's service row (the emulator cannot
    see a secret; a Service token stands for it there), in a budget apart from the account's."""
    service = slow.make_token(["prices"], token_type="service")
    limiter = _upload_five(slow, service, token_type="base_with_secret")
    assert [r.status for r in _uploads(slow)] == [200] * 5
    assert _waited(limiter) <= 0.6 * 1.1 * slow.clock.time_scale * 1.001
    op = operation("prices", "set_prices_and_discounts")
    rates = {}
    for token_type in ("base_with_secret", "base"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", wbseller.config.TokenWarning)
            client = wbseller.Client(slow.make_token(["prices"], token_type="base"), token_type=token_type)
        bucket = client._config.policy("prices").bucket(op)
        rates[token_type] = bucket.rate
        assert bucket.account.endswith(f"/{token_type}")
    assert rates == {"base_with_secret": rate(op, "service"), "base": Rate(4, 3600.0, 1)}
    assert wbseller.AsyncClient(service, token_type="base_with_secret").token_type == "base_with_secret"
    assert rate(op, "service") == Rate(10, 6.0, 5)


def test_a_base_token_warns_once_at_construction_with_its_strictest_limits(emu: Emulator) -> None:
    token = emu.make_token(["content", "prices"], token_type="base")
    with pytest.warns(wbseller.config.TokenWarning) as caught:
        wbseller.Client(token, base_url=emu.base_url)
    (warning,) = [str(w.message) for w in caught if "Base token" in str(w.message)]
    assert "content: 1 per 2h" in warning and "content.create_product_cards_with_merge" in warning
    assert "prices: 1 per 1h" in warning and 'token_type="base_with_secret"' in warning
    assert "marketplace" not in warning  # only the categories the token holds
    with warnings.catch_warnings():
        warnings.simplefilter("error", wbseller.config.TokenWarning)
        wbseller.Client(token, base_url=emu.base_url)  # the same token again: said already
    assert emu.requests == []


# --- operations some token types may not call -------------------------------------------------------
@pytest.fixture
def personal_and_service_only(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> str:
    """promotion.balance as if WB opened it to Personal and Service tokens only (the operations
    our specs have with x-wb-token-types come with issue 20's new promotion methods)."""
    op = operation("promotion", "balance")
    monkeypatch.setattr(op, "token_types", ("personal", "service"))  # the constant every call reads
    monkeypatch.setitem(emu.operations.by_key[op.key].meta, "token_types", ("personal", "service"))
    return op.key


def test_a_type_restricted_operation_is_refused_before_sending(
    emu: Emulator, make_client: Any, personal_and_service_only: str
) -> None:
    with pytest.warns(wbseller.config.TokenWarning, match="Base token"):
        wb = make_client(token=emu.make_token(["promotion"], token_type="base"))
    with pytest.raises(wbseller.TokenTypeError) as refused:
        wb.promotion.balance()
    error = refused.value
    assert isinstance(error, wbseller.TokenScopeError)
    assert error.allowed == ("personal", "service") and error.token_type == "base"
    assert "promotion.balance" in str(error) and "personal and service" in str(error)
    assert emu.requests == []  # nothing reached WB
    # a Personal token goes; and the emulator refuses a Base token as WB would
    assert make_client(["promotion"]).promotion.balance() is not None
    with (
        pytest.warns(wbseller.config.TokenWarning),
        wbseller.Client(
            emu.make_token(["promotion"], token_type="base"), base_url=emu.base_url, max_retries=0
        ) as unchecked,
    ):
        unchecked._config.token_type_known = False  # as for a token whose type the client cannot read
        unchecked._config.policies.clear()
        with pytest.raises(wbseller.AuthError, match="token type not allowed"):
            unchecked.promotion.balance()


def test_base_with_secret_may_call_what_service_tokens_may(
    emu: Emulator, make_client: Any, personal_and_service_only: str
) -> None:
    wb = make_client(token=emu.make_token(["promotion"], token_type="service"), token_type="base_with_secret")
    assert wb.promotion.balance() is not None
    assert [r.status for r in emu.requests] == [200]


# --- what WB counts -----------------------------------------------------------------------------------
def test_a_marketplace_4xx_makes_the_next_call_wait_for_10_slots(emu: Emulator, warehouse: Any) -> None:
    """On a clock that stands still, one bucket of one request in hand (burst 1): the 4xx takes
    its slot and 9 more, the next call waits for all 10 (of WB's 200 ms, scaled), and the 4xx is
    not sent again."""
    limiter = WaitsLimiter(clock=lambda: 0.0)
    scaled = {"marketplace-warehouses": (300, 60.0 * emu.clock.time_scale, 1)}
    emu.faults.add("status", status=400, route="marketplace.get_warehouses", times=1)
    with wbseller.Client(
        emu.make_token(["marketplace"]), base_url=emu.base_url, rate_limits=scaled, limiter=limiter
    ) as wb:
        with pytest.raises(wbseller.BadRequestError):
            wb.marketplace.warehouses()
        wb.marketplace.warehouses()
    slot = 0.2 * emu.clock.time_scale * 1.04  # a burst-1 bucket keeps a 4% time margin
    bucket = "marketplace-warehouses"
    assert [(name, cost) for name, cost, _ in limiter.waits] == [(bucket, 1), (bucket, 9), (bucket, 1)]
    assert limiter.waits[-1][2] == pytest.approx(10 * slot)
    assert [r.status for r in emu.requests] == [400, 200]  # the 400 went once


def test_after_4xx_answers_the_client_never_draws_a_429() -> None:
    """At WB's own pace (an unscaled emulator, 200 ms a request, burst 20): three 4xx cost 30
    requests, more than the burst. A client counting them as 3 would send on into an empty
    bucket; this one waits until WB's bucket has room, and sends no 4xx again."""
    with Emulator(time_scale=1.0) as emu:
        token = emu.make_token(["marketplace"])
        emu.faults.add("status", status=409, route="marketplace.get_offices", times=3)
        with wbseller.Client(token, base_url=emu.base_url, limiter=InProcessLimiter()) as wb:
            for _ in range(3):
                with pytest.raises(wbseller.ConflictError):
                    wb.marketplace.offices()
            for _ in range(3):
                wb.marketplace.warehouses()  # the same bucket
        assert [r.status for r in emu.requests] == [409] * 3 + [200] * 3
        assert emu.response_errors + emu.handler_errors == []


# --- /ping -----------------------------------------------------------------------------------------------
def test_ten_pings_from_three_clients_and_the_cli_stay_within_3_per_30_seconds() -> None:
    """A token with no category pings one host only (general). Three clients of three sellers,
    each with a limiter of its own, ping from three threads, then the command line pings in the
    same process: WB counts /ping per host, so they share one budget of 3 per 30 s (one every
    10 s): in no 30 virtual seconds does the emulator see more than 3."""
    with Emulator(time_scale=0.01) as emu:
        rates = emu.client_rate_limits(slack=1.5)  # a margin for a loaded machine's jitter
        clients = [
            wbseller.Client(
                emu.make_token([], seller_id=emu.new_seller_id()),
                base_url=emu.base_url,
                rate_limits=rates,
                limiter=InProcessLimiter(),
            )
            for _ in range(3)
        ]
        with ThreadPoolExecutor(3) as pool:
            results = list(pool.map(lambda i: clients[i % 3].ping(), range(9)))
        assert all(list(r) == ["general"] and r["general"].ok for r in results)
        options = ClientOptions({"rate_limits": rates, "limiter": InProcessLimiter()})
        args = ["--base-url", emu.base_url, "--token", emu.make_token([]), "ping"]
        assert cli.main(args, obj=options, standalone_mode=False) == 0
        pings = [r for r in emu.requests if r.path == "/ping"]
        assert [r.status for r in pings] == [200] * 10
        at = [r.at / emu.clock.time_scale for r in pings]  # virtual seconds
        assert max(sum(1 for t in at if a <= t < a + 30) for a in at) <= 3
        for c in clients:
            c.close()


def test_the_emulator_refuses_a_fourth_ping_within_30_seconds() -> None:
    import httpx

    with Emulator(time_scale=1.0) as emu:
        emu.clock.freeze()
        headers = {"Authorization": emu.make_token([])}
        with httpx.Client(base_url=emu.base_url, headers=headers) as http:
            answers = [http.get("/ping") for _ in range(4)]
            assert [a.status_code for a in answers] == [200, 200, 200, 429]
            assert [a.headers["X-Ratelimit-Remaining"] for a in answers[:3]] == ["2", "1", "0"]
            assert answers[3].headers["X-Ratelimit-Retry"] == "30"
            emu.clock.advance(29.0)
            assert http.get("/ping").status_code == 429
            emu.clock.advance(1.0)  # the first has left the window
            assert http.get("/ping").status_code == 200
