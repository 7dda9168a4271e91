from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nm_report_download_create_request_variant_1_params_aggregation_level import (
    NmReportDownloadCreateRequestVariant1ParamsAggregationLevel,
    check_nm_report_download_create_request_variant_1_params_aggregation_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant1Params")


@_attrs_define
class NmReportDownloadCreateRequestVariant1Params:
    """
    Attributes:
        start_date (str):
        end_date (str):
        nm_i_ds (list[int] | Unset):
        subject_ids (list[int] | Unset):
        brand_names (list[str] | Unset):
        tag_ids (list[int] | Unset):
        timezone (str | Unset):
        aggregation_level (NmReportDownloadCreateRequestVariant1ParamsAggregationLevel | Unset):
        skip_deleted_nm (bool | Unset):
    """

    start_date: str
    end_date: str
    nm_i_ds: list[int] | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    timezone: str | Unset = UNSET
    aggregation_level: (
        NmReportDownloadCreateRequestVariant1ParamsAggregationLevel | Unset
    ) = UNSET
    skip_deleted_nm: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        nm_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.nm_i_ds, Unset):
            nm_i_ds = self.nm_i_ds

        subject_ids: list[int] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        timezone = self.timezone

        aggregation_level: str | Unset = UNSET
        if not isinstance(self.aggregation_level, Unset):
            aggregation_level = self.aggregation_level

        skip_deleted_nm = self.skip_deleted_nm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
            }
        )
        if nm_i_ds is not UNSET:
            field_dict["nmIDs"] = nm_i_ds
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if aggregation_level is not UNSET:
            field_dict["aggregationLevel"] = aggregation_level
        if skip_deleted_nm is not UNSET:
            field_dict["skipDeletedNm"] = skip_deleted_nm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_date = d.pop("startDate")

        end_date = d.pop("endDate")

        nm_i_ds = cast(list[int], d.pop("nmIDs", UNSET))

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        timezone = d.pop("timezone", UNSET)

        _aggregation_level = d.pop("aggregationLevel", UNSET)
        aggregation_level: (
            NmReportDownloadCreateRequestVariant1ParamsAggregationLevel | Unset
        )
        if isinstance(_aggregation_level, Unset):
            aggregation_level = UNSET
        else:
            aggregation_level = check_nm_report_download_create_request_variant_1_params_aggregation_level(
                _aggregation_level
            )

        skip_deleted_nm = d.pop("skipDeletedNm", UNSET)

        nm_report_download_create_request_variant_1_params = cls(
            start_date=start_date,
            end_date=end_date,
            nm_i_ds=nm_i_ds,
            subject_ids=subject_ids,
            brand_names=brand_names,
            tag_ids=tag_ids,
            timezone=timezone,
            aggregation_level=aggregation_level,
            skip_deleted_nm=skip_deleted_nm,
        )

        nm_report_download_create_request_variant_1_params.additional_properties = d
        return nm_report_download_create_request_variant_1_params

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
