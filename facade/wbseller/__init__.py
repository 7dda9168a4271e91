"""wbseller: the Python client for the Wildberries seller API.

import wbseller
with wbseller.Client() as wb:          # token from $WB_API_TOKEN
    print(wb.token_info, wb.ping())
"""

from __future__ import annotations

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
    UploadError,
    WaitTimeoutError,
    WBError,
)
from .ping import PingResult
from .token import TokenInfo

__all__ = [
    "AsyncClient",
    "AuthError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EnvelopeError",
    "ForbiddenError",
    "InvalidRequestError",
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
    "UploadError",
    "WBError",
    "WaitTimeoutError",
    "__version__",
]
