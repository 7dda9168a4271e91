"""Fixtures for the command line tests: a time-scaled strict emulator in the test process, the CLI
run in-process (click's CliRunner) against it, and the installed `wbseller` script for runs in a
real subprocess. Every run asserts that no token appears in its output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from wbseller.cli import ClientOptions, cli
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

SELLER = ["content", "prices", "marketplace", "promotion"]
TOKEN_ENV = ("WB_API_TOKEN", "WBD_API_TOKEN", "WB_REDIS_URL")


@pytest.fixture
def tokens(emu: Emulator) -> dict[str, str]:
    return {"seller": emu.make_token(SELLER), "wbd": emu.make_token(["wbd"])}


def assert_no_token(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text, "a token leaked into the output"
        signature = secret.split(".")[-1]
        assert len(signature) < 16 or signature not in text, "a token's signature leaked into the output"


Run = Callable[..., Result]


@pytest.fixture
def wb(emu: Emulator, tokens: dict[str, str]) -> Run:
    """wb(*args, token=<seller token>, wbd_token=<WBD token>, base_url=True): the CLI in-process
    with the emulator's scaled limits, no token from the environment unless given."""

    def run(*args: str, token: str | None = tokens["seller"], wbd_token: str | None = tokens["wbd"],
            base_url: bool = True) -> Result:  # fmt: skip
        head = ["--base-url", emu.base_url] if base_url else []
        head += ["--token", token] if token is not None else []
        head += ["--wbd-token", wbd_token] if wbd_token is not None else []
        options = ClientOptions(
            {
                "rate_limits": emu.client_rate_limits(slack=1.1),
                "limiter": InProcessLimiter(),
                "retry_backoff": 0.01,
            }
        )
        result = CliRunner().invoke(cli, [*head, *args], obj=options, env=dict.fromkeys(TOKEN_ENV))
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        assert_no_token(result.stdout + result.stderr, [t for t in (token, wbd_token) if t])
        return result

    return run


def script() -> str:
    """The installed console script (`pip install -e .` puts it next to the interpreter)."""
    path = Path(sys.executable).with_name("wbseller")
    found = str(path) if path.exists() else shutil.which("wbseller")
    assert found, "the wbseller console script is not installed: pip install -e ."
    return found


def script_env(**tokens: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in TOKEN_ENV}
    env.update(tokens)
    return env


@pytest.fixture
def spawn() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """spawn(*args, env=...): `wbseller ...` in a real subprocess (stopped after the test)."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str, env: dict[str, str], **kw: Any) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [script(), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw
        )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
