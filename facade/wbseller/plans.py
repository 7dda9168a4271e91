"""Plans: the logic of every multi-step operation (pagination, polling, batching, chunked
uploads) written once, as generators that yield *effects* and receive their results — no I/O of
their own (the "sans-IO" style). A sync runner and an async runner carry the effects out; only
they differ between Client and AsyncClient.

    def plan() -> Plan[int]:
        r = yield Call("content", "limits_for_the_product_cards")   # -> generated Response
        yield Sleep(1.0)
        return r.parsed.data.free_limits
"""

from __future__ import annotations

import importlib
import time
import types
import typing
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import MalformedResponseError, WBError
from .operations import operation

if TYPE_CHECKING:
    from .services.base import AsyncService, Service

T = TypeVar("T")
Plan = Generator[Any, Any, T]


@dataclass(frozen=True)
class Call:
    """Call a generated operation: `<spec>.<operation_id>.sync_detailed(client=raw, **kwargs)`.
    `body` may be plain JSON (dicts, lists): it becomes the generated body model. The result is
    the generated Response (status_code, headers, parsed)."""

    spec: str
    operation_id: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    body: Any = None


@dataclass(frozen=True)
class Request:
    """A plain request through the same transport (limits, retries, errors), for what the
    generated code cannot do (a streamed body, a path whose parameter holds slashes).
    The result is the httpx.Response, body read."""

    spec: str
    method: str
    url: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Download:
    """GET `url` and hand the body to `sink` chunk by chunk (never whole in memory). The
    result is the httpx.Response (status and headers; its body already consumed)."""

    spec: str
    url: str
    headers: dict[str, str]
    sink: Callable[[bytes], None]


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Emit:
    """An item for the caller of an iterating plan."""

    value: Any


def each(plan: Plan[Any], on_item: Callable[[Any], bool]) -> Plan[None]:
    """Run an iterating plan inside another: its effects pass through, its items go to
    `on_item`, which returns True to stop early."""
    try:
        effect = next(plan)
        while True:
            if isinstance(effect, Emit):
                if on_item(effect.value):
                    return
                effect = next(plan)
            else:
                effect = plan.send((yield effect))
    except StopIteration:
        return
    finally:
        plan.close()


def _generated(spec: str, operation_id: str) -> Any:
    module = operation(spec, operation_id).module
    if module is None:
        raise RuntimeError(f"no generated function for {spec}.{operation_id}")
    return importlib.import_module(module)


def _kwargs(effect: Call, module: Any) -> dict[str, Any]:
    if effect.body is None:
        return effect.kwargs
    return {**effect.kwargs, "body": _to_model(_body_type(module), effect.body)}


@cache
def _body_type(module: Any) -> Any:
    return typing.get_type_hints(module._get_kwargs)["body"]


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


def _checked(effect: Call, response: Any) -> Any:
    # the transport raised for every error status; a success the generated code could not
    # parse means WB answered something the spec does not describe
    if response.parsed is None and response.content and 200 <= int(response.status_code) < 300:
        ctype = response.headers.get("content-type", "")
        if "json" in ctype:
            raise MalformedResponseError(
                f"{effect.spec}.{effect.operation_id}: the answer does not match the spec",
                status=int(response.status_code),
                body=response.content,
            )
    return response


def _parse_failure(effect: Call, exc: Exception) -> WBError:
    err = MalformedResponseError(f"{effect.spec}.{effect.operation_id}: unexpected answer ({exc!r})")
    err.__cause__ = exc
    return err


PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


class SyncRunner:
    def __init__(self, service_for: Callable[[str], Service]) -> None:
        self._service_for = service_for

    def _do(self, effect: Any) -> Any:
        if isinstance(effect, Call):
            module = _generated(effect.spec, effect.operation_id)
            kwargs = _kwargs(effect, module)
            try:
                response = module.sync_detailed(client=self._service_for(effect.spec).raw, **kwargs)
            except PARSE_ERRORS as e:
                raise _parse_failure(effect, e) from e
            return _checked(effect, response)
        if isinstance(effect, Request):
            return self._service_for(effect.spec).http.request(effect.method, effect.url, **effect.kwargs)
        if isinstance(effect, Download):
            http = self._service_for(effect.spec).http
            with http.stream("GET", effect.url, headers=effect.headers) as response:
                for chunk in response.iter_bytes():
                    effect.sink(chunk)
            return response
        if isinstance(effect, Sleep):
            time.sleep(max(0.0, effect.seconds))
            return None
        raise TypeError(f"not an effect: {effect!r}")

    def run(self, plan: Plan[T]) -> T:
        try:
            effect = next(plan)
            while True:
                if isinstance(effect, Emit):
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
                if isinstance(effect, Emit):
                    yield effect.value
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
    def __init__(self, service_for: Callable[[str], AsyncService]) -> None:
        self._service_for = service_for

    async def _do(self, effect: Any) -> Any:
        import asyncio

        if isinstance(effect, Call):
            module = _generated(effect.spec, effect.operation_id)
            kwargs = _kwargs(effect, module)
            try:
                response = await module.asyncio_detailed(client=self._service_for(effect.spec).raw, **kwargs)
            except PARSE_ERRORS as e:
                raise _parse_failure(effect, e) from e
            return _checked(effect, response)
        if isinstance(effect, Request):
            http = self._service_for(effect.spec).http
            return await http.request(effect.method, effect.url, **effect.kwargs)
        if isinstance(effect, Download):
            http = self._service_for(effect.spec).http
            async with http.stream("GET", effect.url, headers=effect.headers) as response:
                async for chunk in response.aiter_bytes():
                    effect.sink(chunk)
            return response
        if isinstance(effect, Sleep):
            await asyncio.sleep(max(0.0, effect.seconds))
            return None
        raise TypeError(f"not an effect: {effect!r}")

    async def run(self, plan: Plan[T]) -> T:
        try:
            effect = next(plan)
            while True:
                if isinstance(effect, Emit):
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
                if isinstance(effect, Emit):
                    yield effect.value
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
