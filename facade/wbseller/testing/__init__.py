"""Deprecated: the WB emulator is its own distribution now, `wbseller-emulator` (package
`wbseller_emulator`). This module forwards to it for one release, with a DeprecationWarning:
`import wbseller.testing`, `from wbseller.testing.handlers.content import ContentStore` and
`python -m wbseller.testing` keep working meanwhile.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings
from types import ModuleType
from typing import Any

_NEW = "wbseller_emulator"

try:
    import wbseller_emulator as _emulator
except ModuleNotFoundError as e:
    if (e.name or "").partition(".")[0] != _NEW:
        raise
    raise ImportError(
        "wbseller.testing (the WB emulator) is the wbseller-emulator distribution now: "
        f"pip install wbseller-emulator (then import {_NEW}; missing: {e.name})",
        name=e.name,
    ) from e

warnings.warn(
    f"wbseller.testing is deprecated: import {_NEW} (pip install wbseller-emulator) instead",
    DeprecationWarning,
    stacklevel=2,
)


_SPECS: dict[str, Any] = {}


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """wbseller.testing.<x> is wbseller_emulator.<x>, the same module object (not a second copy of
    it, whose classes would differ from the real ones)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        # __main__ is this package's own file (python -m wbseller.testing runs it)
        if not name.startswith(__name__ + ".") or name == __name__ + ".__main__":
            return None
        return importlib.util.spec_from_loader(name, self)

    def create_module(self, spec: Any) -> ModuleType:
        real = importlib.import_module(_NEW + spec.name[len(__name__) :])
        _SPECS[real.__name__] = real.__spec__
        return real

    def exec_module(self, module: ModuleType) -> None:
        # the real module ran already; the import machinery set the alias's spec on it: undo that
        module.__spec__ = _SPECS[module.__name__]


if not any(isinstance(f, _Alias) for f in sys.meta_path):
    sys.meta_path.insert(0, _Alias())

from wbseller_emulator import *  # noqa: E402, F403
from wbseller_emulator import __all__  # noqa: E402, F401


def __getattr__(name: str) -> Any:
    return getattr(_emulator, name)
