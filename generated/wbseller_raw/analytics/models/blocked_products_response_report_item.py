from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockedProductsResponseReportItem")


@_attrs_define
class BlockedProductsResponseReportItem:
    """
    Attributes:
        brand (str | Unset):
        nm_id (int | Unset):  Example: 82722944.
        title (str | Unset):
        vendor_code (str | Unset):
        reason (str | Unset):
    """

    brand: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    title: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        nm_id = self.nm_id

        title = self.title

        vendor_code = self.vendor_code

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if title is not UNSET:
            field_dict["title"] = title
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand = d.pop("brand", UNSET)

        nm_id = d.pop("nmId", UNSET)

        title = d.pop("title", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        reason = d.pop("reason", UNSET)

        blocked_products_response_report_item = cls(
            brand=brand,
            nm_id=nm_id,
            title=title,
            vendor_code=vendor_code,
            reason=reason,
        )

        blocked_products_response_report_item.additional_properties = d
        return blocked_products_response_report_item

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
