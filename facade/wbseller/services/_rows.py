"""What the report services share: the rows of an answer as WB sent them (plain dicts under WB's
own field names: an accounting export must not lose a digit or a field to a model), dates as WB
reads them, and the error of a report WB gave up on (errors.ReportFailedError)."""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import InvalidRequestError, LocalWriteError
from ..files import destination_problem, open_new_file

Day = date | datetime | str  # a day as the reports take it: a date, a datetime, or "YYYY-MM-DD"


def json_rows(response: Any, key: str | None = None) -> list[dict[str, Any]]:
    """The JSON objects of an answer (a list, or the list under `data`/`key`), [] for a 204 or an
    empty body. Read from the body itself, not the model: the fields come as WB wrote them."""
    content = getattr(response, "content", b"")
    if not content or int(getattr(response, "status_code", 200)) == 204:
        return []
    data = json.loads(content)
    if key is not None:
        for part in key.split("."):
            data = data.get(part) if isinstance(data, dict) else None
    return [row for row in data if isinstance(row, dict)] if isinstance(data, list) else []


def json_body(response: Any) -> Any:
    """The whole JSON of an answer (None for none)."""
    content = getattr(response, "content", b"")
    if not content or int(getattr(response, "status_code", 200)) == 204:
        return None
    return json.loads(content)


def day(value: date | datetime | str, field: str) -> str:
    """A date as WB's reports take it (YYYY-MM-DD)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return _bad(value, field)


def moment(value: date | datetime | str, field: str) -> str:
    """A date or date-time as WB's statistics take it (RFC 3339; without an offset WB reads Moscow
    time): a date stays a date, a datetime keeps its offset if it has one."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        _bad(value, field)
    return text


def _bad(value: Any, field: str) -> str:
    raise InvalidRequestError(f"{field}: {value!r} is not a date (YYYY-MM-DD)", field=field, value=value)


def period(first: date | datetime | str, last: date | datetime | str) -> tuple[str, str]:
    """(dateFrom, dateTo) as days, checked in order."""
    a, b = day(first, "date_from"), day(last, "date_to")
    if a > b:
        raise InvalidRequestError(f"date_from: {a} is after date_to: {b}", field="date_from", value=a)
    return a, b


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write a downloaded file whole: into a temporary file beside it, then renamed over `path`
    (a reader never sees half a file); a path that is no regular file is refused."""
    target = Path(path)
    problem = destination_problem(target)
    if problem is not None:
        raise InvalidRequestError(f"path: {problem}", field="path", value=str(target))
    partial = target.with_name(f".{target.name}.part")
    try:
        with open_new_file(partial) as f:
            f.write(data)
        os.replace(partial, target)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise LocalWriteError(
            f"could not write {str(target)!r}: {e.strerror or e}", path=str(target), errno=e.errno
        ) from e
    return target


def safe_member(name: str) -> str | None:
    """A ZIP member's file name to extract, or None for one that would leave the folder
    (absolute, `..`) or is a folder."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or ".." in parts or name.endswith("/"):
        return None
    return "/".join(parts)


def unzip(data: bytes, directory: str | os.PathLike[str]) -> list[Path]:
    """Extract a ZIP's files into `directory` (created), refusing members that would leave it."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            name = safe_member(info.filename)
            if name is None:
                continue
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            out.append(write_bytes(target, z.read(info)))
    return out
