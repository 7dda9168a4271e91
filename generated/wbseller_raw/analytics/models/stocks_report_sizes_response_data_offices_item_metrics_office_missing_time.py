from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="StocksReportSizesResponseDataOfficesItemMetricsOfficeMissingTime"
)


@_attrs_define
class StocksReportSizesResponseDataOfficesItemMetricsOfficeMissingTime:
    """
    Attributes:
        days (int | Unset):  Example: 5.
        hours (int | Unset):  Example: 15.
    """

    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        hours = self.hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if hours is not UNSET:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days = d.pop("days", UNSET)

        hours = d.pop("hours", UNSET)

        stocks_report_sizes_response_data_offices_item_metrics_office_missing_time = (
            cls(
                days=days,
                hours=hours,
            )
        )

        stocks_report_sizes_response_data_offices_item_metrics_office_missing_time.additional_properties = d
        return (
            stocks_report_sizes_response_data_offices_item_metrics_office_missing_time
        )

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
