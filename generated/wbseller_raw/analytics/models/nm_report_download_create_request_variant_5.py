from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nm_report_download_create_request_variant_5_params import (
        NmReportDownloadCreateRequestVariant5Params,
    )


T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant5")


@_attrs_define
class NmReportDownloadCreateRequestVariant5:
    """One of WB's body variants: required id, reportType, params; params currentPeriod, pastPeriod, nmIds, subjectIds,
    brandNames, tagIds, topOrderBy, orderBy, includeSubstitutedSKUs, includeSearchTexts, limit.

        Attributes:
            id (UUID):
            report_type (str):
            params (NmReportDownloadCreateRequestVariant5Params):
            user_report_name (str | Unset):
    """

    id: UUID
    report_type: str
    params: NmReportDownloadCreateRequestVariant5Params
    user_report_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        report_type = self.report_type

        params = self.params.to_dict()

        user_report_name = self.user_report_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reportType": report_type,
                "params": params,
            }
        )
        if user_report_name is not UNSET:
            field_dict["userReportName"] = user_report_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        report_type = d.pop("reportType")

        params = NmReportDownloadCreateRequestVariant5Params.from_dict(d.pop("params"))

        user_report_name = d.pop("userReportName", UNSET)

        nm_report_download_create_request_variant_5 = cls(
            id=id,
            report_type=report_type,
            params=params,
            user_report_name=user_report_name,
        )

        nm_report_download_create_request_variant_5.additional_properties = d
        return nm_report_download_create_request_variant_5

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
from ..models.nm_report_download_create_request_variant_5_params import NmReportDownloadCreateRequestVariant5Params
