from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T", bound="SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem"
)


@_attrs_define
class SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem:
    """
    Attributes:
        min_quantity (int):  Example: 10.
        wholesale_discount (int):  Example: 10.
        level (int):  Example: 1.
    """

    min_quantity: int
    wholesale_discount: int
    level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_quantity = self.min_quantity

        wholesale_discount = self.wholesale_discount

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minQuantity": min_quantity,
                "wholesaleDiscount": wholesale_discount,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_quantity = d.pop("minQuantity")

        wholesale_discount = d.pop("wholesaleDiscount")

        level = d.pop("level")

        set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item = cls(
            min_quantity=min_quantity,
            wholesale_discount=wholesale_discount,
            level=level,
        )

        set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item.additional_properties = d
        return set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item

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
