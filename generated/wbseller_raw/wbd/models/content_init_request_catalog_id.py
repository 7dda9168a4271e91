from typing import Literal

ContentInitRequestCatalogId = Literal[1, 2, 4]

CONTENT_INIT_REQUEST_CATALOG_ID_VALUES: set[ContentInitRequestCatalogId] = {
    1,
    2,
    4,
}


def check_content_init_request_catalog_id(value: int) -> ContentInitRequestCatalogId:
    if value in CONTENT_INIT_REQUEST_CATALOG_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_INIT_REQUEST_CATALOG_ID_VALUES!r}"
    )
