from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignsListsItem")


@_attrs_define
class CampaignsListsItem:
    """
    Attributes:
        advert_id (int | Unset): Campaign ID.
        change_time (str | Unset): Date and time of the last change of the campaign.
    """

    advert_id: int | Unset = UNSET
    change_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        change_time = self.change_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if change_time is not UNSET:
            field_dict["changeTime"] = change_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        change_time = d.pop("changeTime", UNSET)

        campaigns_lists_item = cls(
            advert_id=advert_id,
            change_time=change_time,
        )

        campaigns_lists_item.additional_properties = d
        return campaigns_lists_item

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
