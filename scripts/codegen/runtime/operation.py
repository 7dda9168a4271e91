"""One operation of a spec as a value: what the spec says about it (route, category, limit rows,
flags) and how to build its request and read its answers. Written by scripts/codegen (copied
from scripts/codegen/runtime/operation.py); each <spec>/ops.py holds one constant per operation.

An operation's api module, models and answer shapes are imported on its first use (`build_request`,
`answers`, `body_type`, `parse`), not when its ops module is: a process pays for the operations it
calls. Nothing here knows the facade (wbseller): data flows one way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from types import ModuleType

    import httpx

    from .types import Response

BodyT = TypeVar("BodyT")
ResultT = TypeVar("ResultT", covariant=True)  # an Operation[B, X] is one of Operation[B, X | None]


class Marker:
    """A named sentinel."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NO_BODY = Marker("NO_BODY")  # the spec declares the status without a JSON body
NOT_JSON = Marker("NOT_JSON")  # a binary or text answer: nothing to check
MISSING = Marker("MISSING")  # what a builder returns for JSON that does not match its type
# what a generated parser raises on JSON it cannot take
PARSE_ERRORS: tuple[type[Exception], ...] = (ValueError, KeyError, TypeError, AttributeError)
EMPTY: Mapping[str, Any] = {}
# WB's token types (the `acc` claim), the Personal one first: x-wb-ratelimit's top row is its row
TOKEN_TYPES = ("personal", "service", "base_with_secret", "base", "test")


class Limit(NamedTuple):
    """One row of x-wb-ratelimit: `limit` requests per `period` seconds, `burst`, counted in
    `bucket` (operations WB counts together share one)."""

    bucket: str
    limit: int
    period: float
    burst: int


class Removed(NamedTuple):
    """x-wb-removed: WB no longer serves the operation (it answers 404). `date` the day it was gone
    by (None: the facts give no exact day), `successors` what replaces it ('<spec>.<operationId>')."""

    date: str | None
    successors: tuple[str, ...] = ()


class Disabled(NamedTuple):
    """x-wb-temporarily-disabled: WB marks the operation temporarily disabled, since when and why."""

    since: str
    note: str = ""


class Answer:
    """What the body of one status becomes: its generated type (or NO_BODY, NOT_JSON) and, for
    a JSON type, the generated functions: `valid(json)` whether it matches, `build(json)` the
    value the generated parser makes of it (the same attrs models) or MISSING. `build` consumes
    its input (it fills the JSON's lists with what it builds) and is None for a type the
    generated parser decides by trying (two models of one JSON kind, a File, a date)."""

    __slots__ = ("build", "type", "valid")

    def __init__(
        self,
        type: Any,
        valid: Callable[[Any], bool] | None = None,
        build: Callable[[Any], Any] | None = None,
    ) -> None:
        self.type, self.valid, self.build = type, valid, build

    def __repr__(self) -> str:
        return f"{type(self).__name__}({getattr(self.type, '__name__', self.type)!r})"


class Schemas:
    """A spec's request schemas as plain data (<spec>/_requests.py): per operationId its body
    schema and parameters, and the components they refer to (`$ref`s kept, resolved here)."""

    __slots__ = ("bodies", "components", "params")

    def __init__(
        self, components: Mapping[str, Any], bodies: Mapping[str, Any], params: Mapping[str, Any]
    ) -> None:
        self.components, self.bodies, self.params = components, bodies, params

    def resolve(self, node: Any) -> Any:
        """The node a `$ref` points at (again until it is no `$ref`); any other node as it is."""
        while isinstance(node, dict) and "$ref" in node:
            _, _, kind, name = node["$ref"].split("/", 3)
            node = self.components[kind][name]
        return node


class Loaded:
    """What an operation's first use imports."""

    __slots__ = ("answers", "api", "body_type", "parse", "request", "response")

    def __init__(
        self,
        api: ModuleType,
        request: Callable[..., dict[str, Any]],
        parse: Callable[..., Any],
        response: type[Response[Any]],
        body_type: Any,
        answers: Mapping[int, Answer],
    ) -> None:
        self.api, self.request, self.parse, self.response = api, request, parse, response
        self.body_type, self.answers = body_type, answers


class Operation(Generic[BodyT, ResultT]):
    """One operation: `BodyT` its request body type (None: no body), `ResultT` what its success
    answers parse to. Spec facts are plain attributes; the rest loads on first use."""

    __slots__ = (
        "_load",
        "_loaded",
        "_schemas",
        "also_categories",
        "category",
        "cost_4xx",
        "cost_409",
        "deprecated",
        "extensions",
        "idempotent",
        "key",
        "limits",
        "method",
        "module",
        "operation_id",
        "params",
        "path",
        "read",
        "removed",
        "sandbox",
        "scope",
        "server",
        "spec",
        "statuses",
        "temporarily_disabled",
        "token_types",
        "write",
    )

    def __init__(
        self,
        spec: str,
        operation_id: str,
        method: str,
        path: str,
        *,
        category: str,
        also_categories: tuple[str, ...] = (),
        limit: Limit,
        by_token_type: Mapping[str, Limit] = EMPTY,
        scope: str = "account",
        token_types: tuple[str, ...] | None = None,
        cost_409: int = 1,
        cost_4xx: int = 1,
        idempotent: bool,
        write: bool,
        read: bool = False,
        deprecated: bool = False,
        removed: Removed | None = None,
        temporarily_disabled: Disabled | None = None,
        sandbox: bool,
        server: str | None = None,
        extensions: Mapping[str, Any] = EMPTY,
        params: tuple[str, ...] = (),
        statuses: tuple[int, ...],
        module: str,
        load: Callable[[], Loaded],
        schemas: Callable[[], Schemas] | None = None,
    ) -> None:
        self.key = f"{spec}.{operation_id}"
        self.spec, self.operation_id, self.method, self.path = spec, operation_id, method, path
        self.category, self.also_categories = category, also_categories
        # token type -> its row (x-wb-ratelimit: the top row is the Personal one and that of every
        # type `by-token-type` does not name)
        self.limits: Mapping[str, Limit] = {t: by_token_type.get(t, limit) for t in TOKEN_TYPES}
        # "account": counted per seller account and token type; "host": per host, whoever calls
        # (/ping)
        self.scope = scope
        self.token_types = token_types  # the token types WB lets call it (None: every type)
        self.cost_409 = cost_409  # what WB charges for a 409 (x-wb-ratelimit-409-cost)
        self.cost_4xx = cost_4xx  # what WB charges for any 4xx but a 429 (x-wb-4xx-cost)
        # idempotent: safe to send again; write: changes state (a read-only token may not call
        # it); read: a POST that only reads (x-wb-read)
        self.idempotent, self.write, self.read = idempotent, write, read
        self.deprecated, self.removed = deprecated, removed
        self.temporarily_disabled = temporarily_disabled
        self.sandbox = sandbox  # WB runs a sandbox for it
        self.server = server  # a host other than its spec's (the operation's own `servers`)
        self.extensions = extensions  # its other x-wb-* keys, as given
        self.params = params  # the generated request builder's parameters, body aside
        self.statuses = statuses  # every status the spec declares
        self.module = module  # the generated api module (sync_detailed, asyncio_detailed…)
        self._load, self._loaded = load, None
        self._schemas = schemas

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category, *self.also_categories)

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def bucket(self) -> str:
        """The Personal row's bucket (see limit_for)."""
        return self.limits["personal"].bucket

    def limit_for(self, token_type: str) -> Limit:
        """WB's row for a token of this type (the sandbox's `test` type has buckets of its own)."""
        return self.limits[token_type]

    def bucket_for(self, token_type: str) -> str:
        """The bucket a token of this type spends from."""
        return self.limits[token_type].bucket

    def cost(self, status: int) -> int:
        """How many requests WB counts for an answer with this status: a 4xx (not a 429) costs
        x-wb-4xx-cost, else a 409 x-wb-ratelimit-409-cost, else 1."""
        if 400 <= status < 500 and status != 429:
            if self.cost_4xx > 1:
                return self.cost_4xx
            if status == 409:
                return self.cost_409
        return 1

    def allows(self, token_type: str) -> bool:
        """Whether a token of this type may call the operation (x-wb-token-types). A Base token sent
        with a service secret is WB's service access: it may call what a Service token may."""
        if self.token_types is None:
            return True
        return token_type in self.token_types or (
            token_type == "base_with_secret" and "service" in self.token_types
        )

    def __repr__(self) -> str:
        return f"<Operation {self.key}: {self.method} {self.path}>"

    # --- the spec's bounds of a request (generated data: <spec>/_requests.py) ---
    @property
    def schemas(self) -> Schemas:
        """The spec's request schemas (resolve `$ref`s of the schemas below with it)."""
        if self._schemas is None:
            return Schemas({}, {}, {})
        return self._schemas()

    def body_schema(self) -> dict[str, Any]:
        """The request body's schema ({} without a body)."""
        s = self.schemas
        return s.resolve(s.bodies.get(self.operation_id, {}))  # type: ignore[no-any-return]

    def schema(self, path: str = "") -> dict[str, Any]:
        """The request body's sub-schema at a dotted path ("data", "settings.cursor.limit", "[]"
        for array items); a nullable `allOf: [$ref]` is looked through."""
        s = self.schemas
        node: Any = self.body_schema()
        for part in [p for p in path.split(".") if p]:
            node = s.resolve(node)
            if "properties" not in node and len(node.get("allOf") or ()) == 1:
                node = s.resolve(node["allOf"][0])
            try:
                node = s.resolve(node["items"] if part == "[]" else node.get("properties", {})[part])
            except KeyError:
                raise LookupError(f"{self.key}: no {path!r} in the request body") from None
        return node  # type: ignore[no-any-return]

    def max_items(self, path: str = "") -> int:
        """The batch size WB allows for the array at `path` of the request body."""
        value = self.schema(path).get("maxItems")
        if value is None:
            raise LookupError(f"{self.key}: no maxItems at {path or 'the body'}")
        return int(value)

    @property
    def parameters(self) -> tuple[dict[str, Any], ...]:
        """The spec's parameters (name, in, required, schema…), `$ref`s resolved."""
        s = self.schemas
        return tuple(s.resolve(p) for p in s.params.get(self.operation_id, ()))

    def param(self, name: str) -> dict[str, Any]:
        """The schema of the parameter `name` (its spec name: "limit", "nmID")."""
        for p in self.parameters:
            if p["name"] == name:
                return self.schemas.resolve(p.get("schema") or {})  # type: ignore[no-any-return]
        raise LookupError(f"{self.key} has no parameter {name}")

    def loaded(self) -> Loaded:
        """Import the operation's api module, models and answer shapes (once)."""
        loaded = self._loaded
        if loaded is None:
            loaded = self._loaded = self._load()
        return loaded

    @property
    def api(self) -> ModuleType:
        """The generated api module (sync, sync_detailed, asyncio, asyncio_detailed)."""
        return self.loaded().api

    @property
    def body_type(self) -> Any:
        """The generated type of the request body (Unset left out), None without a body."""
        return self.loaded().body_type

    @property
    def answers(self) -> Mapping[int, Answer]:
        """Status -> Answer, for every status the spec declares (an error status's Answer has its
        type only: the facade maps error answers in its transport)."""
        return self.loaded().answers

    def build_request(self, **params: Any) -> dict[str, Any]:
        """The keyword arguments of `httpx.Client.request` that the generated function sends
        (method, url, params, json/content/files, headers); `body=` a generated body value."""
        return self.loaded().request(**params)

    def parse(self, client: Any, response: httpx.Response) -> Response[ResultT]:
        """The generated parser's Response for an answer (it raises on JSON it cannot take)."""
        return self.loaded().parse(client=client, response=response)  # type: ignore[no-any-return]

    def respond(self, response: httpx.Response, parsed: Any) -> Response[ResultT]:
        """The generated Response around a value parsed elsewhere."""
        return self.loaded().response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=parsed,
        )
