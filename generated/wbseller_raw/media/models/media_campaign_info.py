from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_campaign_extended import MediaCampaignExtended
    from ..models.media_campaign_item import MediaCampaignItem


T = TypeVar("T", bound="MediaCampaignInfo")


@_attrs_define
class MediaCampaignInfo:
    """A single media campaign with its settings and items (the docs give no field descriptions).

    Attributes:
        advert_id (int | Unset): Media campaign ID.
        name (str | Unset): Campaign name.
        brand (str | Unset): Brand.
        type_ (int | Unset): Media campaign type.
        status (int | Unset): Media campaign status.
        create_time (str | Unset): Campaign creation time.
        extended (MediaCampaignExtended | Unset): Campaign settings and financial state.
        items (list[MediaCampaignItem] | Unset): Items (banners, mailings…) of the campaign.
    """

    advert_id: int | Unset = UNSET
    name: str | Unset = UNSET
    brand: str | Unset = UNSET
    type_: int | Unset = UNSET
    status: int | Unset = UNSET
    create_time: str | Unset = UNSET
    extended: MediaCampaignExtended | Unset = UNSET
    items: list[MediaCampaignItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        name = self.name

        brand = self.brand

        type_ = self.type_

        status = self.status

        create_time = self.create_time

        extended: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended, Unset):
            extended = self.extended.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if name is not UNSET:
            field_dict["name"] = name
        if brand is not UNSET:
            field_dict["brand"] = brand
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if extended is not UNSET:
            field_dict["extended"] = extended
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        name = d.pop("name", UNSET)

        brand = d.pop("brand", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        _extended = d.pop("extended", UNSET)
        extended: MediaCampaignExtended | Unset
        if isinstance(_extended, Unset):
            extended = UNSET
        else:
            extended = MediaCampaignExtended.from_dict(_extended)

        _items = d.pop("items", UNSET)
        items: list[MediaCampaignItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = MediaCampaignItem.from_dict(items_item_data)

                items.append(items_item)

        media_campaign_info = cls(
            advert_id=advert_id,
            name=name,
            brand=brand,
            type_=type_,
            status=status,
            create_time=create_time,
            extended=extended,
            items=items,
        )

        media_campaign_info.additional_properties = d
        return media_campaign_info

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
from ..models.media_campaign_extended import MediaCampaignExtended
from ..models.media_campaign_item import MediaCampaignItem
