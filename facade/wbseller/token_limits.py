"""The limits WB applies to a token type, per category and bucket: what `wbseller token` shows and
what a Base token's warning names (the specs' rows per token type, through the generated operations)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .limits import Rate
from .operations import all_operations, rate
from .token import WBD


@dataclass(frozen=True)
class BucketLimit:
    """One bucket as a token type meets it: its rate and the operations of one category in it."""

    category: str
    bucket: str
    rate: Rate
    operations: tuple[str, ...]  # "<spec>.<operationId>"


def period_text(seconds: float) -> str:
    """6.0 -> "6s", 3600.0 -> "1h", 0.2 -> "200ms"."""
    for unit, size in (("h", 3600.0), ("m", 60.0), ("s", 1.0)):
        n = seconds / size
        if n >= 1 and abs(n - round(n)) < 1e-9:
            return f"{round(n)}{unit}"
    return f"{round(seconds * 1000)}ms"


def describe(rate: Rate) -> str:
    """E.g. "4 per 1h (one every 15m, burst 1)"."""
    every = period_text(rate.interval)
    return f"{rate.limit} per {period_text(rate.period)} (one every {every}, burst {rate.burst})"


def limits_for(token_type: str, categories: Iterable[str] | None = None) -> list[BucketLimit]:
    """The buckets a token of this type spends from, per category (only `categories` when given),
    strictest first within a category; operations WB retired, WBD's and those the type may not
    call are left out."""
    wanted = None if categories is None else set(categories)
    found: dict[tuple[str, str], tuple[Rate, list[str]]] = {}
    for op in all_operations().values():
        if op.deprecated or op.category == WBD or not op.allows(token_type):
            continue
        if wanted is not None and op.category not in wanted:
            continue
        key = (op.category, op.bucket_for(token_type))
        found.setdefault(key, (rate(op, token_type), []))[1].append(op.key)
    out = [BucketLimit(c, b, rate, tuple(sorted(ops))) for (c, b), (rate, ops) in found.items()]
    return sorted(out, key=lambda bl: (bl.category, bl.rate.limit / bl.rate.period, bl.bucket))


def tightest(token_type: str, categories: Iterable[str] | None = None) -> list[BucketLimit]:
    """Per category, its strictest bucket for this token type."""
    out: dict[str, BucketLimit] = {}
    for bl in limits_for(token_type, categories):
        out.setdefault(bl.category, bl)
    return list(out.values())
