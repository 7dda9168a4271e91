"""An error says each text once: WB's bodies often repeat the title in the detail ("too many
requests" / "too many requests"), the envelope its errorText in additionalErrors, and a write's
RetryUnsafeError used to name the operation before its cause named it again."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller.errors import error_class, parse_error_body
from wbseller_emulator import Emulator

FAST = {"retry_backoff": 0.01}


def said_once(text: str, phrase: str) -> bool:
    return len(re.findall(re.escape(phrase), text, flags=re.IGNORECASE)) == 1


def test_a_429_over_http_says_too_many_requests_once(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("429", times=None, retry_after=0.01, route="marketplace.get_offices")
    wb = make_client(max_retries=1, **FAST)
    with pytest.raises(wbseller.RateLimitError) as exc:
        wb.marketplace.offices()
    body = json.loads(exc.value.body or b"{}")
    assert body["title"] == "too many requests" and body["detail"].startswith("too many requests")
    assert said_once(str(exc.value), "too many requests"), str(exc.value)
    assert str(exc.value).startswith("GET /api/v3/offices 429: too many requests")


def test_a_write_not_resent_names_its_operation_once(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("status", status=500, route="content.create_a_tag")
    wb = make_client(**FAST)
    with pytest.raises(wbseller.RetryUnsafeError) as exc:
        wb.content.create_tag("x", "D1CFD7")
    assert said_once(str(exc.value), "POST /content/v2/tag"), str(exc.value)
    assert "may or may not have reached WB" in str(exc.value)


def message(body: Any, status: int = 400) -> str:
    fields = parse_error_body(json.dumps(body, ensure_ascii=False).encode(), "application/json")
    return str(error_class(status)(status=status, operation="POST /x", **fields))


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        (  # problem style, the title repeated as the detail
            {"title": "too many requests", "detail": "too many requests", "requestId": "r1", "status": 429},
            429,
            "POST /x 429: too many requests (request r1)",
        ),
        (  # case and spaces aside
            {"title": "Not Found", "detail": "not  found", "status": 404},
            404,
            "POST /x 404: Not Found",
        ),
        (  # a detail that opens with its title says both
            {"title": "too many requests", "detail": "too many requests: limited by the bucket b"},
            429,
            "POST /x 429: too many requests: limited by the bucket b",
        ),
        (  # content's envelope: additionalErrors repeating errorText
            {"data": None, "error": True, "errorText": "Invalid token",
             "additionalErrors": {"error": "Invalid token"}},
            200,
            "POST /x 200: Invalid token",
        ),
        (
            {"data": None, "error": True, "errorText": "Ошибка", "additionalErrors": "Ошибка"},
            200,
            "POST /x 200: Ошибка",
        ),
        (  # marketplace's list of errors, the same error for two rows: once
            [{"code": "NotFound", "message": "not found"}, {"code": "NotFound", "message": "not found"}],
            409,
            "POST /x 409: NotFound: not found",
        ),
        (  # WBD's problem with nested errors repeating the detail
            {"title": "bad request", "detail": "validation failed",
             "errors": [{"title": "bad request", "detail": "validation failed"},
                        {"detail": "tags: at most 5"}]},
            400,
            "POST /x 400: bad request: validation failed; tags: at most 5",
        ),
        (  # different texts stay, a phrase only starting alike included
            {"title": "not found", "detail": "not founders of this card"},
            404,
            "POST /x 404: not found: not founders of this card",
        ),
        (
            {"code": "IncorrectRequest", "message": "Переданы некорректные данные"},
            400,
            "POST /x 400: IncorrectRequest: Переданы некорректные данные",
        ),
    ],
)  # fmt: skip
def test_wb_bodies_say_each_text_once(body: Any, status: int, expected: str) -> None:
    assert message(body, status) == expected
