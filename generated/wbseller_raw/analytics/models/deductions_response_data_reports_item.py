from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeductionsResponseDataReportsItem")


@_attrs_define
class DeductionsResponseDataReportsItem:
    """
    Attributes:
        dt_bonus (str | Unset):  Example: 2025-06-02T00:00:00Z.
        nm_id (int | Unset):  Example: 544454.
        old_shk_id (int | Unset):  Example: 26624352356.
        old_color (str | Unset):
        old_size (str | Unset):  Example: A.
        old_sku (str | Unset):  Example: 54532562.
        old_vendor_code (str | Unset):
        new_shk_id (int | Unset):  Example: 123333223.
        new_color (str | Unset):
        new_size (str | Unset):  Example: A.
        new_sku (str | Unset):  Example: 12323332223.
        new_vendor_code (str | Unset):  Example: wh-service-podmena.
        bonus_summ (float | Unset):  Example: 247.5.
        bonus_type (str | Unset):
        photo_urls (list[str] | Unset):
    """

    dt_bonus: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    old_shk_id: int | Unset = UNSET
    old_color: str | Unset = UNSET
    old_size: str | Unset = UNSET
    old_sku: str | Unset = UNSET
    old_vendor_code: str | Unset = UNSET
    new_shk_id: int | Unset = UNSET
    new_color: str | Unset = UNSET
    new_size: str | Unset = UNSET
    new_sku: str | Unset = UNSET
    new_vendor_code: str | Unset = UNSET
    bonus_summ: float | Unset = UNSET
    bonus_type: str | Unset = UNSET
    photo_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dt_bonus = self.dt_bonus

        nm_id = self.nm_id

        old_shk_id = self.old_shk_id

        old_color = self.old_color

        old_size = self.old_size

        old_sku = self.old_sku

        old_vendor_code = self.old_vendor_code

        new_shk_id = self.new_shk_id

        new_color = self.new_color

        new_size = self.new_size

        new_sku = self.new_sku

        new_vendor_code = self.new_vendor_code

        bonus_summ = self.bonus_summ

        bonus_type = self.bonus_type

        photo_urls: list[str] | Unset = UNSET
        if not isinstance(self.photo_urls, Unset):
            photo_urls = self.photo_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dt_bonus is not UNSET:
            field_dict["dtBonus"] = dt_bonus
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if old_shk_id is not UNSET:
            field_dict["oldShkId"] = old_shk_id
        if old_color is not UNSET:
            field_dict["oldColor"] = old_color
        if old_size is not UNSET:
            field_dict["oldSize"] = old_size
        if old_sku is not UNSET:
            field_dict["oldSku"] = old_sku
        if old_vendor_code is not UNSET:
            field_dict["oldVendorCode"] = old_vendor_code
        if new_shk_id is not UNSET:
            field_dict["newShkId"] = new_shk_id
        if new_color is not UNSET:
            field_dict["newColor"] = new_color
        if new_size is not UNSET:
            field_dict["newSize"] = new_size
        if new_sku is not UNSET:
            field_dict["newSku"] = new_sku
        if new_vendor_code is not UNSET:
            field_dict["newVendorCode"] = new_vendor_code
        if bonus_summ is not UNSET:
            field_dict["bonusSumm"] = bonus_summ
        if bonus_type is not UNSET:
            field_dict["bonusType"] = bonus_type
        if photo_urls is not UNSET:
            field_dict["photoUrls"] = photo_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dt_bonus = d.pop("dtBonus", UNSET)

        nm_id = d.pop("nmId", UNSET)

        old_shk_id = d.pop("oldShkId", UNSET)

        old_color = d.pop("oldColor", UNSET)

        old_size = d.pop("oldSize", UNSET)

        old_sku = d.pop("oldSku", UNSET)

        old_vendor_code = d.pop("oldVendorCode", UNSET)

        new_shk_id = d.pop("newShkId", UNSET)

        new_color = d.pop("newColor", UNSET)

        new_size = d.pop("newSize", UNSET)

        new_sku = d.pop("newSku", UNSET)

        new_vendor_code = d.pop("newVendorCode", UNSET)

        bonus_summ = d.pop("bonusSumm", UNSET)

        bonus_type = d.pop("bonusType", UNSET)

        photo_urls = cast(list[str], d.pop("photoUrls", UNSET))

        deductions_response_data_reports_item = cls(
            dt_bonus=dt_bonus,
            nm_id=nm_id,
            old_shk_id=old_shk_id,
            old_color=old_color,
            old_size=old_size,
            old_sku=old_sku,
            old_vendor_code=old_vendor_code,
            new_shk_id=new_shk_id,
            new_color=new_color,
            new_size=new_size,
            new_sku=new_sku,
            new_vendor_code=new_vendor_code,
            bonus_summ=bonus_summ,
            bonus_type=bonus_type,
            photo_urls=photo_urls,
        )

        deductions_response_data_reports_item.additional_properties = d
        return deductions_response_data_reports_item

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
