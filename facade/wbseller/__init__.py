"""wbseller: the Python client for the Wildberries seller API.

import wbseller
with wbseller.Client() as wb:          # token from $WB_API_TOKEN
    print(wb.token_info, wb.ping())
"""

from __future__ import annotations

import logging

from ._version import __version__
from .accounts import Accounts, AsyncAccounts
from .client import AsyncClient, Client
from .drift import RawItem
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
from .ping import PingResult
from .token import TokenInfo

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
