from typing import Literal

OfferSection = Literal[1, 2, 3, 4, 5, 6, 8, 9, 12, 13]

OFFER_SECTION_VALUES: set[OfferSection] = {
    1,
    2,
    3,
    4,
    5,
    6,
    8,
    9,
    12,
    13,
}


def check_offer_section(value: int) -> OfferSection:
    if value in OFFER_SECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFER_SECTION_VALUES!r}"
    )
