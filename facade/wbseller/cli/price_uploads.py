"""The machinery of `wbseller prices set`: the resume file (Journal), the sending of a CSV's rows
(Sending, _send) and the waiting for WB's verdict (Outcome, _wait)."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import click

from ..errors import InvalidRequestError, WaitTimeoutError
from ..services.prices import SentUpload
from ..services.prices_upload import APPLIED, NONE_APPLIED, PARTLY, PriceResult, PriceUpload, UploadTask
from ._app import USAGE, App, CliError, at_row
from ._io import Parser, integer, iter_table

STATUSES = {1: "waiting", 3: "all applied", 4: "canceled", 5: "partly applied", 6: "nothing applied"}
JOURNAL_VERSION = 1
LINES_KEPT = 5000  # lines of the most recent rows, to name the line of a row the facade refuses
INFO_COLUMNS = ("vendorCode", "techSizeName")  # what `prices export` adds for the reader


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
