from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_report_table_groups_request_order_by_field import (
    SearchReportTableGroupsRequestOrderByField,
    check_search_report_table_groups_request_order_by_field,
)
from ..models.search_report_table_groups_request_order_by_mode import (
    SearchReportTableGroupsRequestOrderByMode,
    check_search_report_table_groups_request_order_by_mode,
)

T = TypeVar("T", bound="SearchReportTableGroupsRequestOrderBy")


@_attrs_define
class SearchReportTableGroupsRequestOrderBy:
    """
    Attributes:
        field (SearchReportTableGroupsRequestOrderByField):  Example: avgPosition.
        mode (SearchReportTableGroupsRequestOrderByMode):  Example: asc.
    """

    field: SearchReportTableGroupsRequestOrderByField
    mode: SearchReportTableGroupsRequestOrderByMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: str = self.field

        mode: str = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = check_search_report_table_groups_request_order_by_field(d.pop("field"))

        mode = check_search_report_table_groups_request_order_by_mode(d.pop("mode"))

        search_report_table_groups_request_order_by = cls(
            field=field,
            mode=mode,
        )

        search_report_table_groups_request_order_by.additional_properties = d
        return search_report_table_groups_request_order_by

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
