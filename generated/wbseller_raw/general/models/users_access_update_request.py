from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.users_access_update_request_users_accesses_item import (
        UsersAccessUpdateRequestUsersAccessesItem,
    )


T = TypeVar("T", bound="UsersAccessUpdateRequest")


@_attrs_define
class UsersAccessUpdateRequest:
    """
    Attributes:
        users_accesses (list[UsersAccessUpdateRequestUsersAccessesItem]):
    """

    users_accesses: list[UsersAccessUpdateRequestUsersAccessesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users_accesses = []
        for users_accesses_item_data in self.users_accesses:
            users_accesses_item = users_accesses_item_data.to_dict()
            users_accesses.append(users_accesses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usersAccesses": users_accesses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        users_accesses = []
        _users_accesses = d.pop("usersAccesses")
        for users_accesses_item_data in _users_accesses:
            users_accesses_item = UsersAccessUpdateRequestUsersAccessesItem.from_dict(
                users_accesses_item_data
            )

            users_accesses.append(users_accesses_item)

        users_access_update_request = cls(
            users_accesses=users_accesses,
        )

        users_access_update_request.additional_properties = d
        return users_access_update_request

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
from ..models.users_access_update_request_users_accesses_item import UsersAccessUpdateRequestUsersAccessesItem
