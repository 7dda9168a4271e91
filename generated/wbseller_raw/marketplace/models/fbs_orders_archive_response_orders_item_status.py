from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsOrdersArchiveResponseOrdersItemStatus")


@_attrs_define
class FbsOrdersArchiveResponseOrdersItemStatus:
    """
    Attributes:
        supplier_status (str | Unset):  Example: complete.
        wb_status (str | Unset):  Example: sent_to_carrier.
    """

    supplier_status: str | Unset = UNSET
    wb_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_status = self.supplier_status

        wb_status = self.wb_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier_status is not UNSET:
            field_dict["supplierStatus"] = supplier_status
        if wb_status is not UNSET:
            field_dict["wbStatus"] = wb_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supplier_status = d.pop("supplierStatus", UNSET)

        wb_status = d.pop("wbStatus", UNSET)

        fbs_orders_archive_response_orders_item_status = cls(
            supplier_status=supplier_status,
            wb_status=wb_status,
        )

        fbs_orders_archive_response_orders_item_status.additional_properties = d
        return fbs_orders_archive_response_orders_item_status

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
