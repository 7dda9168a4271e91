from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsOrdersSetImeiRequestOrdersItem")


@_attrs_define
class DbsOrdersSetImeiRequestOrdersItem:
    """
    Attributes:
        order_id (int | Unset):  Example: 123456.
        imei (str | Unset):  Example: 654321741987258.
    """

    order_id: int | Unset = UNSET
    imei: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        imei = self.imei

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if imei is not UNSET:
            field_dict["imei"] = imei

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        imei = d.pop("imei", UNSET)

        dbs_orders_set_imei_request_orders_item = cls(
            order_id=order_id,
            imei=imei,
        )

        dbs_orders_set_imei_request_orders_item.additional_properties = d
        return dbs_orders_set_imei_request_orders_item

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
