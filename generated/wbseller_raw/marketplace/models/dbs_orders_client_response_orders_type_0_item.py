from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsOrdersClientResponseOrdersType0Item")


@_attrs_define
class DbsOrdersClientResponseOrdersType0Item:
    """
    Attributes:
        replacement_phone (str | Unset):  Example: 79871234567.
        first_name (str | Unset):
        full_name (str | Unset):
        order_id (int | Unset):  Example: 134567.
        phone (str | Unset):  Example: +79871234567.
        phone_code (int | Unset):  Example: 1234567.
        additional_phone_codes (list[str] | Unset):
    """

    replacement_phone: str | Unset = UNSET
    first_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    order_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    phone_code: int | Unset = UNSET
    additional_phone_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replacement_phone = self.replacement_phone

        first_name = self.first_name

        full_name = self.full_name

        order_id = self.order_id

        phone = self.phone

        phone_code = self.phone_code

        additional_phone_codes: list[str] | Unset = UNSET
        if not isinstance(self.additional_phone_codes, Unset):
            additional_phone_codes = self.additional_phone_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replacement_phone is not UNSET:
            field_dict["replacementPhone"] = replacement_phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if order_id is not UNSET:
            field_dict["orderID"] = order_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_code is not UNSET:
            field_dict["phoneCode"] = phone_code
        if additional_phone_codes is not UNSET:
            field_dict["additionalPhoneCodes"] = additional_phone_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        replacement_phone = d.pop("replacementPhone", UNSET)

        first_name = d.pop("firstName", UNSET)

        full_name = d.pop("fullName", UNSET)

        order_id = d.pop("orderID", UNSET)

        phone = d.pop("phone", UNSET)

        phone_code = d.pop("phoneCode", UNSET)

        additional_phone_codes = cast(list[str], d.pop("additionalPhoneCodes", UNSET))

        dbs_orders_client_response_orders_type_0_item = cls(
            replacement_phone=replacement_phone,
            first_name=first_name,
            full_name=full_name,
            order_id=order_id,
            phone=phone,
            phone_code=phone_code,
            additional_phone_codes=additional_phone_codes,
        )

        dbs_orders_client_response_orders_type_0_item.additional_properties = d
        return dbs_orders_client_response_orders_type_0_item

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
