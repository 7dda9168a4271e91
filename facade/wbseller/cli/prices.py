"""`wbseller prices set FILE.csv`: prices and discounts from a CSV file, through the facade
(client.prices.set_prices / set_size_prices / set_club_discounts: validated, then sent in uploads
of WB's maximum size; PriceUpload.wait for what WB applied).

The file is read row by row and sent as it is read (an upload of WB's 1000 rows at a time, each
checked before it is sent), so a file of any size takes little memory. Each uploadID is printed
as soon as WB gives it; with --resume FILE it is also recorded there (a line of JSON each, synced
to disk), so a command killed half-way leaves what it sent: the same command run again skips the
rows already sent and waits on every upload, and `client.prices.upload(ids)` can wait on them too.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import click

from ..errors import InvalidRequestError, WaitTimeoutError, WBError
from ..services.prices import UPLOAD_METHODS as OPERATIONS
from ..services.prices import SentUpload
from ..services.prices_upload import APPLIED, NONE_APPLIED, PARTLY, PriceResult, PriceUpload, UploadTask
from ._app import FAILED, OK, USAGE, App, CliError, at_row, pass_app
from ._io import Parser, integer, iter_table
from ._out import dumps, emit, plain, write_failed_csv
from ._out import output as output_to
from .cards import neutralised

STATUSES = {1: "waiting", 3: "all applied", 4: "canceled", 5: "partly applied", 6: "nothing applied"}
JOURNAL_VERSION = 1
LINES_KEPT = 5000  # lines of the most recent rows, to name the line of a row the facade refuses
INFO_COLUMNS = ("vendorCode", "techSizeName")  # what `prices export` adds for the reader


@click.group("prices")
def group() -> None:
    """Prices and discounts."""


# per variant: the CSV columns (canonical name -> parser), the required ones, the service method
VARIANTS: dict[str, tuple[dict[str, Parser], set[str], str]] = {
    "prices": ({"nmID": integer, "price": integer, "discount": integer}, {"nmID"}, "set_prices"),
    "sizes": (
        {"nmID": integer, "sizeID": integer, "price": integer},
        {"nmID", "sizeID", "price"},
        "set_size_prices",
    ),
    "club": ({"nmID": integer, "clubDiscount": integer}, {"nmID", "clubDiscount"}, "set_club_discounts"),
}


def _item(key: Any) -> str:
    return f"nmID {key[0]} sizeID {key[1]}" if isinstance(key, tuple) else f"nmID {key}"


# --- the resume file ------------------------------------------------------------------------------
@dataclass
class Journal:
    """What --resume FILE holds: a header line naming the CSV file and the kind of prices, then one
    line per request WB answered: its uploadID (null: WB refused it, with the error and the refused
    items), how many rows were sent through it, and a digest of those rows (a rerun checks that
    they have not changed; rows after them may: a bad row mended). Appended and synced line by
    line: a kill leaves at most a partial last line, which is ignored."""

    path: Path
    header: dict[str, Any]
    records: list[dict[str, Any]] = field(default_factory=list)
    out: IO[str] | None = None

    @classmethod
    def open(cls, path: Path, csv_path: str, kind: str) -> Journal:
        header = {
            "version": JOURNAL_VERSION,
            "command": "prices set",
            "kind": kind,
            "file": str(Path(csv_path).resolve()),
        }
        journal = cls(path, header)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        if lines:
            try:
                found = json.loads(lines[0])
            except ValueError:
                found = None
            if found != header:
                raise CliError(
                    f"{path} belongs to another run ({found}); give the same file and options, or "
                    "another --resume file",
                    USAGE,
                )
            for line in lines[1:]:
                try:
                    journal.records.append(json.loads(line))
                except ValueError:
                    break  # the partial last line of a run that was killed while writing it
        journal.out = path.open("w" if not lines else "a", encoding="utf-8")
        if not lines:
            journal._append(header)
        return journal

    @property
    def rows(self) -> int:
        """Rows already sent (WB answered their request)."""
        return int(self.records[-1]["rows"]) if self.records else 0

    @property
    def digest(self) -> str:
        return str(self.records[-1]["sha256"]) if self.records else hashlib.sha256().hexdigest()

    @property
    def done(self) -> bool:
        return bool(self.records and self.records[-1].get("done"))

    @property
    def upload_ids(self) -> list[int]:
        return [int(r["upload_id"]) for r in self.records if r.get("upload_id") is not None]

    @property
    def refused(self) -> dict[Any, str]:
        out: dict[Any, str] = {}
        for r in self.records:
            for key in r.get("refused") or []:
                out[tuple(key) if isinstance(key, list) else key] = r.get("error", "")
        return out

    def record(self, sent: SentUpload, rows: int, digest: str, refused: list[Any]) -> None:
        entry: dict[str, Any] = {"upload_id": sent.upload_id, "rows": rows, "sha256": digest}
        if sent.already_existing:
            entry["existing"] = True
        if sent.upload_id is None:
            entry.update({"error": sent.error, "refused": refused})
        self.records.append(entry)
        self._append(entry)

    def finish(self) -> None:
        """Every row is sent: a rerun only waits."""
        entry = {"done": True, "rows": self.rows, "sha256": self.digest}
        self.records.append(entry)
        self._append(entry)

    def _append(self, entry: dict[str, Any]) -> None:
        assert self.out is not None
        self.out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.out.flush()
        os.fsync(self.out.fileno())

    def close(self) -> None:
        if self.out is not None:
            self.out.close()
            self.out = None


# --- sending --------------------------------------------------------------------------------------
@dataclass
class Sending:
    """One run's sending: the rows read so far (a digest of them, the lines of the latest ones),
    and what WB gave for each request."""

    kind: str
    path: str
    journal: Journal | None
    quiet: bool = False  # --json: the uploadIDs go in the closing document
    sent_rows: int = 0  # rows WB answered for (the journal's count)
    lines: dict[int, int] = field(default_factory=dict)  # item index (this run) -> its line
    keys: list[Any] = field(default_factory=list)  # keys of the rows not answered for yet
    digest: Any = field(default_factory=hashlib.sha256)  # of every row read, in order

    def items(self, skip: int, skip_digest: str) -> Iterator[dict[str, Any]]:
        """The rows after the first `skip` (sent before), which must read as they did then."""
        columns, required, _ = VARIANTS[self.kind]
        self.sent_rows = skip
        n = -1
        for line, row in iter_table(self.path, columns, required, ignored=INFO_COLUMNS):
            self.digest.update(json.dumps(row, sort_keys=True).encode() + b"\n")
            if skip:
                skip -= 1
                if not skip and self.digest.hexdigest() != skip_digest:
                    raise CliError(
                        f"{self.path}, line {line}: the rows sent before changed since; start over with "
                        "another --resume file",
                        USAGE,
                    )
                continue
            n += 1
            self.lines[n] = line
            self.lines.pop(n - LINES_KEPT, None)
            self.keys.append((row["nmID"], row["sizeID"]) if self.kind == "sizes" else row["nmID"])
            yield row
        if skip:
            raise CliError(f"{self.path}: fewer rows than the {self.sent_rows} sent before", USAGE)

    def on_upload(self, sent: SentUpload) -> None:
        """WB answered a request: record it, then say it (the uploadID at once)."""
        done, self.keys = self.keys[: sent.items], self.keys[sent.items :]
        self.sent_rows += sent.items
        if self.journal is not None:
            refused = [list(k) if isinstance(k, tuple) else k for k in done] if sent.upload_id is None else []
            self.journal.record(sent, self.sent_rows, self.digest.hexdigest(), refused)
        if sent.upload_id is not None and not self.quiet:
            again = " (identical to an earlier upload)" if sent.already_existing else ""
            click.echo(f"uploadID {sent.upload_id}{again}")


def _send(
    app: App, kind: str, path: str, journal: Journal | None, quiet: bool = False
) -> tuple[list[int], dict[Any, str]]:
    """Send the rows not sent yet; the uploadIDs of this run and earlier ones, and the refused
    items."""
    _, _, method = VARIANTS[kind]
    ids = journal.upload_ids if journal else []
    refused = journal.refused if journal else {}
    if journal is not None and journal.done:
        return ids, refused
    skip = journal.rows if journal else 0
    if skip:
        click.echo(f"resuming: {len(ids)} upload(s) recorded, {skip} row(s) sent", err=True)
    sending = Sending(kind, path, journal, quiet)
    items = sending.items(skip, journal.digest if journal else "")
    try:
        upload: PriceUpload | None = getattr(app.client().prices, method)(items, on_upload=sending.on_upload)
    except InvalidRequestError as e:
        if not (skip and e.field == "data" and e.limit == "at least 1"):
            raise at_row(e, sending.lines, path) from e
        upload = None  # every row had been sent before
    if journal is not None:
        journal.finish()
    if upload is None:
        return ids, refused
    return ids + upload.upload_ids, {**refused, **upload.refused}


# --- waiting --------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What the uploads came to: items applied (a count), the failed ones with WB's reasons, each
    upload's status."""

    applied: int = 0
    failed: dict[Any, str] = field(default_factory=dict)
    uploads: list[dict[str, Any]] = field(default_factory=list)

    @property
    def statuses(self) -> set[int]:
        return {int(u["status"]) for u in self.uploads if u.get("status") is not None}


def _wait(
    app: App, ids: list[int], timeout: float | None, poll: float | None, say: Callable[[str], None]
) -> Outcome:
    """Wait on each upload in turn, telling its outcome as it comes (one upload's items in
    memory at a time)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    out = Outcome()
    for n, upload_id in enumerate(ids):
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            result: PriceResult = app.client().prices.upload([upload_id]).wait(timeout=left, poll=poll)
        except WaitTimeoutError as e:
            pending = ids[n:]
            shown = ", ".join(map(str, pending[:10])) + (" ..." if len(pending) > 10 else "")
            after = f"{timeout:g}" if timeout is not None else "the default wait"
            raise CliError(f"uploadID {shown}: not finished after {after} s; wait again later") from e
        task: UploadTask = result.tasks[upload_id]
        counts = f" ({task.succeeded} of {task.overall} applied)" if task.overall is not None else ""
        error = f": {task.error_text}" if task.error_text else ""
        say(f"uploadID {upload_id}: status {task.status}, {STATUSES.get(task.status, '?')}{counts}{error}")
        for key, text in result.failed.items():
            say(f"failed {_item(key)}: {text}")
        out.applied += len(result.applied)
        out.failed.update(result.failed)
        out.uploads.append(
            {
                "upload_id": upload_id,
                "status": task.status,
                "status_text": STATUSES.get(task.status),
                "overall": task.overall,
                "succeeded": task.succeeded,
                "error": task.error_text or None,
            }
        )
    return out


def _overall(statuses: set[int], refused: bool) -> int:
    """The uploads' statuses folded into one, as PriceResult.status does."""
    if refused:
        statuses = statuses | {NONE_APPLIED}
    if len(statuses) == 1:
        return next(iter(statuses))
    return PARTLY if statuses & {APPLIED, PARTLY} else NONE_APPLIED


@group.command("set")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--sizes", is_flag=True, help="Per-size prices: columns nmID, sizeID, price.")
@click.option("--club", is_flag=True, help="WB Club discounts: columns nmID, clubDiscount.")
@click.option(
    "--wait/--no-wait", default=True, show_default=True, help="Wait until WB has processed the uploads."
)
@click.option(
    "--wait-timeout", "wait_timeout", type=click.FloatRange(min=0), metavar="SECONDS",
    help="With --wait: seconds to wait at most [default: 600]; the global --timeout is per request.",
)  # fmt: skip
@click.option("--poll", type=click.FloatRange(min=0), help="Seconds between checks [default: 3].")
@click.option(
    "--resume",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Record each uploadID in FILE as WB gives it; run the same command again to go on after a "
    "crash (the rows sent are skipped, every upload is waited on).",
)
@click.option(
    "--failed", "failed_file", metavar="FILE",
    help="Write the rows that failed (WB refused them, or they were not applied) to FILE, as CSV with "
    "the same columns and an `error` one: the same command takes it back once mended.",
)  # fmt: skip
@click.option(
    "--dry-run", is_flag=True,
    help="Check every row as the upload would, print what would be sent, send nothing.",
)  # fmt: skip
@click.option(
    "--json", "as_json", is_flag=True,
    help="One JSON document on stdout at the end: uploads (uploadID, status...), applied, failed "
    "[{nmID, (sizeID), error}], status; --dry-run: the requests' bodies.",
)  # fmt: skip
@pass_app
@click.pass_context
def set_prices(
    ctx: click.Context,
    app: App,
    file: str,
    sizes: bool,
    club: bool,
    wait: bool,
    wait_timeout: float | None,
    poll: float | None,
    resume: Path | None,
    failed_file: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Set prices and discounts from a CSV file with the columns nmID, price, discount (either of
    the last two may be left out or empty). UTF-8 text (a BOM allowed), delimiter , ; or tab; a
    vendorCode or techSizeName column (what `prices export` writes) and an error column (what
    --failed writes) are read past.

    The file is read and sent as it goes, in uploads of WB's maximum size (1000 rows), each upload
    checked before it is sent: a bad row stops the command (exit 2, naming its line); the uploads
    before it stay sent (their uploadIDs printed). Each uploadID is printed as soon as WB gives it;
    with --resume FILE it is recorded there too, and the same command run again goes on after the
    rows already sent. With --wait, the outcome of each upload: each failed item with WB's error,
    and the overall status. Exit 1 if any item failed.
    """
    if sizes and club:
        raise CliError("--sizes and --club exclude each other", USAGE)
    kind = "sizes" if sizes else "club" if club else "prices"
    if dry_run:
        _dry_run(app, kind, file, as_json)
        return
    say: Callable[[str], None] = (lambda line: None) if as_json else click.echo
    journal = Journal.open(resume, file, kind) if resume is not None else None
    try:
        ids, refused = _send(app, kind, file, journal, quiet=as_json)
    except WBError as e:
        if journal is not None and journal.upload_ids:
            e.add_note(f"recorded in {resume}: run the same command again to go on")
        raise
    finally:
        if journal is not None:
            journal.close()
    outcome = Outcome()
    if wait:
        timeout = 600.0 if wait_timeout is None else wait_timeout
        outcome = _wait(app, ids, timeout, poll, say)
    for key, text in refused.items():
        say(f"failed {_item(key)}: {text}")
    failed = {**refused, **outcome.failed}
    if failed_file is not None:
        _write_failed(failed_file, kind, file, failed)
    status = _overall(outcome.statuses, bool(refused)) if wait else None
    if as_json:
        emit(
            {
                "uploads": outcome.uploads if wait else [{"upload_id": i} for i in ids],
                "applied": outcome.applied if wait else None,
                "failed": [{**_key_fields(key), "error": text} for key, text in failed.items()],
                "status": status,
                "status_text": STATUSES.get(status) if status is not None else None,
            }
        )
    elif wait and status is not None:
        say(f"status {status}, {STATUSES.get(status, '?')}: {outcome.applied} applied, {len(failed)} failed")
    ctx.exit(FAILED if failed else OK)


def _key_fields(key: Any) -> dict[str, Any]:
    return {"nmID": key[0], "sizeID": key[1]} if isinstance(key, tuple) else {"nmID": key}


def _write_failed(path: str, kind: str, source: str, failed: dict[Any, str]) -> None:
    """The rows of `source` whose item failed, with WB's reason (read again: the file is streamed)."""
    columns, required, _ = VARIANTS[kind]

    def rows() -> Iterator[tuple[dict[str, Any], str]]:
        for _, row in iter_table(source, columns, required, ignored=INFO_COLUMNS):
            key = (row["nmID"], row["sizeID"]) if kind == "sizes" else row["nmID"]
            if key in failed:
                yield row, failed[key]

    n = write_failed_csv(path, list(columns), rows())
    click.echo(f"wbseller: {n} failed row(s) written to {path}", err=True)


def _dry_run(app: App, kind: str, path: str, as_json: bool) -> None:
    """Every row checked as the upload checks it (client.prices.check_upload); the requests told."""
    columns, required, method = VARIANTS[kind]
    lines: dict[int, int] = {}

    def rows() -> Iterator[dict[str, Any]]:
        for n, (line, row) in enumerate(iter_table(path, columns, required, ignored=INFO_COLUMNS)):
            lines[n] = line
            yield row

    try:
        chunks = app.client(offline=True).prices.check_upload(method, rows())
    except InvalidRequestError as e:
        raise at_row(e, lines, path) from e
    op = OPERATIONS[method]
    if as_json:
        emit(
            {
                "dry_run": True,
                "rows": len(lines),
                "requests": [
                    {"operation": op.key, "method": op.method, "path": op.path, "body": {"data": chunk}}
                    for chunk in chunks
                ],
            }
        )
        return
    click.echo(
        f"dry run: {len(lines)} row(s) checked; would send {len(chunks)} upload(s) "
        f"({', '.join(str(len(c)) for c in chunks)} rows) to {op.method} {op.path}; nothing sent"
    )


# --- prices export --------------------------------------------------------------------------------
EXPORT_COLUMNS = {
    "prices": ("nmID", "vendorCode", "price", "discount"),
    "sizes": ("nmID", "sizeID", "vendorCode", "techSizeName", "price"),
    "club": ("nmID", "vendorCode", "clubDiscount"),
}


def _export_rows(kind: str, goods: dict[str, Any]) -> list[dict[str, Any]]:
    sizes = goods.get("sizes") or []
    base = {"nmID": goods.get("nmID"), "vendorCode": goods.get("vendorCode")}
    if kind == "sizes":
        return [{**base, **{k: s.get(k) for k in ("sizeID", "techSizeName", "price")}} for s in sizes]
    if kind == "club":
        return [{**base, "clubDiscount": goods.get("clubDiscount")}]
    # WB's price of the goods: its sizes' (one price for all unless editableSizePrice)
    return [{**base, "price": sizes[0].get("price") if sizes else None, "discount": goods.get("discount")}]


@group.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True,
    help="csv: the columns `prices set` reads (with --sizes / --club those of its variants), plus "
    "vendorCode; jsonl: each goods item as WB sends it.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="The same as --format jsonl.")
@click.option("--sizes", is_flag=True, help="A row per size: nmID, sizeID, vendorCode, techSizeName, price.")
@click.option("--club", is_flag=True, help="WB Club discounts: nmID, vendorCode, clubDiscount.")
@click.option("--nm-id", type=int, help="Only this goods item.")
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE|-", help="Where to write.")
@pass_app
def export(
    app: App, fmt: str, as_json: bool, sizes: bool, club: bool, nm_id: int | None, output: str
) -> None:
    """Export the goods with their prices and discounts (client.prices.iter_goods), in the CSV
    form `prices set` reads back: edit it, then `wbseller prices set FILE` (vendorCode and
    techSizeName are read past). A text cell starting with = + - @ gets a leading ' (OWASP's advice
    on CSV injection)."""
    if sizes and club:
        raise CliError("--sizes and --club exclude each other", USAGE)
    kind = "sizes" if sizes else "club" if club else "prices"
    fmt = "jsonl" if as_json else fmt
    goods = app.client().prices.iter_goods(nm_id)
    n = 0
    with output_to(output) as out:
        writer = csv.writer(out, lineterminator="\n")
        if fmt == "csv":
            writer.writerow(EXPORT_COLUMNS[kind])
        for item in goods:
            data = plain(item)
            if fmt == "jsonl":
                out.write(dumps(data) + "\n")
            else:
                for row in _export_rows(kind, data):
                    cells = ("" if row.get(c) is None else row[c] for c in EXPORT_COLUMNS[kind])
                    writer.writerow([neutralised(cell) for cell in cells])
            n += 1
    click.echo(f"wbseller: exported {n} goods item(s)", err=True)
