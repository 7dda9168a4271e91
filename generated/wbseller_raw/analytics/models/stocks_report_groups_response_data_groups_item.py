from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_groups_response_data_groups_item_items_item import (
        StocksReportGroupsResponseDataGroupsItemItemsItem,
    )
    from ..models.stocks_report_groups_response_data_groups_item_metrics import (
        StocksReportGroupsResponseDataGroupsItemMetrics,
    )


T = TypeVar("T", bound="StocksReportGroupsResponseDataGroupsItem")


@_attrs_define
class StocksReportGroupsResponseDataGroupsItem:
    """
    Attributes:
        subject_id (int | Unset):  Example: 123456789.
        subject_name (str | Unset):
        brand_name (str | Unset):
        tag_id (int | Unset):  Example: 12345.
        tag_name (str | Unset):
        metrics (StocksReportGroupsResponseDataGroupsItemMetrics | Unset):
        items (list[StocksReportGroupsResponseDataGroupsItemItemsItem] | Unset):
    """

    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    tag_id: int | Unset = UNSET
    tag_name: str | Unset = UNSET
    metrics: StocksReportGroupsResponseDataGroupsItemMetrics | Unset = UNSET
    items: list[StocksReportGroupsResponseDataGroupsItemItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        subject_name = self.subject_name

        brand_name = self.brand_name

        tag_id = self.tag_id

        tag_name = self.tag_name

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
        if subject_id is not UNSET:
            field_dict["subjectID"] = subject_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if tag_id is not UNSET:
            field_dict["tagID"] = tag_id
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        subject_id = d.pop("subjectID", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        brand_name = d.pop("brandName", UNSET)

        tag_id = d.pop("tagID", UNSET)

        tag_name = d.pop("tagName", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: StocksReportGroupsResponseDataGroupsItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = StocksReportGroupsResponseDataGroupsItemMetrics.from_dict(
                _metrics
            )

        _items = d.pop("items", UNSET)
        items: list[StocksReportGroupsResponseDataGroupsItemItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = (
                    StocksReportGroupsResponseDataGroupsItemItemsItem.from_dict(
                        items_item_data
                    )
                )

                items.append(items_item)

        stocks_report_groups_response_data_groups_item = cls(
            subject_id=subject_id,
            subject_name=subject_name,
            brand_name=brand_name,
            tag_id=tag_id,
            tag_name=tag_name,
            metrics=metrics,
            items=items,
        )

        stocks_report_groups_response_data_groups_item.additional_properties = d
        return stocks_report_groups_response_data_groups_item

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
from ..models.stocks_report_groups_response_data_groups_item_items_item import StocksReportGroupsResponseDataGroupsItemItemsItem
from ..models.stocks_report_groups_response_data_groups_item_metrics import StocksReportGroupsResponseDataGroupsItemMetrics
