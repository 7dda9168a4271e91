from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsOrdersArchiveResponseOrdersItemCrossBorderType0")


@_attrs_define
class FbsOrdersArchiveResponseOrdersItemCrossBorderType0:
    """
    Attributes:
        parcel (str | Unset):  Example: 1Z999AA10123456784.
    """

    parcel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parcel = self.parcel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parcel is not UNSET:
            field_dict["parcel"] = parcel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parcel = d.pop("parcel", UNSET)

        fbs_orders_archive_response_orders_item_cross_border_type_0 = cls(
            parcel=parcel,
        )

        fbs_orders_archive_response_orders_item_cross_border_type_0.additional_properties = d
        return fbs_orders_archive_response_orders_item_cross_border_type_0

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
