"""Documents (documents-api): the seller's documents, listed and downloaded.

    for doc in wb.documents.iter_documents(begin="2026-03-01", end="2026-03-31"):
        print(doc["serviceName"], doc["extensions"])
    wb.documents.download("upd-44841941", "pdf", "upd.pdf")
    wb.documents.download_many([("upd-44841941", "pdf"), ...], "docs/")   # ZIPs, 50 a call

WB sends a file base64 in JSON ({data: {fileName, extension, document}}); it is decoded and
written whole (a temporary file renamed over the path). A request for many documents names at
most 50 (the spec): more are split into several requests, one ZIP each.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wbseller_raw.documents import ops

from ..errors import InvalidRequestError, MalformedResponseError
from ..pagination import Pages, batches, offset_pages
from ..plans import Plan, SyncRunner, call
from ..validation import check_body, check_params, max_items
from ._common import page_size as _page_size
from ._rows import day, json_body, json_rows, unzip, write_bytes

SPEC = "documents"


def _file(response: Any, what: str) -> tuple[str, bytes]:
    """(fileName.extension, the bytes) of a download answer."""
    data = (json_body(response) or {}).get("data") or {}
    encoded = data.get("document")
    if not isinstance(encoded, str):
        raise MalformedResponseError(f"{what}: WB's answer holds no document", operation=what)
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as e:
        raise MalformedResponseError(f"{what}: the document is not base64 ({e})", operation=what) from e
    name, ext = str(data.get("fileName") or "document"), str(data.get("extension") or "")
    return (f"{name}.{ext}" if ext and not name.endswith(f".{ext}") else name), content


class DocumentsOps:
    """Document operations shared by the sync and async documents services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def categories(self, *, locale: str | None = None) -> list[dict[str, Any]]:
        """The document categories ({name, title}). WB operation: `GET /api/v1/documents/categories`."""
        params = {"locale": locale} if locale else {}
        check_params(ops.DOCUMENTS_CATEGORIES, params)

        def plan() -> Plan[list[dict[str, Any]]]:
            return json_rows((yield call(ops.DOCUMENTS_CATEGORIES, **params)), "data.categories")

        return self._runner.run(plan())

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
    ) -> Pages[dict[str, Any]]:
        """Every document (dicts: serviceName, name, category, extensions, creationTime, viewed),
        created `begin`..`end` (days, inclusive), of a category / one serviceName, sorted by
        `sort` ("date", "category") and `order` ("desc", "asc"); limit/offset, 50 a page (WB's
        maximum). WB operation: `GET /api/v1/documents/list` (documents_list)."""
        op = ops.DOCUMENTS_LIST
        size = _page_size(op, page_size)
        params = {
            "locale": locale,
            "begin_time": None if begin is None else day(begin, "begin"),
            "end_time": None if end is None else day(end, "end"),
            "sort": sort,
            "order": order,
            "category": category,
            "service_name": service_name,
        }
        params = {k: v for k, v in params.items() if v is not None}
        check_params(op, {_wb_name(k): v for k, v in params.items()})

        def page(limit: int, offset: int) -> Any:
            return call(ops.DOCUMENTS_LIST, **params, limit=limit, offset=offset)

        return Pages(
            self._runner,
            lambda state: offset_pages(page, lambda r: json_rows(r, "data.documents"), size, state),
        )

    def download(self, service_name: str, extension: str, path: str | os.PathLike[str]) -> Path:
        """One document in one of its formats (`extension`, from its `extensions`), written to
        `path`. Returns the path. WB operation: `GET /api/v1/documents/download` (document_download)."""
        op = ops.DOCUMENT_DOWNLOAD
        params = {"serviceName": service_name, "extension": extension}
        check_params(op, params)
        target = Path(path)

        def plan() -> Plan[Path]:
            response = yield call(op, service_name=service_name, extension=extension)
            _, content = _file(response, op.key)
            return write_bytes(target, content)

        return self._runner.run(plan())

    def download_many(
        self,
        documents: Iterable[tuple[str, str] | dict[str, str]],
        directory: str | os.PathLike[str],
        *,
        extract: bool = False,
    ) -> list[Path]:
        """Several documents, (serviceName, extension) pairs or {serviceName, extension}: WB sends
        them as one ZIP per request of at most 50 (more are split), written into `directory`
        as documents-1.zip, documents-2.zip, …; `extract=True` unzips them there instead.
        Returns the files written. WB operation: `POST /api/v1/documents/download/all`."""
        op = ops.DOCUMENTS_DOWNLOAD_ALL
        pairs = []
        for i, doc in enumerate(documents):
            if isinstance(doc, dict):
                pairs.append({"serviceName": doc.get("serviceName"), "extension": doc.get("extension")})
            elif isinstance(doc, tuple | list) and len(doc) == 2:
                pairs.append({"serviceName": doc[0], "extension": doc[1]})
            else:
                raise InvalidRequestError(
                    f"documents[{i}]: {doc!r} is not (serviceName, extension)",
                    field=f"documents[{i}]",
                    value=doc,
                )
        if not pairs:
            raise InvalidRequestError("documents: empty (name at least one)", field="documents", value=[])
        unique = list({(p["serviceName"], p["extension"]): p for p in pairs}.values())
        parts = list(batches(unique, max_items(op, "params")))
        for part in parts:
            check_body(op, {"params": part})
        folder = Path(directory)
        if not folder.is_dir():
            raise InvalidRequestError(
                f"directory: {str(folder)!r} is not a folder", field="directory", value=str(folder)
            )

        def plan() -> Plan[list[Path]]:
            written: list[Path] = []
            for n, part in enumerate(parts, 1):
                response = yield call(op, body={"params": part})
                _, content = _file(response, op.key)
                if extract:
                    written.extend(unzip(content, folder))
                else:
                    written.append(write_bytes(folder / f"documents-{n}.zip", content))
            return written

        return self._runner.run(plan())


def _wb_name(name: str) -> str:
    return {"begin_time": "beginTime", "end_time": "endTime", "service_name": "serviceName"}.get(name, name)
