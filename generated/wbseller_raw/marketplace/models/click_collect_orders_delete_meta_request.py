from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.click_collect_orders_delete_meta_request_key import (
    ClickCollectOrdersDeleteMetaRequestKey,
    check_click_collect_orders_delete_meta_request_key,
)

T = TypeVar("T", bound="ClickCollectOrdersDeleteMetaRequest")


@_attrs_define
class ClickCollectOrdersDeleteMetaRequest:
    """
    Attributes:
        key (ClickCollectOrdersDeleteMetaRequestKey):  Example: imei.
        orders_ids (list[int]):
    """

    key: ClickCollectOrdersDeleteMetaRequestKey
    orders_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: str = self.key

        orders_ids = self.orders_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "ordersIds": orders_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = check_click_collect_orders_delete_meta_request_key(d.pop("key"))

        orders_ids = cast(list[int], d.pop("ordersIds"))

        click_collect_orders_delete_meta_request = cls(
            key=key,
            orders_ids=orders_ids,
        )

        click_collect_orders_delete_meta_request.additional_properties = d
        return click_collect_orders_delete_meta_request

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
