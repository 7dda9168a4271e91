from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClickCollectOrdersSetGtinRequestOrdersItem")


@_attrs_define
class ClickCollectOrdersSetGtinRequestOrdersItem:
    """
    Attributes:
        gtin (str):  Example: 1234567890123.
        order_id (int):  Example: 123456.
    """

    gtin: str
    order_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gtin = self.gtin

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gtin": gtin,
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gtin = d.pop("gtin")

        order_id = d.pop("orderId")

        click_collect_orders_set_gtin_request_orders_item = cls(
            gtin=gtin,
            order_id=order_id,
        )

        click_collect_orders_set_gtin_request_orders_item.additional_properties = d
        return click_collect_orders_set_gtin_request_orders_item

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
