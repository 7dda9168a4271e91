from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchReportProductOrdersResponseDataTotalItem")


@_attrs_define
class SearchReportProductOrdersResponseDataTotalItem:
    """
    Attributes:
        dt (str | Unset):  Example: 2024-02-10.
        avg_position (int | Unset):  Example: 10.
        orders (int | Unset):  Example: 20.
    """

    dt: str | Unset = UNSET
    avg_position: int | Unset = UNSET
    orders: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dt = self.dt

        avg_position = self.avg_position

        orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dt is not UNSET:
            field_dict["dt"] = dt
        if avg_position is not UNSET:
            field_dict["avgPosition"] = avg_position
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dt = d.pop("dt", UNSET)

        avg_position = d.pop("avgPosition", UNSET)

        orders = d.pop("orders", UNSET)

        search_report_product_orders_response_data_total_item = cls(
            dt=dt,
            avg_position=avg_position,
            orders=orders,
        )

        search_report_product_orders_response_data_total_item.additional_properties = d
        return search_report_product_orders_response_data_total_item

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
