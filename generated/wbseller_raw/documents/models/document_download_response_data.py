from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentDownloadResponseData")


@_attrs_define
class DocumentDownloadResponseData:
    """
    Attributes:
        file_name (str | Unset):
        extension (str | Unset):  Example: zip.
        document (str | Unset):
    """

    file_name: str | Unset = UNSET
    extension: str | Unset = UNSET
    document: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        extension = self.extension

        document = self.document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if extension is not UNSET:
            field_dict["extension"] = extension
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName", UNSET)

        extension = d.pop("extension", UNSET)

        document = d.pop("document", UNSET)

        document_download_response_data = cls(
            file_name=file_name,
            extension=extension,
            document=document,
        )

        document_download_response_data.additional_properties = d
        return document_download_response_data

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
