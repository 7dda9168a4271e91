from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptanceOptionsResponseResultItemWarehousesType0Item")


@_attrs_define
class AcceptanceOptionsResponseResultItemWarehousesType0Item:
    """
    Attributes:
        warehouse_id (int | Unset):
        can_box (bool | Unset):
        can_monopallet (bool | Unset):
        can_supersafe (bool | Unset):
        is_box_on_pallet (bool | Unset):
    """

    warehouse_id: int | Unset = UNSET
    can_box: bool | Unset = UNSET
    can_monopallet: bool | Unset = UNSET
    can_supersafe: bool | Unset = UNSET
    is_box_on_pallet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        can_box = self.can_box

        can_monopallet = self.can_monopallet

        can_supersafe = self.can_supersafe

        is_box_on_pallet = self.is_box_on_pallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouseID"] = warehouse_id
        if can_box is not UNSET:
            field_dict["canBox"] = can_box
        if can_monopallet is not UNSET:
            field_dict["canMonopallet"] = can_monopallet
        if can_supersafe is not UNSET:
            field_dict["canSupersafe"] = can_supersafe
        if is_box_on_pallet is not UNSET:
            field_dict["isBoxOnPallet"] = is_box_on_pallet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        warehouse_id = d.pop("warehouseID", UNSET)

        can_box = d.pop("canBox", UNSET)

        can_monopallet = d.pop("canMonopallet", UNSET)

        can_supersafe = d.pop("canSupersafe", UNSET)

        is_box_on_pallet = d.pop("isBoxOnPallet", UNSET)

        acceptance_options_response_result_item_warehouses_type_0_item = cls(
            warehouse_id=warehouse_id,
            can_box=can_box,
            can_monopallet=can_monopallet,
            can_supersafe=can_supersafe,
            is_box_on_pallet=is_box_on_pallet,
        )

        acceptance_options_response_result_item_warehouses_type_0_item.additional_properties = d
        return acceptance_options_response_result_item_warehouses_type_0_item

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
