"""Small helpers every service shares: reading the generated models, JSON bodies, page sizes."""

from __future__ import annotations

from typing import Any

from ..drift import RawItem, read
from ..errors import InvalidRequestError
from ..validation import param_schema

TYPE_RANGE = 2**31


def present(value: Any) -> Any:
    """None for a generated model's Unset (an absent field)."""
    return None if value is None or type(value).__name__ == "Unset" else value


def attr(obj: Any, name: str) -> Any:
    """A generated model's attribute, None when absent or Unset. Also a RawItem's (an object WB
    sent that did not match its model): its JSON value under the model's key for `name`."""
    if isinstance(obj, RawItem):
        try:
            return present(read(obj, name))
        except AttributeError:
            return None
    return present(getattr(obj, name, None))


def as_int(value: Any) -> int | None:
    """An integer as WB sent it (also a numeric string), None when absent or not an integer:
    a drifted ID must not crash the loop reading it."""
    value = present(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return None


def as_json(value: Any) -> Any:
    """A generated model as plain JSON; anything else as it is."""
    return value.to_dict() if hasattr(value, "to_dict") else value


def page_size(spec: str, operation_id: str, size: int | None, param: str = "limit") -> int:
    """The page size for a list: the documented maximum of the `param` query parameter (else its
    documented default) when none is given; a given one checked against the spec's bounds and
    at least 1 (0 would never advance)."""
    schema = param_schema(spec, operation_id, param)
    largest = schema.get("maximum")
    if size is None:
        # a maximum that is only the integer type's range (WBD's uint32 `take`) is no page size
        if largest is not None and largest < TYPE_RANGE:
            return int(largest)
        return int(schema["default"])
    if (
        isinstance(size, bool)
        or not isinstance(size, int)
        or size < 1
        or (largest is not None and size > largest)
    ):
        raise InvalidRequestError(
            f"page_size: {size!r} is outside 1..{largest if largest is not None else 'any'} (WB's limit)",
            field="page_size",
            value=size,
            limit=largest,
        )
    return size
