from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nm_report_download_create_request_variant_7_params_stock_type import (
    NmReportDownloadCreateRequestVariant7ParamsStockType,
    check_nm_report_download_create_request_variant_7_params_stock_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nm_report_download_create_request_variant_7_params_current_period import (
        NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod,
    )


T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant7Params")


@_attrs_define
class NmReportDownloadCreateRequestVariant7Params:
    """
    Attributes:
        current_period (NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod):
        stock_type (NmReportDownloadCreateRequestVariant7ParamsStockType):  Example: mp.
        skip_deleted_nm (bool):  Example: True.
        nm_ids (list[int] | Unset):
        subject_ids (list[int] | Unset):
        brand_names (list[str] | Unset):
        tag_ids (list[int] | Unset):
    """

    current_period: NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod
    stock_type: NmReportDownloadCreateRequestVariant7ParamsStockType
    skip_deleted_nm: bool
    nm_ids: list[int] | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        stock_type: str = self.stock_type

        skip_deleted_nm = self.skip_deleted_nm

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        subject_ids: list[int] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "stockType": stock_type,
                "skipDeletedNm": skip_deleted_nm,
            }
        )
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = (
            NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod.from_dict(
                d.pop("currentPeriod")
            )
        )

        stock_type = (
            check_nm_report_download_create_request_variant_7_params_stock_type(
                d.pop("stockType")
            )
        )

        skip_deleted_nm = d.pop("skipDeletedNm")

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        nm_report_download_create_request_variant_7_params = cls(
            current_period=current_period,
            stock_type=stock_type,
            skip_deleted_nm=skip_deleted_nm,
            nm_ids=nm_ids,
            subject_ids=subject_ids,
            brand_names=brand_names,
            tag_ids=tag_ids,
        )

        nm_report_download_create_request_variant_7_params.additional_properties = d
        return nm_report_download_create_request_variant_7_params

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
from ..models.nm_report_download_create_request_variant_7_params_current_period import NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod
