"""The CLI's global options (issue 21): --timeout nan, a token read from a file with its newline,
--deadline and --proxy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from core._proxy import Proxy

from wbseller.cli import ClientOptions, cli
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

from .conftest import TOKEN_ENV, Run


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-5", "abc"])
@pytest.mark.parametrize("option", ["--timeout", "--deadline"])
def test_bad_seconds_exit_2_with_one_line(wb: Run, option: str, value: str) -> None:
    """Before: --timeout nan was taken (click's FloatRange lets NaN through)."""
    result = wb(option, value, "token")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(
        f"wbseller: Invalid value for '{option}'"
    )
    assert result.stdout == ""


@pytest.mark.parametrize("around", ["{}\n", "{}\r\n", " {} "])
def test_a_token_with_its_newline_works_and_never_shows(wb: Run, emu: Emulator, around: str) -> None:
    """Before: every request failed, and stderr (no -v) carried the whole token."""
    token, wbd = emu.make_token(["content", "prices"]), emu.make_token(["wbd"])
    result = wb("ping", token=around.format(token), wbd_token=around.format(wbd))
    assert result.exit_code == 0, result.stdout + result.stderr
    for secret in (token, wbd):
        assert secret not in result.stdout + result.stderr
        assert secret.split(".")[2] not in result.stdout + result.stderr


def test_a_token_with_a_space_inside_exits_2(wb: Run, emu: Emulator) -> None:
    token = emu.make_token(["content"])
    result = wb("ping", token=token[:10] + " " + token[10:])
    assert result.exit_code == 2
    assert result.stderr.startswith("wbseller: token: character 11 of") and result.stderr.count("\n") == 1
    assert token[:10] not in result.stderr and emu.requests == []


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Proxy]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    p = Proxy()
    yield p
    p.close()


def test_proxy_option(emu: Emulator, proxy: Proxy) -> None:
    token = emu.make_token(["marketplace"])
    options = ClientOptions({"rate_limits": emu.client_rate_limits(slack=1.1), "limiter": InProcessLimiter()})
    args = ["--base-url", emu.base_url, "--token", token, "--proxy", proxy.url, "--deadline", "20", "ping"]
    result = CliRunner().invoke(cli, args, obj=options, env=dict.fromkeys(TOKEN_ENV))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert proxy.seen and all(line.startswith(f"GET {emu.base_url}/") for line in proxy.seen)
    assert len(proxy.seen) == len(emu.requests)


def test_a_bad_proxy_exits_2(wb: Run) -> None:
    result = wb("--proxy", "ftp://x", "ping")
    assert result.exit_code == 2 and "proxy: ftp://x is not a proxy URL" in result.stderr
