from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions"
)


@_attrs_define
class SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions:
    """
    Attributes:
        add_to_cart_percent (int | Unset):  Example: 19.
        cart_to_order_percent (int | Unset):  Example: 65.
        buyout_percent (int | Unset):
    """

    add_to_cart_percent: int | Unset = UNSET
    cart_to_order_percent: int | Unset = UNSET
    buyout_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_to_cart_percent = self.add_to_cart_percent

        cart_to_order_percent = self.cart_to_order_percent

        buyout_percent = self.buyout_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_to_cart_percent is not UNSET:
            field_dict["addToCartPercent"] = add_to_cart_percent
        if cart_to_order_percent is not UNSET:
            field_dict["cartToOrderPercent"] = cart_to_order_percent
        if buyout_percent is not UNSET:
            field_dict["buyoutPercent"] = buyout_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add_to_cart_percent = d.pop("addToCartPercent", UNSET)

        cart_to_order_percent = d.pop("cartToOrderPercent", UNSET)

        buyout_percent = d.pop("buyoutPercent", UNSET)

        sales_funnel_products_response_data_products_item_statistic_selected_conversions = cls(
            add_to_cart_percent=add_to_cart_percent,
            cart_to_order_percent=cart_to_order_percent,
            buyout_percent=buyout_percent,
        )

        sales_funnel_products_response_data_products_item_statistic_selected_conversions.additional_properties = d
        return sales_funnel_products_response_data_products_item_statistic_selected_conversions

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
