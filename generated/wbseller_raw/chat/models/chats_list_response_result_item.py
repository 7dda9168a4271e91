from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chats_list_response_result_item_good_card import (
        ChatsListResponseResultItemGoodCard,
    )
    from ..models.chats_list_response_result_item_last_message import (
        ChatsListResponseResultItemLastMessage,
    )


T = TypeVar("T", bound="ChatsListResponseResultItem")


@_attrs_define
class ChatsListResponseResultItem:
    """
    Attributes:
        chat_id (str | Unset):  Example: 1:4019cd7d-cca8-4e90-8b11-f78afbea42e3.
        reply_sign (str | Unset):
        client_name (str | Unset):
        good_card (ChatsListResponseResultItemGoodCard | Unset):
        last_message (ChatsListResponseResultItemLastMessage | Unset):
    """

    chat_id: str | Unset = UNSET
    reply_sign: str | Unset = UNSET
    client_name: str | Unset = UNSET
    good_card: ChatsListResponseResultItemGoodCard | Unset = UNSET
    last_message: ChatsListResponseResultItemLastMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        reply_sign = self.reply_sign

        client_name = self.client_name

        good_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good_card, Unset):
            good_card = self.good_card.to_dict()

        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_id is not UNSET:
            field_dict["chatID"] = chat_id
        if reply_sign is not UNSET:
            field_dict["replySign"] = reply_sign
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if good_card is not UNSET:
            field_dict["goodCard"] = good_card
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        chat_id = d.pop("chatID", UNSET)

        reply_sign = d.pop("replySign", UNSET)

        client_name = d.pop("clientName", UNSET)

        _good_card = d.pop("goodCard", UNSET)
        good_card: ChatsListResponseResultItemGoodCard | Unset
        if isinstance(_good_card, Unset):
            good_card = UNSET
        else:
            good_card = ChatsListResponseResultItemGoodCard.from_dict(_good_card)

        _last_message = d.pop("lastMessage", UNSET)
        last_message: ChatsListResponseResultItemLastMessage | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = ChatsListResponseResultItemLastMessage.from_dict(
                _last_message
            )

        chats_list_response_result_item = cls(
            chat_id=chat_id,
            reply_sign=reply_sign,
            client_name=client_name,
            good_card=good_card,
            last_message=last_message,
        )

        chats_list_response_result_item.additional_properties = d
        return chats_list_response_result_item

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
from ..models.chats_list_response_result_item_good_card import ChatsListResponseResultItemGoodCard
from ..models.chats_list_response_result_item_last_message import ChatsListResponseResultItemLastMessage
