"""wbseller: the Python client for the Wildberries seller API.

import wbseller
with wbseller.Client() as wb:          # token from $WB_API_TOKEN
    print(wb.token_info, wb.ping())
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .accounts import Accounts, AsyncAccounts
from .client import AsyncClient, Client
from .errors import (
    AnswerTooLargeError,
    AuthError,
    BadRequestError,
    ConflictError,
    DeadlineError,
    EnvelopeError,
    ForbiddenError,
    InvalidRequestError,
    LocalWriteError,
    MalformedResponseError,
    NotFoundError,
    OperationRemovedError,
    PaginationError,
    RateLimitError,
    RedirectError,
    ReportFailedError,
    RetryUnsafeError,
    SandboxUnavailableError,
    SchemaDriftWarning,
    ServerError,
    TemporarilyDisabledWarning,
    TLSConfigError,
    TokenExpiredError,
    TokenScopeError,
    TokenTypeError,
    TransportError,
    UnknownOutcomeError,
    UploadError,
    WaitTimeoutError,
    WBError,
    WriteOutcome,
)
from .token import TokenInfo

if TYPE_CHECKING:
    from .drift import RawItem
    from .ping import PingResult

# Loaded on first use: a first call needs neither (the answer checks of drift.py, /ping's results).
_LAZY = {"RawItem": "drift", "PingResult": "ping"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wbseller' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


# A library stays quiet until its user configures logging: without a handler here, Python's
# last-resort handler would print its warnings (a call given up, Redis gone) to stderr.
logging.getLogger("wbseller").addHandler(logging.NullHandler())

__all__ = [
    "Accounts",
    "AnswerTooLargeError",
    "AsyncAccounts",
    "AsyncClient",
    "AuthError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "DeadlineError",
    "EnvelopeError",
    "ForbiddenError",
    "InvalidRequestError",
    "LocalWriteError",
    "MalformedResponseError",
    "NotFoundError",
    "OperationRemovedError",
    "PaginationError",
    "PingResult",
    "RateLimitError",
    "RawItem",
    "RedirectError",
    "ReportFailedError",
    "RetryUnsafeError",
    "SandboxUnavailableError",
    "SchemaDriftWarning",
    "ServerError",
    "TLSConfigError",
    "TemporarilyDisabledWarning",
    "TokenExpiredError",
    "TokenInfo",
    "TokenScopeError",
    "TokenTypeError",
    "TransportError",
    "UnknownOutcomeError",
    "UploadError",
    "WBError",
    "WaitTimeoutError",
    "WriteOutcome",
    "__version__",
]
