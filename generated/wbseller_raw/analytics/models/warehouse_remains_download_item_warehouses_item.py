from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseRemainsDownloadItemWarehousesItem")


@_attrs_define
class WarehouseRemainsDownloadItemWarehousesItem:
    """
    Attributes:
        warehouse_name (str | Unset):
        quantity (int | Unset):  Example: 134.
    """

    warehouse_name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_name = self.warehouse_name

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        warehouse_name = d.pop("warehouseName", UNSET)

        quantity = d.pop("quantity", UNSET)

        warehouse_remains_download_item_warehouses_item = cls(
            warehouse_name=warehouse_name,
            quantity=quantity,
        )

        warehouse_remains_download_item_warehouses_item.additional_properties = d
        return warehouse_remains_download_item_warehouses_item

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
