"""What the marketplace order services share: per-order results of WB's batch calls, the `next`
cursor lists, order id lists checked and split, and sticker files written safely."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import (
    AuthError,
    ForbiddenError,
    InvalidRequestError,
    LocalWriteError,
    MalformedResponseError,
    PaginationError,
    RateLimitError,
    WBError,
    WriteOutcome,
)
from ..files import destination_problem, open_new_file
from ..pagination import PageState
from ..plans import Call, EmitAll, Plan
from ._common import as_int, attr, request_id
from ._common import present as _present

SPEC = "marketplace"


def as_list(value: Any) -> list[Any]:
    value = _present(value)
    return list(value) if isinstance(value, list) else []


def get(item: Any, name: str, key: str) -> Any:
    """A field of an answer's item: a generated model's attribute `name`, or, where the spec
    leaves the item untyped (click & collect prepare's results: plain JSON), its JSON `key`."""
    if isinstance(item, dict):
        return _present(item.get(key))
    return attr(item, name)


def order_ids(ids: Iterable[int], field_name: str = "orders") -> list[int]:
    """Order ids as WB takes them: ints (not bools, not strings), each once, order kept."""
    if isinstance(ids, str | bytes):
        raise InvalidRequestError(
            f"{field_name}: a list of order ids (ints) is needed", field=field_name, value=ids, limit="array"
        )
    out = list(ids)
    for i, oid in enumerate(out):
        if isinstance(oid, bool) or not isinstance(oid, int) or oid < 1:
            raise InvalidRequestError(
                f"{field_name}[{i}]: {oid!r} is not an order id (a positive int)",
                field=f"{field_name}[{i}]",
                value=oid,
                limit="integer >= 1",
            )
    return list(dict.fromkeys(out))


def one_id(value: int, field_name: str) -> int:
    """One id of a path (orderId, passId): a positive int."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidRequestError(
            f"{field_name}: {value!r} is not an id (a positive int)",
            field=field_name,
            value=value,
            limit="integer >= 1",
        )
    return value


@dataclass(frozen=True)
class OrderError:
    """WB's reason for one order of a batch call: its code (an HTTP-like status) and detail; for
    a missing label, the label keys WB lists (`meta`)."""

    code: int | None
    detail: str
    meta: tuple[Any, ...] = ()


@dataclass
class BatchResult:
    """Per-order outcome of batch calls: `succeeded` the ids WB moved, `failed` each refused id
    with WB's errors. Truthy when nothing failed."""

    succeeded: list[int] = field(default_factory=list)
    failed: dict[int, list[OrderError]] = field(default_factory=dict)
    request_id: str | None = None  # WB's ID of the last request answered (X-Request-Id)

    def __bool__(self) -> bool:
        return not self.failed

    def add(self, response: Any, sent: Sequence[int]) -> None:
        """Read a `{results: [{orderId, isError, errors}]}` answer; an id sent that WB's answer
        leaves out is failed with no code (WB said nothing about it)."""
        self.request_id = request_id(response) or self.request_id
        seen: set[int] = set()
        for item in as_list(attr(getattr(response, "parsed", None), "results")):
            oid = as_int(get(item, "order_id", "orderId"))
            if oid is None:
                continue
            seen.add(oid)
            if get(item, "is_error", "isError"):
                self.failed[oid] = [_order_error(e) for e in as_list(get(item, "errors", "errors"))] or [
                    OrderError(None, "WB marked it failed without a reason")
                ]
            else:
                self.succeeded.append(oid)
        for oid in sent:
            if oid not in seen:
                self.failed[oid] = [OrderError(None, "WB's answer does not mention this order")]


# errors that stop a step for every order, not just the ones of the request that met them
STOPPERS = (AuthError, ForbiddenError, RateLimitError)


def refused(e: WBError) -> bool:
    """WB answered this request with a refusal of its own (a 4xx other than the stoppers): its
    orders did not move, and the step goes on with the others."""
    return e.status is not None and 400 <= e.status < 500 and not isinstance(e, STOPPERS)


def refuse(result: BatchResult, ids: Iterable[int], e: WBError, what: str = "") -> None:
    for oid in ids:
        result.failed.setdefault(oid, []).append(OrderError(e.status, f"{what}{e.detail or e}"))


def stopped(e: WBError, result: BatchResult, pending: Sequence[int], unsent: Iterable[int]) -> None:
    """`e` stops the step (the caller re-raises it): it gets where every order stands
    (`e.outcome`), so the orders earlier requests moved are never lost. `pending`: the orders of
    the request that met it, unknown when WB may have carried it out (no answer, a 5xx)."""
    unknown = e.status is None or e.status >= 500
    # an order is named once: one whose earlier request WB refused but whose last one has no
    # answer (set_marks: one request per code) is unknown, not also not applied
    failed = [o for o in result.failed if o not in pending]
    e.outcome = WriteOutcome(
        applied=list(result.succeeded),
        not_applied=list(dict.fromkeys([*failed, *([] if unknown else pending), *unsent])),
        unknown=list(pending) if unknown else [],
    )
    e.add_note(f"the orders of this call so far: {e.outcome} (listed in the error's .outcome)")


def _order_error(e: Any) -> OrderError:
    meta = tuple(as_list(get(e, "meta_details", "metaDetails")))
    return OrderError(as_int(get(e, "code", "code")), str(get(e, "detail", "detail") or ""), meta)


def next_pages(
    call: Callable[[int, int], Call],
    items: Callable[[Any], Sequence[Any] | None],
    limit: int,
    state: PageState,
) -> Plan[None]:
    """WB's `next` cursor (FBS orders and supplies): start at 0, pass the answer's `next`, stop
    on an empty page. A cursor that does not move past a full page is an error, not a loop."""
    cursor = 0
    while True:
        response = yield call(cursor, limit)
        page = list(items(response) or ())
        state.pages += 1
        yield EmitAll(page, state)
        if not page:
            return
        after = as_int(attr(response.parsed, "next_"))
        if after is None or after == cursor:
            if len(page) < limit:
                return
            raise PaginationError(f"WB's `next` cursor did not move past {cursor}: stopped")
        cursor = after


def epoch(value: Any, field_name: str) -> int | None:
    """dateFrom/dateTo of the FBS lists: Unix seconds (an int) or a timezone-aware datetime."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if hasattr(value, "timestamp") and getattr(value, "tzinfo", None) is not None:
        return int(value.timestamp())
    raise InvalidRequestError(
        f"{field_name}: {value!r} is neither Unix seconds nor a timezone-aware datetime",
        field=field_name,
        value=value,
        limit="int seconds",
    )


# --- stickers --------------------------------------------------------------------------------------
EXTENSIONS = {"svg": "svg", "png": "png", "zplv": "zpl", "zplh": "zpl", "pdf": "pdf"}


@dataclass(frozen=True)
class Sticker:
    """One order's sticker: WB's parts of the sticker number, its barcode and the file (decoded)."""

    order_id: int
    part_a: str
    part_b: str
    barcode: str
    data: bytes


def stickers_of(response: Any, operation: str) -> list[Sticker]:
    out = []
    for item in as_list(attr(response.parsed, "stickers")):
        oid = as_int(attr(item, "order_id"))
        file = attr(item, "file")
        if oid is None or not isinstance(file, str):
            raise MalformedResponseError(
                f"{operation}: a sticker without its orderId or file", operation=operation
            )
        try:
            data = base64.b64decode(file, validate=True)
        except (binascii.Error, ValueError) as e:
            raise MalformedResponseError(
                f"{operation}: the sticker of order {oid} is not base64 ({e})", operation=operation
            ) from e
        out.append(
            Sticker(oid, str(attr(item, "part_a") or ""), str(attr(item, "part_b") or ""),
                    str(attr(item, "barcode") or ""), data)
        )  # fmt: skip
    return out


def sticker_dir(dest: str | os.PathLike[str]) -> Path:
    """The folder stickers go to: it must exist (checked before anything is sent)."""
    if not isinstance(dest, str | os.PathLike):
        raise TypeError(f"dest: expected a folder path, got {type(dest).__name__}")
    path = Path(dest)
    if not path.is_dir() or path.is_symlink():
        raise InvalidRequestError(
            f"dest: {str(dest)!r} is not an existing folder", field="dest", value=str(dest), limit="a folder"
        )
    return path


def write_sticker(folder: Path, sticker: Sticker, kind: str) -> Path:
    """`<folder>/<orderId>.<ext>`, through `<name>.part` and a rename, never following a link
    or replacing anything but a regular file (files.py's rules)."""
    target = folder / f"{sticker.order_id}.{EXTENSIONS[kind]}"  # order_id is an int: no path parts
    partial = target.with_name(target.name + ".part")
    for candidate in (target, partial):
        problem = destination_problem(candidate)
        if problem:
            raise InvalidRequestError(
                f"dest: {problem}", field="dest", value=str(candidate), limit="a regular file"
            )
    try:
        with open_new_file(partial) as f:
            f.write(sticker.data)
        os.replace(partial, target)
    except OSError as e:
        partial.unlink(missing_ok=True)
        kept = f"nothing for order {sticker.order_id}: {str(target)!r} left as it was"
        raise LocalWriteError(
            f"sticker {sticker.order_id}: cannot write {str(partial)!r}: {e.strerror or e}; kept {kept}",
            path=str(partial),
            kept=kept,
            errno=e.errno,
        ) from e
    return target
