from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchReportTableDetailsResponseDataProductsItemCartToOrder")


@_attrs_define
class SearchReportTableDetailsResponseDataProductsItemCartToOrder:
    """
    Attributes:
        current (int | Unset):  Example: 5.
        dynamics (int | Unset):  Example: 50.
    """

    current: int | Unset = UNSET
    dynamics: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        dynamics = self.dynamics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if dynamics is not UNSET:
            field_dict["dynamics"] = dynamics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current = d.pop("current", UNSET)

        dynamics = d.pop("dynamics", UNSET)

        search_report_table_details_response_data_products_item_cart_to_order = cls(
            current=current,
            dynamics=dynamics,
        )

        search_report_table_details_response_data_products_item_cart_to_order.additional_properties = d
        return search_report_table_details_response_data_products_item_cart_to_order

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
