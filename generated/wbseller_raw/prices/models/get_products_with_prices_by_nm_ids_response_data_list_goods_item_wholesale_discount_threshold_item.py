from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem",
)


@_attrs_define
class GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem:
    """
    Attributes:
        min_quantity (int | Unset):  Example: 10.
        wholesale_discount (int | Unset):  Example: 10.
        level (int | Unset):  Example: 1.
    """

    min_quantity: int | Unset = UNSET
    wholesale_discount: int | Unset = UNSET
    level: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_quantity = self.min_quantity

        wholesale_discount = self.wholesale_discount

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_quantity is not UNSET:
            field_dict["minQuantity"] = min_quantity
        if wholesale_discount is not UNSET:
            field_dict["wholesaleDiscount"] = wholesale_discount
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_quantity = d.pop("minQuantity", UNSET)

        wholesale_discount = d.pop("wholesaleDiscount", UNSET)

        level = d.pop("level", UNSET)

        get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item = cls(
            min_quantity=min_quantity,
            wholesale_discount=wholesale_discount,
            level=level,
        )

        get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item.additional_properties = d
        return get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item

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
