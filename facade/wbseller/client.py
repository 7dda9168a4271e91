"""`Client` and `AsyncClient`: same options, same behaviour; one per seller account.

with wbseller.Client() as wb:                 # token from WB_API_TOKEN
    limits = get_limits.sync(client=wb.content.raw)
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from .attempt import DEFAULT_ANSWER_LIMIT
from .config import Config, RateLimits
from .errors import WBError
from .limits import Limiter
from .retry import Decide
from .token import TokenInfo

if TYPE_CHECKING:  # the services load on first use (see _service); their types are for mypy
    from .ping import PingResult
    from .types import (
        AnalyticsService,
        AsyncAnalyticsService,
        AsyncCalendarService,
        AsyncChatService,
        AsyncContentService,
        AsyncDocumentsService,
        AsyncFeedbacksService,
        AsyncFinanceService,
        AsyncGeneralService,
        AsyncMarketplaceService,
        AsyncMediaService,
        AsyncPricesService,
        AsyncPromotionService,
        AsyncReturnsService,
        AsyncStatisticsService,
        AsyncSuppliesService,
        AsyncWbdService,
        CalendarService,
        ChatService,
        ContentService,
        DocumentsService,
        FeedbacksService,
        FinanceService,
        GeneralService,
        MarketplaceService,
        MediaService,
        PricesService,
        PromotionService,
        ReturnsService,
        StatisticsService,
        SuppliesService,
        WbdService,
    )

S = TypeVar("S")
A = TypeVar("A")
C = TypeVar("C", bound="_ClientBase")


class _Category(Generic[S, A]):
    """`client.<category>`: that category's service, made on first use. Typed `S` on a Client
    and `A` (its async twin, services/_gen/<spec>.py) on an AsyncClient."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.spec = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _Category[S, A]: ...
    @overload
    def __get__(self, obj: Client, owner: type | None = None) -> S: ...
    @overload
    def __get__(self, obj: AsyncClient, owner: type | None = None) -> A: ...
    def __get__(self, obj: _ClientBase | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return obj._service(self.spec)


class _ClientBase:
    _async: bool

    def __init__(
        self,
        token: str | None = None,
        *,
        wbd_token: str | None = None,
        sandbox: bool | None = None,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        retry_backoff: float = 0.5,
        rate_limits: RateLimits | None = None,
        limiter: Limiter | None = None,
        user_agent: str | None = None,
        deadline: float | None = None,
        max_answer_bytes: int | Mapping[str, int] = DEFAULT_ANSWER_LIMIT,
        proxy: str | httpx.URL | None = None,
        trust_env: bool = True,
        token_type: str | None = None,
        emulator: bool = False,
        retry: Decide | None = None,
    ) -> None:
        """
        token: the seller API token (default: $WB_API_TOKEN); wbd_token: WBD's (default $WBD_API_TOKEN).
        sandbox: use WB's sandbox hosts (default: what the token's `t` claim says).
        base_url: send every category there (the emulator, a proxy); base_urls: per category.
        max_retries: attempts after the first, for what is safe to repeat; retry_backoff: the base
            of the exponential backoff with full jitter (seconds, capped at 30).
        retry: a decision function replacing that policy, `(attempt, request, outcome) ->
            Retry(after=s) | GiveUp(reason)` (see wbseller.retry); a 4xx other than 429 and a write
            that may have reached WB are never sent again, whatever it answers.
        rate_limits: {bucket: (limit, period_seconds, burst)} overrides of the specs' limits, for
            every token type, or {bucket: {token_type: (limit, period_seconds, burst)}} per type.
        limiter: another limiter backend (default: one in-process limiter shared by all clients).
        timeout: httpx's timeouts: connecting, and each wait for the next bytes (seconds > 0, finite).
        deadline: seconds one attempt may take in all, however the answer trickles in (default: two
            read timeouts); past it DeadlineError (a read is retried). A streamed download may take
            one second more per 64 KiB it brought.
        max_answer_bytes: the largest answer read into memory, for every operation, or per
            operation {"content.product_cards_list": n, "*": n} (default 64 MiB); past it
            AnswerTooLargeError, and reading stops there.
        proxy: send every request through this proxy (http://, https://, socks5://); without it
            HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY apply as in httpx, unless
            trust_env=False. (SSL_CERT_FILE / SSL_CERT_DIR always apply: TLS is verified.)
        Options are checked here: a bad one raises InvalidRequestError (a ValueError) or TypeError
        naming it, before any request.
        token_type: the type of the seller token, whose limits WB applies (default: what the
            token's `acc` claim says; a token that does not say is paced as "personal", with a
            warning): "personal", "service", "base", "test", or "base_with_secret" for a Base token
            sent with a service's secret (WB then applies the service limits). WB's reference does
            not name the header that carries that secret, so the client does not send one: add it
            yourself (e.g. through a proxy) and say token_type="base_with_secret" to be paced by
            the service limits. Operations WB opens to some types only are refused before sending
            (TokenTypeError) when the type is known.
        emulator: True when base_url is a wbseller emulator (`wbseller emulator`, Emulator,
            EmulatorProcess): the client asks it once, here, for the rate limits it enforces (GET
            /__emulator__/limits, scaled by its time_scale) and paces by them instead of WB's, so
            a 100x faster emulator is used 100x faster; `rate_limits=` still overrides single
            buckets. Needs base_url, never a WB host; no emulator there raises TransportError (no
            answer) or InvalidRequestError (not an emulator's answer).
        """
        config = Config.build(
            token,
            wbd_token=wbd_token,
            sandbox=sandbox,
            base_url=base_url,
            base_urls=base_urls,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            rate_limits=rate_limits,
            limiter=limiter,
            user_agent=user_agent,
            deadline=deadline,
            max_answer_bytes=max_answer_bytes,
            proxy=proxy,
            trust_env=trust_env,
            token_type=token_type,
            emulator=emulator,
            retry=retry,
        )
        self._adopt(config)

    @classmethod
    def _from_config(cls: type[C], config: Config) -> C:
        """A client of an already checked config (Accounts.client: no options to check again)."""
        client = cls.__new__(cls)
        client._adopt(config)
        return client

    def _adopt(self, config: Config) -> None:
        self._config = config
        self._services: dict[str, Any] = {}
        # threads sharing a client must get one service per category (one raw client, one
        # transport and limiter): the first use of a category builds it under this lock
        self._services_lock = threading.Lock()

    def _service(self, spec: str) -> Any:
        svc = self._services.get(spec)
        if svc is None:
            with self._services_lock:
                svc = self._services.get(spec)
                if svc is None:
                    svc = self._services[spec] = self._new_service(spec)
        return svc

    def _new_service(self, spec: str) -> Any:
        # the services (and what they import: plans, validation, dateutil…) load on first use,
        # each category's own, so `import wbseller` and a first call stay cheap
        from .services import service_classes

        sync_cls, async_cls = service_classes(spec)
        cls = async_cls if self._async else sync_cls
        return cls(self._config, spec, self._service)

    @property
    def token_info(self) -> TokenInfo | None:
        """The seller token's decoded claims (categories, read-only, sandbox, seller, expiry)."""
        return self._config.token_info

    @property
    def wbd_token_info(self) -> TokenInfo | None:
        return self._config.wbd_token_info

    @property
    def sandbox(self) -> bool:
        return self._config.sandbox

    @property
    def token_type(self) -> str:
        """The token type whose limits the client paces by (personal, service, base_with_secret,
        base, test): the `token_type` option, else the token's `acc` claim, else "personal"."""
        return self._config.token_type

    # one service per category: the sync class on a Client, its async view on an AsyncClient
    general: _Category[GeneralService, AsyncGeneralService] = _Category()
    content: _Category[ContentService, AsyncContentService] = _Category()
    prices: _Category[PricesService, AsyncPricesService] = _Category()
    marketplace: _Category[MarketplaceService, AsyncMarketplaceService] = _Category()
    promotion: _Category[PromotionService, AsyncPromotionService] = _Category()
    media: _Category[MediaService, AsyncMediaService] = _Category()
    calendar: _Category[CalendarService, AsyncCalendarService] = _Category()
    wbd: _Category[WbdService, AsyncWbdService] = _Category()
    # hosts of WB's groups the docs lack (wb-facts/2026-08-groups): `.raw` only, for now
    supplies: _Category[SuppliesService, AsyncSuppliesService] = _Category()
    statistics: _Category[StatisticsService, AsyncStatisticsService] = _Category()
    analytics: _Category[AnalyticsService, AsyncAnalyticsService] = _Category()
    finance: _Category[FinanceService, AsyncFinanceService] = _Category()
    documents: _Category[DocumentsService, AsyncDocumentsService] = _Category()
    feedbacks: _Category[FeedbacksService, AsyncFeedbacksService] = _Category()
    chat: _Category[ChatService, AsyncChatService] = _Category()
    returns: _Category[ReturnsService, AsyncReturnsService] = _Category()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._config!r}>"


class Client(_ClientBase):
    """The sync client. Thread-safe; share one per account."""

    _async = False

    def ping(self) -> dict[str, PingResult]:
        """Check every host the token may use; per category, whether it answered. A host that
        cannot be reached is reported at once (a refused connection is not retried)."""
        from .ping import EXTENSIONS, by_origin, ping_path, ping_plan, ping_targets  # on first use

        out: dict[str, PingResult] = {}
        for group in by_origin(self._config, ping_targets(self._config)):
            plan = ping_plan(group)
            try:
                spec = next(plan)
                while True:
                    try:
                        http = self._service(spec).raw.get_httpx_client()
                        response = http.get(ping_path(spec), extensions=EXTENSIONS)
                    except WBError as e:
                        spec = plan.throw(e)
                    else:
                        spec = plan.send(response)
            except StopIteration as done:
                out.update((r.category, r) for r in done.value)
        return dict(sorted(out.items()))

    def close(self) -> None:
        for svc in self._services.values():
            svc.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """The async client: the same services, awaitable."""

    _async = True

    async def ping(self) -> dict[str, PingResult]:
        """Client.ping(), each host's categories asked one after the other, the hosts at once."""
        import asyncio

        from .ping import EXTENSIONS, by_origin, ping_path, ping_plan, ping_targets  # on first use

        async def one_host(group: list[str]) -> list[PingResult]:
            plan = ping_plan(group)
            try:
                spec = next(plan)
                while True:
                    try:
                        http = self._service(spec).raw.get_async_httpx_client()
                        response = await http.get(ping_path(spec), extensions=EXTENSIONS)
                    except WBError as e:
                        spec = plan.throw(e)
                    else:
                        spec = plan.send(response)
            except StopIteration as done:
                results: list[PingResult] = done.value
                return results

        groups = by_origin(self._config, ping_targets(self._config))
        results = [r for rs in await asyncio.gather(*(one_host(g) for g in groups)) for r in rs]
        return {r.category: r for r in sorted(results, key=lambda r: r.category)}

    async def aclose(self) -> None:
        for svc in self._services.values():
            await svc.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


__all__ = ["AsyncClient", "Client"]
