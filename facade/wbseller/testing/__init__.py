"""The wbseller WB emulator: a real HTTP server that behaves like the documented WB API.

Install with `pip install "wbseller[emulator]"`. `Emulator`'s docstring has a runnable example and
the seeding methods; `EmulatorProcess` runs one in a process of its own.
"""

from __future__ import annotations

# the packages of the `emulator` extra (and those they bring): without them, say which extra to
# install rather than let a bare "No module named 'uvicorn'" surface from deep in the package
_EXTRA = frozenset({"uvicorn", "openapi_core", "httptools", "werkzeug", "jsonschema", "yaml"})

try:
    from .errors import ApiError
    from .faults import Fault, Faults
    from .process import EmulatorProcess
    from .server import DEFAULT_SELLER, Emulator
except ModuleNotFoundError as e:
    if (e.name or "").partition(".")[0] not in _EXTRA:
        raise
    raise ImportError(
        f'wbseller.testing (the WB emulator) needs the emulator extra: pip install "wbseller[emulator]"'
        f" (missing: {e.name})",
        name=e.name,
    ) from e

__all__ = ["DEFAULT_SELLER", "ApiError", "Emulator", "EmulatorProcess", "Fault", "Faults"]
