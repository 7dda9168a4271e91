"""WBD's re-sending of a content part, without HTTP: the one decision (part_resend, which asks the
client's retry decision through plans.resend, as the transport does) and the upload plan's use of
it, driven by hand (a fake runner: the plan's effects answered here, a Resend by the policy a
service would give)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from wbseller import retry
from wbseller.errors import EnvelopeError, MalformedResponseError, ServerError, UploadError
from wbseller.plans import Request, Resend, Sleep
from wbseller.services.wbd import PART_ATTEMPTS, part_resend
from wbseller.services.wbd.upload import _send_part

NOT_TAKEN = EnvelopeError("the part was not taken")
PART = Request("wbd", "POST", "/api/v1/content/upload/chunk", {"content": b"part", "headers": {}})


@dataclass
class Service:
    """What the runner hands a Resend to: a service exposing its client's retry decision."""

    retry_policy: retry.Decide


def _drive(plan: Any, policy: retry.Decide) -> tuple[Any, list[float]]:
    """Run a plan that only asks Resend and Sleep; (its value, the sleeps)."""
    sleeps: list[float] = []
    answer: Any = None
    try:
        while True:
            effect = plan.send(answer)
            if isinstance(effect, Resend):
                answer = retry.resent(Service(policy), effect)
            elif isinstance(effect, Sleep):
                sleeps.append(effect.seconds)
                answer = None
            else:
                raise AssertionError(f"unexpected effect {effect!r}")
    except StopIteration as done:
        return done.value, sleeps


@pytest.mark.parametrize("error", [NOT_TAKEN, MalformedResponseError("not JSON")])
def test_a_part_not_taken_is_re_sent_after_the_policys_growing_capped_backoff(error: Exception) -> None:
    policy = retry.RetryPolicy(backoff_base=0.5)
    for attempt in range(1, PART_ATTEMPTS):
        runs = [_drive(part_resend(error, attempt, PART), policy) for _ in range(200)]
        assert all(again for again, _ in runs)
        delays = [s for _, sleeps in runs for s in sleeps]
        assert all(0 <= d <= 0.5 * 2**attempt for d in delays)
        assert max(delays) > 0.5 * 2**attempt / 2  # jittered, not 0
    capped = retry.RetryPolicy(max_retries=10, backoff_base=1000.0)
    waits = [s for _ in range(50) for s in _drive(part_resend(error, 5, PART), capped)[1]]
    assert waits and all(d <= 30.0 for d in waits)


def test_the_last_attempt_and_what_the_transport_decided_are_final() -> None:
    policy = retry.RetryPolicy()
    assert _drive(part_resend(NOT_TAKEN, PART_ATTEMPTS, PART), policy) == (False, [])
    assert _drive(part_resend(ServerError("502 after the transport's retries"), 1, PART), policy) == (
        False,
        [],
    )
    assert _drive(part_resend(ValueError("ours"), 1, PART), policy) == (False, [])


def test_the_clients_own_decision_function_decides_part_re_sends() -> None:
    seen: list[int] = []

    def decide(
        attempt: retry.Attempt, request: httpx.Request, outcome: retry.Outcome
    ) -> retry.Retry | retry.GiveUp:
        seen.append(attempt.number)
        assert isinstance(outcome, retry.NotTaken) and outcome.error is NOT_TAKEN
        return retry.Retry(0.125) if attempt.number < 2 else retry.GiveUp("enough")

    assert _drive(part_resend(NOT_TAKEN, 1, PART), decide) == (True, [0.125])
    assert _drive(part_resend(NOT_TAKEN, 2, PART), decide) == (False, [])
    assert seen == [1, 2]


def _answer(payload: Any) -> httpx.Response:
    return httpx.Response(
        200, json=payload, request=httpx.Request("POST", "http://wbd/api/v1/content/upload/chunk")
    )


def test_the_upload_plan_asks_the_policy_and_waits_before_re_sending_a_part() -> None:
    plan = _send_part("uuid-1", 2, b"part", "application/pdf", 7)
    first = next(plan)
    assert isinstance(first, Request) and first.kwargs["headers"]["X-Wbd-Part-Index"] == "2"
    ask = plan.throw(NOT_TAKEN)  # the runner hands the plan the error of its effect
    assert isinstance(ask, Resend) and ask.spec == "wbd" and ask.attempt.number == 1
    pause = plan.send(retry.resent(Service(retry.RetryPolicy(backoff_base=0.25)), ask))
    assert isinstance(pause, Sleep) and 0 <= pause.seconds <= 0.5
    again = plan.send(None)
    assert isinstance(again, Request) and again.kwargs["content"] == b"part"
    with pytest.raises(StopIteration) as done:
        plan.send(_answer({"uri": "vol1/2/abc/content"}))
    assert done.value.value == {"uri": "vol1/2/abc/content"}


def test_the_upload_plan_gives_up_with_an_error_naming_the_part() -> None:
    plan = _send_part("uuid-1", 3, b"part", "application/pdf", 7)
    policy = Service(retry.RetryPolicy(backoff_base=0.0))
    effect = next(plan)
    sends = 0
    with pytest.raises(UploadError, match=f"part 3 failed {PART_ATTEMPTS} times") as e:
        while True:
            if isinstance(effect, Request):
                sends += 1
                effect = plan.throw(NOT_TAKEN)
            elif isinstance(effect, Resend):
                effect = plan.send(retry.resent(policy, effect))
            else:
                effect = plan.send(None)
    assert sends == PART_ATTEMPTS
    assert list(e.value.failed) == [3]
