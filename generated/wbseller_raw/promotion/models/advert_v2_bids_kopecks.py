from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvertV2BidsKopecks")


@_attrs_define
class AdvertV2BidsKopecks:
    """The card's bids in kopecks (0.01 of the account's base currency).

    Attributes:
        search (int | Unset): Bid in search.
        recommendations (int | Unset): Bid in recommendations.
    """

    search: int | Unset = UNSET
    recommendations: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search

        recommendations = self.recommendations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        search = d.pop("search", UNSET)

        recommendations = d.pop("recommendations", UNSET)

        advert_v2_bids_kopecks = cls(
            search=search,
            recommendations=recommendations,
        )

        advert_v2_bids_kopecks.additional_properties = d
        return advert_v2_bids_kopecks

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
