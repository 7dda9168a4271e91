from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatsListResponseResultItemLastMessage")


@_attrs_define
class ChatsListResponseResultItemLastMessage:
    """
    Attributes:
        text (str | Unset):
        add_timestamp (int | Unset):
    """

    text: str | Unset = UNSET
    add_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        add_timestamp = self.add_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if add_timestamp is not UNSET:
            field_dict["addTimestamp"] = add_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        add_timestamp = d.pop("addTimestamp", UNSET)

        chats_list_response_result_item_last_message = cls(
            text=text,
            add_timestamp=add_timestamp,
        )

        chats_list_response_result_item_last_message.additional_properties = d
        return chats_list_response_result_item_last_message

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
