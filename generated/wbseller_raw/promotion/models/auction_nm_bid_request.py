from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auction_nm_bid_request_placement import (
    AuctionNmBidRequestPlacement,
    check_auction_nm_bid_request_placement,
)

T = TypeVar("T", bound="AuctionNmBidRequest")


@_attrs_define
class AuctionNmBidRequest:
    """
    Attributes:
        nm_id (int): WB article. Example: 3462354.
        bid (int): Bid (not below the minimum of the configuration values). Example: 500.
        placement (AuctionNmBidRequestPlacement): Placement the bid is for, `search`, `recommendations` or `combined`.
            Example: search.
    """

    nm_id: int
    bid: int
    placement: AuctionNmBidRequestPlacement
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        bid = self.bid

        placement: str = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nm_id": nm_id,
                "bid": bid,
                "placement": placement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nm_id")

        bid = d.pop("bid")

        placement = check_auction_nm_bid_request_placement(d.pop("placement"))

        auction_nm_bid_request = cls(
            nm_id=nm_id,
            bid=bid,
            placement=placement,
        )

        auction_nm_bid_request.additional_properties = d
        return auction_nm_bid_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
