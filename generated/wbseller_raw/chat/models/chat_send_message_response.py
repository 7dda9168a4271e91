from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_send_message_response_result import ChatSendMessageResponseResult


T = TypeVar("T", bound="ChatSendMessageResponse")


@_attrs_define
class ChatSendMessageResponse:
    """
    Attributes:
        errors (list[str] | Unset):
        result (ChatSendMessageResponseResult | Unset):
    """

    errors: list[str] | Unset = UNSET
    result: ChatSendMessageResponseResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        errors = cast(list[str], d.pop("errors", UNSET))

        _result = d.pop("result", UNSET)
        result: ChatSendMessageResponseResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ChatSendMessageResponseResult.from_dict(_result)

        chat_send_message_response = cls(
            errors=errors,
            result=result,
        )

        chat_send_message_response.additional_properties = d
        return chat_send_message_response

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
from ..models.chat_send_message_response_result import ChatSendMessageResponseResult
