from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferMetaRequest")


@_attrs_define
class OfferMetaRequest:
    """Offer metadata. For offers with unique keys (sections 3, 12, 13) it carries `key_instruction`;
    `addresses` is WB's reference's (wbd-offer-requests).

        Attributes:
            key_instruction (None | str | Unset): Key activation instructions, at most 5000 characters (text; use \\n for
                line breaks). Example: Инструкция по активации
                1. Зайдите на сайт ...
                2.Вставьте ключ в поле ....
            addresses (None | str | Unset): Addresses (text), at most 1000 characters.
    """

    key_instruction: None | str | Unset = UNSET
    addresses: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_instruction: None | str | Unset
        if isinstance(self.key_instruction, Unset):
            key_instruction = UNSET
        else:
            key_instruction = self.key_instruction

        addresses: None | str | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        else:
            addresses = self.addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_instruction is not UNSET:
            field_dict["key_instruction"] = key_instruction
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_key_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_instruction = _parse_key_instruction(d.pop("key_instruction", UNSET))

        def _parse_addresses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        offer_meta_request = cls(
            key_instruction=key_instruction,
            addresses=addresses,
        )

        offer_meta_request.additional_properties = d
        return offer_meta_request

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
