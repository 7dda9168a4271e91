from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbs_orders_status_response_orders_item import (
        FbsOrdersStatusResponseOrdersItem,
    )


T = TypeVar("T", bound="FbsOrdersStatusResponse")


@_attrs_define
class FbsOrdersStatusResponse:
    """
    Attributes:
        orders (list[FbsOrdersStatusResponseOrdersItem] | Unset):
    """

    orders: list[FbsOrdersStatusResponseOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _orders = d.pop("orders", UNSET)
        orders: list[FbsOrdersStatusResponseOrdersItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = FbsOrdersStatusResponseOrdersItem.from_dict(
                    orders_item_data
                )

                orders.append(orders_item)

        fbs_orders_status_response = cls(
            orders=orders,
        )

        fbs_orders_status_response.additional_properties = d
        return fbs_orders_status_response

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
from ..models.fbs_orders_status_response_orders_item import FbsOrdersStatusResponseOrdersItem
