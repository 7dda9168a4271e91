"""WB's timestamps come naive, with offsets, or as bare dates; one parser for all of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

MSK = timezone(timedelta(hours=3))  # WB's naive times are Moscow time (UTC+3, no DST since 2014)


def parse(value: str | None) -> datetime | None:
    """A timezone-aware datetime (naive values are taken as Moscow time), or None."""
    if not value:
        return None
    from dateutil import parser as _parser  # here: a first call that parses no time never imports it

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
