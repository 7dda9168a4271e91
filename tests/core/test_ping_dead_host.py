"""ping to a host that cannot be reached answers at once: a refused connection is the answer (not
retried), tried once per host (not once per category), each error said once; the library's
"giving up" warning is left to real retries, and the command line does not repeat it."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from click.testing import CliRunner

import wbseller
from wbseller.cli import ClientOptions, cli
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

HOSTS = ["content", "general", "marketplace", "prices", "promotion"]


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A local port nobody listens on (bound, never listening, so no other test takes it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{s.getsockname()[1]}"


def connects(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The attempts that met a refused connection (the transport logs each attempt at DEBUG)."""
    return [r.getMessage() for r in caplog.records if " -> ConnectError in " in r.getMessage()]


def gave_up(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "giving up" in r.getMessage()]


def ping(token: str, is_async: bool, **kw: Any) -> dict[str, wbseller.PingResult]:
    kw = {"limiter": InProcessLimiter(), "retry_backoff": 0.5, **kw}
    if not is_async:
        with wbseller.Client(token, **kw) as wb:
            return wb.ping()

    async def main() -> dict[str, wbseller.PingResult]:
        async with wbseller.AsyncClient(token, **kw) as wb:
            return await wb.ping()

    return asyncio.run(main())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_dead_host_is_tried_once(
    emu: Emulator, dead_url: str, caplog: pytest.LogCaptureFixture, is_async: bool
) -> None:
    caplog.set_level(logging.DEBUG, logger="wbseller")
    results = ping(emu.make_token(), is_async, base_url=dead_url)
    assert sorted(results) == HOSTS
    assert all(not r.ok and r.status is None for r in results.values())
    errors = {r.error for r in results.values()}
    assert len(errors) == 1 and "GET /ping: ConnectError" in errors.pop()  # type: ignore[operator]
    assert len(connects(caplog)) == 1  # one host, one attempt: no retries, no second category
    assert gave_up(caplog) == []  # nothing was retried: the results say it all


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_dead_host_does_not_stop_the_others(
    emu: Emulator, dead_url: str, caplog: pytest.LogCaptureFixture, is_async: bool
) -> None:
    caplog.set_level(logging.DEBUG, logger="wbseller")
    results = ping(
        emu.make_token(),
        is_async,
        base_url=dead_url,
        base_urls={"prices": emu.base_url},
        rate_limits=emu.client_rate_limits(),
    )
    assert [h for h, r in results.items() if r.ok] == ["prices"]
    assert results["prices"].status == 200 and results["prices"].ts
    assert len(connects(caplog)) == 1
    assert [r.path for r in emu.requests] == ["/ping"]  # prices' only


def run_cli(emu: Emulator, base_url: str, *args: str) -> Any:
    options = ClientOptions(
        {"limiter": InProcessLimiter(), "retry_backoff": 0.01, "rate_limits": emu.client_rate_limits()}
    )
    token = emu.make_token(["content", "prices", "marketplace", "promotion"])
    return CliRunner().invoke(cli, ["--base-url", base_url, "--token", token, *args], obj=options)


def test_the_cli_says_a_dead_hosts_error_once(
    emu: Emulator, dead_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="wbseller")
    result = run_cli(emu, dead_url, "ping")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [[h, "FAILED"] for h in HOSTS]
    assert (result.stdout + result.stderr).count("Connection refused") == 1, result.stdout + result.stderr
    assert all(line.endswith("(the same as content)") for line in lines[1:])
    assert result.stderr == ""
    assert len(connects(caplog)) == 1


def test_the_cli_does_not_repeat_an_error_after_retries_as_a_warning(emu: Emulator) -> None:
    emu.faults.add("status", status=503, route="/ping", times=None)
    emu.limits.enabled = False  # every category's /ping meets the fault; none a 429
    try:
        quiet = run_cli(emu, emu.base_url, "--max-retries", "1", "ping")
        verbose = run_cli(emu, emu.base_url, "--max-retries", "1", "-v", "ping")
    finally:
        emu.limits.enabled = True
    assert quiet.exit_code == 1
    assert [line.split()[1:3] for line in quiet.stdout.splitlines()] == [["FAILED", "503"]] * 5
    assert "giving up" not in quiet.stderr and "service unavailable" not in quiet.stderr
    # asked for (-v), the retries are told, their end included, the call named once
    given_up = [line for line in verbose.stderr.splitlines() if "giving up" in line]
    assert len(given_up) == 5
    assert all(line.count("GET /ping") == 1 and "after 2 attempt(s): 503: service unavailable" in line
               for line in given_up)  # fmt: skip


def test_a_first_failure_is_raised_without_a_giving_up_warning(
    emu: Emulator, make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    emu.faults.add("status", status=503, route="marketplace.get_offices", times=None)
    with pytest.raises(wbseller.ServerError):
        make_client(max_retries=0).marketplace.offices()
    assert gave_up(caplog) == []
