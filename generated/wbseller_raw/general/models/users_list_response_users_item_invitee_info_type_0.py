from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersListResponseUsersItemInviteeInfoType0")


@_attrs_define
class UsersListResponseUsersItemInviteeInfoType0:
    """
    Attributes:
        phone_number (str | Unset):
        position (str | Unset):
        invite_uuid (str | Unset):
        expired_at (str | Unset):
        is_active (bool | Unset):
    """

    phone_number: str | Unset = UNSET
    position: str | Unset = UNSET
    invite_uuid: str | Unset = UNSET
    expired_at: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        position = self.position

        invite_uuid = self.invite_uuid

        expired_at = self.expired_at

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if position is not UNSET:
            field_dict["position"] = position
        if invite_uuid is not UNSET:
            field_dict["inviteUuid"] = invite_uuid
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        position = d.pop("position", UNSET)

        invite_uuid = d.pop("inviteUuid", UNSET)

        expired_at = d.pop("expiredAt", UNSET)

        is_active = d.pop("isActive", UNSET)

        users_list_response_users_item_invitee_info_type_0 = cls(
            phone_number=phone_number,
            position=position,
            invite_uuid=invite_uuid,
            expired_at=expired_at,
            is_active=is_active,
        )

        users_list_response_users_item_invitee_info_type_0.additional_properties = d
        return users_list_response_users_item_invitee_info_type_0

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
