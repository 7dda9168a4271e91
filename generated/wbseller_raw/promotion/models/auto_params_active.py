from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoParamsActive")


@_attrs_define
class AutoParamsActive:
    """Active placement zones of the campaign.

    Attributes:
        carousel (bool | Unset): Carousel placement active.
        recom (bool | Unset): Recommendations placement active.
        booster (bool | Unset): Booster (search/catalog) placement active.
    """

    carousel: bool | Unset = UNSET
    recom: bool | Unset = UNSET
    booster: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carousel = self.carousel

        recom = self.recom

        booster = self.booster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carousel is not UNSET:
            field_dict["carousel"] = carousel
        if recom is not UNSET:
            field_dict["recom"] = recom
        if booster is not UNSET:
            field_dict["booster"] = booster

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carousel = d.pop("carousel", UNSET)

        recom = d.pop("recom", UNSET)

        booster = d.pop("booster", UNSET)

        auto_params_active = cls(
            carousel=carousel,
            recom=recom,
            booster=booster,
        )

        auto_params_active.additional_properties = d
        return auto_params_active

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
