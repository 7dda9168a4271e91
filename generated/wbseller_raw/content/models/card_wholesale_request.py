from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardWholesaleRequest")


@_attrs_define
class CardWholesaleRequest:
    """Wholesale sale settings of a new product card (create, create with merge;
    cards-write-fields-2026-08).

        Attributes:
            enabled (bool | Unset): Whether the card is sold wholesale.
            quantum (int | Unset): The wholesale lot (units per order step); WB's type is an unsigned 64-bit integer.
    """

    enabled: bool | Unset = UNSET
    quantum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        quantum = self.quantum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if quantum is not UNSET:
            field_dict["quantum"] = quantum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        quantum = d.pop("quantum", UNSET)

        card_wholesale_request = cls(
            enabled=enabled,
            quantum=quantum,
        )

        card_wholesale_request.additional_properties = d
        return card_wholesale_request

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
