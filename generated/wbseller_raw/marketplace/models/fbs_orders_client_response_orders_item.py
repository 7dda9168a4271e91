from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsOrdersClientResponseOrdersItem")


@_attrs_define
class FbsOrdersClientResponseOrdersItem:
    """
    Attributes:
        first_name (str | Unset):
        full_name (str | Unset):
        last_name (str | Unset):
        middle_name (str | Unset):
        order_id (int | Unset):  Example: 134567.
        phone (str | Unset):  Example: 79871234567.
        phone_code (str | Unset):  Example: 0.
    """

    first_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    order_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    phone_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        full_name = self.full_name

        last_name = self.last_name

        middle_name = self.middle_name

        order_id = self.order_id

        phone = self.phone

        phone_code = self.phone_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if order_id is not UNSET:
            field_dict["orderID"] = order_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_code is not UNSET:
            field_dict["phoneCode"] = phone_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        full_name = d.pop("fullName", UNSET)

        last_name = d.pop("lastName", UNSET)

        middle_name = d.pop("middleName", UNSET)

        order_id = d.pop("orderID", UNSET)

        phone = d.pop("phone", UNSET)

        phone_code = d.pop("phoneCode", UNSET)

        fbs_orders_client_response_orders_item = cls(
            first_name=first_name,
            full_name=full_name,
            last_name=last_name,
            middle_name=middle_name,
            order_id=order_id,
            phone=phone,
            phone_code=phone_code,
        )

        fbs_orders_client_response_orders_item.additional_properties = d
        return fbs_orders_client_response_orders_item

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
