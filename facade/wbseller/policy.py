"""What a client decided once per category: who it is, how it retries, where its limits live;
and what it decides once per operation (its bucket, that the token may call it)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .limits import Bucket, Limiter, Rate
from .operations import Operation, rate
from .pacing import host_limiter
from .retry import Decide, RetryPolicy
from .token import Secret, TokenInfo

# rate_limits overrides: per bucket, one Rate for every token type or one per type
RateOverrides = dict[str, Rate | dict[str, Rate]]


@dataclass
class Policy:
    """What a client decided once: who it is, how it retries, where its limits live."""

    token: Secret | None
    token_info: TokenInfo | None
    auth_prefix: str  # "" for seller APIs, "Bearer " for WBD
    limiter: Limiter
    rates: RateOverrides = field(default_factory=dict)  # bucket overrides
    token_type: str = "personal"  # which of WB's rows apply (x-wb-ratelimit by-token-type)
    token_type_known: bool = False  # from the client's option or the token (else: assumed Personal)
    retry: Decide = field(default_factory=RetryPolicy)  # when a failed attempt is sent again
    sandbox: bool = False
    user_agent: str = "wbseller"
    check_scopes: bool = True
    clock: Callable[[], float] = time.time  # wall clock: a token's expiry is a Unix time
    deadline: float | None = None  # seconds per attempt, all of it (see attempt.Deadline)
    answer_limits: dict[str, int] = field(default_factory=dict)  # operation key or "*" -> bytes
    # what is decided once per operation, not per call: its bucket, and that the token may call it
    _buckets: dict[tuple[str, str], Bucket] = field(default_factory=dict, repr=False, compare=False)
    account: str = field(default="", init=False)  # whose budget the buckets are (see __post_init__)
    _cleared: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        info = self.token_info
        checked = info is not None and info.is_jwt and self.check_scopes
        exp = info.expires_at if checked and info is not None else None
        self.expires_ts = exp.timestamp() if exp is not None else None  # once, not per call
        self.auth = None if self.token is None else Secret(self.auth_prefix + self.token.get())
        # Whose budget the buckets are: the seller account's (Personal), the service's (a Service
        # token: WB gives all tokens of one service one budget), else the account's per token type
        account = info.account if info else "anonymous"
        if self.token_type == "service" and info is not None and info.service_id:
            account = f"service:{info.service_id}"
        elif self.token_type != "personal":
            account = f"{account}/{self.token_type}"
        self.account = account

    def bucket(self, op: Operation[Any, Any], host: str = "") -> Bucket:
        """The operation's bucket for this client's token type; a bucket WB counts per host
        (scope host: /ping) is that host's, whatever the account."""
        b = self._buckets.get((op.key, host))
        if b is None:
            name = op.bucket_for(self.token_type)
            override = self.rates.get(name)
            if isinstance(override, dict):
                override = override.get(self.token_type)
            account = f"host:{host}" if op.scope == "host" else self.account
            row = override or rate(op, self.token_type)
            b = self._buckets[(op.key, host)] = Bucket(account, name, row)
        return b

    def limiter_for(self, op: Operation[Any, Any]) -> Limiter:
        """A bucket WB counts per host is the process's (or the shared limiter's), not the client's."""
        return host_limiter(self.limiter, op)
