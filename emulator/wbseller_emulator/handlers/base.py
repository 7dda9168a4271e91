"""What a stateful handler sees and returns, and how handlers and per-seller stores register.

    @handler("content.product_cards_list")
    def cards_list(ctx: Ctx) -> Any:
        store = ctx.store(ContentStore)
        ...
        return {"cards": [...], "cursor": {...}}      # JSON, first success status
        # or Reply(204) / Reply(206, content=b"...", headers={...}, media_type=...)
        # or raise ApiError(400, "…") — shaped as the operation's declared error

An operation WB added before our specs name it is served by WB's method and path instead, so that
it is wired whatever operationId the spec gives it:

    @route("PATCH", "/api/v3/orders/{orderId}/cancel")      # marketplace's, by default
    def cancel(ctx: Ctx) -> Any: ...

Handlers run on the emulator's event loop under the state lock: keep them quick and in memory
(big blobs go to files under ctx.workdir). Delays are virtual seconds: compare with ctx.now().
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import ApiError

if TYPE_CHECKING:
    from ..operations import Operation
    from ..server import Emulator

HANDLERS: dict[str, Callable[[Ctx], Any]] = {}
S = TypeVar("S")


def handler(*op_keys: str) -> Callable[[Callable[[Ctx], Any]], Callable[[Ctx], Any]]:
    def register(fn: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
        for key in op_keys:
            if key in HANDLERS:
                raise ValueError(f"two handlers for {key}")
            HANDLERS[key] = fn
        return fn

    return register


# handlers by WB's method and path template: {("PATCH", "/api/v3/orders/{}/cancel"): fn}
ROUTES: dict[tuple[str, str], Callable[[Ctx], Any]] = {}


def template(path: str) -> str:
    """A path template without its parameters' names: /api/v3/orders/{orderId} -> /api/v3/orders/{}."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def route(
    method: str, path: str, spec: str = "marketplace"
) -> Callable[[Callable[[Ctx], Any]], Callable[[Ctx], Any]]:
    """A handler for WB's `method path` on the host of `spec`, whatever operationId the spec gives
    it: it serves the operation with that method and path template as soon as the spec has one
    (the operations WB added before our specs name them are written against WB's facts this way),
    and `ROUTES` keeps it for a test to wire to an operation drafted from the facts."""

    def register(fn: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
        from wbseller_raw.tables import OPERATIONS

        key = (method, template(path))
        if key in ROUTES:
            raise ValueError(f"two handlers for {method} {path}")
        ROUTES[key] = fn
        for op_key, meta in OPERATIONS.items():
            same = meta["spec"] == spec and meta["method"] == method and template(meta["path"]) == key[1]
            if same and not meta.get("removed"):
                handler(op_key)(fn)
        return fn

    return register


@dataclass
class Reply:
    status: int
    json: Any = None
    content: bytes | None = None
    media_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    no_body: bool = False  # 204-style answers
    # stream a file's bytes [offset, offset+length) instead of `content` (big WBD downloads)
    file: Path | None = None
    offset: int = 0
    length: int | None = None


class SellerState:
    """One seller account's data: one store object per store class, created on first use."""

    def __init__(self, seller_id: str, emulator: Emulator) -> None:
        self.seller_id = seller_id
        self.emulator = emulator
        self._stores: dict[type, Any] = {}

    def store(self, cls: type[S]) -> S:
        st = self._stores.get(cls)
        if st is None:
            st = self._stores[cls] = cls(self)  # type: ignore[call-arg]
        return st

    def setting(self, name: str, default: Any) -> Any:
        return self.emulator.settings.get(name, default)

    def now(self) -> float:
        return self.emulator.clock.now()


@dataclass
class Ctx:
    op: Operation
    seller: SellerState
    query: dict[str, list[str]]
    path_params: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def store(self, cls: type[S]) -> S:
        return self.seller.store(cls)

    def path_value(self) -> str:
        """The path's one parameter, whatever the spec names it (route() handlers)."""
        return next(iter(self.path_params.values()))

    def refuse(self, detail: str) -> ApiError:
        """The error for a request this operation cannot take, in the status its spec declares for
        that (400, else 422; 400 where it declares neither)."""
        return ApiError(self.op.refusal_status or 400, detail)

    def json(self) -> Any:
        """The JSON body (None without one). Unreadable: refused where the operation declares a
        refusal, else taken as no body (WB documents no refusal there)."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError as e:
            if self.op.refusal_status is None:
                return None
            raise self.refuse(f"request body is not valid JSON: {e}") from e

    def arg(self, name: str, default: Any = None, cast: Callable[[str], Any] = str) -> Any:
        """One query parameter, cast; comma-joined lists stay strings (use args()). A value that
        does not cast is refused where the operation declares a refusal, else ignored (default)."""
        values = self.query.get(name)
        if not values:
            return default
        try:
            return cast(values[0])
        except ValueError as e:
            if self.op.refusal_status is None:
                return default
            raise self.refuse(f"invalid value for {name}: {values[0]!r}") from e

    def args(self, name: str, cast: Callable[[str], Any] = str) -> list[Any]:
        """A query list, sent as repeated keys or comma-joined. A part that does not cast is refused
        where the operation declares a refusal, else left out."""
        out = []
        for v in self.query.get(name, []):
            for part in v.split(","):
                if part.strip():
                    try:
                        out.append(cast(part.strip()))
                    except ValueError as e:
                        if self.op.refusal_status is None:
                            continue
                        raise self.refuse(f"invalid value for {name}: {part!r}") from e
        return out

    def now(self) -> float:
        return self.seller.now()

    def setting(self, name: str, default: Any) -> Any:
        return self.seller.setting(name, default)

    @property
    def workdir(self) -> Path:
        return self.seller.emulator.workdir
