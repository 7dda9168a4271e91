"""Error bodies in the shape WB uses for each operation and status.

The shape comes from the response the spec declares for that status: the content envelope
({data, error, errorText, additionalErrors}), marketplace {code, message}, promotion's bare
text or {"error": ...}, or the problem-style {title, detail, status, ...} used elsewhere.
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


def _schema_kind(op: Operation | None, status: int) -> tuple[str, dict[str, Any]]:
    """('text'|'envelope'|'marketplace'|'promotion'|'problem', schema)."""
    if op is None:
        return "problem", {}
    resp = op.response(status)
    if resp is None:
        # undeclared status: the category's usual shape
        if op.spec_name == "content" and status in (400, 422):
            return "envelope", {}
        return "problem", {}
    content = resp.get("content") or {}
    if "application/json" not in content and any(k.startswith("text/") for k in content):
        return "text", {}
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    schema = op.resolve(media.get("schema", {}))
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    if "errorText" in props:
        return "envelope", schema
    if "message" in props and "code" in props:
        return "marketplace", schema
    if "title" in props or "detail" in props:
        return "problem", schema
    if "error" in props:
        return "promotion", schema
    return "problem", schema


def error_body(op: Operation | None, err: ApiError) -> Body:
    kind, schema = _schema_kind(op, err.status)
    payload: Any
    if kind == "text":
        return Body(err.detail.encode(), "text/plain; charset=utf-8", err.headers)
    props = schema.get("properties", {}) if schema else {}
    if kind == "envelope":
        payload = {"data": None, "error": True, "errorText": err.detail, "additionalErrors": None}
        payload = {k: v for k, v in payload.items() if not props or k in props}
    elif kind == "marketplace":
        default = "IncorrectRequestBody" if err.status == 400 else err.title.title().replace(" ", "")
        payload = {"code": err.extra.get("code", default), "message": err.detail}
    elif kind == "promotion":
        payload = {"error": err.detail}
    else:
        payload = problem(err.status, err.title, err.detail)
        if props:
            # keep only what this operation's error schema declares, plus documented extras
            payload = {k: v for k, v in payload.items() if k in props} or payload
    if isinstance(payload, dict):
        payload.update(err.extra.get("fields", {}))
    return Body(json.dumps(payload, ensure_ascii=False).encode(), "application/json", err.headers)
