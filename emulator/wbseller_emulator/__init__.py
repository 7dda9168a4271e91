"""wbseller-emulator: a real HTTP server that behaves like the documented WB seller API.

Install with `pip install wbseller-emulator`. `Emulator`'s docstring has a runnable example and
the seeding methods; `EmulatorProcess` runs one in a process of its own; the pytest plugin
(`wbseller_emulator.plugin`, loaded by pytest on its own) offers ready fixtures.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .errors import ApiError
    from .faults import Fault, Faults
    from .process import EmulatorProcess
    from .server import DEFAULT_SELLER, Emulator

__all__ = ["DEFAULT_SELLER", "ApiError", "Emulator", "EmulatorProcess", "Fault", "Faults", "__version__"]

# imported on first use: pytest loads the plugin (wbseller_emulator.plugin, so this package) in
# every run of an environment that has it, and the server (uvicorn, openapi-core) costs ~1 s of CPU
_WHERE = {
    "ApiError": "errors",
    "Fault": "faults",
    "Faults": "faults",
    "EmulatorProcess": "process",
    "DEFAULT_SELLER": "server",
    "Emulator": "server",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
