"""client.documents and AsyncClient.documents: `.raw` only (no services/documents.py yet). Written
by scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.documents.client import AuthenticatedClient as DocumentsRaw


class DocumentsService(Service):
    """client.documents: Wildberries Documents API; `.raw` only (the generated functions)."""

    raw: DocumentsRaw


class AsyncDocumentsService(AsyncService):
    """AsyncClient.documents: Wildberries Documents API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: DocumentsRaw
