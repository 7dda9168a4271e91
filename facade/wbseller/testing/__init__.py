"""The wbseller WB emulator: a real HTTP server that behaves like the documented WB API.

Install with `pip install wbseller[emulator]`. `Emulator`'s docstring has a runnable example and
the seeding methods; `EmulatorProcess` runs one in a process of its own.
"""

from __future__ import annotations

from .errors import ApiError
from .faults import Fault, Faults
from .process import EmulatorProcess
from .server import DEFAULT_SELLER, Emulator

__all__ = ["DEFAULT_SELLER", "ApiError", "Emulator", "EmulatorProcess", "Fault", "Faults"]
