"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document_download_response import DocumentDownloadResponse
    from .document_download_response_data import DocumentDownloadResponseData
    from .documents_categories_response import DocumentsCategoriesResponse
    from .documents_categories_response_data import DocumentsCategoriesResponseData
    from .documents_categories_response_data_categories_item import DocumentsCategoriesResponseDataCategoriesItem
    from .documents_download_all_request import DocumentsDownloadAllRequest
    from .documents_download_all_request_params_item import DocumentsDownloadAllRequestParamsItem
    from .documents_download_all_response import DocumentsDownloadAllResponse
    from .documents_download_all_response_data import DocumentsDownloadAllResponseData
    from .documents_list_order import DocumentsListOrder
    from .documents_list_response import DocumentsListResponse
    from .documents_list_response_data import DocumentsListResponseData
    from .documents_list_response_data_documents_item import DocumentsListResponseDataDocumentsItem
    from .documents_list_sort import DocumentsListSort
    from .problem_error import ProblemError

_MODULES = {
    "DocumentDownloadResponse": "document_download_response",
    "DocumentDownloadResponseData": "document_download_response_data",
    "DocumentsCategoriesResponse": "documents_categories_response",
    "DocumentsCategoriesResponseData": "documents_categories_response_data",
    "DocumentsCategoriesResponseDataCategoriesItem": "documents_categories_response_data_categories_item",
    "DocumentsDownloadAllRequest": "documents_download_all_request",
    "DocumentsDownloadAllRequestParamsItem": "documents_download_all_request_params_item",
    "DocumentsDownloadAllResponse": "documents_download_all_response",
    "DocumentsDownloadAllResponseData": "documents_download_all_response_data",
    "DocumentsListOrder": "documents_list_order",
    "DocumentsListResponse": "documents_list_response",
    "DocumentsListResponseData": "documents_list_response_data",
    "DocumentsListResponseDataDocumentsItem": "documents_list_response_data_documents_item",
    "DocumentsListSort": "documents_list_sort",
    "ProblemError": "problem_error",
}

__all__ = (
    "DocumentDownloadResponse",
    "DocumentDownloadResponseData",
    "DocumentsCategoriesResponse",
    "DocumentsCategoriesResponseData",
    "DocumentsCategoriesResponseDataCategoriesItem",
    "DocumentsDownloadAllRequest",
    "DocumentsDownloadAllRequestParamsItem",
    "DocumentsDownloadAllResponse",
    "DocumentsDownloadAllResponseData",
    "DocumentsListOrder",
    "DocumentsListResponse",
    "DocumentsListResponseData",
    "DocumentsListResponseDataDocumentsItem",
    "DocumentsListSort",
    "ProblemError",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
