from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem")


@_attrs_define
class ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem:
    """
    Attributes:
        content_type (str | Unset):
        date (str | Unset):
        download_id (str | Unset):
        name (str | Unset):
        url (str | Unset):
        size (int | Unset):
    """

    content_type: str | Unset = UNSET
    date: str | Unset = UNSET
    download_id: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        date = self.date

        download_id = self.download_id

        name = self.name

        url = self.url

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if date is not UNSET:
            field_dict["date"] = date
        if download_id is not UNSET:
            field_dict["downloadID"] = download_id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("contentType", UNSET)

        date = d.pop("date", UNSET)

        download_id = d.pop("downloadID", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        size = d.pop("size", UNSET)

        chat_events_response_result_events_item_message_attachments_files_item = cls(
            content_type=content_type,
            date=date,
            download_id=download_id,
            name=name,
            url=url,
            size=size,
        )

        chat_events_response_result_events_item_message_attachments_files_item.additional_properties = d
        return chat_events_response_result_events_item_message_attachments_files_item

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
