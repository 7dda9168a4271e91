from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsOrdersSetSgtinRequestOrdersItem")


@_attrs_define
class DbsOrdersSetSgtinRequestOrdersItem:
    """
    Attributes:
        order_id (int | Unset):  Example: 123456.
        sgtins (list[str] | Unset):
    """

    order_id: int | Unset = UNSET
    sgtins: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sgtins: list[str] | Unset = UNSET
        if not isinstance(self.sgtins, Unset):
            sgtins = self.sgtins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if sgtins is not UNSET:
            field_dict["sgtins"] = sgtins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        sgtins = cast(list[str], d.pop("sgtins", UNSET))

        dbs_orders_set_sgtin_request_orders_item = cls(
            order_id=order_id,
            sgtins=sgtins,
        )

        dbs_orders_set_sgtin_request_orders_item.additional_properties = d
        return dbs_orders_set_sgtin_request_orders_item

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
