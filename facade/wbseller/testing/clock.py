"""The emulator's clock: virtual seconds that run 1/time_scale times faster than real ones, so
tests keep the shape of WB's limits and delays while waiting 100x less (time_scale=0.01)."""

from __future__ import annotations

import time


class Clock:
    def __init__(self, time_scale: float = 1.0) -> None:
        if time_scale <= 0:
            raise ValueError("time_scale must be > 0")
        self.time_scale = time_scale
        self._wall0 = time.time()
        self._mono0 = time.monotonic()
        self._offset = 0.0

    def now(self) -> float:
        """Virtual Unix time in seconds."""
        return self._wall0 + (time.monotonic() - self._mono0) / self.time_scale + self._offset

    def advance(self, seconds: float) -> None:
        """Jump virtual time forward (tests: skip a processing delay without waiting)."""
        self._offset += seconds

    def to_real(self, virtual_seconds: float) -> float:
        """How long a virtual duration lasts in real seconds (what a client must wait)."""
        return virtual_seconds * self.time_scale
