from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deductions_response_data_reports_item import (
        DeductionsResponseDataReportsItem,
    )


T = TypeVar("T", bound="DeductionsResponseData")


@_attrs_define
class DeductionsResponseData:
    """
    Attributes:
        reports (list[DeductionsResponseDataReportsItem] | Unset):
        total (int | Unset):  Example: 11.
    """

    reports: list[DeductionsResponseDataReportsItem] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = []
            for reports_item_data in self.reports:
                reports_item = reports_item_data.to_dict()
                reports.append(reports_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reports is not UNSET:
            field_dict["reports"] = reports
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _reports = d.pop("reports", UNSET)
        reports: list[DeductionsResponseDataReportsItem] | Unset = UNSET
        if _reports is not UNSET:
            reports = []
            for reports_item_data in _reports:
                reports_item = DeductionsResponseDataReportsItem.from_dict(
                    reports_item_data
                )

                reports.append(reports_item)

        total = d.pop("total", UNSET)

        deductions_response_data = cls(
            reports=reports,
            total=total,
        )

        deductions_response_data.additional_properties = d
        return deductions_response_data

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
from ..models.deductions_response_data_reports_item import DeductionsResponseDataReportsItem
