from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickCollectOrdersClientResponseOrdersItem")


@_attrs_define
class ClickCollectOrdersClientResponseOrdersItem:
    """
    Attributes:
        phone (str | Unset):  Example: +7111111111.
        first_name (str | Unset):
        order_id (int | Unset):  Example: 4564152.
        phone_code (int | Unset):  Example: 3535.
    """

    phone: str | Unset = UNSET
    first_name: str | Unset = UNSET
    order_id: int | Unset = UNSET
    phone_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        first_name = self.first_name

        order_id = self.order_id

        phone_code = self.phone_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if order_id is not UNSET:
            field_dict["orderID"] = order_id
        if phone_code is not UNSET:
            field_dict["phoneCode"] = phone_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        first_name = d.pop("firstName", UNSET)

        order_id = d.pop("orderID", UNSET)

        phone_code = d.pop("phoneCode", UNSET)

        click_collect_orders_client_response_orders_item = cls(
            phone=phone,
            first_name=first_name,
            order_id=order_id,
            phone_code=phone_code,
        )

        click_collect_orders_client_response_orders_item.additional_properties = d
        return click_collect_orders_client_response_orders_item

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
