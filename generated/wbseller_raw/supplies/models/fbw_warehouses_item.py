from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbwWarehousesItem")


@_attrs_define
class FbwWarehousesItem:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        address (str | Unset):
        work_time (str | Unset):
        is_active (bool | Unset):
        is_transit_active (bool | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    work_time: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_transit_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        address = self.address

        work_time = self.work_time

        is_active = self.is_active

        is_transit_active = self.is_transit_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if work_time is not UNSET:
            field_dict["workTime"] = work_time
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if is_transit_active is not UNSET:
            field_dict["isTransitActive"] = is_transit_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        work_time = d.pop("workTime", UNSET)

        is_active = d.pop("isActive", UNSET)

        is_transit_active = d.pop("isTransitActive", UNSET)

        fbw_warehouses_item = cls(
            id=id,
            name=name,
            address=address,
            work_time=work_time,
            is_active=is_active,
            is_transit_active=is_transit_active,
        )

        fbw_warehouses_item.additional_properties = d
        return fbw_warehouses_item

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
