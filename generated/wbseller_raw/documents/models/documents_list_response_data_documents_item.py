from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsListResponseDataDocumentsItem")


@_attrs_define
class DocumentsListResponseDataDocumentsItem:
    """
    Attributes:
        service_name (str | Unset):  Example: redeem-notification-44841941.
        name (str | Unset):  Example: redeem-notification.
        category (str | Unset):
        extensions (list[str] | Unset):
        creation_time (str | Unset):  Example: 2023-10-03T00:18:06.879Z.
        viewed (bool | Unset):  Example: False.
    """

    service_name: str | Unset = UNSET
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    extensions: list[str] | Unset = UNSET
    creation_time: str | Unset = UNSET
    viewed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        name = self.name

        category = self.category

        extensions: list[str] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions

        creation_time = self.creation_time

        viewed = self.viewed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if viewed is not UNSET:
            field_dict["viewed"] = viewed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_name = d.pop("serviceName", UNSET)

        name = d.pop("name", UNSET)

        category = d.pop("category", UNSET)

        extensions = cast(list[str], d.pop("extensions", UNSET))

        creation_time = d.pop("creationTime", UNSET)

        viewed = d.pop("viewed", UNSET)

        documents_list_response_data_documents_item = cls(
            service_name=service_name,
            name=name,
            category=category,
            extensions=extensions,
            creation_time=creation_time,
            viewed=viewed,
        )

        documents_list_response_data_documents_item.additional_properties = d
        return documents_list_response_data_documents_item

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
