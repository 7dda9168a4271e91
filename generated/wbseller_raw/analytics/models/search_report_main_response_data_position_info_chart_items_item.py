from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchReportMainResponseDataPositionInfoChartItemsItem")


@_attrs_define
class SearchReportMainResponseDataPositionInfoChartItemsItem:
    """
    Attributes:
        dt (str | Unset):  Example: 2024-10-19.
        average (int | Unset):  Example: 1.
        median (int | Unset):  Example: 1.
    """

    dt: str | Unset = UNSET
    average: int | Unset = UNSET
    median: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dt = self.dt

        average = self.average

        median = self.median

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dt is not UNSET:
            field_dict["dt"] = dt
        if average is not UNSET:
            field_dict["average"] = average
        if median is not UNSET:
            field_dict["median"] = median

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dt = d.pop("dt", UNSET)

        average = d.pop("average", UNSET)

        median = d.pop("median", UNSET)

        search_report_main_response_data_position_info_chart_items_item = cls(
            dt=dt,
            average=average,
            median=median,
        )

        search_report_main_response_data_position_info_chart_items_item.additional_properties = d
        return search_report_main_response_data_position_info_chart_items_item

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
