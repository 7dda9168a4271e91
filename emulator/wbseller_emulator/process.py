"""`EmulatorProcess`: the emulator in a process of its own, driven over its admin endpoints.

An emulator in a thread of the test process shares the GIL with the client under test: 200
concurrent tasks then delay the server's loop, and it sees their requests arrive in bunches.
Timing tests (and multi-process workers) want the server apart:

    with EmulatorProcess(time_scale=0.1) as emu:
        client = wbseller.Client(emu.make_token(["promotion"]), base_url=emu.base_url, emulator=True)
        ...
        emu.requests()        # what the server received: dicts of method, path, operation, status, at
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from typing import Any

from .server import free_port

START_TIMEOUT = 300.0  # seconds a live emulator process may take to answer its first request
ADMIN_TIMEOUT = 120.0  # seconds for an admin call (a loaded machine)


class EmulatorProcess:
    def __init__(
        self,
        *,
        time_scale: float = 1.0,
        limits_scale: float | None = None,
        strict: bool = True,
        rate_limits: bool = True,
    ) -> None:
        """time_scale, limits_scale: as Emulator's (real seconds one emulator second lasts; the
        second for the rate limits alone)."""
        self.time_scale = time_scale
        self.limits_scale = limits_scale
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        args = [
            sys.executable,
            "-m",
            "wbseller_emulator",
            "--port",
            str(self.port),
            "--time-scale",
            str(time_scale),
        ]
        if limits_scale is not None:
            args += ["--limits-scale", str(limits_scale)]
        if not strict:
            args.append("--no-strict")
        if not rate_limits:
            args.append("--no-rate-limits")
        self._args = args
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> EmulatorProcess:
        self._proc = subprocess.Popen(
            self._args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ}
        )
        # it imports, builds every spec's validators and binds: about a second, but a loaded
        # machine (a stress run: 4 CPU hogs a core) took over 30 s; a process that died ends the
        # wait at once, a live one gets START_TIMEOUT
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                self._admin("GET", "health")
                return self
            except OSError:
                code = self._proc.poll()
                if time.monotonic() > deadline or code is not None:
                    self.__exit__()
                    why = f"exit status {code}" if code is not None else f"silent for {START_TIMEOUT:g} s"
                    raise RuntimeError(f"the emulator process did not start ({why})") from None
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
            self._proc = None

    def _admin(self, method: str, name: str, payload: Any = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode()
        req = urllib.request.Request(f"{self.base_url}/__emulator__/{name}", data=data, method=method)
        with urllib.request.urlopen(req, timeout=ADMIN_TIMEOUT) as r:
            return json.loads(r.read())

    def make_token(self, categories: list[str], **kwargs: Any) -> str:
        return str(self._admin("POST", "token", {"categories": categories, **kwargs})["token"])

    def requests(self) -> list[dict[str, Any]]:
        return list(self._admin("GET", "requests"))

    def add_fault(self, kind: str, **kwargs: Any) -> None:
        self._admin("POST", "faults", {"kind": kind, **kwargs})

    def add_foreign_load(self, bucket: str, rate: float) -> None:
        self._admin("POST", "foreign-load", {"bucket": bucket, "rate": rate})

    def seed(self, category: str, method: str, **kwargs: Any) -> int:
        return int(
            self._admin("POST", "seed", {"category": category, "method": method, "kwargs": kwargs})["seeded"]
        )

    def reset(self) -> None:
        self._admin("POST", "reset", {})

    def client_rate_limits(self, slack: float = 1.0) -> dict[str, dict[str, tuple[int, float, int]]]:
        """The buckets as this emulator enforces them in real time (scaled; GET
        /__emulator__/limits), per token type; slack > 1 paces the client that much slower."""
        limits = self._admin("GET", "limits")
        return {
            name: {t: (int(v[0]), float(v[1]) * slack, int(v[2])) for t, v in per_type.items()}
            for name, per_type in limits.items()
        }
