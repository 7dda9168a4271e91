from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffsReturnResponseResponseDataWarehouseListType0Item")


@_attrs_define
class TariffsReturnResponseResponseDataWarehouseListType0Item:
    """
    Attributes:
        delivery_dump_kgt_office_base (str | Unset):
        delivery_dump_kgt_office_liter (str | Unset):  Example: 9,1.
        delivery_dump_kgt_return_expr (str | Unset):
        delivery_dump_srg_office_expr (str | Unset):  Example: 170.
        delivery_dump_srg_return_expr (str | Unset):  Example: 170.
        delivery_dump_sup_courier_base (str | Unset):  Example: 229.
        delivery_dump_sup_courier_liter (str | Unset):  Example: 9,1.
        delivery_dump_sup_office_base (str | Unset):  Example: 129.
        delivery_dump_sup_office_liter (str | Unset):  Example: 9,1.
        delivery_dump_sup_return_expr (str | Unset):  Example: 250.
        warehouse_name (str | Unset):
    """

    delivery_dump_kgt_office_base: str | Unset = UNSET
    delivery_dump_kgt_office_liter: str | Unset = UNSET
    delivery_dump_kgt_return_expr: str | Unset = UNSET
    delivery_dump_srg_office_expr: str | Unset = UNSET
    delivery_dump_srg_return_expr: str | Unset = UNSET
    delivery_dump_sup_courier_base: str | Unset = UNSET
    delivery_dump_sup_courier_liter: str | Unset = UNSET
    delivery_dump_sup_office_base: str | Unset = UNSET
    delivery_dump_sup_office_liter: str | Unset = UNSET
    delivery_dump_sup_return_expr: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_dump_kgt_office_base = self.delivery_dump_kgt_office_base

        delivery_dump_kgt_office_liter = self.delivery_dump_kgt_office_liter

        delivery_dump_kgt_return_expr = self.delivery_dump_kgt_return_expr

        delivery_dump_srg_office_expr = self.delivery_dump_srg_office_expr

        delivery_dump_srg_return_expr = self.delivery_dump_srg_return_expr

        delivery_dump_sup_courier_base = self.delivery_dump_sup_courier_base

        delivery_dump_sup_courier_liter = self.delivery_dump_sup_courier_liter

        delivery_dump_sup_office_base = self.delivery_dump_sup_office_base

        delivery_dump_sup_office_liter = self.delivery_dump_sup_office_liter

        delivery_dump_sup_return_expr = self.delivery_dump_sup_return_expr

        warehouse_name = self.warehouse_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_dump_kgt_office_base is not UNSET:
            field_dict["deliveryDumpKgtOfficeBase"] = delivery_dump_kgt_office_base
        if delivery_dump_kgt_office_liter is not UNSET:
            field_dict["deliveryDumpKgtOfficeLiter"] = delivery_dump_kgt_office_liter
        if delivery_dump_kgt_return_expr is not UNSET:
            field_dict["deliveryDumpKgtReturnExpr"] = delivery_dump_kgt_return_expr
        if delivery_dump_srg_office_expr is not UNSET:
            field_dict["deliveryDumpSrgOfficeExpr"] = delivery_dump_srg_office_expr
        if delivery_dump_srg_return_expr is not UNSET:
            field_dict["deliveryDumpSrgReturnExpr"] = delivery_dump_srg_return_expr
        if delivery_dump_sup_courier_base is not UNSET:
            field_dict["deliveryDumpSupCourierBase"] = delivery_dump_sup_courier_base
        if delivery_dump_sup_courier_liter is not UNSET:
            field_dict["deliveryDumpSupCourierLiter"] = delivery_dump_sup_courier_liter
        if delivery_dump_sup_office_base is not UNSET:
            field_dict["deliveryDumpSupOfficeBase"] = delivery_dump_sup_office_base
        if delivery_dump_sup_office_liter is not UNSET:
            field_dict["deliveryDumpSupOfficeLiter"] = delivery_dump_sup_office_liter
        if delivery_dump_sup_return_expr is not UNSET:
            field_dict["deliveryDumpSupReturnExpr"] = delivery_dump_sup_return_expr
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivery_dump_kgt_office_base = d.pop("deliveryDumpKgtOfficeBase", UNSET)

        delivery_dump_kgt_office_liter = d.pop("deliveryDumpKgtOfficeLiter", UNSET)

        delivery_dump_kgt_return_expr = d.pop("deliveryDumpKgtReturnExpr", UNSET)

        delivery_dump_srg_office_expr = d.pop("deliveryDumpSrgOfficeExpr", UNSET)

        delivery_dump_srg_return_expr = d.pop("deliveryDumpSrgReturnExpr", UNSET)

        delivery_dump_sup_courier_base = d.pop("deliveryDumpSupCourierBase", UNSET)

        delivery_dump_sup_courier_liter = d.pop("deliveryDumpSupCourierLiter", UNSET)

        delivery_dump_sup_office_base = d.pop("deliveryDumpSupOfficeBase", UNSET)

        delivery_dump_sup_office_liter = d.pop("deliveryDumpSupOfficeLiter", UNSET)

        delivery_dump_sup_return_expr = d.pop("deliveryDumpSupReturnExpr", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        tariffs_return_response_response_data_warehouse_list_type_0_item = cls(
            delivery_dump_kgt_office_base=delivery_dump_kgt_office_base,
            delivery_dump_kgt_office_liter=delivery_dump_kgt_office_liter,
            delivery_dump_kgt_return_expr=delivery_dump_kgt_return_expr,
            delivery_dump_srg_office_expr=delivery_dump_srg_office_expr,
            delivery_dump_srg_return_expr=delivery_dump_srg_return_expr,
            delivery_dump_sup_courier_base=delivery_dump_sup_courier_base,
            delivery_dump_sup_courier_liter=delivery_dump_sup_courier_liter,
            delivery_dump_sup_office_base=delivery_dump_sup_office_base,
            delivery_dump_sup_office_liter=delivery_dump_sup_office_liter,
            delivery_dump_sup_return_expr=delivery_dump_sup_return_expr,
            warehouse_name=warehouse_name,
        )

        tariffs_return_response_response_data_warehouse_list_type_0_item.additional_properties = d
        return tariffs_return_response_response_data_warehouse_list_type_0_item

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
