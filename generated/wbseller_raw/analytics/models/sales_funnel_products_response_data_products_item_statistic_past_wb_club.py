from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesFunnelProductsResponseDataProductsItemStatisticPastWbClub")


@_attrs_define
class SalesFunnelProductsResponseDataProductsItemStatisticPastWbClub:
    """
    Attributes:
        order_count (int | Unset):  Example: 19.
        order_sum (int | Unset):  Example: 1262.
        buyout_sum (int | Unset):  Example: 1262.
        buyout_count (int | Unset):  Example: 19.
        cancel_sum (int | Unset):  Example: 0.
        cancel_count (int | Unset):  Example: 0.
        avg_price (int | Unset):  Example: 1262.
        buyout_percent (int | Unset):  Example: 43.
        avg_order_count_per_day (float | Unset):  Example: 0.04.
    """

    order_count: int | Unset = UNSET
    order_sum: int | Unset = UNSET
    buyout_sum: int | Unset = UNSET
    buyout_count: int | Unset = UNSET
    cancel_sum: int | Unset = UNSET
    cancel_count: int | Unset = UNSET
    avg_price: int | Unset = UNSET
    buyout_percent: int | Unset = UNSET
    avg_order_count_per_day: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_count = self.order_count

        order_sum = self.order_sum

        buyout_sum = self.buyout_sum

        buyout_count = self.buyout_count

        cancel_sum = self.cancel_sum

        cancel_count = self.cancel_count

        avg_price = self.avg_price

        buyout_percent = self.buyout_percent

        avg_order_count_per_day = self.avg_order_count_per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_count is not UNSET:
            field_dict["orderCount"] = order_count
        if order_sum is not UNSET:
            field_dict["orderSum"] = order_sum
        if buyout_sum is not UNSET:
            field_dict["buyoutSum"] = buyout_sum
        if buyout_count is not UNSET:
            field_dict["buyoutCount"] = buyout_count
        if cancel_sum is not UNSET:
            field_dict["cancelSum"] = cancel_sum
        if cancel_count is not UNSET:
            field_dict["cancelCount"] = cancel_count
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if buyout_percent is not UNSET:
            field_dict["buyoutPercent"] = buyout_percent
        if avg_order_count_per_day is not UNSET:
            field_dict["avgOrderCountPerDay"] = avg_order_count_per_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_count = d.pop("orderCount", UNSET)

        order_sum = d.pop("orderSum", UNSET)

        buyout_sum = d.pop("buyoutSum", UNSET)

        buyout_count = d.pop("buyoutCount", UNSET)

        cancel_sum = d.pop("cancelSum", UNSET)

        cancel_count = d.pop("cancelCount", UNSET)

        avg_price = d.pop("avgPrice", UNSET)

        buyout_percent = d.pop("buyoutPercent", UNSET)

        avg_order_count_per_day = d.pop("avgOrderCountPerDay", UNSET)

        sales_funnel_products_response_data_products_item_statistic_past_wb_club = cls(
            order_count=order_count,
            order_sum=order_sum,
            buyout_sum=buyout_sum,
            buyout_count=buyout_count,
            cancel_sum=cancel_sum,
            cancel_count=cancel_count,
            avg_price=avg_price,
            buyout_percent=buyout_percent,
            avg_order_count_per_day=avg_order_count_per_day,
        )

        sales_funnel_products_response_data_products_item_statistic_past_wb_club.additional_properties = d
        return sales_funnel_products_response_data_products_item_statistic_past_wb_club

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
