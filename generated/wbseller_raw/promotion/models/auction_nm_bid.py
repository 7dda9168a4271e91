from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionNmBid")


@_attrs_define
class AuctionNmBid:
    """
    Attributes:
        nm_id (int | Unset): WB article.
        bid (int | Unset): Bid.
        placement (str | Unset): Placement the bid is for, "search", "recommendations" or "combined".
    """

    nm_id: int | Unset = UNSET
    bid: int | Unset = UNSET
    placement: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        bid = self.bid

        placement = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if bid is not UNSET:
            field_dict["bid"] = bid
        if placement is not UNSET:
            field_dict["placement"] = placement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nm_id", UNSET)

        bid = d.pop("bid", UNSET)

        placement = d.pop("placement", UNSET)

        auction_nm_bid = cls(
            nm_id=nm_id,
            bid=bid,
            placement=placement,
        )

        auction_nm_bid.additional_properties = d
        return auction_nm_bid

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
