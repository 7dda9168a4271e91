"""client.statistics and AsyncClient.statistics: StatisticsService and AsyncStatisticsService.
Written by scripts/async_types.py from services/statistics.py: do not edit (`make generate` rewrites
it, `make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.statistics import StatisticsOps

if TYPE_CHECKING:
    from wbseller_raw.statistics.client import AuthenticatedClient as StatisticsRaw


class StatisticsService(StatisticsOps, Service):
    """client.statistics: Statistics (statistics-api): the orders and sales feeds, read by WB's
    `lastChangeDate` rule."""

    raw: StatisticsRaw


class AsyncStatisticsService(StatisticsOps, AsyncService):
    """AsyncClient.statistics: the operations of StatisticsService, awaitable / async-iterable."""

    raw: StatisticsRaw
