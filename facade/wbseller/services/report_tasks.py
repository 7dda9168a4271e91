"""WB's asynchronous reports, as handles that keep only IDs (another process can rebuild one and
wait, or download, later).

- Report tasks (warehouse remains, paid storage, acceptance report): create → status (`new`,
  `processing`, `done`; `canceled` / `purged` end it: ReportFailedError) → download the rows.
  WB allows a status poll at most once per 5 s (the rate limiter paces it whatever `poll` says).
- CSV reports (`/api/v2/nm-report/downloads`): created under an id of ours (a UUID), so the
  handle exists before WB answers; WAITING / PROCESSING / SUCCESS, or FAILED: retried through
  `.../retry` up to `retries` times, then ReportFailedError; the file is a ZIP holding the CSV.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from uuid import UUID

from wbseller_raw.analytics import ops

from ..errors import MalformedResponseError, ReportFailedError
from ..operations import Operation
from ..plans import AsyncRunner, Plan, SyncRunner, call
from ..waiting import Handle, poll
from ._rows import json_body, json_rows, unzip, write_bytes

# the report task kinds: the operations that tell a task's status and give its rows (the ones
# that create one: analytics.CREATE)
STATUS: dict[str, Operation[Any, Any]] = {
    "warehouse_remains": ops.WAREHOUSE_REMAINS_STATUS,
    "paid_storage": ops.PAID_STORAGE_STATUS,
    "acceptance_report": ops.ACCEPTANCE_REPORT_STATUS,
}
DOWNLOAD: dict[str, Operation[Any, Any]] = {
    "warehouse_remains": ops.WAREHOUSE_REMAINS_DOWNLOAD,
    "paid_storage": ops.PAID_STORAGE_DOWNLOAD,
    "acceptance_report": ops.ACCEPTANCE_REPORT_DOWNLOAD,
}
TASKS = tuple(STATUS)
TASK_DONE, TASK_ENDED = "done", ("canceled", "purged")
CSV_DONE, CSV_FAILED = "SUCCESS", "FAILED"
UNLISTED_ROUNDS = 3  # status checks that may miss a CSV report before it counts as unknown


class ReportTask(Handle[list[dict[str, Any]]]):
    """A report task: `wait()` polls its status until done and returns its rows (dicts, WB's
    field names); `download(path)` writes them as WB sent them (JSON). Rebuild one from its id with
    `client.analytics.report_task(kind, task_id)`."""

    default_timeout: float | None = 1800.0  # WB builds a report in minutes; the docs give no bound
    default_poll = 5.0  # WB: one status request per 5 seconds

    def __init__(self, runner: SyncRunner | AsyncRunner, kind: str, task_id: str) -> None:
        super().__init__(runner)
        self.kind = kind
        self.task_id = task_id

    def __repr__(self) -> str:
        return f"ReportTask({self.kind!r}, {self.task_id!r})"

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "task_id": self.task_id}

    def _status(self) -> Plan[str]:
        response = yield call(STATUS[self.kind], task_id=self.task_id)
        status = str(((json_body(response) or {}).get("data") or {}).get("status") or "")
        if status in TASK_ENDED:
            raise ReportFailedError(
                f"report task {self.kind} {self.task_id} is {status}: WB will not build it; create it again",
                task_id=self.task_id,
                status=status,
            )
        return status

    def status(self) -> str:
        """The task's status now (new, processing, done); ReportFailedError if canceled/purged."""
        return cast(str, self._runner.run(self._status()))

    def _done(self, timeout: float | None, interval: float) -> Plan[str]:
        def check() -> Plan[str | None]:
            status = yield from self._status()
            return status if status == TASK_DONE else None

        return (yield from poll(check, timeout=timeout, interval=interval, what=repr(self)))

    def _fetch(self) -> Plan[Any]:
        return (yield call(DOWNLOAD[self.kind], task_id=self.task_id))

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[list[dict[str, Any]]]:
        yield from self._done(timeout, poll_interval)
        return json_rows((yield from self._fetch()))

    def download(
        self, path: str | os.PathLike[str], timeout: float | None = None, poll: float | None = None
    ) -> Path:
        """Wait until done, then write the rows to `path` as WB sent them (a JSON array; `[]` when
        WB has none). Returns the path."""
        target = Path(path)

        def plan() -> Plan[Path]:
            yield from self._done(
                self.default_timeout if timeout is None else timeout,
                self.default_poll if poll is None else poll,
            )
            response = yield from self._fetch()
            return write_bytes(target, response.content if response.status_code != 204 else b"[]")

        return cast(Path, self._runner.run(plan()))


def csv_rows(zipped: bytes) -> Iterator[dict[str, str]]:
    """The rows of the CSV files inside a CSV report's ZIP (dicts by the header row)."""
    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        for name in z.namelist():
            if name.lower().endswith(".csv"):
                text = io.TextIOWrapper(io.BytesIO(z.read(name)), encoding="utf-8-sig", newline="")
                yield from csv.DictReader(text)


class CsvReport(Handle[bytes]):
    """A CSV report under our own id: `wait()` polls its status (retrying a FAILED one up to
    `retries` times) and returns the ZIP's bytes; `download(path)` writes the ZIP, `extract(dir)`
    unzips it, `rows()` reads its CSV rows. Rebuild one with `client.analytics.csv_report(id)`."""

    default_timeout: float | None = 1800.0
    default_poll = 20.0  # WB: 3 requests a minute for the whole CSV report family

    def __init__(self, runner: SyncRunner | AsyncRunner, download_id: str, retries: int = 3) -> None:
        super().__init__(runner)
        self.download_id = str(UUID(str(download_id)))
        self.retries = retries
        self.retried = 0
        self.unlisted = 0  # status checks in a row that did not find it

    def __repr__(self) -> str:
        return f"CsvReport({self.download_id!r})"

    def _status(self) -> Plan[str]:
        response = yield call(ops.NM_REPORT_DOWNLOADS_LIST, filterdownload_ids=[UUID(self.download_id)])
        for item in json_rows(response, "data"):
            if str(item.get("id")) == self.download_id:
                self.unlisted = 0
                return str(item.get("status") or "")
        # a report just created may take a moment to be listed; one never listed is unknown to WB
        self.unlisted += 1
        if self.unlisted > UNLISTED_ROUNDS:
            raise MalformedResponseError(
                f"CSV report {self.download_id}: WB does not list it (an unknown id, or gone)",
                operation=ops.NM_REPORT_DOWNLOADS_LIST.key,
            )
        return ""

    def status(self) -> str:
        """The report's status now: WAITING, PROCESSING, SUCCESS, FAILED, RETRY."""
        return cast(str, self._runner.run(self._status()))

    def _ready(self, timeout: float | None, interval: float) -> Plan[str]:
        def check() -> Plan[str | None]:
            status = yield from self._status()
            if status == CSV_FAILED:
                if self.retried >= self.retries:
                    raise ReportFailedError(
                        f"CSV report {self.download_id} FAILED after {self.retried} retries",
                        task_id=self.download_id,
                        status=status,
                    )
                self.retried += 1
                # a retry of a report WB already marked FAILED: it rebuilds the file, nothing else
                yield call(ops.NM_REPORT_DOWNLOAD_RETRY, body={"downloadId": self.download_id})
                return None
            return status if status == CSV_DONE else None

        return (yield from poll(check, timeout=timeout, interval=interval, what=repr(self)))

    def _zip(self, timeout: float | None, interval: float | None) -> Plan[bytes]:
        yield from self._ready(
            self.default_timeout if timeout is None else timeout,
            self.default_poll if interval is None else interval,
        )
        response = yield call(ops.NM_REPORT_DOWNLOAD_FILE, download_id=self.download_id)
        return bytes(response.content)

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[bytes]:
        return (yield from self._zip(timeout, poll_interval))

    def download(
        self, path: str | os.PathLike[str], timeout: float | None = None, poll: float | None = None
    ) -> Path:
        """Wait until ready, then write the ZIP to `path`. Returns the path."""
        target = Path(path)

        def plan() -> Plan[Path]:
            return write_bytes(target, (yield from self._zip(timeout, poll)))

        return cast(Path, self._runner.run(plan()))

    def extract(
        self, directory: str | os.PathLike[str], timeout: float | None = None, poll: float | None = None
    ) -> list[Path]:
        """Wait until ready, then unzip the report into `directory`. Returns the files."""

        def plan() -> Plan[list[Path]]:
            return unzip((yield from self._zip(timeout, poll)), directory)

        return cast("list[Path]", self._runner.run(plan()))

    def rows(self, timeout: float | None = None, poll: float | None = None) -> list[dict[str, str]]:
        """Wait until ready, then the CSV's rows (dicts by its header; values as text)."""

        def plan() -> Plan[list[dict[str, str]]]:
            return list(csv_rows((yield from self._zip(timeout, poll))))

        return cast("list[dict[str, str]]", self._runner.run(plan()))
