from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvertV2Restrictions")


@_attrs_define
class AdvertV2Restrictions:
    """
    Attributes:
        can_change_nms (bool | Unset): Whether the campaign's product cards may change.
    """

    can_change_nms: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_change_nms = self.can_change_nms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_change_nms is not UNSET:
            field_dict["can_change_nms"] = can_change_nms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_change_nms = d.pop("can_change_nms", UNSET)

        advert_v2_restrictions = cls(
            can_change_nms=can_change_nms,
        )

        advert_v2_restrictions.additional_properties = d
        return advert_v2_restrictions

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
