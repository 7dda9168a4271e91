"""Shared helpers for the benchmarks: run the emulator in its own process, medians."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def emulator_process(*args: str, python: str = sys.executable) -> Iterator[tuple[str, str]]:
    """(base_url, seller token) of an emulator running in a separate process (no shared GIL).
    `python`: an interpreter with the emulator extra (the runtime-only venv has none)."""
    port = free_port()
    proc = subprocess.Popen(
        [python, "-m", "wbseller_emulator", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/__emulator__/health", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("emulator did not start") from None
                time.sleep(0.1)
        req = urllib.request.Request(
            base + "/__emulator__/token",
            data=json.dumps({"categories": ["content", "prices", "marketplace", "promotion"]}).encode(),
            method="POST",
        )
        token = json.loads(urllib.request.urlopen(req).read())["token"]
        yield base, token
    finally:
        proc.terminate()
        proc.wait(10)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def result(name: str, value: float, goal: str, unit: str) -> None:
    """One machine-readable figure: bench/run.py collects these lines over repeated runs and
    prints min/median/max per name (the human-readable lines stay for a single run)."""
    line = {"name": name, "value": round(float(value), 6), "goal": goal, "unit": unit}
    print("RESULT " + json.dumps(line), flush=True)
