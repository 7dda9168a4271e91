from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsOrdersMetaRequest")


@_attrs_define
class DbsOrdersMetaRequest:
    """
    Attributes:
        orders_ids (list[int] | Unset):
    """

    orders_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders_ids: list[int] | Unset = UNSET
        if not isinstance(self.orders_ids, Unset):
            orders_ids = self.orders_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders_ids is not UNSET:
            field_dict["ordersIds"] = orders_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        orders_ids = cast(list[int], d.pop("ordersIds", UNSET))

        dbs_orders_meta_request = cls(
            orders_ids=orders_ids,
        )

        dbs_orders_meta_request.additional_properties = d
        return dbs_orders_meta_request

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
