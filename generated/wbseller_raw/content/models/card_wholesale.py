from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardWholesale")


@_attrs_define
class CardWholesale:
    """A card's wholesale settings as the cards list and the trash answer them (issue 16,
    cards-kiz-wholesale; `enabled` a boolean and `quantum` a number in WB's reference of 2026,
    cards-lists-2026-08). Any other field is kept.

        Attributes:
            enabled (bool | None | Unset): Whether the card is sold wholesale.
            quantum (float | None | Unset): The wholesale lot (units per order step; WB declares a number, format uint64).
    """

    enabled: bool | None | Unset = UNSET
    quantum: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        quantum: float | None | Unset
        if isinstance(self.quantum, Unset):
            quantum = UNSET
        else:
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

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_quantum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantum = _parse_quantum(d.pop("quantum", UNSET))

        card_wholesale = cls(
            enabled=enabled,
            quantum=quantum,
        )

        card_wholesale.additional_properties = d
        return card_wholesale

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
