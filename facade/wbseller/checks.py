"""What is refused before a request leaves: a host that is not the client's (the token goes to
WB's hosts only), an expired token, a token without the operation's category or type, a sandbox
WB does not run; and the warnings an operation deserves once (deprecated, temporarily disabled).

What depends on the operation and the token only is checked once per operation and client
(`Policy._cleared`); the expiry on every call.
"""

from __future__ import annotations

import sys
import warnings
from typing import TYPE_CHECKING, Any

import httpx

from . import attempt
from .errors import (
    InvalidRequestError,
    SandboxUnavailableError,
    TemporarilyDisabledWarning,
    TokenExpiredError,
    TokenScopeError,
    TokenTypeError,
)
from .operations import Operation

if TYPE_CHECKING:
    from .policy import Policy

_deprecation_warned: set[str] = set()
_disabled_warned: set[str] = set()  # operations WB marks temporarily disabled, warned about once
_LIBRARY_PACKAGES = ("wbseller", "wbseller_raw", "httpx", "httpcore", "asyncio", "anyio")


def before_send(
    policy: Policy,
    op: Operation[Any, Any] | None,
    request: httpx.Request,
    origins: frozenset[attempt.Origin],
    name: str,
) -> None:
    """Raise what makes the request one not to send (see the module's docstring)."""
    check_origin(request, origins, name)
    if op is None:
        return
    if op.key not in policy._cleared:  # the checks below passed for this operation before
        check_operation(policy, op, name)
        policy._cleared.add(op.key)
    check_expiry(policy, name)


def check_origin(request: httpx.Request, origins: frozenset[attempt.Origin], name: str) -> None:
    """The token goes to this client's own hosts only: an absolute URL elsewhere is refused."""
    if origins and attempt.origin(request.url) not in origins:
        url = request.url.copy_with(query=None, fragment=None)
        raise InvalidRequestError(
            f"{name}: {url} is not one of this client's hosts; wbseller sends its token "
            "only to WB's hosts of the category or the base URL you chose",
            field="url",
            value=str(url),
            limit="this client's hosts",
        )


def check_expiry(policy: Policy, name: str) -> None:
    expires = policy.expires_ts
    if expires is not None and policy.clock() >= expires:
        info = policy.token_info
        assert info is not None and info.expires_at is not None
        raise TokenExpiredError(
            f"{name}: the token expired at {info.expires_at:%Y-%m-%d %H:%M} UTC", operation=name
        )


def check_operation(policy: Policy, op: Operation[Any, Any], name: str) -> None:
    """What depends on the operation and the token only: checked once per operation."""
    info = policy.token_info
    if policy.sandbox and not op.sandbox:
        raise SandboxUnavailableError(f"{name}: WB runs no sandbox for this operation", operation=name)
    _warn_once(op, name)
    if policy.token is None:
        raise TokenScopeError(
            f"{name}: no token for the {op.category} category (pass it to the client or set "
            f"{'WBD_API_TOKEN' if op.category == 'wbd' else 'WB_API_TOKEN'})",
            operation=name,
        )
    if policy.check_scopes:
        check_token_type(policy, op, name)
    if info is None or not info.is_jwt or not policy.check_scopes:
        return
    if not any(info.allows(c) for c in op.categories):
        raise TokenScopeError(
            f"{name}: needs a token with the {' or '.join(op.categories)} category; "
            f"this token has {', '.join(sorted(info.categories)) or 'none'}",
            operation=name,
        )
    if info.read_only and op.write:
        raise TokenScopeError(f"{name}: a read-only token cannot call a write", operation=name)


def _warn_once(op: Operation[Any, Any], name: str) -> None:
    if op.deprecated and op.key not in _deprecation_warned:
        _deprecation_warned.add(op.key)
        gone = (
            f"; WB removed it (gone by {op.removed.date}: it answers 404), use "
            f"{', '.join(op.removed.successors) or 'nothing: it has no successor'}"
            if op.removed
            else ""
        )
        warnings.warn(
            f"{op.key} ({name}) is deprecated by WB{gone}",
            DeprecationWarning,
            stacklevel=caller_stacklevel(),
        )
    if op.temporarily_disabled and op.key not in _disabled_warned:
        _disabled_warned.add(op.key)
        since = op.temporarily_disabled.since
        warnings.warn(
            TemporarilyDisabledWarning(
                f"{op.key} ({name}) is temporarily disabled by WB (since {since}): it is sent, "
                "but may fail until WB turns it on again",
                operation=op.key,
                since=since,
            ),
            stacklevel=caller_stacklevel(),
        )


def check_token_type(policy: Policy, op: Operation[Any, Any], name: str) -> None:
    """WB lets only some token types call some operations (x-wb-token-types). A token whose
    type is not known (assumed Personal) goes: WB decides."""
    if not policy.token_type_known or op.allows(policy.token_type):
        return
    allowed = op.token_types or ()
    raise TokenTypeError(
        f"{name} ({op.key}): WB lets only {' and '.join(allowed)} tokens call it; this client's "
        f"token is {policy.token_type} (token_type= sets it when the token's claims do not say)",
        operation=name,
        token_type=policy.token_type,
        allowed=allowed,
    )


def caller_stacklevel() -> int:
    """The stacklevel of the user's line that led here (the first frame outside the libraries),
    so the warning shows where the user called, and Python's default filters (which show a
    DeprecationWarning for __main__ code) let it through."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.split(".")[0] not in _LIBRARY_PACKAGES:
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return 1
