"""Every WB error shape in the specs parses into title/detail/request_id/origin."""

from __future__ import annotations

import json

from wbseller.errors import (
    AuthError,
    BadRequestError,
    RateLimitError,
    ServerError,
    WBError,
    error_class,
    parse_error_body,
)


def test_problem_shape() -> None:
    body = {
        "title": "path not found",
        "detail": "Please consult",
        "code": "x",
        "requestId": "r1",
        "origin": "s2s-api",
        "status": 404,
        "statusText": "Not Found",
        "timestamp": "2025-04-24T07:25:28Z",
    }
    got = parse_error_body(json.dumps(body).encode(), "application/json")
    assert got == {
        "title": "path not found",
        "detail": "Please consult",
        "request_id": "r1",
        "origin": "s2s-api",
        "code": "x",
    }


def test_content_envelope() -> None:
    body = {"data": None, "error": True, "errorText": "Ошибка", "additionalErrors": {"x": "y"}}
    got = parse_error_body(json.dumps(body, ensure_ascii=False).encode(), "application/json")
    assert got["detail"].startswith("Ошибка") and '"x"' in got["detail"]


def test_marketplace_and_promotion_shapes() -> None:
    assert parse_error_body(b'{"code": "IncorrectRequest", "message": "bad sku"}', "application/json") == {
        "title": "IncorrectRequest",
        "detail": "bad sku",
        "code": "IncorrectRequest",
    }
    assert parse_error_body(b'{"error": "campaign not found"}', "application/json") == {
        "detail": "campaign not found"
    }
    assert parse_error_body(b"Incorrect value for parameter `param`", "text/plain") == {
        "detail": "Incorrect value for parameter `param`"
    }
    ext = {
        "errors": [{"detail": "advert 1 is not unique", "field": ".bids[2]"}],
        "request_id": "abc",
        "status": 400,
        "title": "invalid payload",
        "type": "Bad Request",
    }
    got = parse_error_body(json.dumps(ext).encode(), "application/json")
    assert got["title"] == "invalid payload" and ".bids[2]: advert 1 is not unique" in got["detail"]
    assert got["request_id"] == "abc"


def test_a_list_of_errors_names_each_with_its_rows() -> None:
    """Marketplace's stocks update answers 409 with a list of {code, message, data} (WB's
    reference): the first error's code is the title, every error and its rows are in the detail."""
    body = [
        {"code": "NotFound", "message": "Not found", "data": [{"sku": "", "chrtId": 7, "amount": 1}]},
        {"code": "UploadDataLimit", "message": "Upload limit exceeded."},
    ]
    got = parse_error_body(json.dumps(body).encode(), "application/json")
    assert got["title"] == got["code"] == "NotFound"
    assert got["detail"] == (
        'NotFound: Not found: [{"sku": "", "chrtId": 7, "amount": 1}]; '
        "UploadDataLimit: Upload limit exceeded."
    )


def test_wbd_problem_details_with_nested_problems() -> None:
    """WBD (WB's WBD reference): title and requestId always, no detail on a 403 or 500, and a 400's
    `errors` are nested problems of the same shape: their text joins the detail, not their JSON."""
    body = {
        "status": 400,
        "title": "bad request",
        "detail": "validation failed",
        "code": "400-bad-request",
        "errors": [
            {"status": 400, "title": "bad request", "detail": "offer_id must be positive", "requestId": "r0"},
            {"status": 400, "title": "tags: at most 5"},
        ],
        "requestId": "b709d59bd0791513350332ffe5f813c1",
        "origin": "gateway-dev",
    }
    got = parse_error_body(json.dumps(body).encode(), "application/json")
    assert got["title"] == "bad request" and got["request_id"] == "b709d59bd0791513350332ffe5f813c1"
    assert got["detail"] == "validation failed; offer_id must be positive; tags: at most 5"
    forbidden = {"status": 403, "title": "forbidden", "code": "c", "requestId": "r4", "origin": "o"}
    assert parse_error_body(json.dumps(forbidden).encode(), "application/json") == {
        "title": "forbidden",
        "request_id": "r4",
        "origin": "o",
        "code": "c",
    }


def test_status_classes_including_non_iana() -> None:
    assert error_class(401) is AuthError and error_class(422) is BadRequestError
    assert error_class(429) is RateLimitError and error_class(520) is ServerError
    assert error_class(498) is WBError


def test_message_names_operation_not_more() -> None:
    e = BadRequestError(
        status=400,
        title="bad request",
        detail="nope",
        request_id="r",
        operation="POST /content/v2/cards/upload",
    )
    assert str(e) == "POST /content/v2/cards/upload 400: bad request: nope (request r)"
