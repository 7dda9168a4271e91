"""client.documents and AsyncClient.documents: DocumentsService and AsyncDocumentsService. Written
by scripts/async_types.py from services/documents.py: do not edit (`make generate` rewrites it,
`make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.documents import DocumentsOps

if TYPE_CHECKING:
    import os
    from collections.abc import Awaitable, Iterable
    from datetime import date, datetime
    from pathlib import Path
    from typing import Any

    from wbseller.pagination import AsyncPages
    from wbseller_raw.documents.client import AuthenticatedClient as DocumentsRaw


class DocumentsService(DocumentsOps, Service):
    """client.documents: Documents (documents-api): the seller's documents, listed and downloaded."""

    raw: DocumentsRaw


class AsyncDocumentsService(DocumentsOps, AsyncService):
    """AsyncClient.documents: the operations of DocumentsService, awaitable / async-iterable."""

    raw: DocumentsRaw

    if TYPE_CHECKING:

        def categories(  # type: ignore[override]
            self, *, locale: str | None = None
        ) -> Awaitable[list[dict[str, Any]]]:
            """The document categories ({name, title}). WB operation: `GET /api/v1/documents/categories`."""

        def iter_documents(
            self,
            *,
            begin: date | datetime | str | None = None,
            end: date | datetime | str | None = None,
            category: str | None = None,
            service_name: str | None = None,
            sort: str | None = None,
            order: str | None = None,
            locale: str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[dict[str, Any]]:
            """Every document (dicts: serviceName, name, category, extensions, creationTime, viewed),
            created `begin`..`end` (days, inclusive), of a category / one serviceName, sorted by
            `sort` ("date", "category") and `order` ("desc", "asc"); limit/offset, 50 a page (WB's
            maximum). WB operation: `GET /api/v1/documents/list` (documents_list).
            """

        def download(  # type: ignore[override]
            self, service_name: str, extension: str, path: str | os.PathLike[str]
        ) -> Awaitable[Path]:
            """One document in one of its formats (`extension`, from its `extensions`), written to
            `path`. Returns the path. WB operation: `GET /api/v1/documents/download` (document_download).
            """

        def download_many(  # type: ignore[override]
            self,
            documents: Iterable[tuple[str, str] | dict[str, str]],
            directory: str | os.PathLike[str],
            *,
            extract: bool = False,
        ) -> Awaitable[list[Path]]:
            """Several documents, (serviceName, extension) pairs or {serviceName, extension}: WB sends
            them as one ZIP per request of at most 50 (more are split), written into `directory`
            as documents-1.zip, documents-2.zip, …; `extract=True` unzips them there instead.
            Returns the files written. WB operation: `POST /api/v1/documents/download/all`.
            """
