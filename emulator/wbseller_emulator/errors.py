"""Error bodies in the shape and content type WB uses for each operation and status.

Both come from the response the spec declares for that status: its media type (application/json,
application/problem+json, text/plain, or no body at all) and its schema's fields: the envelope
({data, error, errorText, additionalErrors} or the part of it the schema names), marketplace
{code, message} (a list of them where the schema is an array), promotion's bare text or
{"error": ...}, or the problem-style {title, detail, status, ...} used elsewhere.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

from .operations import Operation

TITLES = {
    400: "bad request",
    401: "unauthorized",
    403: "forbidden",
    404: "not found",
    409: "conflict",
    413: "request entity too large",
    422: "unprocessable entity",
    429: "too many requests",
    500: "internal server error",
    502: "bad gateway",
    503: "service unavailable",
    504: "gateway timeout",
}


class ApiError(Exception):
    """Raised by handlers (or the pipeline) to answer with a WB-shaped error."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {detail}")
        self.status = status
        self.detail = detail
        self.title = title or TITLES.get(status, "error")
        self.headers = headers or {}
        self.extra = extra or {}


@dataclass
class Body:
    content: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)
    file: Path | None = None  # streamed instead of content: (file, offset, length)
    offset: int = 0
    length: int = 0
    padding: int = 0  # zero bytes sent after the body (the padded_body fault)


def _status_text(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def problem(status: int, title: str, detail: str, origin: str = "wbseller-emulator") -> dict[str, Any]:
    return {
        "title": title,
        "detail": detail,
        "code": f"{status}-{title.replace(' ', '-')}",
        "requestId": uuid.uuid4().hex,
        "origin": origin,
        "status": status,
        "statusText": _status_text(status),
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


JSON = "application/json"
PROBLEM_JSON = "application/problem+json"


def _is_json(media_type: str) -> bool:
    return media_type == JSON or media_type.endswith("+json")


def _is_text(media_type: str) -> bool:
    # WB's reference also writes "plain/text" for a bare text answer
    return media_type.startswith("text/") or media_type == "plain/text"


def _declared(op: Operation | None, status: int) -> tuple[str, dict[str, Any], Any] | None:
    """(media type, schema, example) of the error answer the operation declares for `status`:
    ("", {}, None) when it declares the status without a body, None when it does not declare the
    status at all. A JSON media type is preferred where the spec offers JSON and text."""
    if op is None:
        return None
    resp = op.response(status)
    if resp is None:
        return None
    content: dict[str, Any] = resp.get("content") or {}
    if not content:
        return "", {}, None
    media_type = next((m for m in content if _is_json(m)), None) or next(iter(content))
    media = content[media_type]
    return media_type, op.resolve(media.get("schema", {})) or {}, media.get("example")


def _kind(schema: dict[str, Any]) -> str:
    """'envelope' | 'marketplace' | 'promotion' | 'problem', read off the schema's fields."""
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    if "errorText" in props:
        return "envelope"
    if "message" in props and "code" in props:
        return "marketplace"
    if "title" in props or "detail" in props:
        return "problem"
    if "error" in props:
        return "promotion"
    return "problem"


def _payload(err: ApiError, schema: dict[str, Any], example: Any) -> dict[str, Any]:
    props = schema.get("properties", {}) if schema else {}
    payload: dict[str, Any]
    kind = _kind(schema)
    if kind == "envelope":
        payload = {"data": None, "error": True, "errorText": err.detail, "additionalErrors": None}
        payload = {k: v for k, v in payload.items() if not props or k in props}
    elif kind == "marketplace":
        # the code the declared example shows (AccessDenied, NotFound...), else WB's usual one
        default = example.get("code") if isinstance(example, dict) else None
        if not default:
            default = "IncorrectRequestBody" if err.status == 400 else err.title.title().replace(" ", "")
        payload = {"code": err.extra.get("code", default), "message": err.detail}
    elif kind == "promotion":
        payload = {"error": err.detail}
    else:
        payload = problem(err.status, err.title, err.detail)
        if props:
            # keep only what this operation's error schema declares, plus documented extras
            payload = {k: v for k, v in payload.items() if k in props} or payload
    payload.update(err.extra.get("fields", {}))
    return payload


def error_body(op: Operation | None, err: ApiError) -> Body:
    """The error answer in the shape and content type the operation declares for the status:
    no body when it declares the status without one, bare text for a text answer, a JSON list of
    one error for an array schema (marketplace's stock conflicts). A status the operation does not
    declare is answered as WB's gateway answers errors outside an operation's contract (401, 403,
    429...): problem style, application/problem+json."""
    declared = _declared(op, err.status)
    if declared is None:
        gateway = problem(err.status, err.title, err.detail)
        gateway.update(err.extra.get("fields", {}))
        return Body(json.dumps(gateway, ensure_ascii=False).encode(), PROBLEM_JSON, err.headers)
    media_type, schema, example = declared
    if not media_type:
        return Body(b"", "", err.headers)
    if _is_text(media_type) or not _is_json(media_type):
        return Body(err.detail.encode(), "text/plain; charset=utf-8", err.headers)
    listed = isinstance(schema, dict) and schema.get("type") == "array"
    item = op.resolve(schema.get("items", {})) if listed and op is not None else schema
    if listed and isinstance(example, list):
        example = example[0] if example else None
    one = _payload(err, item if isinstance(item, dict) else {}, example)
    answer: Any = [one] if listed else one
    return Body(json.dumps(answer, ensure_ascii=False).encode(), media_type, err.headers)
