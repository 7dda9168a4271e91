from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_events_response_result_events_item_message_attachments import (
        ChatEventsResponseResultEventsItemMessageAttachments,
    )


T = TypeVar("T", bound="ChatEventsResponseResultEventsItemMessage")


@_attrs_define
class ChatEventsResponseResultEventsItemMessage:
    """
    Attributes:
        attachments (ChatEventsResponseResultEventsItemMessageAttachments | Unset):
        text (str | Unset):
    """

    attachments: ChatEventsResponseResultEventsItemMessageAttachments | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _attachments = d.pop("attachments", UNSET)
        attachments: ChatEventsResponseResultEventsItemMessageAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = (
                ChatEventsResponseResultEventsItemMessageAttachments.from_dict(
                    _attachments
                )
            )

        text = d.pop("text", UNSET)

        chat_events_response_result_events_item_message = cls(
            attachments=attachments,
            text=text,
        )

        chat_events_response_result_events_item_message.additional_properties = d
        return chat_events_response_result_events_item_message

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
from ..models.chat_events_response_result_events_item_message_attachments import ChatEventsResponseResultEventsItemMessageAttachments
