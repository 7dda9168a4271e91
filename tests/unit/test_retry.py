"""The retry decision without HTTP: RetryPolicy's answers, the rules no replacement overrides
(retry.checked), and a plan's own re-send asking the client's decision (plans.resend)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from wbseller import plans, retry
from wbseller.errors import AnswerTooLargeError, BadRequestError, DeadlineError, EnvelopeError
from wbseller.retry import CONNECT_FINAL, Attempt, GiveUp, NotTaken, Retry, RetryPolicy

GET = httpx.Request("GET", "https://marketplace-api.wildberries.ru/api/v3/offices")
POST = httpx.Request("POST", "https://marketplace-api.wildberries.ru/api/v3/warehouses")
READ = Attempt(1, None, idempotent=True)
WRITE = Attempt(1, None, idempotent=False)
NO_JITTER = RetryPolicy(backoff_base=1.0, backoff_cap=30.0)


def answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.fixture(autouse=True)
def _top_of_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Full jitter draws from [0, cap]: take the top, so the backoff itself shows."""
    monkeypatch.setattr(retry.random, "uniform", lambda low, high: high)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_read_is_retried_after_a_5xx_with_exponential_backoff(status: int) -> None:
    waits = [NO_JITTER(Attempt(n, None, True), GET, answer(status)) for n in (1, 2, 3)]
    assert waits == [
        Retry(2.0, f"{status} from WB"),
        Retry(4.0, f"{status} from WB"),
        Retry(8.0, f"{status} from WB"),
    ]


def test_backoff_is_capped_and_jittered(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[float, float]] = []
    monkeypatch.setattr(retry.random, "uniform", lambda low, high: seen.append((low, high)) or high / 2)
    decision = RetryPolicy(max_retries=20, backoff_base=1.0, backoff_cap=5.0)(
        Attempt(10, None, True), GET, answer(503)
    )
    assert decision == Retry(2.5, "503 from WB") and seen == [(0, 5.0)]


def test_429_waits_what_wb_says_and_backs_off_without_a_header() -> None:
    assert NO_JITTER(READ, GET, answer(429, **{"X-Ratelimit-Retry": "7"})).after == 7.0
    assert NO_JITTER(READ, GET, answer(429, **{"Retry-After": "3"})).after == 3.0
    assert NO_JITTER(READ, GET, answer(429, **{"X-Ratelimit-Retry": "soon"})).after == 2.0  # not a number
    assert NO_JITTER(READ, GET, answer(429)).after == 2.0


def test_429_is_retried_for_a_write_too() -> None:
    """WB refuses a 429 before doing anything: a write is safe to send again."""
    assert isinstance(NO_JITTER(WRITE, POST, answer(429)), Retry)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert isinstance(NO_JITTER(READ, GET, answer(status)), GiveUp)


def test_a_write_that_may_have_reached_wb_gives_up_unsafe() -> None:
    assert NO_JITTER(WRITE, POST, answer(500)) == GiveUp("a write that may have reached WB", unsafe=True)
    assert NO_JITTER(WRITE, POST, httpx.ReadTimeout("slow")).unsafe
    assert NO_JITTER(WRITE, POST, httpx.RemoteProtocolError("cut")).unsafe


def test_connect_errors_are_retried_even_for_writes_but_not_for_a_ping() -> None:
    assert isinstance(NO_JITTER(WRITE, POST, httpx.ConnectError("refused")), Retry)
    ping = httpx.Request("GET", "https://x.wb.ru/ping", extensions={CONNECT_FINAL: True})
    assert isinstance(NO_JITTER(READ, ping, httpx.ConnectError("refused")), GiveUp)


def test_breaks_of_a_read_are_retried_and_an_oversize_answer_is_not() -> None:
    for exc in (httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut"), DeadlineError("late")):
        assert isinstance(NO_JITTER(READ, GET, exc), Retry)
    assert isinstance(NO_JITTER(READ, GET, AnswerTooLargeError("big", limit=1)), GiveUp)


def test_retries_are_bounded_and_the_last_is_a_plain_give_up() -> None:
    policy = RetryPolicy(max_retries=2)
    assert isinstance(policy(Attempt(2, None, True), GET, answer(503)), Retry)
    assert policy(Attempt(3, None, True), GET, answer(503)) == GiveUp("no retries left after 3 attempt(s)")
    # out of retries a write's 5xx is the ServerError itself, as before: not "unsafe"
    assert not RetryPolicy(max_retries=0)(WRITE, POST, answer(500)).unsafe


def test_not_taken_is_retried_with_backoff_even_for_a_write() -> None:
    assert NO_JITTER(WRITE, POST, NotTaken(EnvelopeError("no"))) == Retry(2.0, "WB did not take it")


def test_a_replacement_cannot_break_the_rules() -> None:
    def always(attempt: Attempt, request: httpx.Request, outcome: Any) -> Retry | GiveUp:
        return Retry(0.0)

    assert retry.checked(always, READ, GET, answer(404)) == GiveUp(
        "WB refused the request (404): the same request gets the same answer"
    )
    assert retry.checked(always, WRITE, POST, answer(503)).unsafe is True  # type: ignore[union-attr]
    assert retry.checked(always, READ, GET, AnswerTooLargeError("big", limit=1)) == GiveUp(
        "the answer is what it is: asking again changes nothing"
    )
    assert retry.checked(always, READ, GET, NotTaken(BadRequestError("bad", status=400))).reason.startswith(
        "WB refused"
    )
    assert retry.checked(always, READ, GET, answer(503)) == Retry(0.0)


def test_a_replacement_may_only_answer_retry_or_give_up() -> None:
    with pytest.raises(TypeError, match="Retry or GiveUp"):
        retry.checked(lambda a, r, o: True, READ, GET, answer(503))  # type: ignore[arg-type,return-value]
    with pytest.raises(ValueError, match="finite"):
        retry.checked(lambda a, r, o: Retry(float("inf")), READ, GET, answer(503))


class _Endpoint:
    """What a runner needs of a service, with the client's decision function."""

    def __init__(self, decide: retry.Decide) -> None:
        self.retry_policy = decide
        self.raw = self.http = None


def test_a_plan_resends_by_the_clients_decision() -> None:
    calls: list[tuple[int, type[BaseException]]] = []

    def decide(attempt: Attempt, request: httpx.Request, outcome: Any) -> Retry | GiveUp:
        assert isinstance(outcome, NotTaken) and request is POST
        calls.append((attempt.number, type(outcome.error)))
        return Retry(0.0) if attempt.number < 3 else GiveUp("enough")

    def plan() -> plans.Plan[int]:
        number = 0
        while True:
            number += 1
            decision = yield from plans.resend("wbd", number, POST, EnvelopeError("not taken"))
            if isinstance(decision, GiveUp):
                return number

    assert plans.SyncRunner(lambda spec: _Endpoint(decide)).run(plan()) == 3
    assert calls == [(1, EnvelopeError), (2, EnvelopeError), (3, EnvelopeError)]


def test_a_resend_sleeps_the_wait_the_decision_gives() -> None:
    plan = plans.resend("wbd", 1, POST, EnvelopeError("no"))
    effect = next(plan)
    assert isinstance(effect, plans.Resend) and effect.attempt == Attempt(1, None, True)
    assert plan.send(Retry(1.5)) == plans.Sleep(1.5)
    with pytest.raises(StopIteration) as done:
        plan.send(None)
    assert done.value.value == Retry(1.5)


def _transport(answers: list[httpx.Response], **policy: Any) -> httpx.Client:
    """A client through WBTransport to canned answers (no emulator), limits off."""
    from wbseller.limits import InProcessLimiter
    from wbseller.token import Secret, token_info
    from wbseller.transport import Policy, WBTransport
    from wbseller_emulator.auth import mint

    tok = Secret(mint(None, categories=["marketplace"], seller_id="s"))
    queue = list(answers)
    transport = WBTransport(
        Policy(tok, token_info(tok), "", InProcessLimiter(), rates={}, **policy),
        "marketplace",
        httpx.MockTransport(lambda request: queue.pop(0)),
    )
    return httpx.Client(base_url="https://marketplace-api.wildberries.ru", transport=transport)


def test_the_request_id_header_reaches_errors_and_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    """WB documents its request id in error bodies only; an X-Request-Id header is taken too."""
    import logging

    from wbseller.errors import NotFoundError

    caplog.set_level(logging.DEBUG, logger="wbseller")
    quick = RetryPolicy(backoff_base=0.0)
    answers = [
        httpx.Response(503, headers={"X-Request-Id": "r-1"}, json={"title": "down"}),
        httpx.Response(404, headers={"X-Request-Id": "r-2"}, json={"title": "not found"}),
    ]
    with _transport(answers, retry=quick) as http, pytest.raises(NotFoundError) as exc:
        http.get("/api/v3/offices")
    assert exc.value.request_id == "r-2" and str(exc.value).endswith("(request r-2)")
    lines = [r.getMessage() for r in caplog.records]
    assert any("-> 503" in line and "request r-1" in line for line in lines)
    assert any("retrying" in line and "request r-1" in line for line in lines)
    # the body's requestId wins over the header
    body = httpx.Response(400, headers={"X-Request-Id": "h"}, json={"title": "bad", "requestId": "b"})
    with _transport([body]) as http, pytest.raises(BadRequestError) as bad:
        http.get("/api/v3/offices")
    assert bad.value.request_id == "b"


def test_a_resend_takes_the_plans_request_effect() -> None:
    part = plans.Request(
        "wbd", "POST", "/api/v1/content/upload/chunk", {"content": b"x" * 10, "headers": {"A": "b"}}
    )
    effect = next(plans.resend("wbd", 2, part, EnvelopeError("no")))
    assert isinstance(effect, plans.Resend) and effect.attempt.number == 2
    assert (effect.request.method, effect.request.url.path, effect.request.headers["A"]) == (
        "POST",
        "/api/v1/content/upload/chunk",
        "b",
    )
