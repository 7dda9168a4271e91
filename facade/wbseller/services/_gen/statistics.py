"""client.statistics and AsyncClient.statistics: `.raw` only (no services/statistics.py yet).
Written by scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.statistics.client import AuthenticatedClient as StatisticsRaw


class StatisticsService(Service):
    """client.statistics: Wildberries Statistics API; `.raw` only (the generated functions)."""

    raw: StatisticsRaw


class AsyncStatisticsService(AsyncService):
    """AsyncClient.statistics: Wildberries Statistics API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: StatisticsRaw
