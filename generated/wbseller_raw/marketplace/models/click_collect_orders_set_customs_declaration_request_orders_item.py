from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClickCollectOrdersSetCustomsDeclarationRequestOrdersItem")


@_attrs_define
class ClickCollectOrdersSetCustomsDeclarationRequestOrdersItem:
    """
    Attributes:
        customs_declaration (str):  Example: 10704010/010624/0000302.
        order_id (int):
        origin_country_code (str):  Example: 643.
    """

    customs_declaration: str
    order_id: int
    origin_country_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customs_declaration = self.customs_declaration

        order_id = self.order_id

        origin_country_code = self.origin_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customsDeclaration": customs_declaration,
                "orderId": order_id,
                "originCountryCode": origin_country_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customs_declaration = d.pop("customsDeclaration")

        order_id = d.pop("orderId")

        origin_country_code = d.pop("originCountryCode")

        click_collect_orders_set_customs_declaration_request_orders_item = cls(
            customs_declaration=customs_declaration,
            order_id=order_id,
            origin_country_code=origin_country_code,
        )

        click_collect_orders_set_customs_declaration_request_orders_item.additional_properties = d
        return click_collect_orders_set_customs_declaration_request_orders_item

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
