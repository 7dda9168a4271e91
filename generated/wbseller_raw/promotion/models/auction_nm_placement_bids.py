from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionNmPlacementBids")


@_attrs_define
class AuctionNmPlacementBids:
    """Bids of the product card per placement.

    Attributes:
        recommendations (int | Unset): Bid in recommendations.
        search (int | Unset): Bid in search.
    """

    recommendations: int | Unset = UNSET
    search: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendations = self.recommendations

        search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recommendations = d.pop("recommendations", UNSET)

        search = d.pop("search", UNSET)

        auction_nm_placement_bids = cls(
            recommendations=recommendations,
            search=search,
        )

        auction_nm_placement_bids.additional_properties = d
        return auction_nm_placement_bids

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
