"""Reading WB's error answers: the title, detail, request id, origin and code out of every error
shape WB's APIs use (problem+json, the content/prices envelopes, marketplace's lists, promotion's
and WBD's nested errors), and messages that say each thing once."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def parse_error_body(body: bytes, content_type: str) -> dict[str, Any]:
    """Pull title/detail/request_id/origin/code out of any WB error shape."""
    text = body.decode("utf-8", errors="replace").strip()
    out: dict[str, Any] = {}
    data: Any = None
    if text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            data = None
    if isinstance(data, list) and data and all(isinstance(e, dict) for e in data):
        # a list of errors (marketplace's stocks update 409): the first names the error, every
        # one's message and rows go into the detail
        first = parse_error_body(json.dumps(data[0]).encode(), content_type)
        details = []
        for e in data[:10]:
            one = parse_error_body(json.dumps(e).encode(), content_type)
            rows = e.get("data")
            rows_text = json.dumps(rows, ensure_ascii=False) if rows else None
            details.append(": ".join(unrepeated([one.get("title"), one.get("detail"), rows_text])))
        first["detail"] = "; ".join(unrepeated(details)) or None
        return {k: v for k, v in first.items() if v}
    if isinstance(data, dict):
        # problem style (+ WBD, + promotion's {errors: [{detail, field}]}), envelope, marketplace, promotion
        out["title"] = _s(data.get("title") or data.get("code") or data.get("type"))
        detail = data.get("detail") or data.get("errorText") or data.get("message") or data.get("error")
        extra = data.get("errors") or data.get("additionalErrors")
        if isinstance(extra, list) and extra:
            items = [_error_item(e) for e in extra[:10]]
            detail = "; ".join(unrepeated([_s(detail), *items]))
        elif isinstance(extra, dict) and extra:
            # the envelope's {"error": "<errorText>"} says nothing the text did not
            said = {str(v).strip().casefold() for v in extra.values()} <= {_key(_s(detail))}
            detail = _s(detail) if said else "; ".join(unrepeated([_s(detail), _s(extra)]))
        elif isinstance(extra, str) and extra:
            detail = "; ".join(unrepeated([_s(detail), extra]))
        out["detail"] = _s(detail)
        out["request_id"] = _s(data.get("requestId") or data.get("request_id"))
        out["origin"] = _s(data.get("origin"))
        out["code"] = _s(data.get("code"))
    elif text:
        out["detail"] = text[:500]
    return {k: v for k, v in out.items() if v}


def unrepeated(parts: Iterable[str | None]) -> list[str]:
    """The non-empty parts of a message, each text once: a part equal to an earlier one (case and
    spaces aside) is dropped, and a part that opens with the one before it replaces it (WB's
    {"title": "too many requests", "detail": "too many requests"} reads "too many requests", a
    detail "not found: nmID 5" under the title "not found" reads as the detail alone)."""
    out: list[str] = []
    for part in parts:
        key = _key(part)
        if not part or not key or any(_key(o) == key for o in out):
            continue
        if out and _opens_with(key, _key(out[-1])):
            out[-1] = part
        else:
            out.append(part)
    return out


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _opens_with(text: str, head: str) -> bool:
    """`text` begins with `head` as a whole phrase ("not found: x", not "not founders")."""
    return text.startswith(head) and not text[len(head) : len(head) + 1].isalnum()


def _error_item(e: Any) -> str | None:
    """One entry of an `errors` list: promotion's {field, detail}, WBD's nested problem {title,
    detail} (its text, not its JSON), or whatever else as it came."""
    if isinstance(e, dict):
        if e.get("field"):
            return f"{e.get('field')}: {e.get('detail')}"
        text = e.get("detail") or e.get("title") or e.get("message")
        if isinstance(text, str) and text:
            return text
    return _s(e)


def _s(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
