from typing import Literal

UploadContentFileXContentType = Literal[
    "application/epub+zip",
    "application/pdf",
    "application/zip",
    "audio/mpeg",
    "text/plain",
    "video/mp4",
]

UPLOAD_CONTENT_FILE_X_CONTENT_TYPE_VALUES: set[UploadContentFileXContentType] = {
    "application/epub+zip",
    "application/pdf",
    "application/zip",
    "audio/mpeg",
    "text/plain",
    "video/mp4",
}


def check_upload_content_file_x_content_type(
    value: str,
) -> UploadContentFileXContentType:
    if value in UPLOAD_CONTENT_FILE_X_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_CONTENT_FILE_X_CONTENT_TYPE_VALUES!r}"
    )
