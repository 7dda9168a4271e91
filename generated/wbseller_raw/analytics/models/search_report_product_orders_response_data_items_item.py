from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_product_orders_response_data_items_item_date_items_item import (
        SearchReportProductOrdersResponseDataItemsItemDateItemsItem,
    )


T = TypeVar("T", bound="SearchReportProductOrdersResponseDataItemsItem")


@_attrs_define
class SearchReportProductOrdersResponseDataItemsItem:
    """
    Attributes:
        text (str | Unset):
        frequency (int | Unset):
        date_items (list[SearchReportProductOrdersResponseDataItemsItemDateItemsItem] | Unset):
    """

    text: str | Unset = UNSET
    frequency: int | Unset = UNSET
    date_items: (
        list[SearchReportProductOrdersResponseDataItemsItemDateItemsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        frequency = self.frequency

        date_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.date_items, Unset):
            date_items = []
            for date_items_item_data in self.date_items:
                date_items_item = date_items_item_data.to_dict()
                date_items.append(date_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if date_items is not UNSET:
            field_dict["dateItems"] = date_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        frequency = d.pop("frequency", UNSET)

        _date_items = d.pop("dateItems", UNSET)
        date_items: (
            list[SearchReportProductOrdersResponseDataItemsItemDateItemsItem] | Unset
        ) = UNSET
        if _date_items is not UNSET:
            date_items = []
            for date_items_item_data in _date_items:
                date_items_item = SearchReportProductOrdersResponseDataItemsItemDateItemsItem.from_dict(
                    date_items_item_data
                )

                date_items.append(date_items_item)

        search_report_product_orders_response_data_items_item = cls(
            text=text,
            frequency=frequency,
            date_items=date_items,
        )

        search_report_product_orders_response_data_items_item.additional_properties = d
        return search_report_product_orders_response_data_items_item

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
from ..models.search_report_product_orders_response_data_items_item_date_items_item import SearchReportProductOrdersResponseDataItemsItemDateItemsItem
