from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bids_v1_nm_bid_request_placement import (
    BidsV1NmBidRequestPlacement,
    check_bids_v1_nm_bid_request_placement,
)

T = TypeVar("T", bound="BidsV1NmBidRequest")


@_attrs_define
class BidsV1NmBidRequest:
    """
    Attributes:
        nm_id (int): WB article (nmID).
        bid_kopecks (int): Bid in kopecks (0.01 of the account's base currency).
        placement (BidsV1NmBidRequestPlacement): `combined` (unified bid), `search` or `recommendations` (manual bid).
    """

    nm_id: int
    bid_kopecks: int
    placement: BidsV1NmBidRequestPlacement
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        bid_kopecks = self.bid_kopecks

        placement: str = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nm_id": nm_id,
                "bid_kopecks": bid_kopecks,
                "placement": placement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nm_id")

        bid_kopecks = d.pop("bid_kopecks")

        placement = check_bids_v1_nm_bid_request_placement(d.pop("placement"))

        bids_v1_nm_bid_request = cls(
            nm_id=nm_id,
            bid_kopecks=bid_kopecks,
            placement=placement,
        )

        bids_v1_nm_bid_request.additional_properties = d
        return bids_v1_nm_bid_request

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
