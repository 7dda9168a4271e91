"""`Emulator`: the WB emulator on 127.0.0.1, in a background thread (or standalone).

with Emulator(time_scale=0.01) as emu:
    token = emu.make_token(categories=["content", "prices"])
    client = wbseller.Client(token, base_url=emu.base_url, emulator=True)   # paced by its limits
"""

from __future__ import annotations

import secrets
import shutil
import socket
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

import uvicorn

from . import auth
from .app import EmulatorApp, RecordedRequest
from .arrival import ArrivalProtocol
from .clock import Clock
from .faults import Faults
from .handlers import SellerState
from .operations import Operations
from .ratelimit import BucketSpec, RateLimits
from .validation import Validator

DEFAULT_SELLER = "3f2a7c1e-5b8d-4e6f-9a0b-1c2d3e4f5a6b"


class State:
    """All sellers' data. `emu.state.seller(sid)`; `emu.state.<store>` is the default seller's."""

    def __init__(self, emulator: Emulator) -> None:
        self._emulator = emulator
        self._sellers: dict[str, SellerState] = {}
        self.lock = threading.RLock()

    def seller(self, seller_id: str | None = None) -> SellerState:
        sid = seller_id or self._emulator.default_seller
        with self.lock:
            st = self._sellers.get(sid)
            if st is None:
                st = self._sellers[sid] = SellerState(sid, self._emulator)
            return st

    @property
    def default(self) -> SellerState:
        return self.seller()


class Emulator:
    """The WB seller API on 127.0.0.1 (a real HTTP server in a background thread): every
    operation of the specs, WB's tokens, rate limits (429 with WB's headers), error bodies, and
    the stores behind them (cards created asynchronously, price uploads and quarantine, the
    campaign status machine, WBD chunked uploads...). Use it as a context manager:

    >>> import wbseller
    >>> from wbseller_emulator import Emulator
    >>> with Emulator(time_scale=0.01) as emu:  # WB's limits and delays 100x faster
    ...     made = emu.seed("content", "seed_cards", {"n": 250})
    ...     token = emu.make_token(["content"])
    ...     with wbseller.Client(token, base_url=emu.base_url, emulator=True) as wb:  # its limits
    ...         print(made, sum(1 for _ in wb.content.iter_cards()))
    250 250

    Seeding (each seller's data starts empty; `seller_id=` for another seller than the
    tokens' default one): `emu.seed(category, method, kwargs)` calls a store's `seed_*` method,
    in this process or over POST /__emulator__/seed for one in another process:

    - ("content", "seed_cards", {"n", "subject_id", "with_photos", "variants_per_card", "brand"})
      product cards, at once (no creation queue);
    - ("prices", "seed_goods", {"n", "editable_every"}) goods with prices, discounts, sizes;
    - ("marketplace", "seed_stocks", {"warehouse_id", "n", "amount"}) barcodes with stock in a
      warehouse (create the warehouse first: `store(MarketplaceStore).add_warehouse`, or the API);
    - ("promotion", "seed_campaigns", {"n", "types", "statuses", "budget"}) campaigns,
      ("promotion", "seed_products", {"n", "subject_ids"}) product cards a campaign can take, and
      ("promotion", "seed_stats", {"advert_id", "first", "days"}) a campaign's statistics;
    - ("media", "seed_media_campaigns", {"n", "types", "statuses"}) media campaigns, and
      ("media", "seed_media_stats", {"advert_id", "first", "days"}) their statistics;
    - ("calendar", "seed_promotions", {"n", "days", "auto_every"}) promotions, and
      ("calendar", "seed_nomenclatures", {"promotion_id", "n", "nms", "in_action"}) their products;
    - ("wbd", "seed_offers", {"n", "section", "status", "price"}) WBD offers;
    - ("statistics", "seed_orders" / "seed_sales", {"n", "start", "days", "cancel_every" /
      "return_every"}) rows of the orders and sales feeds;
    - ("finance", "seed_realization", {"weeks", "rows", "start", "period"}) realization reports,
      ("finance", "seed_acquiring", {"reports", "rows", "start"}) acquiring reports;
    - ("analytics", "seed_order_feed", {"n", "days", "cancel_every", "buyout_every"}) the order
      feed, ("analytics", "seed_csv_failures", {"n"}) CSV reports that fail once;
    - ("documents", "seed_documents", {"n", "days", "categories"}) documents;
    - ("feedbacks", "seed_feedbacks", {"n", "answered_every", "archived_every", "returnable_every"})
      feedbacks, ("feedbacks", "seed_questions", {"n", "answered_every"}) questions;
    - ("chat", "seed_chats", {"n", "messages", "with_attachments"}) chats with buyers' messages;
    - ("returns", "seed_claims", {"n", "archived_every"}) buyers' claims;
    - ("supplies", "seed_supplies", {"n", "statuses"}) FBW supplies with goods and packages;
    - ("orders", "seed_fbs_orders" / "seed_dbs_orders" / "seed_cc_orders" / "seed_dbw_orders",
      {"n", "required_meta", "optional_meta"}) new marketplace orders of each kind.

    For finer control the stores themselves: `emu.state.default.store(ContentStore).add_card(...)`
    (`wbseller_emulator.handlers.<category>.<Category>Store`, methods `add_*`, `seed_*` and
    read-outs such as `stocks()`, `uploads()`), or `emu.state.seller(seller_id).store(...)`.

    What tests use besides: `faults` (scripted 5xx, 429 storms, delays, dropped connections),
    `requests` (what arrived, never the Authorization header), `reset()`, `settings` (store knobs
    in virtual seconds, e.g. {"content.card_delay": 2.0}), `limits.add_foreign_load` (another
    program spending the same allowance), `response_errors` / `handler_errors` (strict mode).
    Admin endpoints under /__emulator__/: health, token, seed, reset, requests, faults,
    foreign-load, limits (GET: `client_rate_limits()`, which `Client(..., emulator=True)` and
    `wbseller --emulator-limits` read).
    Every endpoint refuses (403) a Host or a browser's Origin other than the bound address and
    localhost (`allowed_hosts=` adds names): a web page cannot seed, reset or call it.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        time_scale: float = 1.0,
        limits_scale: float | None = None,
        rate_limits: bool | dict[str, Any] = True,
        strict: bool = True,
        validate_requests: bool = True,
        secret: bytes | None = None,
        seed: int = 0,
        settings: dict[str, Any] | None = None,
        default_seller: str = DEFAULT_SELLER,
        workdir: str | Path | None = None,
        allowed_hosts: tuple[str, ...] = (),
    ) -> None:
        """
        time_scale: how many real seconds one of the emulator's seconds lasts (its clock runs
            1/time_scale times as fast as a real one): 0.01 makes WB's rate limits, processing
            delays and the data's clock (promotion dates, card timestamps) 100x faster.
        limits_scale: the same for the rate limits alone (default: time_scale). With
            time_scale=1.0 and limits_scale=0.01 the data's clock stays real (a promotion seeded
            as running still runs an hour later) while the limits are 100x looser: a client
            paced by them (`Client(..., emulator=True)`) runs 100x faster.
        rate_limits: True (the specs' buckets), False (none) or overrides {bucket: (limit, period,
            burst)} for every token type, or {bucket: {token_type: (limit, period, burst)}}.
        strict: validate every answer against the spec (a bad one becomes a 500 and is recorded).
        secret: HS256 key for minted tokens (random by default); unsigned tokens are accepted too.
        settings: per-store knobs, e.g. {"content.card_delay": 2.0} (virtual seconds).
        allowed_hosts: more host names requests may give (Host, a browser's Origin) than the bound
        address and localhost / 127.0.0.1 / ::1; any other gets 403 on every endpoint (a web page
        reaching the emulator through DNS rebinding or a cross-site POST).
        """
        from wbseller_raw.tables import BUCKETS, OPERATIONS

        self.host = host
        self.port = port
        self.allowed_hosts = tuple(allowed_hosts)
        self.clock = Clock(time_scale)
        # the rate limits' own clock when they are scaled apart from the data's
        self.limits_clock = self.clock if limits_scale is None else Clock(limits_scale)
        self.operations = Operations()
        # WB states the buckets counted per host (/ping) as "at most N per period": a window
        windows = {
            row["bucket"] for m in OPERATIONS.values() if m["scope"] == "host" for row in m["limits"].values()
        }
        specs: dict[str, dict[str, BucketSpec]] = {
            name: {
                t: BucketSpec(v["limit"], v["period"], v["burst"], name in windows)
                for t, v in per_type.items()
            }
            for name, per_type in BUCKETS.items()
        }
        for name, value in (rate_limits if isinstance(rate_limits, dict) else {}).items():
            types = list(specs.get(name) or ("personal",))
            per_type: dict[str, Any] = value if isinstance(value, dict) else dict.fromkeys(types, value)
            for t, (limit, period, burst) in per_type.items():
                specs.setdefault(name, {})[t] = BucketSpec(limit, period, burst, name in windows)
        self.limits = RateLimits(specs, self.limits_clock, enabled=rate_limits is not False)
        self.faults = Faults(seed)
        self.validator = Validator(self.operations)
        self.strict = strict
        self.validate_requests = validate_requests
        self.secret = secret if secret is not None else secrets.token_bytes(32)
        self.settings = dict(settings or {})
        self._initial_settings = dict(self.settings)
        self.default_seller = default_seller
        self.state = State(self)
        self.requests: list[RecordedRequest] = []
        self.generation = 0  # bumped by reset(): requests from before it are dropped
        self.response_errors: list[str] = []  # answers that broke the spec (strict mode)
        self.handler_errors: list[str] = []  # handler crashes
        self._own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="wbemu-"))
        self.app = EmulatorApp(self)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    # --- lifecycle ---------------------------------------------------------------------------
    def _config(self) -> uvicorn.Config:
        return uvicorn.Config(
            self.app,
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_keep_alive=30,
            limit_concurrency=None,
            http=ArrivalProtocol,  # each request stamped as it arrives (arrival.py)
        )

    def start(self) -> Emulator:
        if self._thread is not None:
            return self
        if self.strict or self.validate_requests:
            self.validator.warm()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((self.host, self.port))
        self.port = self._sock.getsockname()[1]
        self._server = uvicorn.Server(self._config())
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, name="wbseller-emulator", daemon=True
        )
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the emulator failed to start")
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def serve_forever(self) -> None:
        """Run in the foreground (python -m wbseller_emulator)."""
        if self.strict or self.validate_requests:
            self.validator.warm()
        uvicorn.Server(
            uvicorn.Config(
                self.app,
                host=self.host,
                port=self.port,
                lifespan="off",
                log_level="info",
                access_log=False,
                http=ArrivalProtocol,
            )
        ).run()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what tests use ----------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def make_token(
        self,
        categories: list[str] | tuple[str, ...] = ("content", "prices", "marketplace", "promotion"),
        *,
        read_only: bool = False,
        sandbox: bool = False,
        expires_in: float = 180 * 86400,
        seller_id: str | None = None,
        signed: bool = True,
        token_type: str | None = "personal",
        service_id: str = auth.DEFAULT_SERVICE,
    ) -> str:
        """A WB-shaped JWT for this emulator, with the claims WB puts in: `s` (the categories'
        bits, and read-only), `t` (sandbox), `sid` (the seller: whose data and whose rate limits),
        `exp`, and the token type's `acc` and `for`. categories may be ["wbd"] alone (a WBD token,
        no `s`). The client reads these claims (scopes, expiry, type) but never checks the
        signature; the emulator does.

        token_type: "personal" (acc 3), "service" (acc 4, `for` "asid:<service_id>": all tokens
        of one service share its limits), "base" (acc 1), "test" (acc 2; sandbox=True makes one
        too), or None: a token without `acc`, whose type the client cannot read (it paces it as
        Personal and warns; the emulator applies the Personal limits too). The emulator limits
        each type by its rows (x-wb-ratelimit by-token-type) and refuses a type an operation does
        not take (x-wb-token-types) with a 401. A Base token sent with a service's secret (WB's
        base_with_secret) cannot be made: WB's reference names no header for the secret.

        signed=True: HS256 with this emulator's `secret` (random per emulator unless given), so
        only this emulator accepts it, and a tampered one gets WB's 401. signed=False: `alg` none
        and an empty signature, which every emulator accepts whatever its secret (another
        process, a restarted one): a token to keep in a fixture file or an environment variable.
        WB itself would refuse both."""
        return auth.mint(
            self.secret if signed else None,
            categories=categories,
            read_only=read_only,
            sandbox=sandbox,
            expires_in=expires_in,
            seller_id=seller_id or self.default_seller,
            token_type=token_type,
            service_id=service_id,
        )

    def client_rate_limits(self, slack: float = 1.0) -> dict[str, dict[str, tuple[int, float, int]]]:
        """The buckets as this emulator enforces them in real time (scaled), per token type, for
        Client(rate_limits=): {bucket: {token_type: (limit, period_seconds, burst)}}.
        slack > 1 paces the client that much slower (tests about other things than timing).
        `Client(..., emulator=True)` asks for them itself (GET /__emulator__/limits)."""
        s = self.limits_clock.time_scale * slack
        return {
            name: {t: (b.limit, b.period * s, b.burst) for t, b in per_type.items()}
            for name, per_type in self.limits.specs.items()
        }

    def reset(self) -> None:
        """Forget all data, faults, recorded requests and limits; settings and the clock back to the
        start."""
        self.generation += 1
        self.clock.reset()
        if self.limits_clock is not self.clock:
            self.limits_clock.reset()
        with self.state.lock:
            self.state = State(self)
        self.settings = dict(self._initial_settings)
        self.limits.reset()
        self.faults.clear()
        self.requests.clear()
        self.response_errors.clear()
        self.handler_errors.clear()

    def seed(
        self, category: str, method: str, kwargs: dict[str, Any] | None = None, seller_id: str | None = None
    ) -> int:
        """Call a store's seeding method (`seed_*` only), e.g. ("content", "seed_cards", {"n": 1000}):
        what an emulator in another process (benchmarks, the demo) is seeded with, over
        POST /__emulator__/seed. Returns how many things were made. The methods are listed in
        the class docstring."""
        import importlib

        if not method.startswith("seed_"):
            raise ValueError("only seed_* methods can be called")
        module = importlib.import_module(f"wbseller_emulator.handlers.{category}")
        cls = getattr(module, f"{category.capitalize()}Store")
        with self.state.lock:
            made = getattr(self.state.seller(seller_id).store(cls), method)(**(kwargs or {}))
        return len(made) if hasattr(made, "__len__") else 1

    @staticmethod
    def new_seller_id() -> str:
        return str(uuid.uuid4())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


__all__ = ["DEFAULT_SELLER", "Emulator", "State", "free_port"]
