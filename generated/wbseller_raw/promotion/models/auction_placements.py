from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionPlacements")


@_attrs_define
class AuctionPlacements:
    """Placements of the campaign.

    Attributes:
        recommendations (bool | Unset): Placement in recommendations.
        search (bool | Unset): Placement in search.
    """

    recommendations: bool | Unset = UNSET
    search: bool | Unset = UNSET
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

        auction_placements = cls(
            recommendations=recommendations,
            search=search,
        )

        auction_placements.additional_properties = d
        return auction_placements

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
