"""WB's timestamps come naive, with offsets, or as bare dates; one parser for all of them."""

from __future__ import annotations

from datetime import UTC, datetime

from dateutil import parser as _parser

MSK = _parser.isoparse("2000-01-01T00:00:00+03:00").tzinfo  # WB's naive times are Moscow time


def parse(value: str | None) -> datetime | None:
    """A timezone-aware datetime (naive values are taken as Moscow time), or None."""
    if not value:
        return None
    try:
        dt = _parser.isoparse(value)
    except ValueError:
        try:
            dt = _parser.parse(value)
        except (ValueError, OverflowError):
            return None
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=MSK)


def utcnow() -> datetime:
    return datetime.now(UTC)
