from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbwOrdersClientResponseOrdersItem")


@_attrs_define
class DbwOrdersClientResponseOrdersItem:
    """
    Attributes:
        replacement_phone (str | Unset):  Example: 79871234567.
        phone (str | Unset):  Example: +79871234567.
        first_name (str | Unset):
        full_name (str | Unset):
        additional_phones (list[str] | Unset):
        additional_phone_codes (list[int] | Unset):
        order_id (int | Unset):  Example: 1345678910.
        phone_code (int | Unset):  Example: 0.
    """

    replacement_phone: str | Unset = UNSET
    phone: str | Unset = UNSET
    first_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    additional_phones: list[str] | Unset = UNSET
    additional_phone_codes: list[int] | Unset = UNSET
    order_id: int | Unset = UNSET
    phone_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replacement_phone = self.replacement_phone

        phone = self.phone

        first_name = self.first_name

        full_name = self.full_name

        additional_phones: list[str] | Unset = UNSET
        if not isinstance(self.additional_phones, Unset):
            additional_phones = self.additional_phones

        additional_phone_codes: list[int] | Unset = UNSET
        if not isinstance(self.additional_phone_codes, Unset):
            additional_phone_codes = self.additional_phone_codes

        order_id = self.order_id

        phone_code = self.phone_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replacement_phone is not UNSET:
            field_dict["replacementPhone"] = replacement_phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if additional_phones is not UNSET:
            field_dict["additionalPhones"] = additional_phones
        if additional_phone_codes is not UNSET:
            field_dict["additionalPhoneCodes"] = additional_phone_codes
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if phone_code is not UNSET:
            field_dict["phoneCode"] = phone_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        replacement_phone = d.pop("replacementPhone", UNSET)

        phone = d.pop("phone", UNSET)

        first_name = d.pop("firstName", UNSET)

        full_name = d.pop("fullName", UNSET)

        additional_phones = cast(list[str], d.pop("additionalPhones", UNSET))

        additional_phone_codes = cast(list[int], d.pop("additionalPhoneCodes", UNSET))

        order_id = d.pop("orderId", UNSET)

        phone_code = d.pop("phoneCode", UNSET)

        dbw_orders_client_response_orders_item = cls(
            replacement_phone=replacement_phone,
            phone=phone,
            first_name=first_name,
            full_name=full_name,
            additional_phones=additional_phones,
            additional_phone_codes=additional_phone_codes,
            order_id=order_id,
            phone_code=phone_code,
        )

        dbw_orders_client_response_orders_item.additional_properties = d
        return dbw_orders_client_response_orders_item

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
