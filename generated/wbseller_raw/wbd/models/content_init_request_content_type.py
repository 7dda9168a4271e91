from typing import Literal

ContentInitRequestContentType = Literal[
    "application/epub+zip", "application/pdf", "audio/mpeg", "text/plain", "video/mp4"
]

CONTENT_INIT_REQUEST_CONTENT_TYPE_VALUES: set[ContentInitRequestContentType] = {
    "application/epub+zip",
    "application/pdf",
    "audio/mpeg",
    "text/plain",
    "video/mp4",
}


def check_content_init_request_content_type(
    value: str,
) -> ContentInitRequestContentType:
    if value in CONTENT_INIT_REQUEST_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_INIT_REQUEST_CONTENT_TYPE_VALUES!r}"
    )
