from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaigns_lists_item import CampaignsListsItem


T = TypeVar("T", bound="CampaignsListsGroup")


@_attrs_define
class CampaignsListsGroup:
    """
    Attributes:
        type_ (int | Unset): Campaign type (4 catalog, 5 product card, 6 search, 7 recommendations, 8 standard bid, 9
            custom bid).
        status (int | Unset): Campaign status (-1 being deleted, 4 ready to launch, 7 finished, 8 declined, 9 active, 11
            paused).
        count (int | Unset): Number of campaigns in the group.
        advert_list (list[CampaignsListsItem] | Unset): Campaigns of the group.
    """

    type_: int | Unset = UNSET
    status: int | Unset = UNSET
    count: int | Unset = UNSET
    advert_list: list[CampaignsListsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        count = self.count

        advert_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.advert_list, Unset):
            advert_list = []
            for advert_list_item_data in self.advert_list:
                advert_list_item = advert_list_item_data.to_dict()
                advert_list.append(advert_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if count is not UNSET:
            field_dict["count"] = count
        if advert_list is not UNSET:
            field_dict["advert_list"] = advert_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        count = d.pop("count", UNSET)

        _advert_list = d.pop("advert_list", UNSET)
        advert_list: list[CampaignsListsItem] | Unset = UNSET
        if _advert_list is not UNSET:
            advert_list = []
            for advert_list_item_data in _advert_list:
                advert_list_item = CampaignsListsItem.from_dict(advert_list_item_data)

                advert_list.append(advert_list_item)

        campaigns_lists_group = cls(
            type_=type_,
            status=status,
            count=count,
            advert_list=advert_list,
        )

        campaigns_lists_group.additional_properties = d
        return campaigns_lists_group

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
from ..models.campaigns_lists_item import CampaignsListsItem
