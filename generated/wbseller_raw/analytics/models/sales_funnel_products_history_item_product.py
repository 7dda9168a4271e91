from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesFunnelProductsHistoryItemProduct")


@_attrs_define
class SalesFunnelProductsHistoryItemProduct:
    """
    Attributes:
        nm_id (int | Unset):  Example: 268913787.
        title (str | Unset):
        vendor_code (str | Unset):  Example: 12345456.
        brand_name (str | Unset):  Example: Demix.
        subject_id (int | Unset):  Example: 105.
        subject_name (str | Unset):
    """

    nm_id: int | Unset = UNSET
    title: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        title = self.title

        vendor_code = self.vendor_code

        brand_name = self.brand_name

        subject_id = self.subject_id

        subject_name = self.subject_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if title is not UNSET:
            field_dict["title"] = title
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        title = d.pop("title", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        brand_name = d.pop("brandName", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        sales_funnel_products_history_item_product = cls(
            nm_id=nm_id,
            title=title,
            vendor_code=vendor_code,
            brand_name=brand_name,
            subject_id=subject_id,
            subject_name=subject_name,
        )

        sales_funnel_products_history_item_product.additional_properties = d
        return sales_funnel_products_history_item_product

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
