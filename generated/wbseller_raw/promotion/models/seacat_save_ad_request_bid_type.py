from typing import Literal

SeacatSaveAdRequestBidType = Literal["manual", "unified"]

SEACAT_SAVE_AD_REQUEST_BID_TYPE_VALUES: set[SeacatSaveAdRequestBidType] = {
    "manual",
    "unified",
}


def check_seacat_save_ad_request_bid_type(value: str) -> SeacatSaveAdRequestBidType:
    if value in SEACAT_SAVE_AD_REQUEST_BID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEACAT_SAVE_AD_REQUEST_BID_TYPE_VALUES!r}"
    )
