from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesFunnelProductsHistoryItemHistoryItem")


@_attrs_define
class SalesFunnelProductsHistoryItemHistoryItem:
    """
    Attributes:
        date (str | Unset):  Example: 2024-10-23.
        open_count (int | Unset):  Example: 45.
        cart_count (int | Unset):  Example: 34.
        order_count (int | Unset):  Example: 19.
        order_sum (int | Unset):  Example: 1262.
        buyout_count (int | Unset):  Example: 19.
        buyout_sum (int | Unset):  Example: 1262.
        buyout_percent (int | Unset):  Example: 35.
        add_to_cart_conversion (int | Unset):  Example: 43.
        cart_to_order_conversion (int | Unset):
        add_to_wishlist_count (int | Unset):
    """

    date: str | Unset = UNSET
    open_count: int | Unset = UNSET
    cart_count: int | Unset = UNSET
    order_count: int | Unset = UNSET
    order_sum: int | Unset = UNSET
    buyout_count: int | Unset = UNSET
    buyout_sum: int | Unset = UNSET
    buyout_percent: int | Unset = UNSET
    add_to_cart_conversion: int | Unset = UNSET
    cart_to_order_conversion: int | Unset = UNSET
    add_to_wishlist_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        open_count = self.open_count

        cart_count = self.cart_count

        order_count = self.order_count

        order_sum = self.order_sum

        buyout_count = self.buyout_count

        buyout_sum = self.buyout_sum

        buyout_percent = self.buyout_percent

        add_to_cart_conversion = self.add_to_cart_conversion

        cart_to_order_conversion = self.cart_to_order_conversion

        add_to_wishlist_count = self.add_to_wishlist_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if open_count is not UNSET:
            field_dict["openCount"] = open_count
        if cart_count is not UNSET:
            field_dict["cartCount"] = cart_count
        if order_count is not UNSET:
            field_dict["orderCount"] = order_count
        if order_sum is not UNSET:
            field_dict["orderSum"] = order_sum
        if buyout_count is not UNSET:
            field_dict["buyoutCount"] = buyout_count
        if buyout_sum is not UNSET:
            field_dict["buyoutSum"] = buyout_sum
        if buyout_percent is not UNSET:
            field_dict["buyoutPercent"] = buyout_percent
        if add_to_cart_conversion is not UNSET:
            field_dict["addToCartConversion"] = add_to_cart_conversion
        if cart_to_order_conversion is not UNSET:
            field_dict["cartToOrderConversion"] = cart_to_order_conversion
        if add_to_wishlist_count is not UNSET:
            field_dict["addToWishlistCount"] = add_to_wishlist_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        open_count = d.pop("openCount", UNSET)

        cart_count = d.pop("cartCount", UNSET)

        order_count = d.pop("orderCount", UNSET)

        order_sum = d.pop("orderSum", UNSET)

        buyout_count = d.pop("buyoutCount", UNSET)

        buyout_sum = d.pop("buyoutSum", UNSET)

        buyout_percent = d.pop("buyoutPercent", UNSET)

        add_to_cart_conversion = d.pop("addToCartConversion", UNSET)

        cart_to_order_conversion = d.pop("cartToOrderConversion", UNSET)

        add_to_wishlist_count = d.pop("addToWishlistCount", UNSET)

        sales_funnel_products_history_item_history_item = cls(
            date=date,
            open_count=open_count,
            cart_count=cart_count,
            order_count=order_count,
            order_sum=order_sum,
            buyout_count=buyout_count,
            buyout_sum=buyout_sum,
            buyout_percent=buyout_percent,
            add_to_cart_conversion=add_to_cart_conversion,
            cart_to_order_conversion=cart_to_order_conversion,
            add_to_wishlist_count=add_to_wishlist_count,
        )

        sales_funnel_products_history_item_history_item.additional_properties = d
        return sales_funnel_products_history_item_history_item

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
