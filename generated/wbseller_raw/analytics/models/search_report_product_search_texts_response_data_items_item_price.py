from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchReportProductSearchTextsResponseDataItemsItemPrice")


@_attrs_define
class SearchReportProductSearchTextsResponseDataItemsItemPrice:
    """
    Attributes:
        min_price (int | Unset):  Example: 150.
        max_price (int | Unset):  Example: 300.
    """

    min_price: int | Unset = UNSET
    max_price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_price = self.min_price

        max_price = self.max_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_price = d.pop("minPrice", UNSET)

        max_price = d.pop("maxPrice", UNSET)

        search_report_product_search_texts_response_data_items_item_price = cls(
            min_price=min_price,
            max_price=max_price,
        )

        search_report_product_search_texts_response_data_items_item_price.additional_properties = d
        return search_report_product_search_texts_response_data_items_item_price

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
