from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbs_orders_status_history_response_orders_item_statuses_item import (
        FbsOrdersStatusHistoryResponseOrdersItemStatusesItem,
    )


T = TypeVar("T", bound="FbsOrdersStatusHistoryResponseOrdersItem")


@_attrs_define
class FbsOrdersStatusHistoryResponseOrdersItem:
    """
    Attributes:
        delivery_date (str | Unset):
        statuses (list[FbsOrdersStatusHistoryResponseOrdersItemStatusesItem] | Unset):
        order_id (int | Unset):  Example: 123456789.
    """

    delivery_date: str | Unset = UNSET
    statuses: list[FbsOrdersStatusHistoryResponseOrdersItemStatusesItem] | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_date = self.delivery_date

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if order_id is not UNSET:
            field_dict["orderID"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        delivery_date = d.pop("deliveryDate", UNSET)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[FbsOrdersStatusHistoryResponseOrdersItemStatusesItem] | Unset = (
            UNSET
        )
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = (
                    FbsOrdersStatusHistoryResponseOrdersItemStatusesItem.from_dict(
                        statuses_item_data
                    )
                )

                statuses.append(statuses_item)

        order_id = d.pop("orderID", UNSET)

        fbs_orders_status_history_response_orders_item = cls(
            delivery_date=delivery_date,
            statuses=statuses,
            order_id=order_id,
        )

        fbs_orders_status_history_response_orders_item.additional_properties = d
        return fbs_orders_status_history_response_orders_item

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
from ..models.fbs_orders_status_history_response_orders_item_statuses_item import FbsOrdersStatusHistoryResponseOrdersItemStatusesItem
