from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffsBoxResponseResponseDataWarehouseListType0Item")


@_attrs_define
class TariffsBoxResponseResponseDataWarehouseListType0Item:
    """
    Attributes:
        box_delivery_base (str | Unset):  Example: 48.
        box_delivery_coef_expr (str | Unset):  Example: 160.
        box_delivery_liter (str | Unset):  Example: 11,2.
        box_delivery_marketplace_base (str | Unset):  Example: 40.
        box_delivery_marketplace_coef_expr (str | Unset):  Example: 125.
        box_delivery_marketplace_liter (str | Unset):  Example: 11.
        box_storage_base (str | Unset):  Example: 0,14.
        box_storage_coef_expr (str | Unset):  Example: 115.
        box_storage_liter (str | Unset):  Example: 0,07.
        geo_name (str | Unset):
        warehouse_name (str | Unset):
    """

    box_delivery_base: str | Unset = UNSET
    box_delivery_coef_expr: str | Unset = UNSET
    box_delivery_liter: str | Unset = UNSET
    box_delivery_marketplace_base: str | Unset = UNSET
    box_delivery_marketplace_coef_expr: str | Unset = UNSET
    box_delivery_marketplace_liter: str | Unset = UNSET
    box_storage_base: str | Unset = UNSET
    box_storage_coef_expr: str | Unset = UNSET
    box_storage_liter: str | Unset = UNSET
    geo_name: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        box_delivery_base = self.box_delivery_base

        box_delivery_coef_expr = self.box_delivery_coef_expr

        box_delivery_liter = self.box_delivery_liter

        box_delivery_marketplace_base = self.box_delivery_marketplace_base

        box_delivery_marketplace_coef_expr = self.box_delivery_marketplace_coef_expr

        box_delivery_marketplace_liter = self.box_delivery_marketplace_liter

        box_storage_base = self.box_storage_base

        box_storage_coef_expr = self.box_storage_coef_expr

        box_storage_liter = self.box_storage_liter

        geo_name = self.geo_name

        warehouse_name = self.warehouse_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if box_delivery_base is not UNSET:
            field_dict["boxDeliveryBase"] = box_delivery_base
        if box_delivery_coef_expr is not UNSET:
            field_dict["boxDeliveryCoefExpr"] = box_delivery_coef_expr
        if box_delivery_liter is not UNSET:
            field_dict["boxDeliveryLiter"] = box_delivery_liter
        if box_delivery_marketplace_base is not UNSET:
            field_dict["boxDeliveryMarketplaceBase"] = box_delivery_marketplace_base
        if box_delivery_marketplace_coef_expr is not UNSET:
            field_dict["boxDeliveryMarketplaceCoefExpr"] = (
                box_delivery_marketplace_coef_expr
            )
        if box_delivery_marketplace_liter is not UNSET:
            field_dict["boxDeliveryMarketplaceLiter"] = box_delivery_marketplace_liter
        if box_storage_base is not UNSET:
            field_dict["boxStorageBase"] = box_storage_base
        if box_storage_coef_expr is not UNSET:
            field_dict["boxStorageCoefExpr"] = box_storage_coef_expr
        if box_storage_liter is not UNSET:
            field_dict["boxStorageLiter"] = box_storage_liter
        if geo_name is not UNSET:
            field_dict["geoName"] = geo_name
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        box_delivery_base = d.pop("boxDeliveryBase", UNSET)

        box_delivery_coef_expr = d.pop("boxDeliveryCoefExpr", UNSET)

        box_delivery_liter = d.pop("boxDeliveryLiter", UNSET)

        box_delivery_marketplace_base = d.pop("boxDeliveryMarketplaceBase", UNSET)

        box_delivery_marketplace_coef_expr = d.pop(
            "boxDeliveryMarketplaceCoefExpr", UNSET
        )

        box_delivery_marketplace_liter = d.pop("boxDeliveryMarketplaceLiter", UNSET)

        box_storage_base = d.pop("boxStorageBase", UNSET)

        box_storage_coef_expr = d.pop("boxStorageCoefExpr", UNSET)

        box_storage_liter = d.pop("boxStorageLiter", UNSET)

        geo_name = d.pop("geoName", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        tariffs_box_response_response_data_warehouse_list_type_0_item = cls(
            box_delivery_base=box_delivery_base,
            box_delivery_coef_expr=box_delivery_coef_expr,
            box_delivery_liter=box_delivery_liter,
            box_delivery_marketplace_base=box_delivery_marketplace_base,
            box_delivery_marketplace_coef_expr=box_delivery_marketplace_coef_expr,
            box_delivery_marketplace_liter=box_delivery_marketplace_liter,
            box_storage_base=box_storage_base,
            box_storage_coef_expr=box_storage_coef_expr,
            box_storage_liter=box_storage_liter,
            geo_name=geo_name,
            warehouse_name=warehouse_name,
        )

        tariffs_box_response_response_data_warehouse_list_type_0_item.additional_properties = d
        return tariffs_box_response_response_data_warehouse_list_type_0_item

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
