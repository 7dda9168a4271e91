from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nm_report_download_create_request_variant_4_params_order_by_field import (
    NmReportDownloadCreateRequestVariant4ParamsOrderByField,
    check_nm_report_download_create_request_variant_4_params_order_by_field,
)
from ..models.nm_report_download_create_request_variant_4_params_order_by_mode import (
    NmReportDownloadCreateRequestVariant4ParamsOrderByMode,
    check_nm_report_download_create_request_variant_4_params_order_by_mode,
)

T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant4ParamsOrderBy")


@_attrs_define
class NmReportDownloadCreateRequestVariant4ParamsOrderBy:
    """
    Attributes:
        field (NmReportDownloadCreateRequestVariant4ParamsOrderByField):  Default: 'openCard'. Example: openCard.
        mode (NmReportDownloadCreateRequestVariant4ParamsOrderByMode):  Default: 'desc'.
    """

    field: NmReportDownloadCreateRequestVariant4ParamsOrderByField = "openCard"
    mode: NmReportDownloadCreateRequestVariant4ParamsOrderByMode = "desc"
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
        field = check_nm_report_download_create_request_variant_4_params_order_by_field(
            d.pop("field")
        )

        mode = check_nm_report_download_create_request_variant_4_params_order_by_mode(
            d.pop("mode")
        )

        nm_report_download_create_request_variant_4_params_order_by = cls(
            field=field,
            mode=mode,
        )

        nm_report_download_create_request_variant_4_params_order_by.additional_properties = d
        return nm_report_download_create_request_variant_4_params_order_by

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
