"""client.returns and AsyncClient.returns: `.raw` only (no services/returns.py yet). Written by
scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.returns.client import AuthenticatedClient as ReturnsRaw


class ReturnsService(Service):
    """client.returns: Wildberries Buyers Returns API; `.raw` only (the generated functions)."""

    raw: ReturnsRaw


class AsyncReturnsService(AsyncService):
    """AsyncClient.returns: Wildberries Buyers Returns API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: ReturnsRaw
