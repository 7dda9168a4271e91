"""The docs' three ways to walk a list, as plans (see plans.py), and `Pages`, the object users
iterate (`for` on a Client, `async for` on an AsyncClient). One page in memory at a time.

- cursor in the body: the cards list {updatedAt, nmID}, the trash {trashedAt, nmID};
- limit/offset until an empty page (prices goods, sizes, quarantine, upload details, subjects,
  calendar promotions and nomenclatures, media campaigns);
- skip/take against `total` (WBD offers, content, redeemed keys, key lists).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import PaginationError
from .idset import IdSet
from .plans import AsyncRunner, Call, EmitAll, Plan, SyncRunner

T = TypeVar("T")


@dataclass(frozen=True)
class Cursor:
    """Where a cursor-paged list stands: after (`at`, `nm_id`), `at` being the updatedAt (cards) or
    trashedAt (trash) of the last card of the last page fully handed out. Save it (`as_dict`) to
    resume a crashed export with `start_after=`."""

    at: str
    nm_id: int

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at, "nm_id": self.nm_id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cursor:
        return cls(str(data["at"]), int(data["nm_id"]))


class PageState:
    """Progress shared between a running plan and its Pages object."""

    def __init__(self, cursor: Cursor | None = None) -> None:
        self.cursor = cursor
        self.pages = 0
        self.items = 0


class Pages(Generic[T]):
    """A lazy list: iterate it (`for`, or `async for` with AsyncClient). `.cursor` tells where a
    cursor-paged list stands after each page. Made with an AsyncClient's runner it is an
    AsyncPages (`async for` only)."""

    def __new__(
        cls,
        runner: SyncRunner | AsyncRunner | None = None,  # None: as copy makes the object
        plan: Callable[[PageState], Plan[None]] | None = None,
        state: PageState | None = None,
    ) -> Pages[T]:
        if cls is Pages and isinstance(runner, AsyncRunner):
            return object.__new__(AsyncPages)  # a subclass: __init__ runs as usual
        return object.__new__(cls)

    def __init__(
        self,
        runner: SyncRunner | AsyncRunner,
        plan: Callable[[PageState], Plan[None]],
        state: PageState | None = None,
    ) -> None:
        self._runner = runner
        self._plan = plan
        self.state = state or PageState()

    @property
    def cursor(self) -> Cursor | None:
        return self.state.cursor

    def __iter__(self) -> Iterator[T]:
        if not isinstance(self._runner, SyncRunner):
            raise TypeError("this list belongs to an AsyncClient: use `async for`")
        return self._runner.iterate(self._plan(self.state))

    def __aiter__(self) -> AsyncIterator[T]:
        if not isinstance(self._runner, AsyncRunner):
            raise TypeError("this list belongs to a Client: use `for`")
        return self._runner.iterate(self._plan(self.state))


class AsyncPages(Pages[T]):
    """The Pages of an AsyncClient: `async for` only."""

    if TYPE_CHECKING:
        __iter__: None  # type: ignore[assignment]  # `for` is refused: mypy says so too


def offset_pages(
    call: Callable[[int, int], Call],
    items: Callable[[Any], Sequence[Any] | None],
    limit: int,
    state: PageState,
    offset: int = 0,
) -> Plan[None]:
    """limit/offset: ask page after page until one comes back empty."""
    while True:
        response = yield call(limit, offset)
        page = list(items(response) or ())
        state.pages += 1
        yield EmitAll(page, state)
        if not page:
            return
        offset += len(page)


def skip_take_pages(
    call: Callable[[int, int], Call],
    items: Callable[[Any], Sequence[Any] | None],
    total: Callable[[Any], int | None],
    take: int,
    state: PageState,
) -> Plan[None]:
    """skip/take: stop once `total` items are seen (or on an empty page)."""
    skip = 0
    while True:
        response = yield call(skip, take)
        page = list(items(response) or ())
        state.pages += 1
        yield EmitAll(page, state)
        skip += len(page)
        expected = total(response)
        if not page or (expected is not None and skip >= expected):
            return


def cursor_pages(
    call: Callable[[Cursor | None, int], Call],
    items: Callable[[Any], Sequence[Any] | None],
    next_cursor: Callable[[Any], tuple[Cursor | None, int | None]],
    key: Callable[[Any], int | None],
    limit: int,
    state: PageState,
) -> Plan[None]:
    """Cursor in the body (WB's card lists). The first request sends no position; each next one
    the last card's position. Stop when the page's cursor.total < limit, or on an empty page
    (when the count is a multiple of the limit). Each nmID is handed out once, even if a card
    updated meanwhile moves ahead of the cursor; a cursor that does not advance is an error,
    not an endless loop. An item without a usable key (WB sent it off-spec) is handed out as it
    comes."""
    seen = IdSet()  # 100,000 nmIDs: ~0.2-1.3 MiB instead of a set's ~7
    while True:
        response = yield call(state.cursor, limit)
        page = list(items(response) or ())
        position, total = next_cursor(response)
        response = None  # the page is in `page`: the next answer must not meet this one in memory
        state.pages += 1
        add = seen.add
        yield EmitAll([item for item in page if (nm := key(item)) is None or add(nm)], state)
        if not page or position is None:
            return
        page = []
        if position == state.cursor:
            raise PaginationError(f"the cursor did not advance past {position}: stopping instead of looping")
        state.cursor = position  # only once the whole page was handed out: resuming repeats, never skips
        if total is not None and total < limit:
            return


def batches(values: Sequence[T], size: int) -> Iterator[list[T]]:
    """Split a list of IDs into the batch size WB allows."""
    for i in range(0, len(values), size):
        yield list(values[i : i + size])
