from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_table_groups_response_data_groups_item_items_item import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItem,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics import (
        SearchReportTableGroupsResponseDataGroupsItemMetrics,
    )


T = TypeVar("T", bound="SearchReportTableGroupsResponseDataGroupsItem")


@_attrs_define
class SearchReportTableGroupsResponseDataGroupsItem:
    """
    Attributes:
        subject_name (str | Unset):  Example: Phones.
        subject_id (int | Unset):  Example: 50.
        brand_name (str | Unset):  Example: Apple.
        tag_name (str | Unset):  Example: phones.
        tag_id (int | Unset):  Example: 65.
        metrics (SearchReportTableGroupsResponseDataGroupsItemMetrics | Unset):
        items (list[SearchReportTableGroupsResponseDataGroupsItemItemsItem] | Unset):
    """

    subject_name: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    brand_name: str | Unset = UNSET
    tag_name: str | Unset = UNSET
    tag_id: int | Unset = UNSET
    metrics: SearchReportTableGroupsResponseDataGroupsItemMetrics | Unset = UNSET
    items: list[SearchReportTableGroupsResponseDataGroupsItemItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_name = self.subject_name

        subject_id = self.subject_id

        brand_name = self.brand_name

        tag_name = self.tag_name

        tag_id = self.tag_id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if tag_id is not UNSET:
            field_dict["tagId"] = tag_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        subject_name = d.pop("subjectName", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        brand_name = d.pop("brandName", UNSET)

        tag_name = d.pop("tagName", UNSET)

        tag_id = d.pop("tagId", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: SearchReportTableGroupsResponseDataGroupsItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = SearchReportTableGroupsResponseDataGroupsItemMetrics.from_dict(
                _metrics
            )

        _items = d.pop("items", UNSET)
        items: list[SearchReportTableGroupsResponseDataGroupsItemItemsItem] | Unset = (
            UNSET
        )
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = (
                    SearchReportTableGroupsResponseDataGroupsItemItemsItem.from_dict(
                        items_item_data
                    )
                )

                items.append(items_item)

        search_report_table_groups_response_data_groups_item = cls(
            subject_name=subject_name,
            subject_id=subject_id,
            brand_name=brand_name,
            tag_name=tag_name,
            tag_id=tag_id,
            metrics=metrics,
            items=items,
        )

        search_report_table_groups_response_data_groups_item.additional_properties = d
        return search_report_table_groups_response_data_groups_item

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
from ..models.search_report_table_groups_response_data_groups_item_items_item import SearchReportTableGroupsResponseDataGroupsItemItemsItem
from ..models.search_report_table_groups_response_data_groups_item_metrics import SearchReportTableGroupsResponseDataGroupsItemMetrics
