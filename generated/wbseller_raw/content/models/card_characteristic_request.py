from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardCharacteristicRequest")


@_attrs_define
class CardCharacteristicRequest:
    """A characteristic of a product card to create or update: its ID (from Subject
    characteristics) and its value, both required (WB's current reference, issue 11:
    specs/changes/2026-12-03-wb-current.yaml, card-characteristics-required).

        Attributes:
            id (int): Characteristic ID (charcID).
            value (Any): Characteristic value — an array of strings, or a number, depending on the characteristic.
    """

    id: int
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        value = d.pop("value")

        card_characteristic_request = cls(
            id=id,
            value=value,
        )

        card_characteristic_request.additional_properties = d
        return card_characteristic_request

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
