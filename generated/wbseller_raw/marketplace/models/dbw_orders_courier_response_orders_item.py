from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbw_orders_courier_response_orders_item_courier_info import (
        DbwOrdersCourierResponseOrdersItemCourierInfo,
    )


T = TypeVar("T", bound="DbwOrdersCourierResponseOrdersItem")


@_attrs_define
class DbwOrdersCourierResponseOrdersItem:
    """
    Attributes:
        courier_info (DbwOrdersCourierResponseOrdersItemCourierInfo | Unset):
        order_id (int | Unset):  Example: 2876979713.
    """

    courier_info: DbwOrdersCourierResponseOrdersItemCourierInfo | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courier_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.courier_info, Unset):
            courier_info = self.courier_info.to_dict()

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if courier_info is not UNSET:
            field_dict["courierInfo"] = courier_info
        if order_id is not UNSET:
            field_dict["orderID"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _courier_info = d.pop("courierInfo", UNSET)
        courier_info: DbwOrdersCourierResponseOrdersItemCourierInfo | Unset
        if isinstance(_courier_info, Unset):
            courier_info = UNSET
        else:
            courier_info = DbwOrdersCourierResponseOrdersItemCourierInfo.from_dict(
                _courier_info
            )

        order_id = d.pop("orderID", UNSET)

        dbw_orders_courier_response_orders_item = cls(
            courier_info=courier_info,
            order_id=order_id,
        )

        dbw_orders_courier_response_orders_item.additional_properties = d
        return dbw_orders_courier_response_orders_item

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
from ..models.dbw_orders_courier_response_orders_item_courier_info import DbwOrdersCourierResponseOrdersItemCourierInfo
