"""Files in, progress out: CSV tables read with their line numbers, and progress on stderr (a
tqdm bar with the `progress` extra, else plain lines)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import click

from ._app import USAGE, CliError

Parser = Callable[[str], Any]
DELIMITERS = ",;\t"  # comma, the semicolon of spreadsheets in Russian locales, tab
# columns a command reads past: `error` of a --failed file, and what an export adds for the reader
# (a vendorCode beside the nmID); any other unknown column is still refused (a typo: "prise")
IGNORED = ("error",)


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
    path: str,
    header: list[str] | None,
    columns: Mapping[str, Parser],
    required: set[str],
    ignored: Collection[str] = (),
) -> list[str]:
    """The canonical name of each header cell ("" for an ignored one); an unknown, repeated or
    missing column is an error."""
    known = {_key(c): c for c in columns}
    skipped = {_key(c) for c in (*IGNORED, *ignored)}
    expected = f"(expected {', '.join(columns)})"
    found: list[str] = []
    for name in header or []:
        canonical = known.get(_key(name))
        if canonical is None and _key(name) in skipped:
            found.append("")
            continue
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


def iter_table(
    path: str,
    columns: Mapping[str, Parser],
    required: set[str],
    *,
    skip: int = 0,
    ignored: Collection[str] = (),
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, row) of each data row of a CSV file with a header (UTF-8, a BOM allowed; delimiter
    , ; or tab), read as it is iterated: one row in memory at a time. `columns`: canonical name
    -> parser of a cell; empty cells of optional columns are left out. `skip`: data rows to pass
    over unparsed (already sent by an earlier run). `ignored`: more columns read past (besides
    `error`, the reason a --failed file gives). A file that is not UTF-8 text is a CliError naming
    the line, as is a bad row; a file without rows too."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        try:
            reader = csv.reader(f, _dialect(f.read(4096)))
            f.seek(0)
            header = _columns(path, next(reader, None), columns, required, ignored)
            n = 0
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue  # a blank line
                n += 1
                if n <= skip:
                    continue
                if len(cells) > len(header):
                    raise CliError(
                        f"{path}, line {reader.line_num}: {len(cells)} cells, {len(header)} columns", USAGE
                    )
                cells_of = {k: v for k, v in zip(header, cells, strict=False) if k}
                yield reader.line_num, _row(path, reader.line_num, cells_of, columns, required)
        except UnicodeDecodeError:
            line, byte = _first_non_utf8(path)
            raise CliError(
                f"{path}, line {line}: not UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8 "
                "(a spreadsheet's CSV UTF-8 format)",
                USAGE,
            ) from None
    if n == 0:
        raise CliError(f"{path}: no rows", USAGE)


def _first_non_utf8(path: str) -> tuple[int, int]:
    """The line (1-based) and value of the first byte that is not UTF-8: the text reader decodes
    ahead of the rows it hands out, so its own position would name the wrong line."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as e:
                return n, raw[e.start]
    return 0, 0


def read_table(
    path: str, columns: Mapping[str, Parser], required: set[str], ignored: Collection[str] = ()
) -> Table:
    """All the rows of a CSV file (see iter_table) and each row's line."""
    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    for line, row in iter_table(path, columns, required, ignored=ignored):
        rows.append(row)
        lines.append(line)
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
