"""client.supplies and AsyncClient.supplies: `.raw` only (no services/supplies.py yet). Written by
scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.supplies.client import AuthenticatedClient as SuppliesRaw


class SuppliesService(Service):
    """client.supplies: Wildberries FBW Supplies API; `.raw` only (the generated functions)."""

    raw: SuppliesRaw


class AsyncSuppliesService(AsyncService):
    """AsyncClient.supplies: Wildberries FBW Supplies API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: SuppliesRaw
