from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptanceReportDownloadItem")


@_attrs_define
class AcceptanceReportDownloadItem:
    """
    Attributes:
        count (int | Unset):  Example: 40.
        gi_create_date (str | Unset):  Example: 2025-03-04.
        income_id (int | Unset):  Example: 11834106.
        nm_id (int | Unset):  Example: 123456789.
        shk_create_date (str | Unset):  Example: 2025-03-14.
        subject_name (str | Unset):
        total (float | Unset):  Example: 873.04.
    """

    count: int | Unset = UNSET
    gi_create_date: str | Unset = UNSET
    income_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    shk_create_date: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        gi_create_date = self.gi_create_date

        income_id = self.income_id

        nm_id = self.nm_id

        shk_create_date = self.shk_create_date

        subject_name = self.subject_name

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if gi_create_date is not UNSET:
            field_dict["giCreateDate"] = gi_create_date
        if income_id is not UNSET:
            field_dict["incomeId"] = income_id
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if shk_create_date is not UNSET:
            field_dict["shkCreateDate"] = shk_create_date
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        gi_create_date = d.pop("giCreateDate", UNSET)

        income_id = d.pop("incomeId", UNSET)

        nm_id = d.pop("nmID", UNSET)

        shk_create_date = d.pop("shkCreateDate", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        total = d.pop("total", UNSET)

        acceptance_report_download_item = cls(
            count=count,
            gi_create_date=gi_create_date,
            income_id=income_id,
            nm_id=nm_id,
            shk_create_date=shk_create_date,
            subject_name=subject_name,
            total=total,
        )

        acceptance_report_download_item.additional_properties = d
        return acceptance_report_download_item

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
