from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_product_orders_response_data_items_item import (
        SearchReportProductOrdersResponseDataItemsItem,
    )
    from ..models.search_report_product_orders_response_data_total_item import (
        SearchReportProductOrdersResponseDataTotalItem,
    )


T = TypeVar("T", bound="SearchReportProductOrdersResponseData")


@_attrs_define
class SearchReportProductOrdersResponseData:
    """
    Attributes:
        total (list[SearchReportProductOrdersResponseDataTotalItem] | Unset):
        items (list[SearchReportProductOrdersResponseDataItemsItem] | Unset):
    """

    total: list[SearchReportProductOrdersResponseDataTotalItem] | Unset = UNSET
    items: list[SearchReportProductOrdersResponseDataItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.to_dict()
                total.append(total_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total: list[SearchReportProductOrdersResponseDataTotalItem] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for total_item_data in _total:
                total_item = SearchReportProductOrdersResponseDataTotalItem.from_dict(
                    total_item_data
                )

                total.append(total_item)

        _items = d.pop("items", UNSET)
        items: list[SearchReportProductOrdersResponseDataItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = SearchReportProductOrdersResponseDataItemsItem.from_dict(
                    items_item_data
                )

                items.append(items_item)

        search_report_product_orders_response_data = cls(
            total=total,
            items=items,
        )

        search_report_product_orders_response_data.additional_properties = d
        return search_report_product_orders_response_data

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
from ..models.search_report_product_orders_response_data_items_item import SearchReportProductOrdersResponseDataItemsItem
from ..models.search_report_product_orders_response_data_total_item import SearchReportProductOrdersResponseDataTotalItem
