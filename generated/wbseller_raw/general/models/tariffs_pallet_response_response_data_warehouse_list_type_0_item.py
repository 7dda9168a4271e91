from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffsPalletResponseResponseDataWarehouseListType0Item")


@_attrs_define
class TariffsPalletResponseResponseDataWarehouseListType0Item:
    """
    Attributes:
        pallet_delivery_expr (str | Unset):  Example: 170.
        pallet_delivery_value_base (str | Unset):  Example: 51.
        pallet_delivery_value_liter (str | Unset):  Example: 11,9.
        pallet_storage_expr (str | Unset):  Example: 155.
        pallet_storage_value_expr (str | Unset):  Example: 35.65.
        warehouse_name (str | Unset):
    """

    pallet_delivery_expr: str | Unset = UNSET
    pallet_delivery_value_base: str | Unset = UNSET
    pallet_delivery_value_liter: str | Unset = UNSET
    pallet_storage_expr: str | Unset = UNSET
    pallet_storage_value_expr: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pallet_delivery_expr = self.pallet_delivery_expr

        pallet_delivery_value_base = self.pallet_delivery_value_base

        pallet_delivery_value_liter = self.pallet_delivery_value_liter

        pallet_storage_expr = self.pallet_storage_expr

        pallet_storage_value_expr = self.pallet_storage_value_expr

        warehouse_name = self.warehouse_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pallet_delivery_expr is not UNSET:
            field_dict["palletDeliveryExpr"] = pallet_delivery_expr
        if pallet_delivery_value_base is not UNSET:
            field_dict["palletDeliveryValueBase"] = pallet_delivery_value_base
        if pallet_delivery_value_liter is not UNSET:
            field_dict["palletDeliveryValueLiter"] = pallet_delivery_value_liter
        if pallet_storage_expr is not UNSET:
            field_dict["palletStorageExpr"] = pallet_storage_expr
        if pallet_storage_value_expr is not UNSET:
            field_dict["palletStorageValueExpr"] = pallet_storage_value_expr
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pallet_delivery_expr = d.pop("palletDeliveryExpr", UNSET)

        pallet_delivery_value_base = d.pop("palletDeliveryValueBase", UNSET)

        pallet_delivery_value_liter = d.pop("palletDeliveryValueLiter", UNSET)

        pallet_storage_expr = d.pop("palletStorageExpr", UNSET)

        pallet_storage_value_expr = d.pop("palletStorageValueExpr", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        tariffs_pallet_response_response_data_warehouse_list_type_0_item = cls(
            pallet_delivery_expr=pallet_delivery_expr,
            pallet_delivery_value_base=pallet_delivery_value_base,
            pallet_delivery_value_liter=pallet_delivery_value_liter,
            pallet_storage_expr=pallet_storage_expr,
            pallet_storage_value_expr=pallet_storage_value_expr,
            warehouse_name=warehouse_name,
        )

        tariffs_pallet_response_response_data_warehouse_list_type_0_item.additional_properties = d
        return tariffs_pallet_response_response_data_warehouse_list_type_0_item

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
