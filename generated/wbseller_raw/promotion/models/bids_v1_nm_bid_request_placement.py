from typing import Literal

BidsV1NmBidRequestPlacement = Literal["combined", "recommendations", "search"]

BIDS_V1_NM_BID_REQUEST_PLACEMENT_VALUES: set[BidsV1NmBidRequestPlacement] = {
    "combined",
    "recommendations",
    "search",
}


def check_bids_v1_nm_bid_request_placement(value: str) -> BidsV1NmBidRequestPlacement:
    if value in BIDS_V1_NM_BID_REQUEST_PLACEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIDS_V1_NM_BID_REQUEST_PLACEMENT_VALUES!r}"
    )
