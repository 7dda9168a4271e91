"""Helpers the communication services share (feedbacks, chat, returns, general): moments as WB's
integers, reading a model's field through RawItems, one-call plans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

from ..errors import InvalidRequestError
from ..plans import Plan, TypedCall
from ..timestamps import MSK
from ._common import attr

T = TypeVar("T")


def unix_seconds(value: int | date | datetime | None, field: str) -> int | None:
    """A moment as Unix seconds: an int as given, a datetime (naive: Moscow time, as WB's), a date
    (its Moscow midnight). None stays None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidRequestError(f"{field}: {value!r} is not a moment", field=field, value=value)
    if isinstance(value, int):
        if value < 0:
            raise InvalidRequestError(f"{field}: {value} is below 0", field=field, value=value, limit=0)
        return value
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=MSK)
        return int(moment.timestamp())
    if isinstance(value, date):
        return int(datetime.combine(value, time(), MSK).timestamp())
    raise InvalidRequestError(
        f"{field}: {value!r} is not a moment (int Unix seconds, date or datetime)", field=field, value=value
    )


def path(obj: Any, *names: str) -> Any:
    """obj.a.b.c through models and RawItems; None as soon as one is absent."""
    for name in names:
        if obj is None:
            return None
        obj = attr(obj, name)
    return obj


def listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def one(effect: TypedCall[Any], result: Callable[[Any], T]) -> Plan[T]:
    """A plan of one call: `result(response)`."""
    response = yield from effect
    return result(response)


def check_text(text: Any, field: str, low: int, high: int) -> str:
    """A text of `low`..`high` characters (WB's limits), checked before the request leaves."""
    if not isinstance(text, str):
        raise InvalidRequestError(f"{field}: a string is needed", field=field, value=text)
    if len(text.strip()) < low or len(text) > high:
        raise InvalidRequestError(
            f"{field}: {len(text)} characters; WB takes {low} to {high}",
            field=field,
            value=text if len(text) <= 80 else text[:77] + "...",
            limit=high if len(text) > high else low,
        )
    return text
