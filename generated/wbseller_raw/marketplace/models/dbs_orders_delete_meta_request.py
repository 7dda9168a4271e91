from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbs_orders_delete_meta_request_key import (
    DbsOrdersDeleteMetaRequestKey,
    check_dbs_orders_delete_meta_request_key,
)

T = TypeVar("T", bound="DbsOrdersDeleteMetaRequest")


@_attrs_define
class DbsOrdersDeleteMetaRequest:
    """
    Attributes:
        key (DbsOrdersDeleteMetaRequestKey):  Example: imei.
        order_ids (list[int]):
    """

    key: DbsOrdersDeleteMetaRequestKey
    order_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: str = self.key

        order_ids = self.order_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "orderIds": order_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = check_dbs_orders_delete_meta_request_key(d.pop("key"))

        order_ids = cast(list[int], d.pop("orderIds"))

        dbs_orders_delete_meta_request = cls(
            key=key,
            order_ids=order_ids,
        )

        dbs_orders_delete_meta_request.additional_properties = d
        return dbs_orders_delete_meta_request

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
