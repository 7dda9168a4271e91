"""The one-call helpers of the services written as topic mixins (wbd, promotion): run one call
and return its parsed answer, or nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ..plans import Plan, Request, TypedCall

if TYPE_CHECKING:
    from ..plans import SyncRunner

R = TypeVar("R")


class OneCalls:
    """A service's runner and its one-call plans."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def _parsed(self, effect: TypedCall[R]) -> R:
        """Run one call; its parsed answer (for an operation that answers JSON)."""

        def plan() -> Plan[R]:
            response = yield from effect
            return response.parsed  # type: ignore[return-value]  # None only without a body

        return self._runner.run(plan())

    def _send(self, effect: TypedCall[Any] | Request) -> None:
        """Run one call whose answer carries nothing to return."""

        def plan() -> Plan[None]:
            yield effect

        return self._runner.run(plan())
