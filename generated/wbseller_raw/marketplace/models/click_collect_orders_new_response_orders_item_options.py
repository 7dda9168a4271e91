from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickCollectOrdersNewResponseOrdersItemOptions")


@_attrs_define
class ClickCollectOrdersNewResponseOrdersItemOptions:
    """
    Attributes:
        is_b2_b (bool | Unset):
    """

    is_b2_b: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_b2_b = self.is_b2_b

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_b2_b is not UNSET:
            field_dict["isB2b"] = is_b2_b

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_b2_b = d.pop("isB2b", UNSET)

        click_collect_orders_new_response_orders_item_options = cls(
            is_b2_b=is_b2_b,
        )

        click_collect_orders_new_response_orders_item_options.additional_properties = d
        return click_collect_orders_new_response_orders_item_options

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
