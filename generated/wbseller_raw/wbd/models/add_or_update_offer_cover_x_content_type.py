from typing import Literal

AddOrUpdateOfferCoverXContentType = Literal["image/jpeg", "image/png"]

ADD_OR_UPDATE_OFFER_COVER_X_CONTENT_TYPE_VALUES: set[
    AddOrUpdateOfferCoverXContentType
] = {
    "image/jpeg",
    "image/png",
}


def check_add_or_update_offer_cover_x_content_type(
    value: str,
) -> AddOrUpdateOfferCoverXContentType:
    if value in ADD_OR_UPDATE_OFFER_COVER_X_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_OR_UPDATE_OFFER_COVER_X_CONTENT_TYPE_VALUES!r}"
    )
