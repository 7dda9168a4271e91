"""client.finance and AsyncClient.finance: `.raw` only (no services/finance.py yet). Written by
scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.finance.client import AuthenticatedClient as FinanceRaw


class FinanceService(Service):
    """client.finance: Wildberries Finance API; `.raw` only (the generated functions)."""

    raw: FinanceRaw


class AsyncFinanceService(AsyncService):
    """AsyncClient.finance: Wildberries Finance API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: FinanceRaw
