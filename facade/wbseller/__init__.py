"""wbseller: the Python client for the Wildberries seller API.

import wbseller
with wbseller.Client() as wb:          # token from $WB_API_TOKEN
    print(wb.token_info, wb.ping())
"""

from __future__ import annotations

import logging

from ._version import __version__
from .client import AsyncClient, Client
from .drift import RawItem
from .errors import (
    AuthError,
    BadRequestError,
    ConflictError,
    EnvelopeError,
    ForbiddenError,
    InvalidRequestError,
    LocalWriteError,
    MalformedResponseError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    RetryUnsafeError,
    SandboxUnavailableError,
    SchemaDriftWarning,
    ServerError,
    TokenExpiredError,
    TokenScopeError,
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
    "AsyncClient",
    "AuthError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EnvelopeError",
    "ForbiddenError",
    "InvalidRequestError",
    "LocalWriteError",
    "MalformedResponseError",
    "NotFoundError",
    "PaginationError",
    "PingResult",
    "RateLimitError",
    "RawItem",
    "RetryUnsafeError",
    "SandboxUnavailableError",
    "SchemaDriftWarning",
    "ServerError",
    "TokenExpiredError",
    "TokenInfo",
    "TokenScopeError",
    "TransportError",
    "UnknownOutcomeError",
    "UploadError",
    "WBError",
    "WaitTimeoutError",
    "WriteOutcome",
    "__version__",
]
