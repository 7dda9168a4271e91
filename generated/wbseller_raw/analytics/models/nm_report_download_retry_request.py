from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NmReportDownloadRetryRequest")


@_attrs_define
class NmReportDownloadRetryRequest:
    """
    Attributes:
        download_id (UUID | Unset):  Example: 06eea887-9d9f-491f-b16a-bb1766fcb8d2.
    """

    download_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_id: str | Unset = UNSET
        if not isinstance(self.download_id, Unset):
            download_id = str(self.download_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_id is not UNSET:
            field_dict["downloadId"] = download_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _download_id = d.pop("downloadId", UNSET)
        download_id: UUID | Unset
        if isinstance(_download_id, Unset):
            download_id = UNSET
        else:
            download_id = UUID(_download_id)

        nm_report_download_retry_request = cls(
            download_id=download_id,
        )

        nm_report_download_retry_request.additional_properties = d
        return nm_report_download_retry_request

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
