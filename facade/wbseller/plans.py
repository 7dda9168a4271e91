"""Plans: the logic of every multi-step operation (pagination, polling, batching, chunked
uploads) written once, as generators that yield *effects* and receive their results — no I/O of
their own (the "sans-IO" style). A sync runner and an async runner carry the effects out; only
they differ between Client and AsyncClient.

    from wbseller_raw.content import ops

    def plan() -> Plan[int | None]:
        r = yield from call(ops.LIMITS_FOR_THE_PRODUCT_CARDS)  # r: Response[CardsLimitsResponse]
        yield Sleep(1.0)
        return r.parsed.data.free_limits if r.parsed else None

`yield from call(...)` hands the plan the typed Response; a bare `yield call(...)` works too (its
result is then Any to mypy).
"""

from __future__ import annotations

import time
import types
import typing
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import drift, retry
from .attempt import spent
from .operations import Operation, operation
from .transport import OPERATION, STREAM

STREAMED = {STREAM: True}  # the transport leaves a download's body to the Download effect

if TYPE_CHECKING:
    from wbseller_raw._runtime.types import Response

T = TypeVar("T")
B = TypeVar("B")
R = TypeVar("R")
Plan = Generator[Any, Any, T]


class _Effect:
    """An effect's fields are its __slots__. Plain slotted classes, not dataclasses: these are
    built on every call, and a dataclass costs about a millisecond to define at import, which
    the first call of a process pays."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # mutable fields (kwargs): not hashable


class Call(_Effect):
    """Call an operation (a constant of wbseller_raw.<spec>.ops): the request its generated
    function sends, with `kwargs` its parameters and `body` its body, which may be plain JSON
    (dicts, lists): it becomes the generated body type. The result is the generated Response
    (status_code, headers, parsed), an answer that deviates from the spec parsed as far as it
    goes (see drift.py). Make one with `call()`; `Call(spec, operation_id, kwargs, body)` names
    the operation by strings (the old form)."""

    __slots__ = ("body", "kwargs", "op")

    def __init__(
        self,
        op: Operation[Any, Any] | str,
        operation_id: str | None = None,
        kwargs: dict[str, Any] | None = None,
        body: Any = None,
    ) -> None:
        if isinstance(op, str):
            if operation_id is None:
                raise TypeError("Call(spec, operation_id, ...): the operation_id is missing")
            op = operation(op, operation_id)
        self.op: Operation[Any, Any] = op
        self.kwargs, self.body = kwargs or {}, body

    @property
    def spec(self) -> str:
        return self.op.spec

    @property
    def operation_id(self) -> str:
        return self.op.operation_id

    def __iter__(self) -> Generator[Call, Any, Any]:
        """`r = yield from effect`: the plan gets the Response."""
        return (yield self)


class TypedCall(Call, Generic[R]):
    """A Call made by `call()`: `yield from` it and mypy knows the Response's type."""

    __slots__ = ()

    def __iter__(self) -> Generator[TypedCall[R], Any, Response[R]]:
        return (yield self)  # type: ignore[no-any-return]


def call(
    op: Operation[B, R], body: B | Mapping[str, Any] | Sequence[Any] | None = None, **params: Any
) -> TypedCall[R]:
    """The effect of calling `op` with these parameters (by the generated names: `nm_id`, `limit`)
    and body (the generated type, or plain JSON)."""
    return TypedCall(op, kwargs=params, body=body)


class Request(_Effect):
    """A plain request through the same transport (limits, retries, errors), for what the
    generated code cannot do (a streamed body, a path whose parameter holds slashes).
    The result is the httpx.Response, body read."""

    __slots__ = ("kwargs", "method", "spec", "url")

    def __init__(self, spec: str, method: str, url: str, kwargs: dict[str, Any] | None = None) -> None:
        self.spec, self.method, self.url, self.kwargs = spec, method, url, kwargs or {}


class Download(_Effect):
    """GET `url` and hand the body to `sink` chunk by chunk (never whole in memory). The
    result is the httpx.Response (status and headers; its body already consumed)."""

    __slots__ = ("headers", "sink", "spec", "url")

    def __init__(self, spec: str, url: str, headers: dict[str, str], sink: Callable[[bytes], None]) -> None:
        self.spec, self.url, self.headers, self.sink = spec, url, headers, sink


class Resend(_Effect):
    """Ask the client's retry decision (its transport's) whether to send again a request WB
    answered without taking it: retry.Retry or retry.GiveUp. Use it through `resend()`."""

    __slots__ = ("attempt", "error", "request", "spec")

    def __init__(
        self, spec: str, attempt: retry.Attempt, request: httpx.Request, error: BaseException
    ) -> None:
        self.spec, self.attempt, self.request, self.error = spec, attempt, request, error


def resend(
    spec: str, number: int, request: httpx.Request | Request, error: BaseException
) -> Plan[retry.Retry | retry.GiveUp]:
    """For a plan's own re-sends: attempt `number` (1: the first send) of `request` (the plan's
    Request effect or an httpx.Request) got `error`, which the plan judges safe to send again (a
    WBD part WB did not take; a download's GET). On Retry the plan has slept the wait already.

        if isinstance((yield from resend(SPEC, n, part, e)), retry.GiveUp): raise ..."""
    if isinstance(request, Request):  # what the decision sees of it: method, URL, headers
        request = httpx.Request(request.method, request.url, headers=request.kwargs.get("headers"))
    decision = yield Resend(spec, retry.Attempt(number, None, idempotent=True), request, error)
    if isinstance(decision, retry.Retry) and decision.after > 0:
        yield Sleep(decision.after)
    return decision  # type: ignore[no-any-return]


class Sleep(_Effect):
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Emit:
    """An item for the caller of an iterating plan. (A plain slotted class: one is made per item
    handed out, and a frozen dataclass costs several times as much to build.)"""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class Counted(typing.Protocol):
    items: int


class EmitAll:
    """A page of items for the caller, handed out one by one by the runner itself (no plan step
    per item), `counted.items` going up as each goes out."""

    __slots__ = ("counted", "values")

    def __init__(self, values: Sequence[Any], counted: Counted) -> None:
        self.values = values
        self.counted = counted


def _handed_out(effect: EmitAll) -> Iterator[Any]:
    """The values of an EmitAll, counted as each goes out (a caller may stop half way)."""
    counted = effect.counted
    for value in effect.values:
        counted.items += 1
        yield value


def each(plan: Plan[Any], on_item: Callable[[Any], bool]) -> Plan[None]:
    """Run an iterating plan inside another: its effects pass through, its items go to
    `on_item`, which returns True to stop early."""
    try:
        effect = next(plan)
        while True:
            if type(effect) is Emit:
                if on_item(effect.value):
                    return
                effect = next(plan)
            elif type(effect) is EmitAll:
                if any(on_item(value) for value in _handed_out(effect)):
                    return
                effect = next(plan)
            else:
                effect = plan.send((yield effect))
    except StopIteration:
        return
    finally:
        plan.close()


def _request(effect: Call) -> dict[str, Any]:
    """The httpx request of a Call (what the generated function sends), the operation handed to
    the transport in the request's extensions; parsing is ours (drift.parsed)."""
    op, kwargs = effect.op, effect.kwargs
    if effect.body is not None:
        kwargs = {**kwargs, "body": _to_model(op.body_type, effect.body)}
    request = op.build_request(**kwargs)
    request["extensions"] = {OPERATION: op}
    return request


def _to_model(annotation: Any, value: Any) -> Any:
    """JSON -> the generated body type (`Model`, `list[Model]`, `Model | list[...]`, `File`…)."""
    if hasattr(value, "to_dict") or not isinstance(value, dict | list):
        return value  # already a model (or bytes/File): pass it on
    is_union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    for arg in typing.get_args(annotation) if is_union else (annotation,):
        origin = typing.get_origin(arg)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(arg)
            return [item.from_dict(v) if hasattr(item, "from_dict") else v for v in value]
        if hasattr(arg, "from_dict") and isinstance(value, dict):
            return arg.from_dict(value)
    return value


class Endpoint(typing.Protocol):
    """What a runner needs of a category's service (services.base.Service is one): the runner
    does not import the services, which import it."""

    @property
    def raw(self) -> Any: ...
    @property
    def http(self) -> Any: ...


class SyncRunner:
    def __init__(self, service_for: Callable[[str], Endpoint]) -> None:
        self._service_for = service_for

    def _do(self, effect: Any) -> Any:
        if isinstance(effect, Call):
            raw = self._service_for(effect.op.spec).raw
            response = spent(raw.get_httpx_client().request(**_request(effect)))
            return drift.parsed(effect.op, raw, response)
        if isinstance(effect, Request):
            return self._service_for(effect.spec).http.request(effect.method, effect.url, **effect.kwargs)
        if isinstance(effect, Download):
            http = self._service_for(effect.spec).http
            with http.stream("GET", effect.url, headers=effect.headers, extensions=STREAMED) as response:
                for chunk in response.iter_bytes():
                    effect.sink(chunk)
            return response
        if isinstance(effect, Sleep):
            time.sleep(max(0.0, effect.seconds))
            return None
        if isinstance(effect, Resend):
            return retry.resent(self._service_for(effect.spec), effect)
        raise TypeError(f"not an effect: {effect!r}")

    def run(self, plan: Plan[T]) -> T:
        try:
            effect = next(plan)
            while True:
                if type(effect) is Emit or type(effect) is EmitAll:
                    raise TypeError("an iterating plan was run for a single result")
                try:
                    result = self._do(effect)
                except BaseException as e:
                    effect = plan.throw(e)  # the plan may handle it (retry a part, resume)
                else:
                    effect = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def iterate(self, plan: Plan[Any]) -> Iterator[Any]:
        try:
            effect = next(plan)
            while True:
                if type(effect) is Emit:
                    yield effect.value
                    effect = next(plan)
                    continue
                if type(effect) is EmitAll:
                    yield from _handed_out(effect)
                    effect = next(plan)
                    continue
                try:
                    result = self._do(effect)
                except BaseException as e:
                    effect = plan.throw(e)
                else:
                    effect = plan.send(result)
                    del result  # the plan has it: a page must not stay here while the next arrives
        except StopIteration:
            return
        finally:
            plan.close()


class AsyncRunner:
    def __init__(self, service_for: Callable[[str], Endpoint]) -> None:
        self._service_for = service_for

    async def _do(self, effect: Any) -> Any:
        import asyncio

        if isinstance(effect, Call):
            raw = self._service_for(effect.op.spec).raw
            response = spent(await raw.get_async_httpx_client().request(**_request(effect)))
            return drift.parsed(effect.op, raw, response)
        if isinstance(effect, Request):
            http = self._service_for(effect.spec).http
            return await http.request(effect.method, effect.url, **effect.kwargs)
        if isinstance(effect, Download):
            http = self._service_for(effect.spec).http
            async with http.stream(
                "GET", effect.url, headers=effect.headers, extensions=STREAMED
            ) as response:
                async for chunk in response.aiter_bytes():
                    effect.sink(chunk)
            return response
        if isinstance(effect, Sleep):
            await asyncio.sleep(max(0.0, effect.seconds))
            return None
        if isinstance(effect, Resend):
            return retry.resent(self._service_for(effect.spec), effect)
        raise TypeError(f"not an effect: {effect!r}")

    async def run(self, plan: Plan[T]) -> T:
        try:
            effect = next(plan)
            while True:
                if type(effect) is Emit or type(effect) is EmitAll:
                    raise TypeError("an iterating plan was run for a single result")
                try:
                    result = await self._do(effect)
                except BaseException as e:
                    effect = plan.throw(e)
                else:
                    effect = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def iterate(self, plan: Plan[Any]) -> AsyncIterator[Any]:
        try:
            effect = next(plan)
            while True:
                if type(effect) is Emit:
                    yield effect.value
                    effect = next(plan)
                    continue
                if type(effect) is EmitAll:
                    for value in _handed_out(effect):
                        yield value
                    effect = next(plan)
                    continue
                try:
                    result = await self._do(effect)
                except BaseException as e:
                    effect = plan.throw(e)
                else:
                    effect = plan.send(result)
                    del result  # as in SyncRunner.iterate
        except StopIteration:
            return
        finally:
            plan.close()


Runner = SyncRunner | AsyncRunner
