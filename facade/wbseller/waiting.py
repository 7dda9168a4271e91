"""Waiting on WB's asynchronous writes: a 200 means "queued", not "done".

A handle (`PriceUpload`, `CardsUpload`, …) keeps only IDs, so another process can rebuild it
and wait too. `wait()` blocks on a Client and is awaitable on an AsyncClient; the polling logic
is one plan (`poll`), run by either runner.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from .errors import WaitTimeoutError
from .plans import AsyncRunner, Plan, Sleep, SyncRunner

log = logging.getLogger("wbseller")

R = TypeVar("R")


def poll(
    check: Callable[[], Plan[R | None]], *, timeout: float | None, interval: float, what: str
) -> Plan[R]:
    """Run `check` until it returns a result (not None), sleeping `interval` between rounds;
    WaitTimeoutError when `timeout` seconds pass first."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        result = yield from check()
        if result is not None:
            return result
        if deadline is not None and time.monotonic() + interval > deadline:
            raise WaitTimeoutError(f"{what}: not finished after {timeout:g} s; wait() again to go on")
        yield Sleep(interval)


class Handle(Generic[R]):
    """Base of the upload handles: `wait()` runs the handle's polling plan.

    A handle class has an AsyncClient twin (`class AsyncCardsUpload(CardsUpload,
    twin_of=CardsUpload)`, written by scripts/async_types.py) whose wait() is typed awaitable;
    a handle made with an AsyncClient's runner is an instance of the twin, so
    `isinstance(upload, AsyncCardsUpload)` holds."""

    default_timeout: float | None = 600.0
    default_poll: float = 2.0
    _twin: type[Handle[Any]] | None = None  # set on the sync class by its twin
    # the request ID WB gave the (last) write the handle was made from (its X-Request-Id), for
    # WB's support; None for a handle rebuilt from IDs. Its result carries it too.
    request_id: str | None = None

    def __init_subclass__(cls, twin_of: type[Handle[Any]] | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._twin = None  # a subclass does not inherit its base's twin
        if twin_of is not None:
            twin_of._twin = cls

    def __new__(cls, runner: SyncRunner | AsyncRunner | None = None, *args: Any, **kwargs: Any) -> Handle[R]:
        # (runner None: copy and pickle make the object without arguments)
        twin = cls._twin
        if twin is not None and isinstance(runner, AsyncRunner):
            return object.__new__(twin)  # a subclass of cls: __init__ runs as usual
        return object.__new__(cls)

    def __init__(self, runner: SyncRunner | AsyncRunner) -> None:
        self._runner = runner

    def _plan(self, timeout: float | None, poll_interval: float) -> Plan[R]:
        raise NotImplementedError

    def wait(self, timeout: float | None = None, poll: float | None = None) -> R:
        """Wait until WB has processed the write; return the result. On an AsyncClient, await it.
        timeout: seconds (None: the handle's default; raise WaitTimeoutError after it);
        poll: seconds between checks."""
        plan = self._plan(
            self.default_timeout if timeout is None else timeout, self.default_poll if poll is None else poll
        )
        # on an AsyncClient the runner gives the awaitable of R: the Async* twins say so to
        # mypy (services/_gen), the code is this one
        return cast(R, self._runner.run(self._logged(plan)))

    def _logged(self, plan: Plan[R]) -> Plan[R]:
        """The plan; its end logged with the request ID of the write (inside the plan: an
        AsyncClient's runner runs it too)."""
        result = yield from plan
        rid = self.request_id
        log.info(
            "%r: processed%s", self, f" (request {rid})" if rid else "", extra={"wbseller_request_id": rid}
        )
        return result
