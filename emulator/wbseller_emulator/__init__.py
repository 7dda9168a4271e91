"""wbseller-emulator: a real HTTP server that behaves like the documented WB seller API.

Install with `pip install wbseller-emulator`. `Emulator`'s docstring has a runnable example and
the seeding methods; `EmulatorProcess` runs one in a process of its own; the pytest plugin
(`wbseller_emulator.plugin`, loaded by pytest on its own) offers ready fixtures.
"""

from __future__ import annotations

from ._version import __version__
from .errors import ApiError
from .faults import Fault, Faults
from .process import EmulatorProcess
from .server import DEFAULT_SELLER, Emulator

__all__ = ["DEFAULT_SELLER", "ApiError", "Emulator", "EmulatorProcess", "Fault", "Faults", "__version__"]
