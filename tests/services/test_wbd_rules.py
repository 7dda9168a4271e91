"""WBD's re-sending of a content part, without HTTP: the one decision (part_resend_delay) and the
upload plan's use of it, driven by hand (a fake runner: the plan's effects answered here)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from wbseller.errors import EnvelopeError, MalformedResponseError, ServerError, UploadError
from wbseller.plans import Request, Sleep
from wbseller.services.wbd import PART_ATTEMPTS, part_resend_delay
from wbseller.services.wbd.upload import _send_part

NOT_TAKEN = EnvelopeError("the part was not taken")


@pytest.mark.parametrize("error", [NOT_TAKEN, MalformedResponseError("not JSON")])
def test_a_part_not_taken_is_re_sent_after_a_growing_capped_backoff(error: Exception) -> None:
    for attempt in range(1, PART_ATTEMPTS):
        delays = [part_resend_delay(error, attempt, 0.5) for _ in range(200)]
        assert all(d is not None and 0 <= d <= 0.5 * 2 ** (attempt - 1) for d in delays)
        assert max(d for d in delays if d is not None) > 0.5 * 2 ** (attempt - 1) / 2  # jittered, not 0
    capped = [part_resend_delay(error, PART_ATTEMPTS - 1, 1000.0) for _ in range(50)]
    assert all(d is not None and d <= 30.0 for d in capped)


def test_the_last_attempt_and_what_the_transport_decided_are_final() -> None:
    assert part_resend_delay(NOT_TAKEN, PART_ATTEMPTS, 0.5) is None
    assert part_resend_delay(ServerError("502 after the transport's retries"), 1, 0.5) is None
    assert part_resend_delay(ValueError("ours"), 1, 0.5) is None


def _answer(payload: Any) -> httpx.Response:
    return httpx.Response(
        200, json=payload, request=httpx.Request("POST", "http://wbd/api/v1/content/upload/chunk")
    )


def test_the_upload_plan_waits_before_re_sending_a_part() -> None:
    plan = _send_part("uuid-1", 2, b"part", "application/pdf", 7, backoff=0.25)
    first = next(plan)
    assert isinstance(first, Request) and first.kwargs["headers"]["X-Wbd-Part-Index"] == "2"
    pause = plan.throw(NOT_TAKEN)  # the runner hands the plan the error of its effect
    assert isinstance(pause, Sleep) and 0 <= pause.seconds <= 0.25
    again = plan.send(None)
    assert isinstance(again, Request) and again.kwargs["content"] == b"part"
    with pytest.raises(StopIteration) as done:
        plan.send(_answer({"uri": "vol1/2/abc/content"}))
    assert done.value.value == {"uri": "vol1/2/abc/content"}


def test_the_upload_plan_gives_up_with_an_error_naming_the_part() -> None:
    plan = _send_part("uuid-1", 3, b"part", "application/pdf", 7, backoff=0.0)
    effect = next(plan)
    sends = 0
    with pytest.raises(UploadError, match=f"part 3 failed {PART_ATTEMPTS} times") as e:
        while True:
            if isinstance(effect, Request):
                sends += 1
                effect = plan.throw(NOT_TAKEN)
            else:
                effect = plan.send(None)
    assert sends == PART_ATTEMPTS
    assert list(e.value.failed) == [3]
