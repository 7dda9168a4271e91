"""client.analytics and AsyncClient.analytics: `.raw` only (no services/analytics.py yet). Written
by scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.analytics.client import AuthenticatedClient as AnalyticsRaw


class AnalyticsService(Service):
    """client.analytics: Wildberries Seller Analytics API; `.raw` only (the generated functions)."""

    raw: AnalyticsRaw


class AsyncAnalyticsService(AsyncService):
    """AsyncClient.analytics: Wildberries Seller Analytics API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: AnalyticsRaw
