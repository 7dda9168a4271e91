from typing import Literal

TagRequestColor = Literal["D1CFD7", "DEF1DD", "E4EAFF", "ECDAFF", "FEE0E0", "FFECC7"]

TAG_REQUEST_COLOR_VALUES: set[TagRequestColor] = {
    "D1CFD7",
    "DEF1DD",
    "E4EAFF",
    "ECDAFF",
    "FEE0E0",
    "FFECC7",
}


def check_tag_request_color(value: str) -> TagRequestColor:
    if value in TAG_REQUEST_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TAG_REQUEST_COLOR_VALUES!r}"
    )
