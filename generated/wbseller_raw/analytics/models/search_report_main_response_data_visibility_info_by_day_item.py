from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchReportMainResponseDataVisibilityInfoByDayItem")


@_attrs_define
class SearchReportMainResponseDataVisibilityInfoByDayItem:
    """
    Attributes:
        dt (str | Unset):  Example: 2024-02-10.
        visibility (int | Unset):  Example: 100.
        open_ (int | Unset):  Example: 124.
    """

    dt: str | Unset = UNSET
    visibility: int | Unset = UNSET
    open_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dt = self.dt

        visibility = self.visibility

        open_ = self.open_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dt is not UNSET:
            field_dict["dt"] = dt
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if open_ is not UNSET:
            field_dict["open"] = open_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dt = d.pop("dt", UNSET)

        visibility = d.pop("visibility", UNSET)

        open_ = d.pop("open", UNSET)

        search_report_main_response_data_visibility_info_by_day_item = cls(
            dt=dt,
            visibility=visibility,
            open_=open_,
        )

        search_report_main_response_data_visibility_info_by_day_item.additional_properties = d
        return search_report_main_response_data_visibility_info_by_day_item

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
