from typing import Literal

UploadContentCoverXContentType = Literal["image/jpeg", "image/png"]

UPLOAD_CONTENT_COVER_X_CONTENT_TYPE_VALUES: set[UploadContentCoverXContentType] = {
    "image/jpeg",
    "image/png",
}


def check_upload_content_cover_x_content_type(
    value: str,
) -> UploadContentCoverXContentType:
    if value in UPLOAD_CONTENT_COVER_X_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_CONTENT_COVER_X_CONTENT_TYPE_VALUES!r}"
    )
