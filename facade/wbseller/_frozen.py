"""A small frozen value class: what `@dataclass(frozen=True)` gives (init by the class, repr, eq,
hash, no assignment), for the classes `import wbseller` defines. A dataclass writes and compiles
its methods when its class is made, about 0.5 ms each: a dozen of them were a third of what
`import wbseller` adds to `import httpx`. Here the methods are written once, over `__slots__`."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any, ClassVar


class Frozen:
    """Subclasses name their fields in `_fields` (in order; `__slots__` holds them too) and set
    them in `__init__` with `_set`."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _set(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Frozen) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle and copy restore fields with setattr, which a frozen class refuses
        return _rebuild, (type(self), {name: getattr(self, name) for name in self._fields})

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


def _rebuild(cls: type[Frozen], fields: dict[str, Any]) -> Frozen:
    obj = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(obj, name, value)
    return obj
