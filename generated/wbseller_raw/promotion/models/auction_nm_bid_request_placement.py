from typing import Literal

AuctionNmBidRequestPlacement = Literal["combined", "recommendations", "search"]

AUCTION_NM_BID_REQUEST_PLACEMENT_VALUES: set[AuctionNmBidRequestPlacement] = {
    "combined",
    "recommendations",
    "search",
}


def check_auction_nm_bid_request_placement(value: str) -> AuctionNmBidRequestPlacement:
    if value in AUCTION_NM_BID_REQUEST_PLACEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUCTION_NM_BID_REQUEST_PLACEMENT_VALUES!r}"
    )
