from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatAttachmentDownload202Response")


@_attrs_define
class ChatAttachmentDownload202Response:
    """
    Attributes:
        moderation_state (str | Unset):  Example: pending.
        retry_seconds (int | Unset):  Example: 30.
    """

    moderation_state: str | Unset = UNSET
    retry_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moderation_state = self.moderation_state

        retry_seconds = self.retry_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moderation_state is not UNSET:
            field_dict["moderationState"] = moderation_state
        if retry_seconds is not UNSET:
            field_dict["retrySeconds"] = retry_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        moderation_state = d.pop("moderationState", UNSET)

        retry_seconds = d.pop("retrySeconds", UNSET)

        chat_attachment_download_202_response = cls(
            moderation_state=moderation_state,
            retry_seconds=retry_seconds,
        )

        chat_attachment_download_202_response.additional_properties = d
        return chat_attachment_download_202_response

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
