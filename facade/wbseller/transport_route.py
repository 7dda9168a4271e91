"""What a call of one operation through one transport decides the same way every time: which
operation it is, its name in messages, its bucket and limiter, how large its answer may be.
Found once per (method, path) and transport, not per call (the per-call work is the transport's
fast path: see transport.Call)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from . import attempt
from .failures import OPERATION
from .operations import Operation, match

if TYPE_CHECKING:
    from .limits import Bucket, Limiter
    from .policy import Policy

ROUTES_KEPT = 512  # routes a transport remembers: `.raw` calls of templated paths name many


class Route:
    """One operation (or an unknown route) as a transport sends it."""

    __slots__ = ("answer_limit", "bucket", "limiter", "name", "op", "per_host", "server")

    def __init__(
        self, policy: Policy, op: Operation[Any, Any] | None, name: str, server_override: str | None
    ):
        self.op, self.name = op, name
        # an operation served by another host than its spec's (e.g. /general/health)
        self.server = (
            httpx.URL(op.server) if op is not None and op.server and server_override is None else None
        )
        self.per_host = op is not None and op.scope == "host"  # its bucket is the host's (see Call)
        self.bucket: Bucket | None = None
        self.limiter: Limiter = policy.limiter
        if op is not None:
            self.limiter = policy.limiter_for(op)
            if not self.per_host:
                self.bucket = policy.bucket(op)
        self.answer_limit = attempt.answer_limit(policy.answer_limits, op.key if op else None)


def find_route(
    policy: Policy,
    spec: str,
    base_path: str,
    request: httpx.Request,
    server_override: str | None,
    routes: dict[tuple[Any, ...], Route] | None,
) -> Route:
    """The request's route: a facade call names its operation; a `.raw`/`.http` request is
    matched by its path (without the base URL's path)."""
    path = request.url.path
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :] or "/"
    named = request.extensions.get(OPERATION)
    key = (request.method, path, named is None)
    route = routes.get(key) if routes is not None else None
    if route is None or (named is not None and route.op is not named):
        op = named or match(spec, request.method, path)
        route = Route(policy, op, f"{request.method} {path}", server_override)
        if routes is not None and len(routes) < ROUTES_KEPT:
            routes[key] = route
    return route
