from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbwSupplyGoodsItem")


@_attrs_define
class FbwSupplyGoodsItem:
    """
    Attributes:
        barcode (str | Unset):
        vendor_code (str | Unset):
        nm_id (int | Unset):
        need_kiz (bool | Unset):
        tnved (None | str | Unset):
        tech_size (str | Unset):
        color (None | str | Unset):
        supplier_box_amount (int | None | Unset):
        quantity (int | Unset):
        ready_for_sale_quantity (int | None | Unset):
        accepted_quantity (int | None | Unset):
        unloading_quantity (int | None | Unset):
    """

    barcode: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    need_kiz: bool | Unset = UNSET
    tnved: None | str | Unset = UNSET
    tech_size: str | Unset = UNSET
    color: None | str | Unset = UNSET
    supplier_box_amount: int | None | Unset = UNSET
    quantity: int | Unset = UNSET
    ready_for_sale_quantity: int | None | Unset = UNSET
    accepted_quantity: int | None | Unset = UNSET
    unloading_quantity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode = self.barcode

        vendor_code = self.vendor_code

        nm_id = self.nm_id

        need_kiz = self.need_kiz

        tnved: None | str | Unset
        if isinstance(self.tnved, Unset):
            tnved = UNSET
        else:
            tnved = self.tnved

        tech_size = self.tech_size

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        supplier_box_amount: int | None | Unset
        if isinstance(self.supplier_box_amount, Unset):
            supplier_box_amount = UNSET
        else:
            supplier_box_amount = self.supplier_box_amount

        quantity = self.quantity

        ready_for_sale_quantity: int | None | Unset
        if isinstance(self.ready_for_sale_quantity, Unset):
            ready_for_sale_quantity = UNSET
        else:
            ready_for_sale_quantity = self.ready_for_sale_quantity

        accepted_quantity: int | None | Unset
        if isinstance(self.accepted_quantity, Unset):
            accepted_quantity = UNSET
        else:
            accepted_quantity = self.accepted_quantity

        unloading_quantity: int | None | Unset
        if isinstance(self.unloading_quantity, Unset):
            unloading_quantity = UNSET
        else:
            unloading_quantity = self.unloading_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if need_kiz is not UNSET:
            field_dict["needKiz"] = need_kiz
        if tnved is not UNSET:
            field_dict["tnved"] = tnved
        if tech_size is not UNSET:
            field_dict["techSize"] = tech_size
        if color is not UNSET:
            field_dict["color"] = color
        if supplier_box_amount is not UNSET:
            field_dict["supplierBoxAmount"] = supplier_box_amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if ready_for_sale_quantity is not UNSET:
            field_dict["readyForSaleQuantity"] = ready_for_sale_quantity
        if accepted_quantity is not UNSET:
            field_dict["acceptedQuantity"] = accepted_quantity
        if unloading_quantity is not UNSET:
            field_dict["unloadingQuantity"] = unloading_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        barcode = d.pop("barcode", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        nm_id = d.pop("nmID", UNSET)

        need_kiz = d.pop("needKiz", UNSET)

        def _parse_tnved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tnved = _parse_tnved(d.pop("tnved", UNSET))

        tech_size = d.pop("techSize", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_supplier_box_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_box_amount = _parse_supplier_box_amount(
            d.pop("supplierBoxAmount", UNSET)
        )

        quantity = d.pop("quantity", UNSET)

        def _parse_ready_for_sale_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ready_for_sale_quantity = _parse_ready_for_sale_quantity(
            d.pop("readyForSaleQuantity", UNSET)
        )

        def _parse_accepted_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accepted_quantity = _parse_accepted_quantity(d.pop("acceptedQuantity", UNSET))

        def _parse_unloading_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unloading_quantity = _parse_unloading_quantity(
            d.pop("unloadingQuantity", UNSET)
        )

        fbw_supply_goods_item = cls(
            barcode=barcode,
            vendor_code=vendor_code,
            nm_id=nm_id,
            need_kiz=need_kiz,
            tnved=tnved,
            tech_size=tech_size,
            color=color,
            supplier_box_amount=supplier_box_amount,
            quantity=quantity,
            ready_for_sale_quantity=ready_for_sale_quantity,
            accepted_quantity=accepted_quantity,
            unloading_quantity=unloading_quantity,
        )

        fbw_supply_goods_item.additional_properties = d
        return fbw_supply_goods_item

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
