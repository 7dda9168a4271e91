from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem")


@_attrs_define
class ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem:
    """
    Attributes:
        date (str | Unset):
        download_id (str | Unset):
        url (str | Unset):
    """

    date: str | Unset = UNSET
    download_id: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        download_id = self.download_id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if download_id is not UNSET:
            field_dict["downloadID"] = download_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        download_id = d.pop("downloadID", UNSET)

        url = d.pop("url", UNSET)

        chat_events_response_result_events_item_message_attachments_images_item = cls(
            date=date,
            download_id=download_id,
            url=url,
        )

        chat_events_response_result_events_item_message_attachments_images_item.additional_properties = d
        return chat_events_response_result_events_item_message_attachments_images_item

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
