from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsDownloadAllRequestParamsItem")


@_attrs_define
class DocumentsDownloadAllRequestParamsItem:
    """
    Attributes:
        extension (str | Unset):
        service_name (str | Unset):
    """

    extension: str | Unset = UNSET
    service_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extension = self.extension

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extension is not UNSET:
            field_dict["extension"] = extension
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        extension = d.pop("extension", UNSET)

        service_name = d.pop("serviceName", UNSET)

        documents_download_all_request_params_item = cls(
            extension=extension,
            service_name=service_name,
        )

        documents_download_all_request_params_item.additional_properties = d
        return documents_download_all_request_params_item

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
