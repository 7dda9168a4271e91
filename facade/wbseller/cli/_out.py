"""What commands give scripts: --json output (one JSON document, or JSON lines: each command's help
says which), JSON inputs (an array, or JSON lines), and --failed FILE (the rows or items that
failed, in the form the same command reads, so it can take them back)."""

from __future__ import annotations

import csv
import dataclasses
import enum
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

import click

from ._app import USAGE, CliError

ERROR = "error"  # the column (or key) a failed row's reason goes in; ignored when read back


def plain(value: Any) -> Any:
    """A result as JSON values: generated models by their to_dict() (WB's field names), the
    facade's dataclasses field by field (a `model` field as WB's JSON), dates as ISO 8601."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, Iterable) and not isinstance(value, bytes):
        return [plain(v) for v in value]
    return str(value)


@contextmanager
def output(path: str) -> Iterator[TextIO]:
    """The text stream to write an export to: stdout for "-", else the file (UTF-8; CSV rows keep
    their own line ends)."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        yield f


def dumps(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False)


def emit(value: Any) -> None:
    """One JSON document (or one line of JSON lines) on stdout."""
    click.echo(dumps(value))


# --- JSON inputs ----------------------------------------------------------------------------------
def read_json_items(path: str) -> list[Any]:
    """The items of a JSON file: a JSON array, or JSON lines (one value a line; blank lines
    skipped). A line or document that is not JSON is a usage error naming it."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text", USAGE) from None
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except ValueError as e:
            raise CliError(f"{path}: not JSON ({e})", USAGE) from None
        if not isinstance(items, list):
            raise CliError(f"{path}: expected a JSON array or JSON lines", USAGE)
        return items
    out: list[Any] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except ValueError as e:
            raise CliError(f"{path}, line {n}: not JSON ({e})", USAGE) from None
    if not out:
        raise CliError(f"{path}: no items", USAGE)
    return out


# --- --failed FILE --------------------------------------------------------------------------------
def _atomic(path: str, text: str) -> None:
    """Write the file whole or not at all (a temporary file renamed over it)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def _cell(value: Any) -> Any:
    # a reason WB wrote that a spreadsheet would take for a formula gets OWASP's leading quote
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def write_failed_csv(path: str, columns: Sequence[str], rows: Iterable[tuple[Mapping[str, Any], str]]) -> int:
    """The failed rows as CSV: the command's `columns` (as read), then `error` (WB's reason),
    which the command ignores when it reads the file back. Written (header only when none
    failed) so an earlier run's file never passes for this one's. Returns the rows written."""
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([*columns, ERROR])
    n = 0
    for row, error in rows:
        writer.writerow([*("" if row.get(c) is None else row[c] for c in columns), _cell(error)])
        n += 1
    _atomic(path, buf.getvalue())
    return n


def write_failed_jsonl(path: str, items: Iterable[Any]) -> int:
    """The failed items as JSON lines, as they were read (to mend and send again). Returns how
    many."""
    lines = [json.dumps(plain(item), ensure_ascii=False) + "\n" for item in items]
    _atomic(path, "".join(lines))
    return len(lines)
