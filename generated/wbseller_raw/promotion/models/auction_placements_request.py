from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuctionPlacementsRequest")


@_attrs_define
class AuctionPlacementsRequest:
    """Placements of the campaign, both required (WB's reference: placements-required; the
    campaigns' answers keep the lenient AuctionPlacements).

        Attributes:
            search (bool): Placement in search.
            recommendations (bool): Placement in recommendations.
    """

    search: bool
    recommendations: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search

        recommendations = self.recommendations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
                "recommendations": recommendations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        search = d.pop("search")

        recommendations = d.pop("recommendations")

        auction_placements_request = cls(
            search=search,
            recommendations=recommendations,
        )

        auction_placements_request.additional_properties = d
        return auction_placements_request

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
