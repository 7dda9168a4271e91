"""A fake runner for the unit layer: the services' plans driven without HTTP.

The plans (plans.py) yield effects and receive their results; `FakeRunner` answers each `Call`
from answers canned per operation (a JSON body, `(status, body)`, an exception to throw into the
plan as the transport would raise it, or a function of what was sent), records what the plan
sent (the request the generated code builds: method, URL, query, JSON body) and every `Sleep`
(not slept: a wait of ten rounds runs at once). The answers are parsed as the real runner parses
them (`drift.parsed`: the generated models, drift tolerated), so a plan meets the same objects.

    fake = FakeRunner().install(monkeypatch)   # every service of every Client runs on it
    fake.answer(content_ops.PRODUCT_CARDS_LIST, {"cards": [...], "cursor": {...}})
    cards = list(wbseller.Client(TOKEN).content.iter_cards())
    assert fake.sent(content_ops.PRODUCT_CARDS_LIST)[0].json["settings"]["cursor"] == {"limit": 100}

What it leaves out, on purpose: the transport (rate limits, retries of a 5xx, error building),
which has its own tests; the emulator tests keep the end-to-end behaviour.
"""

from __future__ import annotations

import base64
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from wbseller import drift
from wbseller.plans import AsyncRunner, Call, Request, Sleep, SyncRunner, _request
from wbseller.services.base import AsyncService, Service
from wbseller.token import CATEGORY_BITS, encode_bits
from wbseller_raw._runtime.operation import Operation


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


# an unsigned WB-shaped JWT (alg none): a Personal token of every category, to 2100. The Client
# reads its claims (scopes, type); nothing sends it here.
TOKEN = (
    _b64({"alg": "none", "typ": "JWT"})
    + "."
    + _b64({"s": encode_bits(set(CATEGORY_BITS)), "sid": "seller", "exp": 4102444800, "acc": 3})
    + "."
)

# nothing listens there, nothing is sent there: a base URL so the Client does not take the unsigned
# token for one headed to WB's hosts
BASE_URL = "https://wb.invalid"


class _Raw:
    """What the generated parsers read of a client: whether to raise on an undocumented status."""

    raise_on_unexpected_status = False


@dataclass
class Sent:
    """One request a plan made: the operation and what the generated code would send."""

    op: Operation[Any, Any]
    method: str
    url: str
    params: dict[str, Any]
    json: Any

    @property
    def key(self) -> str:
        return self.op.key


Answer = Any  # a JSON body | (status, JSON body) | BaseException | Callable[[Sent], Answer]


class FakeRunner(SyncRunner):
    """A SyncRunner whose effects are answered from canned answers (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(self._no_service)
        self._queued: dict[str, deque[Answer]] = {}
        self._always: dict[str, Callable[[Sent], Answer]] = {}
        self.calls: list[Sent] = []
        self.slept: list[float] = []

    @staticmethod
    def _no_service(spec: str) -> Service:
        raise AssertionError(f"the fake runner has no service ({spec}): only Call and Sleep effects")

    def install(self, monkeypatch: pytest.MonkeyPatch) -> FakeRunner:
        """Make every service run its plans here (for this test): a Client's on this runner, an
        AsyncClient's on an AsyncRunner answered by it (the same plans, the other runner)."""
        monkeypatch.setattr(Service, "_runner", property(lambda service: self))
        monkeypatch.setattr(AsyncService, "_runner", property(lambda service: _FakeAsyncRunner(self)))
        return self

    def answer(self, op: Operation[Any, Any], *answers: Answer) -> FakeRunner:
        """Answers for the next calls of `op`, in order (each used once)."""
        self._queued.setdefault(op.key, deque()).extend(answers)
        return self

    def answer_with(self, op: Operation[Any, Any], respond: Callable[[Sent], Answer]) -> FakeRunner:
        """Answer every call of `op` (once the queued answers are used) with respond(sent)."""
        self._always[op.key] = respond
        return self

    def sent(self, op: Operation[Any, Any]) -> list[Sent]:
        return [s for s in self.calls if s.key == op.key]

    def _do(self, effect: Any) -> Any:
        if isinstance(effect, Sleep):
            self.slept.append(effect.seconds)
            return None
        if isinstance(effect, Request) or not isinstance(effect, Call):
            raise AssertionError(f"the fake runner answers Call and Sleep effects only, not {effect!r}")
        request = _request(effect)  # the generated request: the body as the wire would carry it
        body = request.get("json")
        sent = Sent(effect.op, request["method"], request["url"], dict(request.get("params") or {}), body)
        self.calls.append(sent)
        answer = self._next(sent)
        while callable(answer) and not isinstance(answer, BaseException):
            answer = answer(sent)
        if isinstance(answer, BaseException):
            raise answer
        status, data = answer if isinstance(answer, tuple) else (200, answer)
        response = httpx.Response(
            status,
            content=b"" if data is None else json.dumps(data).encode(),
            headers={"Content-Type": "application/json"},
            request=httpx.Request(sent.method, BASE_URL + sent.url, params=sent.params),
        )
        return drift.parsed(effect.op, _Raw(), response)

    def _next(self, sent: Sent) -> Answer:
        queued = self._queued.get(sent.key)
        if queued:
            return queued.popleft()
        if sent.key in self._always:
            return self._always[sent.key]
        raise AssertionError(f"no answer for {sent.key} (sent {sent.params} {sent.json})")


class _FakeAsyncRunner(AsyncRunner):
    """An AsyncRunner whose effects the FakeRunner answers."""

    def __init__(self, fake: FakeRunner) -> None:
        super().__init__(fake._no_service)  # type: ignore[arg-type]
        self._fake = fake

    async def _do(self, effect: Any) -> Any:
        return self._fake._do(effect)
