"""Shared helpers for the benchmarks: run the emulator in its own process, medians."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from wbseller.testing.server import free_port


@contextmanager
def emulator_process(*args: str) -> Iterator[tuple[str, str]]:
    """(base_url, seller token) of an emulator running in a separate process (no shared GIL)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "wbseller.testing", "--port", str(port), *args],
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
