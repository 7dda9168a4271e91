from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item import (
        SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem,
    )


T = TypeVar("T", bound="SetB2BWholesaleDiscountsRequestDataItem")


@_attrs_define
class SetB2BWholesaleDiscountsRequestDataItem:
    """
    Attributes:
        nm_id (int):  Example: 694707813.
        wholesale_discount_threshold (list[SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem]):
    """

    nm_id: int
    wholesale_discount_threshold: list[
        SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        wholesale_discount_threshold = []
        for wholesale_discount_threshold_item_data in self.wholesale_discount_threshold:
            wholesale_discount_threshold_item = (
                wholesale_discount_threshold_item_data.to_dict()
            )
            wholesale_discount_threshold.append(wholesale_discount_threshold_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nmId": nm_id,
                "wholesaleDiscountThreshold": wholesale_discount_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmId")

        wholesale_discount_threshold = []
        _wholesale_discount_threshold = d.pop("wholesaleDiscountThreshold")
        for wholesale_discount_threshold_item_data in _wholesale_discount_threshold:
            wholesale_discount_threshold_item = SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem.from_dict(
                wholesale_discount_threshold_item_data
            )

            wholesale_discount_threshold.append(wholesale_discount_threshold_item)

        set_b2b_wholesale_discounts_request_data_item = cls(
            nm_id=nm_id,
            wholesale_discount_threshold=wholesale_discount_threshold,
        )

        set_b2b_wholesale_discounts_request_data_item.additional_properties = d
        return set_b2b_wholesale_discounts_request_data_item

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

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.set_b2b_wholesale_discounts_request_data_item_wholesale_discount_threshold_item import SetB2BWholesaleDiscountsRequestDataItemWholesaleDiscountThresholdItem
