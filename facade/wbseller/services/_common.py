"""Small helpers every service shares: one call's answer (`parsed`, `answer`, `sent`, `then`),
limit/offset lists
(`offset_list`), reading the generated models (`attr`, `present`, `listed`), JSON bodies, page
sizes.

    return self._runner.run(then(parsed(call(ops.GET_OFFICES)), listed))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from wbseller_raw._runtime.operation import Operation

from ..drift import RawItem, read
from ..errors import InvalidRequestError
from ..failures import request_id as _request_id
from ..operations import operation
from ..pagination import PageState, offset_pages
from ..plans import Plan, Request, TypedCall, call

A = TypeVar("A")
B = TypeVar("B")
R = TypeVar("R")

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


def page_size(op: Operation[Any, Any] | str, *args: Any, param: str = "limit") -> int:
    """`page_size(op, size, param="limit")`: the page size for a list: the documented maximum of
    the `param` query parameter (else its documented default) when none is given; a given one
    checked against the spec's bounds and at least 1 (0 would never advance). (The old form
    `page_size(spec, operation_id, size, param)` still works.)"""
    if isinstance(op, str):
        op, args = operation(op, args[0]), args[1:]
    size: int | None = args[0]
    if len(args) > 1:
        param = args[1]
    schema = op.param(param)
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


def parsed(effect: TypedCall[R]) -> Plan[R | None]:
    """One call; what its answer parsed to (None for an answer without a body, a 204)."""
    response = yield from effect
    return response.parsed


def answer(effect: TypedCall[R]) -> Plan[R]:
    """One call of an operation that answers JSON; what the answer parsed to."""
    response = yield from effect
    return response.parsed  # type: ignore[return-value]  # None only without a body


def sent(effect: TypedCall[Any] | Request) -> Plan[None]:
    """One call whose answer carries nothing to return."""
    yield effect


def csv_max(op: Operation[Any, Any], name: str) -> int:
    """maxItems of a comma-joined query parameter (its x-wb-csv)."""
    for p in op.parameters:
        if p["name"] == name:
            return int((p.get("x-wb-csv") or {})["maxItems"])
    raise LookupError(f"{op.key} has no parameter {name}")


def request_id(response: Any) -> str | None:
    """The request ID WB gave an answer (its X-Request-Id header), None without one."""
    return _request_id(response)


def then(plan: Plan[A], result: Callable[[A], B]) -> Plan[B]:
    """The plan, its value passed through `result` (inside the plan: an AsyncClient runs it too)."""
    value = yield from plan
    return result(value)


def listed(value: Any) -> list[Any]:
    """A list WB sent; [] for anything else (None, Unset, the nothing of a 204)."""
    value = present(value)
    return list(value) if isinstance(value, list) else []


def offset_list(
    state: PageState,
    op: Operation[Any, Any],
    key: str,
    limit: int,
    *,
    check: Callable[[Any], None] | None = None,
    **params: Any,
) -> Plan[None]:
    """The pages of a limit/offset list whose items are at `data.<key>` of the answer; `check`
    sees each parsed answer first (an envelope's `error: true`)."""

    def page(n: int, offset: int) -> TypedCall[Any]:
        return call(op, **params, limit=n, offset=offset)

    def items(response: Any) -> Sequence[Any]:
        if check is not None:
            check(response.parsed)
        return attr(attr(response.parsed, "data"), key) or []

    return offset_pages(page, items, limit, state)


def page_limit(size: int | None, maximum: int) -> int:
    """A list's page size: `maximum` (WB's limit) when none is given, else checked against it."""
    if size is None:
        return maximum
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= maximum:
        raise InvalidRequestError(
            f"page_size: {size!r} is outside 1..{maximum} (WB's limit)",
            field="page_size",
            value=size,
            limit=maximum,
        )
    return size
