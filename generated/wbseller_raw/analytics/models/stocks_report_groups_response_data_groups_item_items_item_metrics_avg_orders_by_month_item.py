from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem",
)


@_attrs_define
class StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem:
    """
    Attributes:
        start (str | Unset):  Example: 2025-01-01.
        end (str | Unset):  Example: 2025-01-31.
        value (float | Unset):  Example: 25.55.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        value = d.pop("value", UNSET)

        stocks_report_groups_response_data_groups_item_items_item_metrics_avg_orders_by_month_item = cls(
            start=start,
            end=end,
            value=value,
        )

        stocks_report_groups_response_data_groups_item_items_item_metrics_avg_orders_by_month_item.additional_properties = d
        return stocks_report_groups_response_data_groups_item_items_item_metrics_avg_orders_by_month_item

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
