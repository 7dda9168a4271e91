from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_events_response_result_events_item_message import (
        ChatEventsResponseResultEventsItemMessage,
    )


T = TypeVar("T", bound="ChatEventsResponseResultEventsItem")


@_attrs_define
class ChatEventsResponseResultEventsItem:
    """
    Attributes:
        chat_id (str | Unset):
        event_id (str | Unset):
        event_type (str | Unset):
        is_new_chat (bool | Unset):
        message (ChatEventsResponseResultEventsItemMessage | Unset):
        source (str | Unset):
        add_timestamp (int | Unset):
        add_time (str | Unset):
        reply_sign (str | Unset):
        sender (str | Unset):
        client_name (str | Unset):
    """

    chat_id: str | Unset = UNSET
    event_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    is_new_chat: bool | Unset = UNSET
    message: ChatEventsResponseResultEventsItemMessage | Unset = UNSET
    source: str | Unset = UNSET
    add_timestamp: int | Unset = UNSET
    add_time: str | Unset = UNSET
    reply_sign: str | Unset = UNSET
    sender: str | Unset = UNSET
    client_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        event_id = self.event_id

        event_type = self.event_type

        is_new_chat = self.is_new_chat

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        source = self.source

        add_timestamp = self.add_timestamp

        add_time = self.add_time

        reply_sign = self.reply_sign

        sender = self.sender

        client_name = self.client_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_id is not UNSET:
            field_dict["chatID"] = chat_id
        if event_id is not UNSET:
            field_dict["eventID"] = event_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if is_new_chat is not UNSET:
            field_dict["isNewChat"] = is_new_chat
        if message is not UNSET:
            field_dict["message"] = message
        if source is not UNSET:
            field_dict["source"] = source
        if add_timestamp is not UNSET:
            field_dict["addTimestamp"] = add_timestamp
        if add_time is not UNSET:
            field_dict["addTime"] = add_time
        if reply_sign is not UNSET:
            field_dict["replySign"] = reply_sign
        if sender is not UNSET:
            field_dict["sender"] = sender
        if client_name is not UNSET:
            field_dict["clientName"] = client_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        chat_id = d.pop("chatID", UNSET)

        event_id = d.pop("eventID", UNSET)

        event_type = d.pop("eventType", UNSET)

        is_new_chat = d.pop("isNewChat", UNSET)

        _message = d.pop("message", UNSET)
        message: ChatEventsResponseResultEventsItemMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = ChatEventsResponseResultEventsItemMessage.from_dict(_message)

        source = d.pop("source", UNSET)

        add_timestamp = d.pop("addTimestamp", UNSET)

        add_time = d.pop("addTime", UNSET)

        reply_sign = d.pop("replySign", UNSET)

        sender = d.pop("sender", UNSET)

        client_name = d.pop("clientName", UNSET)

        chat_events_response_result_events_item = cls(
            chat_id=chat_id,
            event_id=event_id,
            event_type=event_type,
            is_new_chat=is_new_chat,
            message=message,
            source=source,
            add_timestamp=add_timestamp,
            add_time=add_time,
            reply_sign=reply_sign,
            sender=sender,
            client_name=client_name,
        )

        chat_events_response_result_events_item.additional_properties = d
        return chat_events_response_result_events_item

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
from ..models.chat_events_response_result_events_item_message import ChatEventsResponseResultEventsItemMessage
