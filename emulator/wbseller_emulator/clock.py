"""The emulator's clock: virtual seconds that run 1/time_scale times faster than real ones, so
tests keep the shape of WB's limits and delays while waiting 100x less (time_scale=0.01).
A test that counts what a bucket allows freezes it: the count then cannot depend on how fast
a loaded machine runs the requests."""

from __future__ import annotations

import time


class Clock:
    def __init__(self, time_scale: float = 1.0) -> None:
        if time_scale <= 0:
            raise ValueError("time_scale must be > 0")
        self.time_scale = time_scale
        self.reset()

    def reset(self) -> None:
        """Virtual time back to the real time (a frozen clock stays frozen, at that time): a
        long-lived time-scaled emulator's clock would otherwise run ahead of the real one (by a
        day in 15 minutes at 0.01), and a test's advance() would outlive it."""
        frozen = getattr(self, "_frozen_at", None) is not None
        self._wall0 = time.time()
        self._mono0 = time.monotonic()
        self._offset = 0.0
        self._frozen_at: float | None = self._wall0 if frozen else None  # virtual time while frozen

    def _running(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0) / self.time_scale

    def now(self) -> float:
        """Virtual Unix time in seconds."""
        base = self._frozen_at if self._frozen_at is not None else self._running()
        return base + self._offset

    def at(self, monotonic: float) -> float:
        """The virtual time at a past moment of time.monotonic() (a frozen clock: its time)."""
        if self._frozen_at is not None:
            return self.now()
        return self._wall0 + (monotonic - self._mono0) / self.time_scale + self._offset

    def advance(self, seconds: float) -> None:
        """Jump virtual time forward (tests: skip a processing delay without waiting)."""
        self._offset += seconds

    def freeze(self) -> None:
        """Stop virtual time: only advance() moves it until resume()."""
        if self._frozen_at is None:
            self._frozen_at = self._running()

    def resume(self) -> None:
        """Let virtual time run again, on from where it stood."""
        if self._frozen_at is not None:
            self._offset += self._frozen_at - self._running()
            self._frozen_at = None

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def to_real(self, virtual_seconds: float) -> float:
        """How long a virtual duration lasts in real seconds (what a client must wait)."""
        return virtual_seconds * self.time_scale
