from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSendMessageResponseResult")


@_attrs_define
class ChatSendMessageResponseResult:
    """
    Attributes:
        add_time (int | Unset):
        chat_id (str | Unset):
        sign (str | Unset):
    """

    add_time: int | Unset = UNSET
    chat_id: str | Unset = UNSET
    sign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_time = self.add_time

        chat_id = self.chat_id

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_time is not UNSET:
            field_dict["addTime"] = add_time
        if chat_id is not UNSET:
            field_dict["chatID"] = chat_id
        if sign is not UNSET:
            field_dict["sign"] = sign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add_time = d.pop("addTime", UNSET)

        chat_id = d.pop("chatID", UNSET)

        sign = d.pop("sign", UNSET)

        chat_send_message_response_result = cls(
            add_time=add_time,
            chat_id=chat_id,
            sign=sign,
        )

        chat_send_message_response_result.additional_properties = d
        return chat_send_message_response_result

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
