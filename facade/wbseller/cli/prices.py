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

import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import click

from ..errors import InvalidRequestError, WaitTimeoutError, WBError
from ..services.prices import (
    APPLIED,
    NONE_APPLIED,
    PARTLY,
    PriceResult,
    PriceUpload,
    SentUpload,
    UploadTask,
)
from ._app import FAILED, OK, USAGE, App, CliError, at_row, pass_app
from ._io import Parser, integer, iter_table

STATUSES = {1: "waiting", 3: "all applied", 4: "canceled", 5: "partly applied", 6: "nothing applied"}
JOURNAL_VERSION = 1
LINES_KEPT = 5000  # lines of the most recent rows, to name the line of a row the facade refuses


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
    sent_rows: int = 0  # rows WB answered for (the journal's count)
    lines: dict[int, int] = field(default_factory=dict)  # item index (this run) -> its line
    keys: list[Any] = field(default_factory=list)  # keys of the rows not answered for yet
    digest: Any = field(default_factory=hashlib.sha256)  # of every row read, in order

    def items(self, skip: int, skip_digest: str) -> Iterator[dict[str, Any]]:
        """The rows after the first `skip` (sent before), which must read as they did then."""
        columns, required, _ = VARIANTS[self.kind]
        self.sent_rows = skip
        n = -1
        for line, row in iter_table(self.path, columns, required):
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
        if sent.upload_id is not None:
            again = " (identical to an earlier upload)" if sent.already_existing else ""
            click.echo(f"uploadID {sent.upload_id}{again}")


def _send(app: App, kind: str, path: str, journal: Journal | None) -> tuple[list[int], dict[Any, str]]:
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
    sending = Sending(kind, path, journal)
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
def _wait(app: App, ids: list[int], timeout: float | None, poll: float | None) -> tuple[int, int, set[int]]:
    """Wait on each upload in turn, printing its outcome as it comes (one upload's items in
    memory at a time). Returns (applied, failed, the statuses seen)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    applied = failed = 0
    statuses: set[int] = set()
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
        click.echo(
            f"uploadID {upload_id}: status {task.status}, {STATUSES.get(task.status, '?')}{counts}{error}"
        )
        for key, text in result.failed.items():
            click.echo(f"failed {_item(key)}: {text}")
        applied += len(result.applied)
        failed += len(result.failed)
        statuses.add(task.status)
    return applied, failed, statuses


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
) -> None:
    """Set prices and discounts from a CSV file with the columns nmID, price, discount (either of
    the last two may be left out or empty). UTF-8 text (a BOM allowed), delimiter , ; or tab.

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
    journal = Journal.open(resume, file, kind) if resume is not None else None
    try:
        ids, refused = _send(app, kind, file, journal)
    except WBError as e:
        if journal is not None and journal.upload_ids:
            e.add_note(f"recorded in {resume}: run the same command again to go on")
        raise
    finally:
        if journal is not None:
            journal.close()
    if not wait:
        for key, text in refused.items():
            click.echo(f"failed {_item(key)}: {text}")
        ctx.exit(FAILED if refused else OK)
    timeout = 600.0 if wait_timeout is None else wait_timeout
    applied, failed, statuses = _wait(app, ids, timeout, poll)
    for key, text in refused.items():
        click.echo(f"failed {_item(key)}: {text}")
    failed += len(refused)
    status = _overall(statuses, bool(refused))
    click.echo(f"status {status}, {STATUSES.get(status, '?')}: {applied} applied, {failed} failed")
    ctx.exit(FAILED if failed else OK)
