from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem")


@_attrs_define
class GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem:
    """
    Attributes:
        size_id (int | Unset):  Example: 3123515574.
        price (int | Unset):  Example: 500.
        discounted_price (float | Unset):  Example: 350.
        club_discounted_price (float | Unset):  Example: 332.5.
        tech_size_name (str | Unset):  Example: 42.
    """

    size_id: int | Unset = UNSET
    price: int | Unset = UNSET
    discounted_price: float | Unset = UNSET
    club_discounted_price: float | Unset = UNSET
    tech_size_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_id = self.size_id

        price = self.price

        discounted_price = self.discounted_price

        club_discounted_price = self.club_discounted_price

        tech_size_name = self.tech_size_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size_id is not UNSET:
            field_dict["sizeID"] = size_id
        if price is not UNSET:
            field_dict["price"] = price
        if discounted_price is not UNSET:
            field_dict["discountedPrice"] = discounted_price
        if club_discounted_price is not UNSET:
            field_dict["clubDiscountedPrice"] = club_discounted_price
        if tech_size_name is not UNSET:
            field_dict["techSizeName"] = tech_size_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        size_id = d.pop("sizeID", UNSET)

        price = d.pop("price", UNSET)

        discounted_price = d.pop("discountedPrice", UNSET)

        club_discounted_price = d.pop("clubDiscountedPrice", UNSET)

        tech_size_name = d.pop("techSizeName", UNSET)

        get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item = (
            cls(
                size_id=size_id,
                price=price,
                discounted_price=discounted_price,
                club_discounted_price=club_discounted_price,
                tech_size_name=tech_size_name,
            )
        )

        get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item.additional_properties = d
        return (
            get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item
        )

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
