from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsReshipmentOrdersResponseOrdersItem")


@_attrs_define
class FbsReshipmentOrdersResponseOrdersItem:
    """
    Attributes:
        supply_id (Any | Unset):
        order_id (Any | Unset):
    """

    supply_id: Any | Unset = UNSET
    order_id: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supply_id = self.supply_id

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supply_id is not UNSET:
            field_dict["supplyID"] = supply_id
        if order_id is not UNSET:
            field_dict["orderID"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supply_id = d.pop("supplyID", UNSET)

        order_id = d.pop("orderID", UNSET)

        fbs_reshipment_orders_response_orders_item = cls(
            supply_id=supply_id,
            order_id=order_id,
        )

        fbs_reshipment_orders_response_orders_item.additional_properties = d
        return fbs_reshipment_orders_response_orders_item

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
