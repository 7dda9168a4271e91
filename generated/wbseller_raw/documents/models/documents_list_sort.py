from typing import Literal

DocumentsListSort = Literal["category", "date"]

DOCUMENTS_LIST_SORT_VALUES: set[DocumentsListSort] = {
    "category",
    "date",
}


def check_documents_list_sort(value: str) -> DocumentsListSort:
    if value in DOCUMENTS_LIST_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENTS_LIST_SORT_VALUES!r}"
    )
