from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeacatSaveAdRequest")


@_attrs_define
class SeacatSaveAdRequest:
    """
    Attributes:
        campaign_name (str | Unset): Campaign name. Example: Телефоны.
        nms (list[int] | Unset): Product cards (WB articles) of the campaign, at most 50; the available cards come from
            `product_cards_for_campaigns`.
    """

    campaign_name: str | Unset = UNSET
    nms: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_name = self.campaign_name

        nms: list[int] | Unset = UNSET
        if not isinstance(self.nms, Unset):
            nms = self.nms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name
        if nms is not UNSET:
            field_dict["nms"] = nms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_name = d.pop("campaignName", UNSET)

        nms = cast(list[int], d.pop("nms", UNSET))

        seacat_save_ad_request = cls(
            campaign_name=campaign_name,
            nms=nms,
        )

        seacat_save_ad_request.additional_properties = d
        return seacat_save_ad_request

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
