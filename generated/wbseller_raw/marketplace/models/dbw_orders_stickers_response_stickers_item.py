from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbwOrdersStickersResponseStickersItem")


@_attrs_define
class DbwOrdersStickersResponseStickersItem:
    """
    Attributes:
        order_id (int | Unset):  Example: 5346346.
        part_a (str | Unset):  Example: 231648.
        part_b (str | Unset):  Example: 97523.
        barcode (str | Unset):  Example: !uKEtQZVx.
        file (str | Unset):
    """

    order_id: int | Unset = UNSET
    part_a: str | Unset = UNSET
    part_b: str | Unset = UNSET
    barcode: str | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        part_a = self.part_a

        part_b = self.part_b

        barcode = self.barcode

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if part_a is not UNSET:
            field_dict["partA"] = part_a
        if part_b is not UNSET:
            field_dict["partB"] = part_b
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        part_a = d.pop("partA", UNSET)

        part_b = d.pop("partB", UNSET)

        barcode = d.pop("barcode", UNSET)

        file = d.pop("file", UNSET)

        dbw_orders_stickers_response_stickers_item = cls(
            order_id=order_id,
            part_a=part_a,
            part_b=part_b,
            barcode=barcode,
            file=file,
        )

        dbw_orders_stickers_response_stickers_item.additional_properties = d
        return dbw_orders_stickers_response_stickers_item

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
