"""Shared test setup: scripts/ importable (the spec tooling is tested too), and the emulator
every suite talks to over loopback HTTP: one per test module, time-scaled (limits and delays
100x faster), strict (it validates its own answers against the specs), reset before each test.
A test fails if the emulator broke its spec or a handler crashed while it ran."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported where used: tests/unit runs without loading the emulator's server
    from wbseller_emulator import Emulator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

SCALE = 0.01


@pytest.fixture(scope="module")
def emulator_module() -> Iterator[Emulator]:
    from wbseller_emulator import Emulator

    with Emulator(time_scale=SCALE, strict=True) as emu:
        yield emu


@pytest.fixture
def emu(emulator_module: Emulator) -> Iterator[Emulator]:
    emulator_module.reset()
    yield emulator_module
    errors = emulator_module.response_errors + emulator_module.handler_errors
    emulator_module.reset()
    assert errors == [], "the emulator broke its spec or crashed:\n" + "\n".join(errors)
