from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardsLimits")


@_attrs_define
class CardsLimits:
    """Free and paid limits for creating product cards.

    Attributes:
        free_limits (int | Unset): Free limit for creating product cards.
        paid_limits (int | Unset): Paid limit for creating product cards.
    """

    free_limits: int | Unset = UNSET
    paid_limits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        free_limits = self.free_limits

        paid_limits = self.paid_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if free_limits is not UNSET:
            field_dict["freeLimits"] = free_limits
        if paid_limits is not UNSET:
            field_dict["paidLimits"] = paid_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        free_limits = d.pop("freeLimits", UNSET)

        paid_limits = d.pop("paidLimits", UNSET)

        cards_limits = cls(
            free_limits=free_limits,
            paid_limits=paid_limits,
        )

        cards_limits.additional_properties = d
        return cards_limits

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
