"""Retries: what is safe to repeat is repeated (5xx, timeouts, resets, 429) with backoff; a write
that may have reached WB is never sent again (RetryUnsafeError); connect errors and 429s are
retried for everything, since WB never saw the request."""

from __future__ import annotations

import asyncio
import itertools
import logging
import socket
from collections.abc import Callable
from typing import Any

import pytest

import wbseller
import wbseller_emulator
from wbseller_emulator import Emulator

from .conftest import statuses

OFFICES = "marketplace.get_offices"
CREATE = "marketplace.create_warehouse"
FAST = {"retry_backoff": 0.01}


def test_idempotent_get_is_retried_on_5xx(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("status", status=503, route=OFFICES, times=2)
    wb = make_client(**FAST)
    assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    assert statuses(emu, OFFICES) == [503, 503, 200]


def test_retries_are_bounded(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("status", status=502, route=OFFICES, times=None)
    wb = make_client(max_retries=2, **FAST)
    with pytest.raises(wbseller.ServerError) as exc:
        wb.marketplace.http.get("/api/v3/offices")
    assert exc.value.status == 502 and exc.value.operation == "GET /api/v3/offices"
    assert statuses(emu, OFFICES) == [502, 502, 502]


def test_write_is_not_resent_after_a_5xx(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("status", status=500, route=CREATE)
    wb = make_client(**FAST)
    with pytest.raises(wbseller.RetryUnsafeError, match="may or may not have reached WB") as exc:
        wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
        )
    assert isinstance(exc.value.__cause__, wbseller.ServerError)
    assert statuses(emu, CREATE) == [500]


def test_timed_out_write_is_not_resent(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("delay", seconds=1.0, route=CREATE)
    wb = make_client(timeout=0.3, **FAST)
    with pytest.raises(wbseller.RetryUnsafeError) as exc:
        wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
        )
    assert isinstance(exc.value.__cause__, wbseller.TransportError)
    assert len([r for r in emu.requests if r.operation == CREATE]) == 1


def test_reset_write_is_not_resent_but_reset_read_is(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("reset_after_body", route=CREATE)
    emu.faults.add("reset_before_body", route=OFFICES)
    wb = make_client(**FAST)
    with pytest.raises(wbseller.RetryUnsafeError):
        wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
        )
    assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    assert len([r for r in emu.requests if r.operation == CREATE]) == 1
    assert len([r for r in emu.requests if r.operation == OFFICES]) == 2


def test_idempotent_post_read_is_retried(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("status", status=504, route="marketplace.get_inventory")
    wb = make_client(**FAST)
    r = wb.marketplace.http.post(f"/api/v3/stocks/{warehouse['id']}", json={"chrtIds": [1]})
    assert r.status_code != 504
    assert statuses(emu, "marketplace.get_inventory")[0] == 504
    assert len(statuses(emu, "marketplace.get_inventory")) == 2


def test_429_is_retried_for_writes_too_after_the_servers_wait(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("429", route=CREATE, times=2, retry_after=0.05)
    wb = make_client(**FAST)
    try:  # the third attempt reaches the handler; whatever it says, it is not a 429
        wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
        )
    except wbseller.WBError as e:
        assert not isinstance(e, wbseller.RateLimitError)
    got = [r for r in emu.requests if r.operation == CREATE]
    assert [r.status for r in got][:2] == [429, 429] and got[2].status != 429
    assert got[1].at - got[0].at >= 0.045 and got[2].at - got[1].at >= 0.045


def test_429_storm_gives_up_with_rate_limit_error(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("429", route=OFFICES, times=None, retry_after=0.01)
    wb = make_client(max_retries=3, **FAST)
    with pytest.raises(wbseller.RateLimitError) as exc:
        wb.marketplace.http.get("/api/v3/offices")
    assert exc.value.status == 429 and exc.value.retry_after == pytest.approx(0.01)
    assert statuses(emu, OFFICES) == [429] * 4


def test_connect_errors_are_retried_even_for_writes(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    tok = wbseller_emulator.auth.mint(None, categories=["marketplace"], seller_id="s")
    caplog.set_level(logging.INFO, logger="wbseller")
    with (
        wbseller.Client(tok, base_url=f"http://127.0.0.1:{port}", max_retries=2, retry_backoff=0.01) as wb,
        pytest.raises(wbseller.TransportError, match="ConnectError"),
    ):
        wb.marketplace.http.post("/api/v3/warehouses", json={"name": "x", "officeId": 1})
    retries = [r for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 2


def test_async_retries_match(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.faults.add("status", status=503, route=OFFICES, times=1)
    emu.faults.add("status", status=503, route=CREATE, times=1)
    wb = make_client(async_=True, **FAST)

    async def main() -> None:
        assert (await wb.marketplace.http.get("/api/v3/offices")).status_code == 200
        with pytest.raises(wbseller.RetryUnsafeError):
            await wb.marketplace.http.post(
                "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
            )
        await wb.aclose()

    asyncio.run(main())
    assert statuses(emu, OFFICES) == [503, 200] and statuses(emu, CREATE) == [503]


def test_a_decision_function_replaces_the_policy(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """Client(retry=...): the transport asks it after every failed attempt and waits what it says."""
    from wbseller.retry import Attempt, GiveUp, Retry

    emu.faults.add("status", status=503, route=OFFICES, times=None)
    asked: list[tuple[int, int, bool]] = []

    def decide(attempt: Attempt, request: Any, outcome: Any) -> Retry | GiveUp:
        asked.append((attempt.number, outcome.status_code, attempt.idempotent))
        return Retry(after=0.05) if attempt.number < 5 else GiveUp("five is plenty")

    wb = make_client(retry=decide)  # max_retries (3) is the default policy's, not this one's
    with pytest.raises(wbseller.ServerError):
        wb.marketplace.http.get("/api/v3/offices")
    assert asked == [(n, 503, True) for n in range(1, 6)]
    got = [r for r in emu.requests if r.operation == OFFICES]
    assert len(got) == 5 and all(b.at - a.at >= 0.045 for a, b in itertools.pairwise(got))


def test_a_decision_function_cannot_resend_a_write_or_a_4xx(
    warehouse: dict[str, int], emu: Emulator, make_client: Callable[..., Any]
) -> None:
    from wbseller.retry import Retry

    emu.faults.add("status", status=500, route=CREATE)
    emu.faults.add("status", status=404, route=OFFICES)
    wb = make_client(retry=lambda attempt, request, outcome: Retry(after=0.0))
    with pytest.raises(wbseller.RetryUnsafeError):
        wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "x", "officeId": warehouse["free_office"]}
        )
    with pytest.raises(wbseller.NotFoundError):
        wb.marketplace.http.get("/api/v3/offices")
    assert statuses(emu, CREATE) == [500] and statuses(emu, OFFICES) == [404]


def test_retry_must_be_a_function(make_client: Callable[..., Any]) -> None:
    with pytest.raises(TypeError, match="retry: expected a decision function"):
        make_client(retry=3)
