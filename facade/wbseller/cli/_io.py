"""Files in, progress out: CSV tables read with their line numbers, and progress on stderr (a
tqdm bar with the `progress` extra, else plain lines)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import click

from ._app import USAGE, CliError

Parser = Callable[[str], Any]
DELIMITERS = ",;\t"  # comma, the semicolon of spreadsheets in Russian locales, tab


# --- CSV ------------------------------------------------------------------------------------------
@dataclass
class Table:
    """The rows of a CSV file as dicts of the canonical column names, and each row's line."""

    path: str
    rows: list[dict[str, Any]]
    lines: list[int]


def _key(name: str) -> str:
    """Header names are matched ignoring case, spaces and underscores: nmID = nmid = nm_id."""
    return name.strip().lower().replace("_", "").replace(" ", "")


def integer(value: str) -> int:
    return int(value.replace(" ", ""))


def text(value: str) -> str:
    return value


def _dialect(sample: str) -> type[csv.Dialect] | str:
    try:
        return csv.Sniffer().sniff(sample.splitlines()[0] if sample else "", delimiters=DELIMITERS)
    except csv.Error:
        return "excel"


def _columns(
    path: str, header: list[str] | None, columns: Mapping[str, Parser], required: set[str]
) -> list[str]:
    """The canonical name of each header cell; an unknown, repeated or missing column is an error."""
    known = {_key(c): c for c in columns}
    expected = f"(expected {', '.join(columns)})"
    found: list[str] = []
    for name in header or []:
        canonical = known.get(_key(name))
        if canonical is None:
            raise CliError(f"{path}: unknown column {name!r} {expected}", USAGE)
        if canonical in found:
            raise CliError(f"{path}: column {canonical} appears twice", USAGE)
        found.append(canonical)
    missing = [c for c in columns if c in required and c not in found]
    if missing:
        raise CliError(f"{path}: missing column(s) {', '.join(missing)} {expected}", USAGE)
    return found


def _row(
    path: str, line: int, cells: dict[str, str], columns: Mapping[str, Parser], required: set[str]
) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, parse in columns.items():
        value = cells.get(name, "").strip()
        if not value:
            if name in required:
                raise CliError(f"{path}, line {line}: {name}: empty, but required", USAGE)
            continue  # an optional value left out
        try:
            row[name] = parse(value)
        except ValueError:
            raise CliError(f"{path}, line {line}: {name}: {value!r} is not an integer", USAGE) from None
    return row


def read_table(path: str, columns: Mapping[str, Parser], required: set[str]) -> Table:
    """The rows of a CSV file with a header (UTF-8, a BOM allowed; delimiter , ; or tab).
    `columns`: canonical name -> parser of a cell; empty cells of optional columns are left out."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        dialect = _dialect(f.read(4096))
        f.seek(0)
        reader = csv.reader(f, dialect)
        header = _columns(path, next(reader, None), columns, required)
        rows: list[dict[str, Any]] = []
        lines: list[int] = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue  # a blank line
            if len(cells) > len(header):
                raise CliError(
                    f"{path}, line {reader.line_num}: {len(cells)} cells, {len(header)} columns", USAGE
                )
            rows.append(
                _row(path, reader.line_num, dict(zip(header, cells, strict=False)), columns, required)
            )
            lines.append(reader.line_num)
    if not rows:
        raise CliError(f"{path}: no rows", USAGE)
    return Table(path, rows, lines)


# --- progress -------------------------------------------------------------------------------------
def tqdm_class() -> Any:
    """tqdm.tqdm if installed (`pip install 'wbseller[progress]'`), else None."""
    try:
        import tqdm

        return tqdm.tqdm
    except ImportError:
        return None


def wanted(flag: bool | None) -> bool:
    """--progress/--no-progress, by default on when stderr is a terminal."""
    return sys.stderr.isatty() if flag is None else flag


STEP = 1000  # the plain counter prints a line every STEP items


class _Lines:
    """The counter without tqdm: a line on stderr every STEP items and at the end."""

    def __init__(self, what: str, start: int) -> None:
        self.what, self.last = what, start

    def __call__(self, n: int) -> None:
        if n // STEP != self.last // STEP:
            click.echo(f"{self.what}: {n}", err=True)
        self.last = n

    def close(self) -> None:
        if self.last % STEP:
            click.echo(f"{self.what}: {self.last}", err=True)


@contextmanager
def counter(enabled: bool, what: str, start: int = 0) -> Iterator[Callable[[int], None]]:
    """A function to call with the running count of `what`, shown on stderr when enabled."""
    bar_class = tqdm_class() if enabled else None
    if bar_class is not None:
        bar = bar_class(initial=start, unit=f" {what}", file=sys.stderr)
        try:
            yield lambda n: bar.update(n - bar.n)
        finally:
            bar.close()
    elif enabled:
        lines = _Lines(what, start)
        try:
            yield lines
        finally:
            lines.close()
    else:
        yield lambda n: None


def percent(enabled: bool) -> Any:
    """A facade `progress=` value for byte transfers: True (its tqdm bar) when tqdm is there, else
    a callable printing each new whole percent on stderr; None when disabled."""
    if not enabled:
        return None
    if tqdm_class() is not None:
        return True
    shown = [-1]

    def show(done: int, total: int | None) -> None:
        pct = 100 * done // total if total else 0
        if pct != shown[0]:
            shown[0] = pct
            click.echo(f"uploaded {pct}% ({done} of {total} bytes)", err=True)

    return show
