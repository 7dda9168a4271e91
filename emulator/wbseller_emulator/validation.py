"""Request and response validation against the specs, by openapi-core (not hand-written checks).

Requests that break the spec (missing required parameter, wrong type, out-of-range value,
unknown enum value, malformed body) get the 400/422 the operation documents. In strict mode,
every answer the emulator gives is validated too, so a handler can never drift from the spec.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .operations import Operation, Operations


@dataclass
class _Request:
    host_url: str
    path: str
    path_pattern: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None


@dataclass
class _Response:
    status_code: int
    headers: Headers
    content_type: str
    data: bytes | None


class Validator:
    def __init__(self, operations: Operations) -> None:
        self._operations = operations
        self._apis: dict[str, OpenAPI] = {}
        self._lock = threading.Lock()
        self._valid: dict[tuple[str, int, bytes], None] = {}  # answers already found valid

    def warm(self) -> None:
        """Build every spec's validators now (about a second), not on the first request: a
        server that stalls on its first request bunches the requests queued behind it."""
        for name in self._operations.specs:
            self._api(name)

    def _api(self, spec_name: str) -> OpenAPI:
        api = self._apis.get(spec_name)
        if api is None:
            with self._lock:
                api = self._apis.get(spec_name)
                if api is None:
                    spec = _nullable_refs(copy.deepcopy(self._operations.specs[spec_name]))
                    api = self._apis[spec_name] = OpenAPI.from_dict(spec)
        return api

    def _request(
        self,
        op: Operation,
        query: list[tuple[str, str]],
        headers: list[tuple[str, str]],
        path_params: dict[str, str],
        body: bytes,
    ) -> _Request:
        # tokens are checked before validation (WB's rules, WB's 401s): show openapi-core a stand-in
        hdrs = Headers([(k, v) for k, v in headers if k.lower() != "authorization"])
        hdrs["Authorization"] = "Bearer checked"
        return _Request(
            host_url=op.server,
            path=op.path,
            path_pattern=op.path,
            method=op.method.lower(),
            parameters=RequestParameters(
                query=ImmutableMultiDict(query), header=hdrs, cookie=ImmutableMultiDict(), path=path_params
            ),
            content_type=(hdrs.get("content-type") or "application/octet-stream").lower(),
            body=body or None,
        )

    def request_problem(
        self,
        op: Operation,
        query: list[tuple[str, str]],
        headers: list[tuple[str, str]],
        path_params: dict[str, str],
        body: bytes,
    ) -> str | None:
        """None when the request fits the spec, else a message naming what is wrong."""
        req = self._request(op, query, headers, path_params, body)
        # validation only: unmarshalling (building Python values from the schema) is what made
        # a 1,000-item body cost 2 s; the checks are the same jsonschema ones either way
        errors = [e for e in self._api(op.spec_name).iter_request_errors(req) if not _is_security(e)]
        return _describe(errors) if errors else None

    def response_problem(
        self,
        op: Operation,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        request: tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, str], bytes],
    ) -> str | None:
        key = (op.key, status, body)
        if key in self._valid:
            return None  # the same answer (a spec example, a fixed reply) needs no second look
        req = self._request(op, *request)
        hdrs = Headers(headers)
        ctype = (hdrs.get("content-type") or "").lower()
        resp = _Response(status, hdrs, ctype, _sampled(body) if "json" in ctype else body)
        errors = list(self._api(op.spec_name).iter_response_errors(req, resp))
        if errors:
            return _describe(errors)
        if len(body) <= 4096:
            if len(self._valid) > 10_000:
                self._valid.clear()
            self._valid[key] = None
        return None


SAMPLE = 3  # array items checked per array in an answer: the first two and the last


def _sampled(body: bytes) -> bytes:
    """The answer with every array cut to a few items. openapi-core spends ~25 ms per card of a
    cards page; the items of one array share one schema, so a few show a handler's drift."""
    try:
        data = json.loads(body)
    except ValueError:
        return body  # not JSON after all: let the validator say so
    return json.dumps(_cut(data), ensure_ascii=False).encode()


def _cut(node: Any) -> Any:
    if isinstance(node, list):
        kept = node if len(node) <= SAMPLE else [*node[: SAMPLE - 1], node[-1]]
        return [_cut(v) for v in kept]
    if isinstance(node, dict):
        return {k: _cut(v) for k, v in node.items()}
    return node


def _nullable_refs(node: Any) -> Any:
    """The specs write a nullable reference as {nullable: true, allOf: [$ref]} (the form the
    generator understands), and nullable unions as {nullable: true, oneOf: [...]}; openapi-core
    ignores `nullable` there and rejects null. Give it an explicit null variant instead — the
    same meaning."""
    if isinstance(node, dict):
        for k, v in list(node.items()):
            node[k] = _nullable_refs(v)
        null = {"type": "object", "nullable": True, "enum": [None]}
        if node.get("nullable") is True and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
            ref = node.pop("allOf")[0]
            node.pop("nullable")
            node["anyOf"] = [ref, null]
        for combo in ("oneOf", "anyOf"):
            if node.get("nullable") is True and isinstance(node.get(combo), list):
                node.pop("nullable")
                if not any(isinstance(v, dict) and v.get("nullable") for v in node[combo]):
                    node[combo] = [*node[combo], null]
    elif isinstance(node, list):
        return [_nullable_refs(v) for v in node]
    return node


def _is_security(err: Exception) -> bool:
    # the emulator checks tokens itself (WB's own rules, WB's own 401 bodies)
    return "Security" in type(err).__name__


def _describe(errors: Iterable[Any]) -> str:
    parts = []
    for e in errors:
        msg = str(e)
        causes = getattr(e, "schema_errors", None) or []
        cause = getattr(e, "__cause__", None)
        if not causes and cause is not None:
            causes = getattr(cause, "schema_errors", None) or []
            if not causes:
                msg = f"{msg}: {cause}"
        for c in causes[:3]:
            where = ".".join(str(p) for p in getattr(c, "absolute_path", [])) or "value"
            msg += f"; {where}: {getattr(c, 'message', c)}"
        parts.append(msg)
    return " | ".join(parts)
