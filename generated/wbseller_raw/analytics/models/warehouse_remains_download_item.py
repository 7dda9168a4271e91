from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_remains_download_item_warehouses_item import (
        WarehouseRemainsDownloadItemWarehousesItem,
    )


T = TypeVar("T", bound="WarehouseRemainsDownloadItem")


@_attrs_define
class WarehouseRemainsDownloadItem:
    """
    Attributes:
        brand (str | Unset):  Example: Wonderful.
        subject_name (str | Unset):
        vendor_code (str | Unset):
        nm_id (int | Unset):  Example: 183804172.
        barcode (str | Unset):  Example: 2037031652319.
        tech_size (str | Unset):  Example: 0.
        volume (float | Unset):  Example: 1.33.
        warehouses (list[WarehouseRemainsDownloadItemWarehousesItem] | Unset):
    """

    brand: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    barcode: str | Unset = UNSET
    tech_size: str | Unset = UNSET
    volume: float | Unset = UNSET
    warehouses: list[WarehouseRemainsDownloadItemWarehousesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        subject_name = self.subject_name

        vendor_code = self.vendor_code

        nm_id = self.nm_id

        barcode = self.barcode

        tech_size = self.tech_size

        volume = self.volume

        warehouses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warehouses, Unset):
            warehouses = []
            for warehouses_item_data in self.warehouses:
                warehouses_item = warehouses_item_data.to_dict()
                warehouses.append(warehouses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if tech_size is not UNSET:
            field_dict["techSize"] = tech_size
        if volume is not UNSET:
            field_dict["volume"] = volume
        if warehouses is not UNSET:
            field_dict["warehouses"] = warehouses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        brand = d.pop("brand", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        nm_id = d.pop("nmId", UNSET)

        barcode = d.pop("barcode", UNSET)

        tech_size = d.pop("techSize", UNSET)

        volume = d.pop("volume", UNSET)

        _warehouses = d.pop("warehouses", UNSET)
        warehouses: list[WarehouseRemainsDownloadItemWarehousesItem] | Unset = UNSET
        if _warehouses is not UNSET:
            warehouses = []
            for warehouses_item_data in _warehouses:
                warehouses_item = WarehouseRemainsDownloadItemWarehousesItem.from_dict(
                    warehouses_item_data
                )

                warehouses.append(warehouses_item)

        warehouse_remains_download_item = cls(
            brand=brand,
            subject_name=subject_name,
            vendor_code=vendor_code,
            nm_id=nm_id,
            barcode=barcode,
            tech_size=tech_size,
            volume=volume,
            warehouses=warehouses,
        )

        warehouse_remains_download_item.additional_properties = d
        return warehouse_remains_download_item

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
from ..models.warehouse_remains_download_item_warehouses_item import WarehouseRemainsDownloadItemWarehousesItem
