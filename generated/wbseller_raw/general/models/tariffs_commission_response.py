from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariffs_commission_response_report_item import (
        TariffsCommissionResponseReportItem,
    )


T = TypeVar("T", bound="TariffsCommissionResponse")


@_attrs_define
class TariffsCommissionResponse:
    """WB's reference gives 5 variants of this object (oneOf); merged here into one object with the fields of all of them,
    each optional.

        Attributes:
            report (list[TariffsCommissionResponseReportItem] | Unset):
    """

    report: list[TariffsCommissionResponseReportItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = []
            for report_item_data in self.report:
                report_item = report_item_data.to_dict()
                report.append(report_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _report = d.pop("report", UNSET)
        report: list[TariffsCommissionResponseReportItem] | Unset = UNSET
        if _report is not UNSET:
            report = []
            for report_item_data in _report:
                report_item = TariffsCommissionResponseReportItem.from_dict(
                    report_item_data
                )

                report.append(report_item)

        tariffs_commission_response = cls(
            report=report,
        )

        tariffs_commission_response.additional_properties = d
        return tariffs_commission_response

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
from ..models.tariffs_commission_response_report_item import TariffsCommissionResponseReportItem
