from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WholesaleDiscountThreshold")


@_attrs_define
class WholesaleDiscountThreshold:
    """One level of a product's wholesale (B2B) discount.

    Attributes:
        level (int | Unset): Discount level.
        min_quantity (int | Unset): Minimum number of units for the discount.
        wholesale_discount (int | Unset): Discount, %.
    """

    level: int | Unset = UNSET
    min_quantity: int | Unset = UNSET
    wholesale_discount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        min_quantity = self.min_quantity

        wholesale_discount = self.wholesale_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level
        if min_quantity is not UNSET:
            field_dict["minQuantity"] = min_quantity
        if wholesale_discount is not UNSET:
            field_dict["wholesaleDiscount"] = wholesale_discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = d.pop("level", UNSET)

        min_quantity = d.pop("minQuantity", UNSET)

        wholesale_discount = d.pop("wholesaleDiscount", UNSET)

        wholesale_discount_threshold = cls(
            level=level,
            min_quantity=min_quantity,
            wholesale_discount=wholesale_discount,
        )

        wholesale_discount_threshold.additional_properties = d
        return wholesale_discount_threshold

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
