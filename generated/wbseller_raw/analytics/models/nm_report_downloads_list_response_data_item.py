from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NmReportDownloadsListResponseDataItem")


@_attrs_define
class NmReportDownloadsListResponseDataItem:
    """
    Attributes:
        id (str | Unset):  Example: 06eae887-9d9f-491f-b16a-bb1766fcb8d2.
        created_at (str | Unset):
        status (str | Unset):  Example: SUCCESS.
        name (str | Unset):
        size (int | Unset):  Example: 123.
        start_date (str | Unset):  Example: 2024-06-21.
        end_date (str | Unset):  Example: 2024-06-23.
    """

    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        status = self.status

        name = self.name

        size = self.size

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("createdAt", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        nm_report_downloads_list_response_data_item = cls(
            id=id,
            created_at=created_at,
            status=status,
            name=name,
            size=size,
            start_date=start_date,
            end_date=end_date,
        )

        nm_report_downloads_list_response_data_item.additional_properties = d
        return nm_report_downloads_list_response_data_item

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
