from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advert_v2_placements import AdvertV2Placements


T = TypeVar("T", bound="AdvertV2Settings")


@_attrs_define
class AdvertV2Settings:
    """
    Attributes:
        payment_type (str | Unset): Payment type: `cpm` (per thousand views) or `cpc` (per click).
        name (str | Unset): Campaign name.
        placements (AdvertV2Placements | Unset):
    """

    payment_type: str | Unset = UNSET
    name: str | Unset = UNSET
    placements: AdvertV2Placements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_type = self.payment_type

        name = self.name

        placements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placements, Unset):
            placements = self.placements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if name is not UNSET:
            field_dict["name"] = name
        if placements is not UNSET:
            field_dict["placements"] = placements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        payment_type = d.pop("payment_type", UNSET)

        name = d.pop("name", UNSET)

        _placements = d.pop("placements", UNSET)
        placements: AdvertV2Placements | Unset
        if isinstance(_placements, Unset):
            placements = UNSET
        else:
            placements = AdvertV2Placements.from_dict(_placements)

        advert_v2_settings = cls(
            payment_type=payment_type,
            name=name,
            placements=placements,
        )

        advert_v2_settings.additional_properties = d
        return advert_v2_settings

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

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.advert_v2_placements import AdvertV2Placements
