from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_invite_request_access_item_code import (
    UserInviteRequestAccessItemCode,
    check_user_invite_request_access_item_code,
)

T = TypeVar("T", bound="UserInviteRequestAccessItem")


@_attrs_define
class UserInviteRequestAccessItem:
    """
    Attributes:
        code (UserInviteRequestAccessItemCode):
        disabled (bool):
    """

    code: UserInviteRequestAccessItemCode
    disabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "disabled": disabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = check_user_invite_request_access_item_code(d.pop("code"))

        disabled = d.pop("disabled")

        user_invite_request_access_item = cls(
            code=code,
            disabled=disabled,
        )

        user_invite_request_access_item.additional_properties = d
        return user_invite_request_access_item

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
