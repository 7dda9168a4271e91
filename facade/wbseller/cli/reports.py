"""`wbseller reports`: WB's reports to CSV or JSON lines, for cron.

    wbseller reports sales --from 2026-03-01 -o sales.csv --format csv
    wbseller reports orders --from 2026-03-01 -o orders.jsonl --resume
    wbseller reports realization --from 2026-03-01 --to 2026-03-31 -o march.csv --format csv --resume
    wbseller reports task paid_storage --from 2026-03-01 --to 2026-03-07 -o storage.csv --format csv

Resuming (--resume): the output file itself says where the last run stopped. A last line cut short
(a crash mid-write) is dropped, then the walk goes on after the last row written: the statistics
feeds after its lastChangeDate (the rows of that second already written are not written again),
the realization report after its rrdId. The rows are appended; nothing is written twice.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from ..errors import WBError
from ..services.report_tasks import TASKS
from ..services.statistics import FeedPosition, row_key
from ._app import INTERRUPTED, USAGE, App, CliError, code_of, one_line, pass_app
from ._out import emit

FORMATS = ("jsonl", "csv")
# a text cell a spreadsheet would run as a formula gets a leading ' (OWASP); numbers as text
# ("-246.5", WB's sums) are left as they are: they are no formula and an accountant needs them
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def cell(value: Any) -> Any:
    """A value as a CSV cell: nested JSON as JSON text, a formula-like text neutralised."""
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _number(value):
        return "'" + value
    return value


class Writer:
    """Rows to a file, appended after what an earlier run wrote (its CSV header kept)."""

    def __init__(self, f: IO[str], fmt: str, columns: list[str] | None) -> None:
        self.f, self.fmt, self.columns, self.written = f, fmt, columns, 0

    def write(self, row: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.f.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            if self.columns is None:
                self.columns = list(row)
                w.writerow(self.columns)
            w.writerow([cell(row.get(c, "")) for c in self.columns])
            self.f.write(buf.getvalue())
        self.written += 1
        if self.written % 1000 == 0:
            self.f.flush()


def _cut_partial_line(path: Path) -> None:
    """Drop a last line written only in part (a crash mid-write): everything after the last \\n."""
    with open(path, "rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return
        step = min(size, 65536)
        pos = size
        while pos > 0:
            start = max(0, pos - step)
            f.seek(start)
            chunk = f.read(pos - start)
            if pos == size and chunk.endswith(b"\n"):
                return
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                f.truncate(start + nl + 1)
                return
            pos = start
        f.truncate(0)


def _rows_in(path: Path, fmt: str) -> tuple[list[str] | None, Iterator[dict[str, Any]]]:
    """(the CSV header, the rows) of an earlier output."""
    f = open(path, encoding="utf-8", newline="")  # noqa: SIM115  (closed by the generator)

    def rows() -> Iterator[dict[str, Any]]:
        with f:
            if fmt == "jsonl":
                for line in f:
                    if line.strip():
                        yield json.loads(line)
            else:
                yield from csv.DictReader(f, fieldnames=header)

    header = None
    if fmt == "csv":
        first = f.readline()
        header = next(csv.reader([first])) if first.strip() else None
    return header, rows()


@contextmanager
def _sink(
    output: str, fmt: str, resume: bool
) -> Iterator[tuple[IO[str], list[str] | None, Iterable[dict[str, Any]]]]:
    """The output to write to (appending after what an earlier run wrote, with --resume), its CSV
    header, and the rows already there."""
    if output == "-":
        yield sys.stdout, None, ()
        sys.stdout.flush()
        return
    path = Path(output)
    header: list[str] | None = None
    earlier: Iterable[dict[str, Any]] = ()
    mode = "w"
    if resume and path.is_file() and path.stat().st_size:
        _cut_partial_line(path)
        header, earlier = _rows_in(path, fmt)
        mode = "a"
    with open(path, mode, encoding="utf-8", newline="") as f:
        yield f, header, earlier


def _write_all(rows: Iterable[dict[str, Any]], w: Writer, output: str, resumable: bool) -> None:
    """Every row to the writer; a run stopped by WB or Ctrl-C says what it wrote and how to go on."""
    try:
        for row in rows:
            w.write(row)
    except (WBError, KeyboardInterrupt) as e:
        w.f.flush()
        hint = "; run it again with --resume to go on" if resumable and output != "-" else ""
        code = INTERRUPTED if isinstance(e, KeyboardInterrupt) else code_of(e)
        what = "interrupted" if isinstance(e, KeyboardInterrupt) else one_line(e)
        raise CliError(f"{what}; {w.written} row(s) written to {output}{hint}", code) from e


def _checked(output: str, as_json: bool, resume: bool) -> None:
    if output == "-" and (resume or as_json):
        raise CliError("--resume and --json need --output FILE", USAGE)


def _feed_position(earlier: Iterable[dict[str, Any]]) -> FeedPosition | None:
    last: str | None = None
    seen: set[str] = set()
    for row in earlier:
        changed = str(row.get("lastChangeDate") or "")
        if changed != last:
            last, seen = changed, set()
        seen.add(row_key({k: v for k, v in row.items() if v not in ("", None)}))
    return None if last is None else FeedPosition(last, tuple(sorted(seen)))


def _summary(as_json: bool, what: str, written: int, output: str, position: Any) -> None:
    if as_json:
        emit({"report": what, "rows": written, "output": output, "position": position})
    else:
        click.echo(f"wbseller: {written} row(s) of {what} written to {output}", err=True)


def _format_options(command: Any) -> Any:
    for option in reversed(
        [
            click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
                         help="jsonl: each row as WB sent it; csv: a column per field (formula-like text "
                         "gets a leading ')."),
            click.option("-o", "--output", default="-", show_default=True, metavar="FILE|-",
                         help="Where to write the rows."),
            click.option("--json", "as_json", is_flag=True,
                         help="Print a JSON summary (rows written, the position to go on from)."),
        ]
    ):  # fmt: skip
        command = option(command)
    return command


@click.group("reports")
def group() -> None:
    """Reports: sales and orders (statistics), the realization report, report tasks."""


def _feed(
    app: App, kind: str, date_from: str | None, fmt: str, output: str, resume: bool, as_json: bool
) -> None:
    _checked(output, as_json, resume)
    if date_from is None and not (resume and Path(output).is_file()):
        raise CliError("--from is required (or --resume with an earlier output)", USAGE)
    stats = app.client().statistics
    with _sink(output, fmt, resume) as (f, header, earlier):
        position = _feed_position(earlier)
        feed = (stats.iter_sales if kind == "sales" else stats.iter_orders)(date_from, resume=position)
        w = Writer(f, fmt, header)
        _write_all(feed, w, output, True)
    last = feed.position or position
    _summary(as_json, kind, w.written, output, last.as_dict() if last else None)


@group.command("sales")
@click.option("--from", "date_from", metavar="DATE", help="Rows changed since (a date or RFC 3339 time).")
@click.option("--resume", is_flag=True, help="Go on after the last row in --output.")
@_format_options
@pass_app
def sales(app: App, date_from: str | None, resume: bool, fmt: str, output: str, as_json: bool) -> None:
    """Sales and returns changed since --from (WB's statistics feed, 1 request a minute)."""
    _feed(app, "sales", date_from, fmt, output, resume, as_json)


@group.command("orders")
@click.option("--from", "date_from", metavar="DATE", help="Rows changed since (a date or RFC 3339 time).")
@click.option("--resume", is_flag=True, help="Go on after the last row in --output.")
@_format_options
@pass_app
def orders(app: App, date_from: str | None, resume: bool, fmt: str, output: str, as_json: bool) -> None:
    """Orders changed since --from (WB's statistics feed, 1 request a minute)."""
    _feed(app, "orders", date_from, fmt, output, resume, as_json)


@group.command("realization")
@click.option("--from", "date_from", required=True, metavar="DATE", help="The first day (YYYY-MM-DD).")
@click.option("--to", "date_to", required=True, metavar="DATE", help="The last day (YYYY-MM-DD).")
@click.option("--period", type=click.Choice(["weekly", "daily"]), default="weekly", show_default=True)
@click.option("--resume", is_flag=True, help="Go on after the last rrdId in --output.")
@_format_options
@pass_app
def realization(
    app: App, date_from: str, date_to: str, period: str, resume: bool, fmt: str, output: str, as_json: bool
) -> None:
    """The realization report's rows over the period, paged by rrdId (1 request a minute)."""
    _checked(output, as_json, resume)
    finance = app.client().finance
    with _sink(output, fmt, resume) as (f, header, earlier):
        after = 0
        for row in earlier:
            try:
                after = int(row.get("rrdId") or after)
            except ValueError:
                raise CliError(
                    f"{output}: rrdId {row.get('rrdId')!r} is no rrdId: another report's file", USAGE
                ) from None
        pages = finance.iter_realization(date_from, date_to, period=period, resume=after)
        w = Writer(f, fmt, header)
        _write_all(pages, w, output, True)
    _summary(as_json, "realization", w.written, output, {"rrdId": pages.rrd_id})


@group.command("task")
@click.argument("kind", type=click.Choice(sorted(TASKS)))
@click.option("--from", "date_from", metavar="DATE", help="The first day (paid_storage, acceptance_report).")
@click.option("--to", "date_to", metavar="DATE", help="The last day (paid_storage, acceptance_report).")
@click.option("--task-id", metavar="ID", help="Wait on a task created earlier instead of creating one.")
@click.option("--timeout", type=float, default=1800.0, show_default=True, help="Seconds to wait for WB.")
@click.option("--poll", type=float, default=None, help="Seconds between status checks [default: WB's 5].")
@_format_options
@pass_app
def task(
    app: App,
    kind: str,
    date_from: str | None,
    date_to: str | None,
    task_id: str | None,
    timeout: float,
    poll: float | None,
    fmt: str,
    output: str,
    as_json: bool,
) -> None:
    """A report task (warehouse_remains, paid_storage, acceptance_report): created, waited on,
    its rows written. The task id goes to stderr first: --task-id ID waits on it again."""
    _checked(output, as_json, False)
    analytics = app.client().analytics
    if task_id:
        handle = analytics.report_task(kind, task_id)
    else:
        dates = {"date_from": date_from, "date_to": date_to} if date_from or date_to else {}
        handle = analytics.create_report(kind, **dates)
        click.echo(f"wbseller: report task {kind} {handle.task_id}", err=True)
    rows = handle.wait(timeout=timeout, poll=poll)
    with _sink(output, fmt, False) as (f, _, _):
        w = Writer(f, fmt, None)
        _write_all(rows, w, output, False)
    _summary(as_json, kind, w.written, output, {"task_id": handle.task_id})
