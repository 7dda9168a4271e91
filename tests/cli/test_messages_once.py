"""The command line says each message once: a warning the library both logs and raises as a
Python warning (Redis unreachable) is one line on stderr, not two."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from wbseller.cli import ClientOptions, cli
from wbseller_emulator import Emulator


def test_an_unreachable_redis_is_said_once(emu: Emulator) -> None:
    pytest.importorskip("redis")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound, never listening: Redis is unreachable there
        redis_url = f"redis://127.0.0.1:{closed.getsockname()[1]}/0"
        options = ClientOptions({"rate_limits": emu.client_rate_limits(), "retry_backoff": 0.01})
        result = CliRunner().invoke(
            cli,
            ["--base-url", emu.base_url, "--token", emu.make_token(["content"]), "ping"],
            obj=options,
            env={"WB_REDIS_URL": redis_url, "WB_API_TOKEN": None, "WBD_API_TOKEN": None},
        )
    assert result.exit_code == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "is unreachable" in line]
    assert len(said) == 1, result.stderr
    assert said[0].startswith("wbseller: warning: rate limits: RedisLimiter(")
