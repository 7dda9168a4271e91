from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInviteResponse")


@_attrs_define
class UserInviteResponse:
    """
    Attributes:
        invite_id (str | Unset):
        expired_at (str | Unset):
        is_success (bool | Unset):
        invite_url (str | Unset):
    """

    invite_id: str | Unset = UNSET
    expired_at: str | Unset = UNSET
    is_success: bool | Unset = UNSET
    invite_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_id = self.invite_id

        expired_at = self.expired_at

        is_success = self.is_success

        invite_url = self.invite_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invite_id is not UNSET:
            field_dict["inviteID"] = invite_id
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if is_success is not UNSET:
            field_dict["isSuccess"] = is_success
        if invite_url is not UNSET:
            field_dict["inviteUrl"] = invite_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invite_id = d.pop("inviteID", UNSET)

        expired_at = d.pop("expiredAt", UNSET)

        is_success = d.pop("isSuccess", UNSET)

        invite_url = d.pop("inviteUrl", UNSET)

        user_invite_response = cls(
            invite_id=invite_id,
            expired_at=expired_at,
            is_success=is_success,
            invite_url=invite_url,
        )

        user_invite_response.additional_properties = d
        return user_invite_response

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
