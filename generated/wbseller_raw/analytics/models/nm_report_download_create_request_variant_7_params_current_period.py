from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod")


@_attrs_define
class NmReportDownloadCreateRequestVariant7ParamsCurrentPeriod:
    """
    Attributes:
        start (str):  Example: 2024-02-10.
        end (str):  Example: 2024-02-10.
    """

    start: str
    end: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        nm_report_download_create_request_variant_7_params_current_period = cls(
            start=start,
            end=end,
        )

        nm_report_download_create_request_variant_7_params_current_period.additional_properties = d
        return nm_report_download_create_request_variant_7_params_current_period

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
