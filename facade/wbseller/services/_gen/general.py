"""client.general and AsyncClient.general: `.raw` only (no services/general.py yet). Written by
scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.general.client import AuthenticatedClient as GeneralRaw


class GeneralService(Service):
    """client.general: Wildberries General API; `.raw` only (the generated functions)."""

    raw: GeneralRaw


class AsyncGeneralService(AsyncService):
    """AsyncClient.general: Wildberries General API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: GeneralRaw
